import { describe, expect, test } from 'vitest';
import { articleSchema } from '../../src/schemas/article.ts';

const minimal = { title: 'A headline', date: '2024-03-14', section: 'World' };
const hash = `sha256-${'0a'.repeat(32)}`;

describe('articleSchema contentHash (written by the importer)', () => {
  test('is optional and kept as written', () => {
    expect(articleSchema.parse(minimal).contentHash).toBeUndefined();
    expect(articleSchema.parse({ ...minimal, contentHash: hash }).contentHash).toBe(hash);
  });

  test.each([['sha256-abc'], [`sha1-${'0a'.repeat(32)}`], [`sha256-${'0A'.repeat(32)}`], [42]])(
    'refuses %j',
    (contentHash) => {
      const result = articleSchema.safeParse({ ...minimal, contentHash });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(['contentHash']);
    },
  );
});
