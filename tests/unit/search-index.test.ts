/**
 * The indexing step of the search integration, run on small hand-written
 * sites (no Astro build): what it counts, how it fails, and how it shards.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { indexShards, indexSite, pagefindCommand, viewPage } from '../../src/search/indexer.ts';
import { findBundles } from '../../src/search/bundles.ts';
import { buildOfflineManifest } from '../../src/search/offline-files.ts';
import { monthSpan, searchManifestOf } from '../../src/search/offline-manifest.ts';
import { listFiles } from '../../src/lib/list-files.ts';
import { readBundleFragments } from '../../src/search/fragments.ts';
import { restoreJoins } from '../../src/search/word-joins.ts';

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
  const entry = JSON.parse(await readFile(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, unknown>;
  };
  expect(Object.keys(entry.languages).sort()).toEqual(['en', 'fr']);

  const manifest = await buildOfflineManifest(dir, findBundles(dir));
  expect(manifest.languages).toEqual(['en', 'fr']);
  expect(manifest.files.map((file) => file.path)).toEqual(
    expect.arrayContaining([
      '',
      'pagefind/pagefind.js',
      'pagefind/pagefind.js?lang=fr',
      `pagefind/pagefind-entry.json?ts=${manifest.metaCacheTag}`,
    ]),
  );
  // Pagefind's own UIs are not used by the search page, so not downloaded for offline use.
  expect(manifest.files.some((file) => /pagefind-(component-)?ui/.test(file.path))).toBe(false);

  // What the search page reads on every visit: the same bundles, the download told as two numbers.
  const small = searchManifestOf(manifest, { first: '2020-01', last: '2020-01' });
  expect(small).toEqual({
    ...manifest,
    files: undefined,
    totalBytes: undefined,
    offline: { files: manifest.files.length, bytes: manifest.totalBytes },
    span: { first: '2020-01', last: '2020-01' },
  });
  // Even for three pages the file list outweighs the rest; it grows with the archive, the rest with its shards.
  expect(JSON.stringify(small).length).toBeLessThan(JSON.stringify(manifest).length / 2);
});

test.each([
  [['2001-01-2019-06', '2019-07', '2019-08-2024-10'], { first: '2001-01', last: '2024-10' }],
  [['2024-03'], { first: '2024-03', last: '2024-03' }],
  [['all'], undefined],
  [[], undefined],
])('monthSpan(%j)', (ids, expected) => expect(monthSpan(ids)).toEqual(expected));

test('fails with the folder named when it cannot write the index', async () => {
  const dir = await site({ a: article('en', 'A', 'Text.') });
  // A file where the output folder should be.
  await writeFile(join(dir, 'blocked'), 'not a folder');
  await expect(indexSite({ site: dir, outputPath: join(dir, 'blocked', 'pagefind') })).rejects.toThrow(
    /^Search index: Pagefind could not index /,
  );
});

describe('indexShards', () => {
  const dated = (lang: string, title: string, body: string, day: string) =>
    article(lang, title, body).replace('2020-01-01', day);

  test('writes one bundle per shard, each with its own pages, and reuses unchanged shards from the cache', async () => {
    const pages = {
      '': '<!doctype html><html lang="en"><body><h1>Latest</h1></body></html>',
      '2019': '<!doctype html><html lang="en"><body><h1>2019</h1></body></html>',
      '2019/03/01/a': dated('en', 'Ferry news', 'The ferry sails.', '2019-03-01'),
      '2020/01/02/b': dated('en', 'Bridge news', 'The ferry waits at the bridge.', '2020-01-02'),
      '2021/05/03/c': dated('fr', 'Le quai', 'Les habitants du quai.', '2021-05-03'),
    };
    const dir = await site(pages);
    const cacheFolder = join(dir, '..', `${dir.split('/').pop()}-cache`);
    const command = await pagefindCommand(process.cwd());
    const first = await indexShards({ site: dir, cacheFolder, shardSize: 1, pagefindCommand: command });
    expect(first.shards.map(({ id, dir, languages, reused }) => ({ id, dir, languages, reused }))).toEqual([
      { id: '2019-03', dir: 'pagefind', languages: { en: 1 }, reused: false },
      { id: '2020-01', dir: 'pagefind-2020-01', languages: { en: 1 }, reused: false },
      { id: '2021-05', dir: 'pagefind-2021-05', languages: { fr: 1 }, reused: false },
    ]);
    expect(first.pages).toBe(3);
    for (const shard of first.shards)
      expect(existsSync(join(dir, shard.dir, 'pagefind-entry.json')), shard.dir).toBe(true);
    // The unused UIs are dropped from every bundle, the first one included.
    expect(existsSync(join(dir, 'pagefind-2020-01', 'pagefind-ui.js'))).toBe(false);
    expect(existsSync(join(dir, 'pagefind', 'pagefind-component-ui.js'))).toBe(false);

    // The build lists the bundles the indexer wrote: the first one under its shard's own name.
    const manifest = await buildOfflineManifest(dir, first.shards);
    expect(manifest.bundles.map(({ id, path, languages }) => ({ id, path, languages }))).toEqual([
      { id: '2019-03', path: 'pagefind/', languages: ['en'] },
      { id: '2020-01', path: 'pagefind-2020-01/', languages: ['en'] },
      { id: '2021-05', path: 'pagefind-2021-05/', languages: ['fr'] },
    ]);
    const paths = manifest.files.map((file) => file.path);
    for (const bundle of manifest.bundles)
      expect(paths).toContain(`${bundle.path}pagefind-entry.json?ts=${bundle.metaCacheTag}`);
    expect(paths).toEqual(expect.arrayContaining(['pagefind/pagefind.js', 'pagefind/pagefind.js?lang=fr']));
    expect(paths.some((path) => path.startsWith('pagefind-2021-05/fragment/'))).toBe(true);

    // Astro empties dist/ before every build: a fresh copy of the same pages reuses every shard.
    const again = await site(pages);
    const second = await indexShards({ site: again, cacheFolder, shardSize: 1, pagefindCommand: command });
    expect(second.shards.map((shard) => shard.reused)).toEqual([true, true, true]);
    expect(await readFile(join(again, 'pagefind-2020-01', 'pagefind-entry.json'), 'utf8')).toBe(
      await readFile(join(dir, 'pagefind-2020-01', 'pagefind-entry.json'), 'utf8'),
    );

    // An edited article re-indexes its shard only.
    const edited = await site({
      ...pages,
      '2020/01/02/b': dated('en', 'Bridge news', 'The bridge is closed.', '2020-01-02'),
    });
    const third = await indexShards({ site: edited, cacheFolder, shardSize: 1, pagefindCommand: command });
    expect(third.shards.map((shard) => [shard.id, shard.reused])).toEqual([
      ['2019-03', true],
      ['2020-01', false],
      ['2021-05', true],
    ]);

    // Another shard size is another plan: old shards leave the cache.
    const fourth = await indexShards({ site: await site(pages), cacheFolder, shardSize: 10, pagefindCommand: command });
    expect(fourth.shards.map((shard) => [shard.id, shard.reused])).toEqual([['2019-03-2021-05', false]]);
    expect(existsSync(join(cacheFolder, '2020-01'))).toBe(false);
  });

  test('Pagefind reads words joined by typographic marks with stand-ins it splits at; the site keeps its own characters', async () => {
    const page = dated('fr', 'L’été des artisans', 'Les chalets d’artisans, 1998–2003, et x^2.', '2021-05-03');
    const dir = await site({ '2021/05/03/c': page });
    await indexShards({
      site: dir,
      cacheFolder: `${dir}-cache`,
      shardSize: 10,
      pagefindCommand: await pagefindCommand(process.cwd()),
    });
    const [record] = readBundleFragments(dir, 'pagefind');
    expect(record?.fragment.content).toContain('L`été des artisans');
    expect(record?.fragment.content).toContain('Les chalets d`artisans, 1998^2003, et x^^2.');
    expect(restoreJoins(record?.fragment.content ?? '')).toContain('Les chalets d’artisans, 1998–2003, et x^2.');
    expect(await readFile(join(dir, '2021/05/03/c/index.html'), 'utf8')).toBe(page);
  });

  test("Pagefind's command line: the build's own PAGEFIND_ settings stay out, chunks are cut small, failures are told", async () => {
    // A word's chunk is what a search loads: 3,000 words of one page make one chunk at Pagefind's default size.
    const manyWords = Array.from({ length: 3000 }, (_, i) =>
      [26 * 26, 26, 1].map((unit) => String.fromCharCode(97 + (Math.floor(i / unit) % 26))).join(''),
    ).join(' ');
    const pages = {
      '2019/03/01/a': dated('en', 'Ferry news', 'The ferry sails at dawn.', '2019-03-01'),
      '2019/03/09/d': dated('en', 'Word list', manyWords, '2019-03-09'),
      '2020/01/02/b': dated('en', 'Bridge news', 'The ferry waits at the bridge.', '2020-01-02'),
      '2021/05/03/c': dated('fr', 'Le quai', 'Les habitants du quai.', '2021-05-03'),
    };
    const throughCommand = await site(pages);
    const command = await pagefindCommand(process.cwd());
    // The binary itself, not a Node launcher in front of it.
    expect(command).toMatch(/[\\/]pagefind(_extended)?(\.exe)?$/);
    // The command line reads options from the environment too: the build's own must not leak in.
    process.env.PAGEFIND_FORCE_LANGUAGE = 'de';
    process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = '100000';
    const cli = await indexShards({
      site: throughCommand,
      cacheFolder: `${throughCommand}-cache`,
      shardSize: 2,
      pagefindCommand: command,
    }).finally(() => {
      delete process.env.PAGEFIND_FORCE_LANGUAGE;
      delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
    });
    expect(cli.shards.map(({ id, languages }) => ({ id, languages }))).toEqual([
      { id: '2019-03', languages: { en: 2 } },
      { id: '2020-01-2021-05', languages: { en: 1, fr: 1 } },
    ]);
    expect(cli.memoryLeft).toBeTypeOf('number');
    // The word list's 3,000 words (6,000 occurrences as Pagefind counts them) in chunks of at most 2,500.
    const chunks = (await readdir(join(throughCommand, 'pagefind', 'index'))).filter((name) =>
      name.endsWith('.pf_index'),
    );
    expect(chunks.length).toBeGreaterThanOrEqual(3);
    expect((await readdir(join(throughCommand, 'pagefind-2020-01-2021-05', 'index'))).length).toBeGreaterThan(0);
    // Pagefind read each shard's pages from a folder made for it, gone once indexed.
    expect(existsSync(`${throughCommand}-cache-views`)).toBe(false);

    // A command that fails: its exit code and what it printed reach the build's error.
    const failing = join(throughCommand, '..', `${relative(tmpdir(), throughCommand)}-failing.sh`);
    await writeFile(failing, '#!/bin/sh\necho "Error: Pagefind was not able to build an index." >&2\nexit 3\n', {
      mode: 0o755,
    });
    await expect(
      indexShards({
        site: await site(pages),
        cacheFolder: `${throughCommand}-cache2`,
        shardSize: 2,
        pagefindCommand: failing,
      }),
    ).rejects.toThrow(/exit code 3:\nError: Pagefind was not able to build an index\./);
  });

  test('Pagefind reads each page cut down to its indexed element and writes the bundle the whole page gives', async () => {
    // An article page as the site writes it: a title, a header, menus, a related list with pictures and a
    // footer around the record, which names its own title (a page whose record names none would take the
    // page's first heading anywhere, cut down: its own).
    const page = (title: string, body: string, picture: string) =>
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} | The Courier</title>` +
      `<meta name="description" content="Not indexed"></head><body><header><a href="/">The Courier</a>` +
      `<nav>Home Sections Search</nav></header><main>` +
      `<article data-pagefind-body lang="en"><h1>${title}</h1><p id="lead">${body}</p>${picture}` +
      `<h2 id="more">More</h2><p>The crane of the quay.</p><div hidden data-pagefind-ignore>` +
      `<span data-pagefind-meta="title">${title}</span><span data-pagefind-filter="section">Local</span>` +
      `<span data-pagefind-sort="date">2020-01-01</span></div></article>` +
      `<aside data-pagefind-ignore="all"><h2>Related</h2><img src="/pictures/other.jpg" alt="Other news"></aside>` +
      `</main><footer>© The Courier</footer></body></html>`;
    const pages = {
      '2019/03/01/a': page(
        'Ferry news',
        'The ferry sails at dawn.',
        '<figure><img src="/pictures/quay.jpg" alt="The quay at dawn"></figure>',
      ),
      '2020/01/02/b': page('Bridge news', 'The ferry waits at the bridge.', ''),
    };
    const bundle = async (dir: string) => {
      const files = (await listFiles(join(dir, 'pagefind'))).sort();
      return Object.fromEntries(
        await Promise.all(
          files.map(async (file) => [file, (await readFile(join(dir, 'pagefind', file))).toString('hex')]),
        ),
      ) as Record<string, string>;
    };
    // What Pagefind is handed: the <html> tag and the record, nothing around it.
    const cut = viewPage(pages['2019/03/01/a']);
    expect(cut).toMatch(/^<html lang="en">\n<article data-pagefind-body/);
    expect(cut).not.toMatch(/<header|<footer|<aside|<nav|<title/);
    // The reference: Pagefind's Node API on the whole pages (its default chunk size, which for pages this
    // short cuts the same single chunk).
    const whole = await site(pages);
    await indexSite({ site: whole });
    const throughView = await site(pages);
    const result = await indexShards({
      site: throughView,
      cacheFolder: `${throughView}-cache`,
      shardSize: 10,
      pagefindCommand: await pagefindCommand(process.cwd()),
    });
    expect(result.pages).toBe(2);
    const fromWhole = await bundle(whole);
    const fromView = await bundle(throughView);
    expect(Object.keys(fromWhole).filter((file) => file.startsWith('fragment/'))).toHaveLength(2);
    // Every fragment, index chunk and filter file the same bytes (the UIs the site drops aside).
    for (const file of Object.keys(fromWhole).filter((name) => /\.pf_(fragment|index|filter|meta)$/.test(name)))
      expect(fromView[file], file).toBe(fromWhole[file]);
    // And the record is the article's: its own headline, picture and anchors, nothing from around it.
    const ferry = readBundleFragments(throughView, 'pagefind')
      .map(({ fragment }) => fragment)
      .find((fragment) => fragment.meta.title === 'Ferry news');
    expect(ferry?.meta.image).toBe('/pictures/quay.jpg');
    expect(ferry?.content).not.toMatch(/Courier|Sections|Related/);
    const anchors = (ferry as { anchors?: { id: string }[] } | undefined)?.anchors;
    expect(anchors?.map((anchor) => anchor.id)).toEqual(['lead', 'more']);
  });

  test('pages read through a shard view are not read again by the next build, until one is written', async () => {
    const dir = await site({
      '2019/03/01/a': dated('en', 'Ferry news', 'The ferry sails at dawn.', '2019-03-01'),
      '2020/01/02/b': dated('en', 'Bridge news', 'The ferry waits at the bridge.', '2020-01-02'),
      '2021/05/03/c': dated('en', 'Quay', 'The quay is busy.', '2021-05-03'),
    });
    const cacheFolder = `${dir}-cache`;
    const options = { site: dir, cacheFolder, shardSize: 1, pagefindCommand: await pagefindCommand(process.cwd()) };
    // A shard's memo of its pages' indexed parts is written whenever its pages are read and hashed.
    const memoWrites = async () => {
      const memos = (await readdir(cacheFolder)).filter((name) => name.endsWith('.indexed-parts.json'));
      const times = await Promise.all(memos.map(async (name) => (await stat(join(cacheFolder, name))).mtimeMs));
      return Object.fromEntries(memos.map((name, i) => [name, times[i]]));
    };
    await indexShards(options);
    const indexed = await memoWrites();
    expect(Object.keys(indexed)).toHaveLength(3);
    // Linking the pages into the views moved their change times: that is not a rewrite.
    const second = await indexShards(options);
    expect(second.shards.map((shard) => shard.reused)).toEqual([true, true, true]);
    expect(await memoWrites()).toEqual(indexed);

    await writeFile(
      join(dir, '2020/01/02/b/index.html'),
      dated('en', 'Bridge news', 'The bridge is shut.', '2020-01-02'),
    );
    const third = await indexShards(options);
    expect(third.shards.map((shard) => shard.reused)).toEqual([true, false, true]);
    const reindexed = await memoWrites();
    expect(reindexed['2020-01.indexed-parts.json']).not.toBe(indexed['2020-01.indexed-parts.json']);
    const fourth = await indexShards(options);
    expect(fourth.shards.map((shard) => shard.reused)).toEqual([true, true, true]);
    expect(await memoWrites()).toEqual(reindexed);
  });

  test('an archive without article pages still gets an (empty) index', async () => {
    const dir = await site({ '': '<!doctype html><html lang="en"><body><h1>Nothing yet</h1></body></html>' });
    const result = await indexShards({
      site: dir,
      cacheFolder: join(dir, '.cache'),
      shardSize: 5,
      pagefindCommand: await pagefindCommand(process.cwd()),
    });
    expect(result.pages).toBe(0);
    expect(result.shards).toEqual([{ id: 'all', dir: 'pagefind', languages: {}, reused: false }]);
    expect(existsSync(join(dir, 'pagefind', 'pagefind-entry.json'))).toBe(true);
  });
});
