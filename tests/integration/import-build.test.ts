// End to end: what the importer writes is built by the real `astro build` without edits,
// the pages carry the sanitized bodies, and the search index picks them up.
import { existsSync } from 'node:fs';
import { glob, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { runImport } from '../../src/importer/import.ts';
import { readArticleSource, type ArticleSource } from '../../src/content/read-article.ts';
import { buildFixture, projectRoot, type BuildResult } from '../helpers/build.ts';
import { readBundleFragments } from '../../src/search/fragments.ts';

const fixtures = join(projectRoot, 'tests/fixtures/import');
let build: BuildResult;
const articles = new Map<string, ArticleSource>();

/** The article element of a built page: the part Pagefind indexes. */
async function articleHtml(url: string): Promise<string> {
  const page = await build.read(join(url, 'index.html'));
  return /<article[^>]*data-pagefind-body[\s\S]*?<\/article>/.exec(page)?.[0] ?? '';
}

beforeAll(async () => {
  const content = await mkdtemp(join(tmpdir(), 'clippings-imported-'));
  const common = {
    out: content,
    draft: false,
    force: false,
    dryRun: false,
    now: new Date('2025-01-15T12:00:00Z'),
    cwd: projectRoot,
  };
  const inputs = ['html', 'feeds', 'hostile/scripted-page.html', 'hostile/scripted-feed.rss'].map((path) =>
    join(fixtures, path),
  );
  await runImport({ ...common, inputs, metadata: { section: 'News' } });
  await runImport({
    ...common,
    inputs: [join(fixtures, 'text/lighthouse-keepers.txt')],
    metadata: { title: 'Keeper hands over the logbooks', date: '2024-04-02', section: 'Heritage' },
  });
  for await (const path of glob('**/*.md', { cwd: content })) {
    const read = readArticleSource(path, await readFile(join(content, path), 'utf8'));
    if ('article' in read) articles.set(read.article.frontmatter.title, read.article);
  }
  build = await buildFixture({ content });
}, 300_000);

describe('imported articles build', () => {
  test('the build accepts every imported file and makes a page for each', () => {
    expect(build.code, build.output).toBe(0);
    expect(articles.size).toBe(16);
    for (const article of articles.values()) expect(build.has(join(article.url, 'index.html')), article.url).toBe(true);
  });

  test('pages carry the converted body, the byline and the original link', async () => {
    const ferry = articles.get('Night ferry gets a second crew');
    expect(ferry?.url).toBe('/2023/05/31/night-ferry-gets-a-second-crew/');
    const html = await articleHtml(ferry?.url ?? '');
    expect(html).toContain('<em>cancelled</em>');
    expect(html).toContain('href="https://courier.example/documents/ferry-plan.pdf"');
    expect(html).toContain('What changes for passengers');
    expect(html).toContain('Nadia Okafor');
    expect(html).toContain('href="https://courier.example/2023/05/night-ferry-second-crew"');
    expect(html).not.toContain('Advertisement');
    // A captioned picture is still a figure with its caption once built.
    expect(html).toMatch(
      /<figure>\s*<img src="https:\/\/courier\.example\/img\/deck\.jpg" alt="Deckhands coiling ropes"[^>]*>\s*<figcaption>New deckhands start training this week\.<\/figcaption>\s*<\/figure>/,
    );

    // A feed whose story is its description, beside Media RSS pictures: the story is the page, once.
    const winter = await articleHtml(articles.get('Ferry timetable changes for winter')?.url ?? '');
    expect(winter).toMatch(/<li>Two sailings are cut<\/li>\s*<li>Fares stay the same<\/li>/);
    expect(winter).toContain('href="https://harbour-post.example/2022/09/petition"');
    expect(winter).not.toContain('Photograph: Lena Berg');

    const keeper = await articleHtml(articles.get('Keeper hands over the logbooks')?.url ?? '');
    expect(keeper).toContain('“the only honest diary on the coast”');
  });

  test('hostile inputs come out as text, with no script, handler or javascript: URL', async () => {
    for (const title of ['Bins collected twice a week', 'Harbour wall repaired']) {
      const html = await articleHtml(articles.get(title)?.url ?? '');
      expect(html, title).not.toBe('');
      expect(html, title).not.toMatch(/<script|\son\w+=|javascript:|alert\(/i);
    }
    expect(await articleHtml(articles.get('Bins collected twice a week')?.url ?? '')).toContain('new rota');
  });

  test('search: each page is marked for indexing, and the index holds a fragment for it', async () => {
    for (const article of articles.values())
      expect(await articleHtml(article.url), article.url).toContain('data-pagefind-body');
    // The build always writes the search index: every imported page must be in it.
    const fragments = join(build.dist, 'pagefind', 'fragment');
    expect(existsSync(fragments)).toBe(true);
    const indexed = new Set<string>();
    for (const { fragment } of readBundleFragments(build.dist, 'pagefind')) indexed.add(fragment.url);
    for (const article of articles.values()) expect([...indexed], article.url).toContain(article.url);
  });
});
