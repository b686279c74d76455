/**
 * The test harness's shared fixture builds (tests/helpers/shared-build.ts):
 * test files asking for the same build get one, different settings never do,
 * and a shared build cannot be rebuilt into by a test that would damage it.
 */
import { describe, expect, test } from 'vitest';
import { buildFixture, type BuildResult } from '../helpers/build.ts';
import { sharedBuildKey } from '../helpers/shared-build.ts';

const BASIC = 'tests/fixtures/basic/articles';

describe('sharedBuildKey', () => {
  test('is the same for the same archive however its options are written', () => {
    const key = sharedBuildKey({ content: BASIC, base: '/clip/', env: { TZ: 'Asia/Tokyo', CLIPPINGS_SITE: 'x' } });
    expect(
      sharedBuildKey({ content: `./${BASIC}/`, base: 'clip', env: { CLIPPINGS_SITE: 'x', TZ: 'Asia/Tokyo' } }),
    ).toBe(key);
    expect(sharedBuildKey({ content: BASIC })).toBe(sharedBuildKey({ content: BASIC, base: '/', env: {} }));
  });

  test('differs when anything that changes the build differs', () => {
    const keys = [
      sharedBuildKey({ content: BASIC }),
      sharedBuildKey({ content: 'tests/fixtures/search/articles' }),
      sharedBuildKey({ content: BASIC, base: '/clip/' }),
      sharedBuildKey({ content: BASIC, env: { TZ: 'Asia/Tokyo' } }),
      sharedBuildKey({ content: BASIC, env: { TZ: 'Europe/Paris' } }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('names the archive, for whoever reads .tmp/builds', () => {
    expect(sharedBuildKey({ content: BASIC })).toMatch(/^tests-fixtures-basic-articles-[0-9a-f]{12}$/);
  });
});

test('a shared build cannot be rebuilt into', async () => {
  const shared = { dist: '/nowhere/dist', shared: true } as BuildResult;
  await expect(buildFixture({ content: BASIC, reuse: shared })).rejects.toThrow(/cannot rebuild into the shared build/);
});
