/**
 * The benchmark corpus generator: the same arguments give the same archive,
 * and every article it writes passes the article schema (so a benchmark
 * measures building, never error reporting).
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { generateArchive, type GeneratedArticle } from '../../scripts/generate-archive.ts';
import { findUrlClashes, readArticleSource, type ArticleSource } from '../../src/content/read-article.ts';

async function generate(articles: number, seed?: number): Promise<GeneratedArticle[]> {
  const out: GeneratedArticle[] = [];
  await generateArchive(seed === undefined ? { articles } : { articles, seed }, (article) => {
    out.push(article);
  });
  return out;
}

const digest = (articles: GeneratedArticle[]) =>
  createHash('sha256')
    .update(articles.map(({ path, text }) => `${path}\n${text}`).join('\0'))
    .digest('hex');

describe('generateArchive', () => {
  it('gives the same files for the same count and seed', async () => {
    expect(digest(await generate(300))).toBe(digest(await generate(300)));
  });

  it('gives another archive for another seed', async () => {
    expect(digest(await generate(50, 2))).not.toBe(digest(await generate(50, 1)));
  });

  it('writes articles that all pass the schema, on distinct URLs', async () => {
    const files = await generate(1500);
    const valid: ArticleSource[] = [];
    for (const { path, text } of files) {
      const result = readArticleSource(path, text);
      if ('problems' in result) expect.fail(`${path}: ${JSON.stringify(result.problems)}`);
      valid.push(result.article);
    }
    expect(valid).toHaveLength(1500);
    expect(findUrlClashes(valid)).toEqual([]);
    expect(new Set(files.map(({ path }) => path)).size).toBe(1500);
  });

  it('looks like a news archive: 25 years, 10 sections, hundreds of authors and tags, ~600-word bodies', async () => {
    const articles = (await generate(2000)).map(({ path, text }) => {
      const result = readArticleSource(path, text);
      if ('problems' in result) throw new Error(path);
      return result.article;
    });
    const years = new Set(articles.map((a) => a.frontmatter.date.day.slice(0, 4)));
    expect([...years].sort()).toEqual(Array.from({ length: 25 }, (_, i) => String(2000 + i)));
    expect(new Set(articles.map((a) => a.frontmatter.section)).size).toBe(10);
    expect(new Set(articles.flatMap((a) => a.frontmatter.authors)).size).toBeGreaterThan(200);
    expect(new Set(articles.flatMap((a) => a.frontmatter.tags)).size).toBeGreaterThan(200);
    const words = articles.map((a) => a.body.split(/\s+/).length);
    const mean = words.reduce((sum, n) => sum + n, 0) / words.length;
    expect(mean).toBeGreaterThan(520);
    expect(mean).toBeLessThan(720);
    const body = articles.map((a) => a.body).join('\n');
    for (const feature of [/^## /m, /^> /m, /^- /m, /\]\(https:\/\//, /\]\(\/\d{4}\//, /"/])
      expect(body).toMatch(feature);
  });

  it('has a Zipf-like vocabulary: a few words are very common, most are rare', async () => {
    const counts = new Map<string, number>();
    for (const { text } of await generate(300)) {
      for (const word of text.toLowerCase().match(/[a-z]+/g) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
    const ranked = [...counts.values()].sort((a, b) => b - a);
    expect(counts.size).toBeGreaterThan(5000);
    // Rank 1 is far more frequent than rank 100, which is more frequent than rank 1000.
    expect(ranked[0]).toBeGreaterThan(10 * (ranked[99] as number));
    expect(ranked[99]).toBeGreaterThan(ranked[999] as number);
  });
});
