/**
 * The build verifies itself: a whole build passes and prints its counts; a
 * damaged dist/ fails `npm run verify` with a report naming what is missing.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { projectRoot, type BuildResult } from '../helpers/build.ts';
import { sharedBuild } from '../helpers/shared-build.ts';
import { readBundleFragments } from '../../src/search/fragments.ts';

const CONTENT = 'tests/fixtures/basic/articles';
let site: BuildResult;

beforeAll(async () => {
  // The build build-archive.test.ts reads (far east of UTC): damage goes to copies of it.
  site = await sharedBuild({ content: CONTENT, env: { TZ: 'Pacific/Auckland' } });
  expect(site.code, site.output).toBe(0);
});

/** Copies the built site, lets a test damage it, and runs `npm run verify` over the copy. */
async function verifyDamaged(
  damage: (dist: string) => Promise<void>,
): Promise<{ status: number | null; output: string }> {
  const dist = join(await mkdtemp(join(tmpdir(), 'clippings-verify-')), 'dist');
  await cp(site.dist, dist, { recursive: true });
  await damage(dist);
  const result = spawnSync(process.execPath, ['scripts/verify.ts'], {
    cwd: projectRoot,
    env: { ...process.env, CLIPPINGS_CONTENT_DIR: CONTENT, CLIPPINGS_OUT_DIR: dist },
    encoding: 'utf8',
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

describe('build verification', () => {
  test('a whole build passes and says what it checked', () => {
    expect(site.output).toMatch(
      /Verified: checked 5 articles, \d+ pages, \d+ sitemap URLs, 5 search records, \d+ internal links/,
    );
  });

  test('a missing article page is named with its file', async () => {
    const { status, output } = await verifyDamaged((dist) =>
      rm(join(dist, '2021/03/14/orchard-market'), { recursive: true }),
    );
    expect(status).toBe(1);
    expect(output).toContain(
      '[article-page] no page for article /2021/03/14/orchard-market/ (tests/fixtures/basic/articles/2021/03/orchard-market.md)',
    );
    // Pages that linked to it are reported too.
    expect(output).toMatch(/\[link\] 2021\/03\/index\.html links to \/2021\/03\/14\/orchard-market\//);
  }, 120_000);

  test('an article missing from the sitemap is named', async () => {
    const { status, output } = await verifyDamaged(async (dist) => {
      const file = join(dist, 'sitemap-0.xml');
      const xml = await readFile(file, 'utf8');
      await writeFile(file, xml.replace(/<url><loc>[^<]*\/2020\/01\/01\/council-budget-vote\/<\/loc>.*?<\/url>/, ''));
    });
    expect(status).toBe(1);
    expect(output).toContain(
      '[sitemap] article /2020/01/01/council-budget-vote/ (tests/fixtures/basic/articles/2020/01/council-budget-vote.md) is missing from the sitemap',
    );
  }, 120_000);

  test('a page for no article, a broken link and a repeated id are reported', async () => {
    const { status, output } = await verifyDamaged(async (dist) => {
      await cp(join(dist, '2021/03/14/orchard-market'), join(dist, '2021/03/14/ghost'), { recursive: true });
      const home = join(dist, 'index.html');
      await writeFile(
        home,
        (await readFile(home, 'utf8')).replace('</main>', '<a href="/2099/nowhere/">x</a><p id="main">dup</p></main>'),
      );
      // On an article's page, a link its file does not say as written (HTML the page's parser read otherwise).
      const article = join(dist, '2021/03/14/orchard-frost/index.html');
      await writeFile(
        article,
        (await readFile(article, 'utf8')).replace('</main>', '<img src="x%22y.jpg" alt=""></main>'),
      );
    });
    expect(status).toBe(1);
    expect(output).toContain('[orphan-page] page /2021/03/14/ghost/ belongs to no article in content/');
    expect(output).toContain('[link] index.html links to /2099/nowhere/, which is not in the build');
    expect(output).toContain('[duplicate-id] id "main" appears more than once in index.html');
    expect(output).toContain(
      `[link] 2021/03/14/orchard-frost/index.html (the page of ${CONTENT}/2021/03/orchard-frost.md) links to x%22y.jpg`,
    );
  }, 120_000);

  test('an article without a search record is named', async () => {
    const { status, output } = await verifyDamaged(async (dist) => {
      // Drop the French index: its one article loses its record.
      const entryFile = join(dist, 'pagefind', 'pagefind-entry.json');
      const entry = JSON.parse(await readFile(entryFile, 'utf8')) as { languages: Record<string, unknown> };
      expect(Object.keys(entry.languages)).toContain('fr');
      for (const { file, fragment } of readBundleFragments(dist, 'pagefind')) {
        if (fragment.url.includes('festival-des-lanternes')) await rm(file);
      }
    });
    expect(status).toBe(1);
    expect(output).toContain(
      '[search] article /2022/06/21/festival-des-lanternes/ (tests/fixtures/basic/articles/2022/06/festival-des-lanternes.md) has no search record',
    );
  }, 120_000);

  test('what it remembers of unchanged article files never hides a changed one', async () => {
    const content = await mkdtemp(join(tmpdir(), 'clippings-verify-content-'));
    await cp(join(projectRoot, CONTENT), content, { recursive: true });
    const cacheDir = await mkdtemp(join(tmpdir(), 'clippings-verify-cache-'));
    const verify = () =>
      spawnSync(process.execPath, ['scripts/verify.ts'], {
        cwd: projectRoot,
        env: {
          ...process.env,
          CLIPPINGS_CONTENT_DIR: content,
          CLIPPINGS_OUT_DIR: site.dist,
          CLIPPINGS_CACHE_DIR: cacheDir,
        },
        encoding: 'utf8',
      });
    expect(verify().status).toBe(0);
    expect(await readdir(cacheDir)).toContain('article-reads.json');
    // Moved to another day: the article now belongs at a URL this build has no page for.
    const file = join(content, '2021/03/orchard-market.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('date: 2021-03-14', 'date: 2021-03-15'));
    const second = verify();
    expect(second.status).toBe(1);
    expect(second.stdout + second.stderr).toContain('[article-page] no page for article /2021/03/15/orchard-market/');
  }, 120_000);

  test('a whole build passes npm run verify, its manifest included', async () => {
    const { status, output } = await verifyDamaged(async () => {});
    expect(output).toMatch(/^Verified: /m);
    expect(status).toBe(0);
  }, 120_000);

  test('a build whose article declares an external source URL passes: the URL stands where the site writes it', async () => {
    const page = await site.read('2020/01/01/council-budget-vote/index.html');
    expect(page).toContain('"isBasedOn":"https://northshore.example/budget"');
    expect(site.output).toMatch(/Verified: .*, \d+ addresses the site wrote\./);
  });

  test('addresses the site wrote that leave the site are each named with page, place and URL', async () => {
    const { status, output } = await verifyDamaged(async (dist) => {
      const page = join(dist, '2021/03/14/orchard-frost/index.html');
      const html = await readFile(page, 'utf8');
      const damaged = html
        .replace(/(<meta property="og:image" content=")[^"]*"/, '$1https://evil.example/og.svg"')
        .replace(/("image":\{"@type":"ImageObject","url":")[^"]*"/, '$1https://evil.example/ld.svg"')
        .replace(/(<link rel="icon" href=")[^"]*"/, '$1/\\evil.example/icon.svg"')
        // The source URL another article declares is no image of this one.
        .replace(/(<meta property="og:url" content=")[^"]*"/, '$1https://northshore.example/budget"');
      expect(damaged).not.toBe(html);
      await writeFile(page, damaged);
      const feedFile = join(dist, 'feed.json');
      const feed = JSON.parse(await readFile(feedFile, 'utf8')) as { items: { url: string }[] };
      (feed.items[0] as { url: string }).url = 'https://evil.example/item/';
      await writeFile(feedFile, JSON.stringify(feed));
    });
    expect(status).toBe(1);
    const page = '[off-site-url] 2021/03/14/orchard-frost/index.html:';
    expect(output).toContain(`${page} meta og:image "https://evil.example/og.svg" is not under http://localhost:4321/`);
    expect(output).toContain(
      `${page} JSON-LD image.url "https://evil.example/ld.svg" is not under http://localhost:4321/`,
    );
    expect(output).toContain(
      `${page} link rel=icon "/\\evil.example/icon.svg" is spelled so that browsers read another host`,
    );
    expect(output).toContain(`${page} meta og:url "https://northshore.example/budget" is not under`);
    expect(output).toContain('[off-site-url] feed.json: items[].url "https://evil.example/item/" is not under');
  }, 120_000);

  /** The first file under `folder` whose name matches. */
  const first = async (dist: string, folder: string, name: RegExp) => {
    const found = (await readdir(join(dist, folder))).find((file) => name.test(file));
    expect(found, `a file matching ${name} in ${folder}`).toBeDefined();
    return join(folder, found as string);
  };

  test.each([
    [
      'a deleted script bundle',
      async (dist: string) => rm(join(dist, await first(dist, '_astro', /\.js$/))),
      /\[manifest\] _astro\/[^ ]+\.js is missing \(the build made it\)/,
    ],
    [
      'a 0-byte article page',
      (dist: string) => writeFile(join(dist, '2021/03/14/orchard-market/index.html'), ''),
      /\[manifest\] 2021\/03\/14\/orchard-market\/index\.html is empty \(the build wrote \d+ bytes\)/,
    ],
    [
      'deleted index chunks',
      async (dist: string) => rm(join(dist, 'pagefind', 'index'), { recursive: true }),
      /\[manifest\] pagefind\/index\/[^ ]+\.pf_index is missing/,
    ],
    [
      'a missing service worker',
      (dist: string) => rm(join(dist, 'sw.js')),
      /\[missing\] sw\.js is missing \(every build makes it\)/,
    ],
    [
      'a missing offline list',
      (dist: string) => rm(join(dist, 'offline.json')),
      /\[missing\] offline\.json is missing/,
    ],
    ['missing headers', (dist: string) => rm(join(dist, '_headers')), /\[missing\] _headers is missing/],
    [
      'a missing search entry',
      (dist: string) => rm(join(dist, 'pagefind', 'pagefind-entry.json')),
      /\[missing\] pagefind\/pagefind-entry\.json is missing/,
    ],
    // Same size, other bytes: only the hash can tell.
    [
      'an edited page',
      async (dist: string) =>
        writeFile(
          join(dist, 'index.html'),
          (await readFile(join(dist, 'index.html'), 'utf8')).replace('</main>', '</MAIN>'),
        ),
      /\[manifest\] index\.html has changed since the build/,
    ],
    [
      'a deleted manifest',
      (dist: string) => rm(join(dist, 'clippings-manifest.json')),
      /clippings-manifest\.json is missing: this folder was not made by a finished build/,
    ],
  ])(
    '%s is caught',
    async (_, damage, line) => {
      const { status, output } = await verifyDamaged(damage);
      expect(status).toBe(1);
      expect(output).toMatch(line);
    },
    120_000,
  );

  test('a corrupt search fragment or entry file is one clear line, never a crash', async () => {
    const { status, output } = await verifyDamaged(async (dist) => {
      const fragment = await first(dist, 'pagefind/fragment', /\.pf_fragment$/);
      const bytes = await readFile(join(dist, fragment));
      await writeFile(join(dist, fragment), bytes.subarray(0, Math.floor(bytes.length / 2)));
      await writeFile(join(dist, 'offline.json'), '{"files": [');
    });
    expect(status).toBe(1);
    expect(output).toMatch(/\[corrupt\] pagefind\/fragment\/[^ ]+ cannot be read as a search record \(/);
    expect(output).toMatch(/\[corrupt\] offline\.json cannot be read as JSON/);
    expect(output).not.toMatch(/Z_BUF_ERROR\n\s+at |^\s+at .+:\d+:\d+\)?$/m);
  }, 120_000);
});

describe('npm run verify on the command line', () => {
  const verify = (args: string[]) =>
    spawnSync(process.execPath, [join(projectRoot, 'scripts/verify.ts'), ...args], {
      cwd: projectRoot,
      encoding: 'utf8',
    });

  test('--help says what it checks and its options; an unknown option is told in one line, exit 2', () => {
    const help = verify(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm run verify \[-- --full\]/);
    expect(help.stdout).toContain('--full');
    const wrong = verify(['--fulll']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr.split('\n')[0]).toBe("Unknown option '--fulll'");
    expect(wrong.stderr).toContain('Usage: npm run verify');
    expect(wrong.stderr).not.toMatch(/\n\s+at /);
  });

  test(
    'a sub-path build with its site address is verified without its settings given again',
    { timeout: 240_000 },
    async () => {
      // The build citing-sharing.test.ts reads: under /2021/, for https://news.example.
      const built = await sharedBuild({
        content: CONTENT,
        base: '/2021/',
        env: {
          CLIPPINGS_SITE: 'https://news.example',
          SOURCE_DATE_EPOCH: String(Date.UTC(2028, 1, 29, 12) / 1000),
          TZ: 'Pacific/Auckland',
        },
      });
      expect(built.code, built.output).toBe(0);
      const env: NodeJS.ProcessEnv = { ...process.env, CLIPPINGS_CONTENT_DIR: CONTENT, CLIPPINGS_OUT_DIR: built.dist };
      env['CLIPPINGS_CACHE_DIR'] = join(dirname(built.dist), 'cache');
      delete env['CLIPPINGS_BASE'];
      delete env['CLIPPINGS_SITE'];
      const result = spawnSync(process.execPath, [join(projectRoot, 'scripts/verify.ts')], {
        cwd: projectRoot,
        env,
        encoding: 'utf8',
      });
      expect(result.stdout + result.stderr).toMatch(/Verified: checked 5 articles/);
      expect(result.status).toBe(0);
    },
  );
});
