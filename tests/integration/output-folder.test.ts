/**
 * dist/ holds what is not ours, and tells a finished build from an unfinished
 * one: user files survive rebuilds, a folder that is not ours is refused, and
 * a build killed at three points fails `npm run verify` naming what is
 * missing, then the next build repairs it.
 */
import { existsSync, statSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { BUILDS, buildFixture, projectRoot, verifyFixture, type BuildResult } from '../helpers/build.ts';

/** Files a deployment keeps in its output folder that no build makes. */
const USER_FILES: Record<string, string> = {
  CNAME: 'news.example.org\n',
  '.well-known/security.txt': 'Contact: mailto:security@news.example.org\n',
  'downloads/report.pdf': '%PDF-1.4 not really\n',
  '.git/HEAD': 'ref: refs/heads/main\n',
};

async function copyOfBasic(): Promise<string> {
  const content = await mkdtemp(join(tmpdir(), 'clippings-output-'));
  await cp(join(projectRoot, 'tests/fixtures/basic/articles'), content, { recursive: true });
  return content;
}

describe('one output folder over a series of rebuilds, some killed part-way', () => {
  // One copy of the basic archive, built once, then rebuilt: after a deletion, then killed at three
  // points, each over the build before: search index written (verification and manifest not yet), over
  // the finished build; sitemap written (search, offline files and headers not yet); pages being
  // written, the most common interruption (Ctrl-C in the longest step) and the folder furthest from
  // finished, which the one repair then starts from. The deployment's own files are in dist/ throughout.
  /** Whether a build has written `file` since `since` (a rebuild finds last build's copy there).
   * One stat, not exists-then-stat: the build may replace the file between two calls. */
  const written = (file: string, since: number) => (dist: string) =>
    (statSync(join(dist, file), { throwIfNoEntry: false })?.mtimeMs ?? 0) > since;
  let content: string;
  let first: BuildResult;
  let afterDeletion: BuildResult;
  beforeAll(async () => {
    content = await copyOfBasic();
    first = await buildFixture({ content });
    expect(first.code, first.output).toBe(0);
    for (const [path, text] of Object.entries(USER_FILES)) {
      await mkdir(join(first.dist, path, '..'), { recursive: true });
      await writeFile(join(first.dist, path), text);
    }
    // A deleted article: its page is ours, and must go.
    await rm(join(content, '2019/12/new-years-eve-ferry.md'));
    afterDeletion = await buildFixture({ content, reuse: first });
    expect(afterDeletion.code, afterDeletion.output).toBe(0);
  }, 600_000);

  test('files the last build made and this one does not are removed; CNAME, .well-known/, .git/ and downloads stay', async () => {
    expect(existsSync(join(afterDeletion.dist, '2019/12/31/new-years-eve-ferry/index.html'))).toBe(false);
    for (const [path, text] of Object.entries(USER_FILES))
      expect(await readFile(join(afterDeletion.dist, path), 'utf8'), path).toBe(text);
  });

  test('the manifest lists the build’s files only, and verify passes with the user’s files present', async () => {
    const manifest = JSON.parse(await readFile(join(afterDeletion.dist, 'clippings-manifest.json'), 'utf8')) as {
      files: Record<string, { size: number; sha256: string }>;
    };
    expect(manifest.files['index.html']?.sha256).toMatch(/^[0-9a-f]{64}$/);
    for (const path of Object.keys(USER_FILES)) expect(manifest.files[path], path).toBeUndefined();
    const verify = await verifyFixture(afterDeletion);
    expect(verify.code, verify.output).toBe(0);
  }, 120_000);

  test('killed just after the search index, just after the sitemap, then while writing pages: verify fails each time naming what is missing, and the next build repairs it all', async () => {
    for (const [point, marker, missing] of [
      ['just after the search index', 'pagefind/pagefind-entry.json', undefined],
      ['just after the sitemap', 'sitemap-index.xml', '[missing] sw.js is missing (every build makes it)'],
      ['while writing pages', '2021/03/index.html', undefined],
    ] as const) {
      const file = join(content, '2021/03/orchard-market.md');
      await writeFile(
        file,
        (await readFile(file, 'utf8')).replace(/^title: .*$/m, `title: Orchard market news (killed ${point})`),
      );
      const killed = await buildFixture({ content, reuse: first, killWhen: written(marker, Date.now()) });
      expect(killed.code, `the build was killed ${point} before it finished`).toBeNull();
      const broken = await verifyFixture(killed);
      expect(broken.code, point).toBe(1);
      expect(broken.output, point).toContain(
        'the build did not finish (clippings-building.json is there and clippings-manifest.json is not',
      );
      if (missing) expect(broken.output, point).toContain(missing);
    }
    const repaired = await buildFixture({ content, reuse: first });
    expect(repaired.code, repaired.output).toBe(0);
    const verify = await verifyFixture(repaired);
    expect(verify.code, verify.output).toBe(0);
    expect(await repaired.read('2021/03/14/orchard-market/index.html')).toContain(
      'Orchard market news (killed while writing pages)',
    );
    // Six builds later, three of them killed, the deployment's own files are still there, and still not
    // the build's: a manifest that took them in would have the next build delete them.
    const manifest = JSON.parse(await repaired.read('clippings-manifest.json')) as { files: Record<string, unknown> };
    for (const [path, text] of Object.entries(USER_FILES)) {
      expect(await readFile(join(repaired.dist, path), 'utf8'), path).toBe(text);
      expect(manifest.files[path], path).toBeUndefined();
    }
  }, 900_000);
});

describe('an output folder that is not ours', () => {
  test('is refused in one line, and with the setting is built into without losing anything', async () => {
    await mkdir(BUILDS, { recursive: true });
    const work = await mkdtemp(join(BUILDS, 'foreign-'));
    await mkdir(join(work, 'dist'), { recursive: true });
    await writeFile(join(work, 'dist', 'thesis.docx'), 'my only copy');
    const content = 'tests/fixtures/basic/articles';
    const existing = { dist: join(work, 'dist') } as BuildResult;
    const refused = await buildFixture({ content, reuse: existing });
    expect(refused.code).not.toBe(0);
    expect(refused.output).toMatch(
      /The output folder .*dist\/? is not empty and holds no clippings-manifest\.json of a Clippings build: refusing to write into it\. .*CLIPPINGS_ADOPT_OUT_DIR=1/,
    );
    expect(refused.output).not.toMatch(/Stack trace:/);
    expect(existsSync(join(work, 'dist', 'index.html'))).toBe(false);
    const adopted = await buildFixture({ content, reuse: existing, env: { CLIPPINGS_ADOPT_OUT_DIR: '1' } });
    expect(adopted.code, adopted.output).toBe(0);
    expect(await readFile(join(work, 'dist', 'thesis.docx'), 'utf8')).toBe('my only copy');
  }, 300_000);
});
