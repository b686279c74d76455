/**
 * `npm run import -- <paths or folders...> [options]`: turns plain text, saved
 * news pages and feeds into article files. Exit codes: 0 all good (skips
 * included), 1 some inputs failed, 2 the command itself was wrong.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import iconv from 'iconv-lite';
import { missingDay, parseArticleDate } from '../src/lib/dates.ts';
import { toArticleDate } from '../src/importer/dates.ts';
import { formatImportReport, progressBar } from '../src/importer/report.ts';
import type { MetadataOptions } from '../src/importer/types.ts';
import { languageForCountryCode } from '../src/lib/language-tags.ts';
import { settingsFrom, siteFileFrom } from '../src/settings.ts';

const USAGE = `Usage: npm run import -- <files or folders...> [options]

Turns plain text (.txt), saved article pages (.html) and feeds (RSS, Atom,
JSON Feed: .xml .rss .atom .json) into article files under content/articles/.
Folders are searched recursively. Nothing existing is overwritten: an article
already in the archive (same source URL, or same text) is skipped.

Metadata (applies to every input; values a page or feed declares win, and
these win over what is guessed from plain text's first lines):
  --title <text>          headline (plain text has none)
  --date <date>           YYYY-MM-DD or ISO date-time with offset
  --author <name>         byline; repeat for several authors
  --section <name>        section of your archive, e.g. World, for every input
                          (wins over a section the page or feed declares)
  --fallback-section <name>
                          section for an input that declares none (a page's or
                          feed's own section is kept); one of the two is needed
                          unless every input declares its section
  --tags <a,b,c>          comma-separated topic tags (added to declared ones)
  --source-name <name>    publication the article comes from
  --source-url <url>      original http(s) address
  --lang <code>           language, e.g. en, fr, pt-BR

Batches of back issues:
  --metadata <file>       a .csv, .json or .jsonl table, one row per input file
                          ("file" column, relative to the table) with any
                          frontmatter field; a row wins over everything else
  --date-from-path        dates from names like 1998-05-12-harbour.txt or
                          folders like 1998/05/12/
  --encoding <name>       read files in this encoding instead of detecting it
                          (e.g. windows-1252, shift_jis, koi8-r)
  --images copy           copy images saved next to a page into public/ and
                          link them there (nothing is downloaded); default:
                          images stay where they are

Behaviour:
  --out <folder>          articles folder (default: CLIPPINGS_CONTENT_DIR, else
                          content/articles); its archive's site.json (in it,
                          beside it, or CLIPPINGS_SITE_FILE) gives the language
  --draft                 write drafts; missing title/date/section get placeholders
  --force                 rewrite articles that are already in the archive
  --dry-run               show what would be written, write nothing
  -h, --help              show this help

Exit codes: 0 done (skips included), 1 some inputs failed, 2 usage error.`;

/** Wrong use of the command: printed with a pointer to --help, exit code 2. */
class UsageError extends Error {}

