/**
 * Verification reads only what changed since the last verified build
 * (src/verify/record.ts), yet misses nothing: after a rebuild with one edited
 * article, a broken link in that article, a page deleted from dist/ and a
 * damaged unchanged page are all caught, and `--full` reads every page again.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildFixture, projectRoot, type BuildResult } from '../helpers/build.ts';

let content: string;
let first: BuildResult;
let rebuilt: BuildResult;
const EDITED = join('2021', '03', 'orchard-market.md');
const UNCHANGED_PAGE = 'authors/camille-vernet/index.html';

/** Runs `npm run verify` (with `args`) over the rebuilt site. */
function verify(...args: string[]): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['scripts/verify.ts', ...args], {
    cwd: projectRoot,
    env: rebuilt.env,
    encoding: 'utf8',
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

/** The counts the report ends with: HTML files read in full, of how many, and files hashed. */
function counts(output: string): { read: number; of: number; reused: number; hashed: number } {
  const match =
    /Read (\d+) of (\d+) HTML files in full \((\d+) unchanged since the last verification\) and hashed (\d+) files/.exec(
      output,
    );
  expect(match, output).not.toBeNull();
  const [, read, of, reused, hashed] = (match as RegExpExecArray).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  return { read, of, reused, hashed };
}

/** Edits the article file in the content copy. */
async function editArticle(change: (text: string) => string): Promise<void> {
  const file = join(content, EDITED);
  await writeFile(file, change(await readFile(file, 'utf8')));
}

beforeAll(async () => {
  content = await mkdtemp(join(tmpdir(), 'clippings-verify-incremental-'));
  await cp(join(projectRoot, 'tests/fixtures/basic/articles'), content, { recursive: true });
  first = await buildFixture({ content });
  expect(first.code, first.output).toBe(0);
  await editArticle((text) =>
    text.replace('title: Orchard market reopens in the square', 'title: Orchard market moves'),
  );
  rebuilt = await buildFixture({ content, reuse: first });
  expect(rebuilt.code, rebuilt.output).toBe(0);
}, 600_000);

describe('verification that reads only what changed', () => {
  test('the build’s own verification after one edit reads only the pages that changed', () => {
    const { read, of, reused } = counts(rebuilt.output);
    expect(reused).toBeGreaterThan(0);
    expect(read).toBeLessThan(of);
    expect(read + reused).toBe(of);
  });

  test('npm run verify reuses the hashes the build made for its manifest; --full reads and hashes everything', () => {
    const once = verify();
    expect(once.status, once.output).toBe(0);
    expect(counts(once.output).hashed).toBe(0);
    const again = verify();
    expect(again.status, again.output).toBe(0);
    expect(counts(again.output)).toMatchObject({ read: 0, hashed: 0 });
    const full = verify('--full');
    expect(full.status, full.output).toBe(0);
    const all = counts(full.output);
    expect(all.read).toBe(all.of);
    expect(all.reused).toBe(0);
    expect(all.hashed).toBeGreaterThan(all.of);
    expect(counts(verify().output).hashed).toBe(0);
  }, 240_000);

  test('a damaged unchanged page is caught though its size is the same', async () => {
    const page = join(rebuilt.dist, UNCHANGED_PAGE);
    const original = await readFile(page, 'utf8');
    await writeFile(page, original.replace('</main>', '</MAIN>'));
    const damaged = verify();
    await writeFile(page, original);
    expect(damaged.status).toBe(1);
    expect(damaged.output).toContain(`[manifest] ${UNCHANGED_PAGE} has changed since the build (its hash differs)`);
    expect(counts(damaged.output)).toMatchObject({ read: 1, hashed: 1 });
  }, 120_000);

  test('a page deleted from dist/ is caught, with the pages that link to it', async () => {
    // Settled first: the test before rewrote a page, which is read once more.
    expect(verify().status).toBe(0);
    const page = join(rebuilt.dist, '2021/03/14/orchard-frost/index.html');
    const original = await readFile(page);
    await rm(page);
    const result = verify();
    await writeFile(page, original);
    expect(result.status).toBe(1);
    expect(result.output).toContain('[article-page] no page for article /2021/03/14/orchard-frost/');
    expect(result.output).toMatch(/\[link\] 2021\/03\/index\.html links to \/2021\/03\/14\/orchard-frost\//);
    // No page was read again for that: the links of the others came from the record.
    expect(counts(result.output).read).toBe(0);
  }, 120_000);

  test('a broken link added by a rebuild, in the edited article or in a new one, is caught by the build', async () => {
    await editArticle((text) => `${text}\nSee [the old market](/2021/03/14/no-such-article/).\n`);
    // A page new since the last verification is read by verification itself, not taken from its record.
    await writeFile(
      join(content, '2021', '03', 'orchard-fair.md'),
      '---\ntitle: Orchard fair announced\ndate: 2021-03-20\nsection: Environment\n---\n' +
        'The fair follows [the frost](/2021/03/14/no-such-frost/).\n',
    );
    const broken = await buildFixture({ content, reuse: rebuilt });
    expect(broken.code).not.toBe(0);
    expect(broken.output).toMatch(
      /orchard-market\.md:\d+ links to \/2021\/03\/14\/no-such-article\/, which is not in the build/,
    );
    expect(broken.output).toMatch(
      /orchard-fair\.md:\d+ links to \/2021\/03\/14\/no-such-frost\/, which is not in the build/,
    );
    const { read, of } = counts(broken.output);
    expect(read).toBeLessThan(of);
  }, 600_000);
});
