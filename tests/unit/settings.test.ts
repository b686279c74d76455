/** Settings read from the environment (src/settings.ts) that decide how a build uses the machine. */
import { describe, expect, test } from 'vitest';
import {
  buildMemoryFrom,
  defaultBuildMemoryBytes,
  renderWorkersFrom,
  settingsFrom,
  siteFileFrom,
} from '../../src/settings.ts';

// Gigabytes as the issues and the benchmark count them.
const GB = 1e9;

describe('the build’s memory (CLIPPINGS_BUILD_MEMORY_GB)', () => {
  test('defaults to 6 GB, or 60 % of a machine with less than 10 GB', () => {
    expect(buildMemoryFrom({}, 24 * GB)).toBe(6 * GB);
    expect(buildMemoryFrom({ CLIPPINGS_BUILD_MEMORY_GB: ' ' }, 24 * GB)).toBe(6 * GB);
    expect(buildMemoryFrom({}, 8 * GB)).toBe(Math.floor(8 * GB * 0.6));
    expect(defaultBuildMemoryBytes(4 * GB)).toBeLessThan(4 * GB);
  });

  test('takes gigabytes, whole or not', () => {
    expect(buildMemoryFrom({ CLIPPINGS_BUILD_MEMORY_GB: '2.5' }, 24 * GB)).toBe(2.5 * GB);
    expect(buildMemoryFrom({ CLIPPINGS_BUILD_MEMORY_GB: '12' }, 8 * GB)).toBe(12 * GB);
    expect(settingsFrom({ CLIPPINGS_BUILD_MEMORY_GB: '3' }).buildMemoryBytes).toBe(3 * GB);
  });

  test('refuses anything but a positive number, naming the setting and an example', () => {
    for (const raw of ['lots', '0', '-2', '4GB'])
      expect(() => buildMemoryFrom({ CLIPPINGS_BUILD_MEMORY_GB: raw }, 24 * GB)).toThrow(
        `CLIPPINGS_BUILD_MEMORY_GB must be a positive number of gigabytes, such as 4 or 2.5, not "${raw}"`,
      );
  });
});

describe('the threads checking and rendering articles (CLIPPINGS_RENDER_WORKERS)', () => {
  test('are left to the pool when unset, and taken as written when a whole number', () => {
    expect(renderWorkersFrom({})).toBeUndefined();
    expect(renderWorkersFrom({ CLIPPINGS_RENDER_WORKERS: ' ' })).toBeUndefined();
    expect(renderWorkersFrom({ CLIPPINGS_RENDER_WORKERS: '0' })).toBe(0);
    expect(settingsFrom({ CLIPPINGS_RENDER_WORKERS: '3' }).renderWorkers).toBe(3);
  });

  test.each(['abc', '-1', '1.5'])('refuse %s, naming the setting', (raw) => {
    expect(() => renderWorkersFrom({ CLIPPINGS_RENDER_WORKERS: raw })).toThrow(
      `CLIPPINGS_RENDER_WORKERS must be a whole number of threads (0 for none), not "${raw}"`,
    );
  });
});

describe('the archive’s settings file', () => {
  const only =
    (...files: string[]) =>
    (file: string) =>
      files.includes(file);
  test('named outright, it wins', () => {
    expect(
      siteFileFrom({ CLIPPINGS_SITE_FILE: 'x/site.json', CLIPPINGS_CONTENT_DIR: '/a/articles' }, only('/a/site.json')),
    ).toBe('x/site.json');
  });
  test('beside the articles folder, or in it, as content/ holds articles/ and site.json', () => {
    expect(siteFileFrom({ CLIPPINGS_CONTENT_DIR: '/a/articles' }, only('/a/site.json'))).toBe('/a/site.json');
    expect(siteFileFrom({ CLIPPINGS_CONTENT_DIR: '/a/articles/' }, only('/a/site.json'))).toBe('/a/site.json');
    expect(siteFileFrom({ CLIPPINGS_CONTENT_DIR: '/a/content' }, only('/a/content/site.json', '/a/site.json'))).toBe(
      '/a/content/site.json',
    );
  });
  test('none there: the sample’s', () => {
    expect(siteFileFrom({ CLIPPINGS_CONTENT_DIR: '/a/articles' }, only())).toBe('content/site.json');
    expect(siteFileFrom({}, only('/a/site.json'))).toBe('content/site.json');
  });
});

describe('the base path (CLIPPINGS_BASE)', () => {
  test('is the root by default, and normalised as written', () => {
    expect(settingsFrom({}).base).toBe('/');
    expect(settingsFrom({ CLIPPINGS_BASE: 'clips' }).base).toBe('/clips/');
  });

  test('comes from the site address’s path when not given: a GitHub Pages address names its sub-path', () => {
    expect(settingsFrom({ CLIPPINGS_SITE: 'https://you.github.io/clips/' }).base).toBe('/clips/');
    expect(settingsFrom({ CLIPPINGS_SITE: 'https://you.github.io/clips' }).base).toBe('/clips/');
    expect(settingsFrom({ CLIPPINGS_SITE: 'https://news.example' }).base).toBe('/');
    // Given, it wins.
    expect(settingsFrom({ CLIPPINGS_SITE: 'https://you.github.io/clips/', CLIPPINGS_BASE: '/' }).base).toBe('/');
  });
});