function parse(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        title: { type: 'string' },
        date: { type: 'string' },
        author: { type: 'string', multiple: true },
        section: { type: 'string' },
        'fallback-section': { type: 'string' },
        tags: { type: 'string', multiple: true },
        'source-name': { type: 'string' },
        'source-url': { type: 'string' },
        lang: { type: 'string' },
        metadata: { type: 'string' },
        'date-from-path': { type: 'boolean', default: false },
        encoding: { type: 'string' },
        images: { type: 'string' },
        // The archive the build reads (CLIPPINGS_CONTENT_DIR), so an import and a build agree without --out.
        out: { type: 'string', default: settingsFrom().contentDir },
        draft: { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return undefined;
  if (positionals.length === 0) throw new UsageError('give at least one file or folder to import');
  const metadata: MetadataOptions = {};
  if (values.title?.trim()) metadata.title = values.title.trim();
  if (values.date !== undefined) {
    const date = toArticleDate(values.date);
    if (!date || !parseArticleDate(date))
      throw new UsageError(
        missingDay(values.date)
          ? `--date "${values.date}" is not a day that exists: ${missingDay(values.date)}`
          : `--date "${values.date}" is not a date: expected YYYY-MM-DD or an ISO date-time with offset (e.g. 2021-11-03T18:45:00-05:00)`,
      );
    metadata.date = date;
  }
  const authors = (values.author ?? []).map((name) => name.trim()).filter(Boolean);
  if (authors.length > 0) metadata.authors = authors;
  if (values.section?.trim()) metadata.section = values.section.trim();
  if (values['fallback-section']?.trim()) metadata.fallbackSection = values['fallback-section'].trim();
  const tags = (values.tags ?? [])
    .flatMap((list) => list.split(','))
    .map((tag) => tag.trim())
    .filter(Boolean);
  if (tags.length > 0) metadata.tags = tags;
  if (values['source-name']?.trim()) metadata.sourceName = values['source-name'].trim();
  if (values['source-url'] !== undefined) {
    const url = values['source-url'].trim();
    if (!/^https?:\/\//i.test(url) || !URL.canParse(url))
      throw new UsageError(`--source-url "${url}" is not an http:// or https:// address`);
    metadata.sourceUrl = url;
  }
  if (values.lang !== undefined) {
    if (!/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(values.lang))
      throw new UsageError(`--lang "${values.lang}" is not a language code such as en, fr or pt-BR`);
    const meant = languageForCountryCode(values.lang);
    if (meant) throw new UsageError(`--lang "${values.lang}" is a country's code; its language is "${meant}"`);
    metadata.lang = values.lang;
  }
  if (values.images !== undefined && values.images !== 'copy' && values.images !== 'keep') {
    throw new UsageError(
      `--images "${values.images}": expected copy (copy images saved next to pages into public/) or keep (the default)`,
    );
  }
  if (values.encoding !== undefined && !iconv.encodingExists(values.encoding)) {
    throw new UsageError(
      `--encoding "${String(values.encoding)}" is not an encoding this importer knows (e.g. utf-8, windows-1252, iso-8859-2, shift_jis, euc-jp, gb18030, big5, koi8-r, utf-16le)`,
    );
  }
  return {
    inputs: positionals,
    metadata,
    out: values.out,
    draft: values.draft,
    force: values.force,
    dryRun: values['dry-run'],
    metadataFile: values.metadata,
    dateFromPath: values['date-from-path'],
    ...(values.encoding ? { encoding: values.encoding } : {}),
    ...(values.images === 'copy' ? { copyImagesTo: 'public' } : {}),
  };
}

async function main(): Promise<number> {
  let options;
  try {
    options = parse(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`import: ${error.message}\nRun "npm run import -- --help" for usage.\n`);
    return 2;
  }
  if (!options) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  // Loaded only now: --help and usage errors answer without loading the HTML and feed parsers.
  const { runImport, tally } = await import('../src/importer/import.ts');
  const { readMetadataFile, MetadataError } = await import('../src/importer/batch-metadata.ts');
  const { displayPath } = await import('../src/importer/write.ts');
  const { metadataFile, ...settings } = options;
  let rows;
  const metadataPath = metadataFile === undefined ? undefined : resolve(metadataFile);
  if (metadataPath) {
    try {
      rows = await readMetadataFile(metadataPath, displayPath(process.cwd()));
    } catch (error) {
      if (!(error instanceof MetadataError)) throw error;
      process.stderr.write(`import: ${error.message}\n`);
      return 2;
    }
  }
  // The archive's language: drafts' placeholder headlines are in it (articles that give none are in it), and a
  // text written in another script is read for its own. Its settings are those the build reads for the --out
  // folder (a site.json in it or beside it, as for CLIPPINGS_CONTENT_DIR); a settings file that cannot be read
  // leaves headlines in English and texts unread: the build reports that file itself.
  let siteLang: string | undefined;
  // Its own name and publisher: a clipping whose notice names them is the archive's own, no source.
  let ownNames: string[] = [];
  const { loadSiteSettings, SiteSettingsError } = await import('../src/content/site-settings.ts');
  try {
    const site = loadSiteSettings(siteFileFrom({ ...process.env, CLIPPINGS_CONTENT_DIR: settings.out }));
    siteLang = site.lang;
    ownNames = [site.title, site.publisher].filter((name): name is string => Boolean(name));
  } catch (error) {
    if (!(error instanceof SiteSettingsError)) throw error;
  }
  // A bar only where someone watches, and only when there is something to wait for.
  const showBar = process.stderr.isTTY === true;
  const outcomes = await runImport({
    ...settings,
    ...(rows && metadataPath ? { rows, metadataFile: metadataPath } : {}),
    now: new Date(),
    ...(siteLang ? { siteLang } : {}),
    ownNames,
    cwd: process.cwd(),
    onProgress: (done, total) => {
      // About 200 redraws whatever the batch size: 10,000 files need no 10,000 terminal writes.
      if (!showBar || total < 10 || (done % Math.ceil(total / 200) !== 0 && done !== total)) return;
      process.stderr.write(`\r${progressBar(done, total)}${done === total ? '\n' : ''}`);
    },
  });
  process.stdout.write(`${formatImportReport(outcomes, settings.dryRun)}\n`);
  return tally(outcomes).failed > 0 ? 1 : 0;
}

process.exitCode = await main();
