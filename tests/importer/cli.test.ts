// The import command as a user runs it: a child process, its output and exit code, the files it leaves.
import { existsSync } from 'node:fs';
import { cp, glob, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readArticleSource } from '../../src/content/read-article.ts';
import { projectRoot } from '../helpers/build.ts';
import { runImport } from '../helpers/import-cli.ts';

const fixtures = join(projectRoot, 'tests/fixtures/import');
const keeperOptions = ['--title', 'Keeper hands over the logbooks', '--date', '2024-04-02', '--section', 'Heritage'];

/** Every file under a folder with its text, keyed by relative path. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  if (!existsSync(dir)) return files;
  for await (const path of glob('**/*.md', { cwd: dir })) files[path] = await readFile(join(dir, path), 'utf8');
  return files;
}

const workspace = () => mkdtemp(join(tmpdir(), 'clippings-import-'));

// Each case starts Node a few times; on a busy two-core machine that takes a while.
describe('import command', { timeout: 120_000 }, () => {
  test('--help explains the command; usage errors exit with 2', async () => {
    const cwd = await workspace();
    const help = await runImport(['--help'], cwd);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm run import -- <files or folders\.\.\.>/);
    expect(help.stdout).toContain('--dry-run');

    for (const [args, message] of [
      [[], 'give at least one file or folder'],
      [['a.txt', '--date', '2021-02-30'], '--date "2021-02-30" is not a day that exists: February 2021 has 28 days'],
      [['a.txt', '--source-url', 'javascript:alert(1)'], 'is not an http:// or https:// address'],
      [['a.txt', '--lang', 'english please'], 'is not a language code'],
      [['a.txt', '--lang', 'ua'], '--lang "ua" is a country\'s code; its language is "uk"'],
      [['a.txt', '--bogus'], "Unknown option '--bogus'"],
    ] as const) {
      const run = await runImport([...args], cwd);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toContain(message);
      expect(run.stderr).toContain('--help');
    }
  });

  test('plain text without metadata: an error naming the file and the options, nothing written', async () => {
    const cwd = await workspace();
    const run = await runImport(
      [join(fixtures, 'text/lighthouse-keepers.txt'), '--out', 'articles', '--section', 'Heritage'],
      cwd,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'lighthouse-keepers.txt: no title or date found: give --title and --date (or --draft to write a draft with placeholders)',
    );
    expect(run.stdout).toContain('Imported 0, skipped 0, failed 1.');
    expect(await snapshot(join(cwd, 'articles'))).toEqual({});
  });

  test('--fallback-section files only what declares no section; --section files everything; without either, the failure names it', async () => {
    const cwd = await workspace();
    const page = (title: string, section: string) => `<!doctype html><html lang="en"><head><title>${title}</title>
<meta property="article:published_time" content="2024-04-02T09:00:00+01:00">${section}</head>
<body><article><h1>${title}</h1><p>${title}: the harbour board met on Tuesday and agreed to repair the north pier.</p>
<p>Work starts in May, and the ferry will use the south pier until the repairs are finished in August.</p></article></body></html>`;
    await writeFile(
      join(cwd, 'declared.html'),
      page('Pier repairs agreed', '<meta property="article:section" content="Harbour">'),
    );
    await writeFile(join(cwd, 'bare.html'), page('Ferry moves south', ''));
    const sections = async (args: string[]) => {
      const run = await runImport(['declared.html', 'bare.html', '--out', 'articles', '--dry-run', ...args], cwd);
      return { run, found: [...run.stdout.matchAll(/^\s*section: (.+)$/gm)].map((match) => match[1]).sort() };
    };
    expect((await sections(['--fallback-section', 'Archive'])).found).toEqual(['Archive', 'Harbour']);
    expect((await sections(['--section', 'Archive'])).found).toEqual(['Archive', 'Archive']);
    const { run } = await sections([]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('bare.html: no section found: give --fallback-section');
  });

  test('a failure says what the text told of the missing field: a dateline without its year', async () => {
    const cwd = await workspace();
    await writeFile(
      join(cwd, 'wire.txt'),
      'HARBOURTON, 5 Mar (Coast Wire) - The ferry sailed again.\n\nIt was full.\n',
    );
    const run = await runImport(['wire.txt', '--out', 'articles', '--section', 'Coast', '--title', 'Ferry'], cwd);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'wire.txt: no date found: give --date (or --draft to write a draft with placeholders)',
    );
    expect(run.stdout).toContain(
      'the dateline "HARBOURTON, 5 Mar (Coast Wire) -" gives no year: date not taken from it',
    );
  });

  test('--draft: a draft without a headline is named in its language: the archive’s, the one given with --lang, or its letters’', async () => {
    const cwd = await workspace();
    await mkdir(join(cwd, 'content'));
    const site = { title: 'أرشيف', description: 'أخبار المدينة', lang: 'ar', publisher: 'صحيفة الميناء' };
    await writeFile(join(cwd, 'content/site.json'), JSON.stringify(site));
    const input = join(fixtures, 'text/lighthouse-keepers.txt');
    // A story in the archive's letters, without a headline: in the archive's language.
    const arabic = join(cwd, 'manara.txt');
    await writeFile(arabic, 'ينتظر سكان الجزيرة عودة العبّارة الليلية منذ أشهر، والقارب الجديد لم يصل بعد.\n');
    const common = ['--draft', '--section', 'Heritage', '--date', '2024-04-02'];
    expect((await runImport([arabic, '--out', 'ar', ...common], cwd)).code).toBe(0);
    expect((await runImport([input, '--out', 'fr', '--lang', 'fr', ...common], cwd)).code).toBe(0);
    // An English story in the Arabic archive is English, its placeholder too.
    expect((await runImport([input, '--out', 'en', ...common], cwd)).code).toBe(0);
    const title = async (dir: string) => {
      const [text = ''] = Object.values(await snapshot(join(cwd, dir)));
      const read = readArticleSource('a.md', text);
      return 'article' in read ? read.article.frontmatter['title'] : read;
    };
    expect(await title('ar')).toBe('بلا عنوان (manara.txt)');
    expect(await title('fr')).toBe('Sans titre (lighthouse-keepers.txt)');
    expect(await title('en')).toBe('Untitled (lighthouse-keepers.txt)');
  });

  test('a short text in another script than the archive’s is filed in its own language, with why, unless --lang says it', async () => {
    const cwd = await workspace();
    await mkdir(join(cwd, 'content'));
    const site = { title: 'अभिलेखागार', description: 'ज़िले की ख़बरें', lang: 'hi', publisher: 'नर्मदा समाचार' };
    await writeFile(join(cwd, 'content/site.json'), JSON.stringify(site));
    const input = join(cwd, 'bazar.txt');
    await writeFile(input, 'بازار میں رونق\n\nپرانے شہر کے بازار میں تیاریاں جاری ہیں۔\n');
    const common = ['--section', 'اردو', '--date', '2019-03-18', '--dry-run'];
    const note = 'language "ur" guessed from a text too short to be sure, written in Arabic letters';
    expect((await runImport([input, ...common], cwd)).stdout).toContain(note);
    expect((await runImport([input, '--lang', 'ur', ...common], cwd)).stdout).not.toContain(note);
  });

  test('an archive folder outside content/: --out (or CLIPPINGS_CONTENT_DIR) and the site.json beside it give the language', async () => {
    const cwd = await workspace();
    await mkdir(join(cwd, 'paper/articles'), { recursive: true });
    const site = { title: 'Archives', description: 'Nouvelles', lang: 'fr', publisher: 'La Gazette' };
    await writeFile(join(cwd, 'paper/site.json'), JSON.stringify(site));
    const input = join(fixtures, 'text/lighthouse-keepers.txt');
    const common = ['--draft', '--section', 'Heritage', '--date', '2024-04-02'];
    const imported = await runImport([input, '--out', 'paper/articles', ...common], cwd);
    expect(imported.code).toBe(0);
    // The archive's language is the French of the site.json beside the folder: the English story is told from it,
    // and its placeholder headline is in its own language.
    expect(imported.stdout).toContain("reads unlike the archive's language (fr)");
    const [text = ''] = Object.values(await snapshot(join(cwd, 'paper/articles')));
    expect(text).toContain('title: Untitled (lighthouse-keepers.txt)');
    // Without --out, the articles folder the build reads.
    await mkdir(join(cwd, 'other/articles'), { recursive: true });
    const env = { CLIPPINGS_CONTENT_DIR: join(cwd, 'other/articles') };
    expect((await runImport([input, ...common], cwd, env)).code).toBe(0);
    expect(Object.keys(await snapshot(join(cwd, 'other/articles')))).toHaveLength(1);
    expect(existsSync(join(cwd, 'content'))).toBe(false);
  });

  test('a Vietnamese archive: a slashed date read day first, letters stored composed as typed (NFC)', async () => {
    const cwd = await workspace();
    await mkdir(join(cwd, 'paper/articles'), { recursive: true });
    const site = { title: 'Báo cũ', description: 'Tin tức', lang: 'vi', publisher: 'Báo Sông Lam' };
    await writeFile(join(cwd, 'paper/site.json'), JSON.stringify(site));
    // Written decomposed (a letter, then its accents), as some exports and macOS file names are.
    const text =
      'Nước sạch về vùng cao\nPHẠM THU HƯƠNG\n06/02/2023\n\nTỉnh đã khoan thêm giếng cho các xã. Nước sạch về tới từng nhà.\n';
    await writeFile(join(cwd, 'nuoc.txt'), text.normalize('NFD'));
    const run = await runImport([join(cwd, 'nuoc.txt'), '--out', 'paper/articles', '--section', 'Đời sống'], cwd);
    expect(run.code, run.stderr).toBe(0);
    const [path = '', written = ''] = Object.entries(await snapshot(join(cwd, 'paper/articles')))[0] ?? [];
    expect(path.startsWith('2023/02/')).toBe(true);
    expect(written).toMatch(/^date: "?2023-02-06"?$/m);
    expect(written).toContain('Tỉnh đã khoan thêm giếng');
    expect(written).toContain('Phạm Thu Hương');
    expect(written).toBe(written.normalize('NFC'));
  });

  test('--draft writes the gaps as placeholders, listed in the file and the report', async () => {
    const cwd = await workspace();
    const run = await runImport(
      [join(fixtures, 'text/lighthouse-keepers.txt'), '--out', 'articles', '--draft', '--section', 'Heritage'],
      cwd,
    );
    expect(run.code).toBe(0);
    const files = Object.entries(await snapshot(join(cwd, 'articles')));
    expect(files).toHaveLength(1);
    const [path, text] = files[0] as [string, string];
    expect(path).toMatch(/^\d{4}\/\d{2}\/untitled-lighthouse-keepers-txt\.md$/);
    expect(text).toContain('# Imported as a draft with placeholders for: title (--title), date (--date).');
    expect(text).toContain('draft: true');
    expect(text).toContain('copyright: © 2024 Alder Coast Courier. All rights reserved.');
    // The notice's holder is where the clipping came from: a guess, said so in the summary.
    expect(text).toContain('source:\n  name: Alder Coast Courier\n');
    expect(run.stdout).toContain('source "Alder Coast Courier" from the copyright line');
    expect(run.stdout).toContain('(draft; fill in: title, date)');
    expect('article' in readArticleSource(path, text)).toBe(true);
  });

  test('--source-name wins over the holder a copyright line names', async () => {
    const cwd = await workspace();
    const run = await runImport(
      [
        join(fixtures, 'text/lighthouse-keepers.txt'),
        '--out',
        'articles',
        ...keeperOptions,
        '--source-name',
        'County Archive',
      ],
      cwd,
    );
    expect(run.code).toBe(0);
    const [text] = Object.values(await snapshot(join(cwd, 'articles')));
    expect(text).toContain('source:\n  name: County Archive\n');
    expect(run.stdout).not.toContain('from the copyright line');
  });

  test('a draft rewritten with --force and its headline and date moves from its placeholder name to its own', async () => {
    const cwd = await workspace();
    const text = join(fixtures, 'text/lighthouse-keepers.txt');
    await runImport([text, '--out', 'articles', '--draft', '--section', 'Heritage'], cwd);
    const [draft] = Object.keys(await snapshot(join(cwd, 'articles')));
    expect(draft).toMatch(/\/untitled-lighthouse-keepers-txt\.md$/);
    const forced = await runImport([text, '--out', 'articles', ...keeperOptions, '--force'], cwd);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('wrote articles/2024/04/keeper-hands-over-the-logbooks.md');
    const files = await snapshot(join(cwd, 'articles'));
    expect(Object.keys(files)).toEqual(['2024/04/keeper-hands-over-the-logbooks.md']);
    expect(files['2024/04/keeper-hands-over-the-logbooks.md']).not.toContain('draft: true');
  });

  test('a folder of mixed inputs: valid files, a summary, failures with reasons; a second run changes nothing', async () => {
    const cwd = await workspace();
    const first = await runImport([fixtures, '--out', 'articles', ...keeperOptions], cwd);
    expect(first.code).toBe(1); // the hostile inputs fail
    expect(first.stdout).toContain('Imported 16, skipped 0, failed 6.');
    for (const reason of [
      'hostile/empty.txt: the file is empty',
      'hostile/blank.txt: the file is empty',
      'hostile/photo.txt: looks like a binary file',
      'hostile/broken.rss: not a readable feed',
      'hostile/not-a-feed.json: not an RSS, Atom or JSON feed',
      'hostile/scripted-feed.rss#2: the entry "Empty item" has no text (no content, description or summary)',
    ]) {
      expect(first.stdout).toContain(reason);
    }
    const written = await snapshot(join(cwd, 'articles'));
    expect(Object.keys(written).sort()).toEqual([
      '2019/06/regatta-returns-after-a-year-ashore.md',
      '2019/07/fish-market-keeps-early-hours.md',
      '2020/07/pier-lights-switched-to-leds.md',
      '2020/08/fishers-scientists-count-the-eelgrass.md',
      '2021/11/library-opens-on-sunday-afternoons.md',
      '2021/12/tram-fares-stay-flat-for-a-third-year.md',
      '2022/02/seal-pup-found-on-tram-platform.md',
      '2022/10/ferry-timetable-changes-for-winter.md',
      '2022/10/lighthouse-keeper-retires-after-30-years.md',
      '2023/03/hafenfest-verschoben.md',
      '2023/03/neue-fahre-nimmt-betrieb-auf.md',
      '2023/03/neuer-fahrplan.md',
      '2023/05/night-ferry-gets-a-second-crew.md',
      '2024/01/bins-collected-twice-a-week.md',
      '2024/04/keeper-hands-over-the-logbooks.md',
      '2024/05/harbour-wall-repaired.md',
    ]);
    for (const [path, text] of Object.entries(written)) {
      const read = readArticleSource(path, text);
      expect('problems' in read ? read.problems : [], path).toEqual([]);
      expect(text, path).not.toMatch(/<script|onerror|onclick|onload|javascript:/i);
    }
    expect(written['2024/04/keeper-hands-over-the-logbooks.md']).toMatch(
      /^---\ntitle: Keeper hands over the logbooks\ndate: "2024-04-02"\nsection: Heritage\nsource:\n {2}name: Alder Coast Courier\ncopyright: © 2024 Alder Coast Courier\. All rights reserved\.\ncontentHash: sha256-[0-9a-f]{64}\n---\n\nThe last keeper/,
    );

    const second = await runImport([fixtures, '--out', 'articles', ...keeperOptions], cwd);
    expect(second.stdout).toContain('Imported 0, skipped 16, failed 6.');
    expect(second.stdout).toMatch(
      /lighthouse-keepers\.txt: already in the archive as articles\/2024\/04\/keeper-hands-over-the-logbooks\.md \(same text\)/,
    );
    expect(second.stdout).toMatch(
      /with-jsonld\.html: already in the archive as articles\/2023\/05\/night-ferry-gets-a-second-crew\.md \(same source URL\)/,
    );
    expect(await snapshot(join(cwd, 'articles'))).toEqual(written);
  });

  test('an article imported with --title and --date, met again without them, is skipped as imported, not failed', async () => {
    const cwd = await workspace();
    const text = join(fixtures, 'text/lighthouse-keepers.txt');
    expect((await runImport([text, '--out', 'articles', ...keeperOptions], cwd)).code).toBe(0);
    const again = await runImport([text, '--out', 'articles', '--section', 'Heritage'], cwd);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('already in the archive as articles/2024/04/keeper-hands-over-the-logbooks.md');
    expect(again.stdout).not.toContain('no title or date found');
    expect(Object.keys(await snapshot(join(cwd, 'articles')))).toEqual(['2024/04/keeper-hands-over-the-logbooks.md']);
  });

  test('--force rewrites an article already imported, in place; a different article on the path is never overwritten', async () => {
    const cwd = await workspace();
    const articles = join(cwd, 'articles');
    const handWritten =
      '---\ntitle: Keeper hands over the logbooks\ndate: "2024-04-20"\nsection: Opinion\n---\n\nA column by hand.\n';
    await mkdir(join(articles, '2024/04'), { recursive: true });
    await writeFile(join(articles, '2024/04/keeper-hands-over-the-logbooks.md'), handWritten);

    const text = join(fixtures, 'text/lighthouse-keepers.txt');
    const first = await runImport([text, '--out', 'articles', ...keeperOptions], cwd);
    expect(first.stdout).toContain('wrote articles/2024/04/keeper-hands-over-the-logbooks-2.md');
    expect(await readFile(join(articles, '2024/04/keeper-hands-over-the-logbooks.md'), 'utf8')).toBe(handWritten);

    const forced = await runImport(
      [text, '--out', 'articles', ...keeperOptions.slice(0, -1), 'Maritime', '--force'],
      cwd,
    );
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('wrote articles/2024/04/keeper-hands-over-the-logbooks-2.md');
    const files = await snapshot(articles);
    expect(Object.keys(files).sort()).toEqual([
      '2024/04/keeper-hands-over-the-logbooks-2.md',
      '2024/04/keeper-hands-over-the-logbooks.md',
    ]);
    expect(files['2024/04/keeper-hands-over-the-logbooks-2.md']).toContain('section: Maritime');
    expect(files['2024/04/keeper-hands-over-the-logbooks.md']).toBe(handWritten);
  });

  test('--dry-run shows the files and their frontmatter, and writes nothing', async () => {
    const cwd = await workspace();
    const run = await runImport(
      [join(fixtures, 'feeds/courier.rss'), '--out', 'articles', '--section', 'Local', '--dry-run'],
      cwd,
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('would write articles/2021/11/library-opens-on-sunday-afternoons.md from ');
    expect(run.stdout).toContain('    date: "2021-11-03T18:45:00-05:00"');
    expect(run.stdout).toContain('Would import 2, skipped 0, failed 0. Dry run: nothing was written.');
    expect(existsSync(join(cwd, 'articles'))).toBe(false);
  });

  test('Windows-1252, UTF-8 with BOM and CRLF text files read correctly', async () => {
    const cwd = await workspace();
    const latin = Buffer.from([
      ...Buffer.from('The caf', 'latin1'),
      0xe9,
      ...Buffer.from(' reopened ', 'latin1'),
      0x96,
      ...Buffer.from(' ', 'latin1'),
      0x93,
      ...Buffer.from('at last', 'latin1'),
      0x94,
      ...Buffer.from('.\r\n\r\n', 'latin1'),
      0xa9,
      ...Buffer.from(' 2020 Quay News\r\n', 'latin1'),
    ]);
    await writeFile(join(cwd, 'cafe.txt'), latin);
    await writeFile(
      join(cwd, 'bom.txt'),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Naïve “first” line.\r\n\r\nSecond line.\r\n')]),
    );
    const run = await runImport(
      ['cafe.txt', '--out', 'a', '--title', 'Café reopens', '--date', '2020-02-02', '--section', 'Food'],
      cwd,
    );
    const bom = await runImport(
      ['bom.txt', '--out', 'a', '--title', 'Naive first', '--date', '2020-02-03', '--section', 'Food'],
      cwd,
    );
    expect([run.code, bom.code]).toEqual([0, 0]);
    const files = await snapshot(join(cwd, 'a'));
    expect(files['2020/02/cafe-reopens.md']).toContain('copyright: © 2020 Quay News\n');
    expect(files['2020/02/cafe-reopens.md']).toMatch(/---\n\nThe café reopened – “at last”\.\n$/);
    expect(files['2020/02/naive-first.md']).toMatch(/---\n\nNaïve “first” line\.\n\nSecond line\.\n$/);
  });

  test('unknown file types and missing paths are reported, the rest still imported', async () => {
    const cwd = await workspace();
    await cp(join(fixtures, 'feeds/bulletin.json'), join(cwd, 'in/bulletin.json'));
    await writeFile(join(cwd, 'in/notes.pdf'), 'x');
    const run = await runImport(['in', 'missing-folder', '--out', 'a', '--section', 'Sport'], cwd);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('in/notes.pdf: not a .txt, .html or feed file');
    expect(run.stdout).toContain('missing-folder: no such file or folder');
    expect(run.stdout).toContain('Imported 2, skipped 1, failed 1.');
  });
});
