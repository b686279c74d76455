/** What a failed build leaves behind: never Astro's .prerender bundle; pages it wrote stay to be looked at. */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { removeBuildLeftovers } from '../../src/integrations/clean-failed-build.ts';

test('removes .prerender, keeps written pages', () => {
  const dist = join(mkdtempSync(join(tmpdir(), 'leftovers-')), 'dist');
  mkdirSync(join(dist, '.prerender', 'chunks'), { recursive: true });
  writeFileSync(join(dist, '.prerender', 'chunks', 'page.mjs'), '');
  writeFileSync(join(dist, 'index.html'), '<!doctype html>');
  removeBuildLeftovers(dist);
  expect(existsSync(join(dist, '.prerender'))).toBe(false);
  expect(existsSync(join(dist, 'index.html'))).toBe(true);
});

test('an output folder holding only .prerender goes entirely', () => {
  const dist = join(mkdtempSync(join(tmpdir(), 'leftovers-')), 'dist');
  mkdirSync(join(dist, '.prerender'), { recursive: true });
  removeBuildLeftovers(dist);
  expect(existsSync(dist)).toBe(false);
});
