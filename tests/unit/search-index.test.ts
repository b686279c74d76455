/**
 * The indexing step of the search integration, run on small hand-written
 * sites (no Astro build): what it counts, and how it fails.
 */
import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { indexSite } from '../../src/integrations/search-index.ts';
import { buildOfflineManifest } from '../../src/integrations/search-offline.ts';

async function site(pages: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'clippings-index-'));
  for (const [path, html] of Object.entries(pages)) {
    await mkdir(join(dir, path), { recursive: true });
    await writeFile(join(dir, path, 'index.html'), html);
  }
  return dir;
}

const article = (lang: string, title: string, body: string) =>
  `<!doctype html><html lang="${lang}"><body><nav>Menu</nav><article data-pagefind-body lang="${lang}"><h1>${title}</h1><p>${body}</p><span data-pagefind-sort="date">2020-01-01</span></article></body></html>`;

test('counts indexed articles per language, not the listing pages it walked', async () => {
  const dir = await site({
    '': '<!doctype html><html lang="en"><body><h1>Latest</h1><p>All the news</p></body></html>',
    'sections/local': '<!doctype html><html lang="en"><body><h1>Local</h1></body></html>',
    '2020/01/01/a': article('en', 'Ferry news', 'The ferry sails.'),
    '2020/01/02/b': article('en', 'Bridge news', 'The bridge opens.'),
    '2020/01/03/c': article('fr', 'Le quai', 'Les habitants du quai.'),
  });
  const result = await indexSite({ site: dir });
  expect(result).toEqual({ pages: 3, languages: { en: 2, fr: 1 }, outputPath: join(dir, 'pagefind') });
  const entry = JSON.parse(await readFile(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
  expect(Object.keys(entry.languages).sort()).toEqual(['en', 'fr']);

  const manifest = await buildOfflineManifest(dir);
  expect(manifest.languages).toEqual(['en', 'fr']);
  expect(manifest.files.map((file) => file.path)).toEqual(expect.arrayContaining(['', 'pagefind/pagefind.js?lang=en', 'pagefind/pagefind.js?lang=fr', `pagefind/pagefind-entry.json?ts=${manifest.metaCacheTag}`]));
  // Pagefind's own UIs are not used by the search page, so not downloaded for offline use.
  expect(manifest.files.some((file) => /pagefind-(component-)?ui/.test(file.path))).toBe(false);
});

test('fails with the folder named when it cannot write the index', async () => {
  const dir = await site({ 'a': article('en', 'A', 'Text.') });
  // A file where the output folder should be.
  await writeFile(join(dir, 'blocked'), 'not a folder');
  await expect(indexSite({ site: dir, outputPath: join(dir, 'blocked', 'pagefind') })).rejects.toThrow(/^Search index: Pagefind could not index /);
});
