import { describe, expect, test } from 'vitest';
import { closestName, editDistance } from '../../src/lib/closest-name.ts';

describe('editDistance', () => {
  test.each([
    ['title', 'title', 0],
    ['titel', 'title', 1],
    ['autors', 'authors', 1],
    ['', 'date', 4],
    ['secton', 'section', 1],
    ['kitten', 'sitting', 3],
    // Code points, not UTF-16 units: one character outside the Basic Multilingual Plane is one edit.
    ['𠮷a', 'a', 1],
  ])('%j → %j: %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe('closestName', () => {
  const fields = ['title', 'dek', 'date', 'updated', 'authors', 'section', 'tags', 'source', 'summary'];

  test.each([
    ['titel', 'title'],
    ['Title', 'title'],
    ['autors', 'authors'],
    ['sumary', 'summary'],
    ['updatd', 'updated'],
    // Too far from any: no guess rather than a wrong one.
    ['colour', undefined],
    ['x', undefined],
    // "tag" is one edit from "tags" (and three from "date"): the nearest wins.
    ['tag', 'tags'],
  ])('%j → %j', (typed, meant) => {
    expect(closestName(typed, fields)).toBe(meant);
  });

  test('two names equally near give no guess', () => {
    expect(closestName('bat', ['bad', 'bag'])).toBeUndefined();
  });
});
