/**
 * Writes a synthetic news archive for benchmarks and scale tests: N articles
 * over 25 years, in 10 sections, by hundreds of authors under hundreds of
 * tags, each ~600 words with headings, quotes, lists and links. Words follow
 * a Zipf-like law over an invented vocabulary, so the search index grows as
 * it would with real prose (a few very common words, a long tail of rare
 * ones). The output depends only on the article count and the seed: the same
 * arguments always give the same bytes, so benchmark runs are comparable.
 *
 * Usage: node scripts/generate-archive.ts --articles 10000 --out /tmp/archive [--seed 1]
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

/** What to generate. */
export interface GenerateOptions {
  /** How many articles. */
  articles: number;
  /** Any integer; the same seed gives the same archive. */
  seed?: number;
  /** Put every article on this day (`YYYY-MM-DD`): a day's additions to an archive, not 25 years. */
  day?: string;
}

/** One generated article file. */
export interface GeneratedArticle {
  /** Path under the articles folder, `YYYY/MM/<slug>.md`. */
  path: string;
  /** The whole file: frontmatter and Markdown body. */
  text: string;
}

/** First and last year of the archive (25 years). */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2024;

/**
 * mulberry32: a tiny, fast 32-bit generator. Math.random cannot be seeded,
 * and determinism is the point here.
 */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const between = (random: Random, low: number, high: number): number => low + Math.floor(random() * (high - low + 1));
const capitalize = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

// The commonest English words head the ranking, as they do in real text; the
// rest of the vocabulary is invented from syllables (no text is borrowed).
const COMMON = (
  'the of and to a in that is was for on with as by at from it said his her they be this have not are but had ' +
  'which one were their has been an or who will would its new after more also two year over than up when about ' +
  'into there last other some people could out first them only time city council town before three most years'
).split(' ');
const ONSETS = [
  'b',
  'br',
  'c',
  'ch',
  'd',
  'dr',
  'f',
  'g',
  'gr',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'pr',
  'r',
  's',
  'st',
  'sh',
  't',
  'tr',
  'v',
  'w',
  'z',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou', 'io'];
const CODAS = ['', '', 'n', 'r', 'l', 's', 'th', 'nd', 'rk', 'st', 'm', 'x'];

/** Vocabulary size: enough for a long tail of rare words, like a real archive. */
const VOCABULARY_SIZE = 40_000;
/** Zipf exponent; about 1 for natural language. */
const ZIPF_EXPONENT = 1.05;

/** The invented word of a rank: short for frequent ranks, longer for rare ones. */
function inventWord(rank: number): string {
  const random = createRandom(rank * 7919 + 17);
  const syllables = rank < 400 ? 1 + (rank % 2) : rank < 6000 ? 2 + (rank % 2) : 3 + (rank % 2);
  let word = '';
  for (let i = 0; i < syllables; i++) word += pick(random, ONSETS) + pick(random, VOWELS);
  return word + pick(random, CODAS);
}

/** The vocabulary in rank order, unique words, built once per process. */
function buildVocabulary(): { words: string[]; cumulative: Float64Array } {
  const seen = new Set<string>(COMMON);
  const words = [...COMMON];
  for (let rank = 0; words.length < VOCABULARY_SIZE; rank++) {
    const word = inventWord(rank);
    if (!seen.has(word)) {
      seen.add(word);
      words.push(word);
    }
  }
  const cumulative = new Float64Array(words.length);
  let total = 0;
  for (let i = 0; i < words.length; i++) cumulative[i] = total += 1 / Math.pow(i + 1, ZIPF_EXPONENT);
  for (let i = 0; i < words.length; i++) cumulative[i] = (cumulative[i] as number) / total;
  return { words, cumulative };
}

let vocabulary: ReturnType<typeof buildVocabulary> | undefined;

/** A word drawn with Zipf-like frequency (binary search over the cumulative weights). */
function zipfWord(random: Random): string {
  vocabulary ??= buildVocabulary();
  const { words, cumulative } = vocabulary;
  const target = random();
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((cumulative[mid] as number) < target) low = mid + 1;
    else high = mid;
  }
  return words[low] as string;
}

/**
 * Queries for the search benchmark: invented words every archive of this
 * generator holds, of middling frequency (in about one article in twenty, and
 * one in ten), like a reader's search for a place or a subject; and a phrase
 * a reader would quote, a person's name: one of the cast quoted in about one
 * article in a hundred.
 */
export function benchmarkQueries(seed = 1): { oneWord: string; twoWords: string; name: string } {
  vocabulary ??= buildVocabulary();
  const { words } = vocabulary;
  return {
    oneWord: words[1000] as string,
    twoWords: `${words[1000]} ${words[400]}`,
    name: buildCast(seed).authors[5] as string,
  };
}

/** A rarer, "content" word: skips the most common ranks, for titles and tags. */
function contentWord(random: Random): string {
  for (;;) {
    const word = zipfWord(random);
    if (!COMMON.includes(word)) return word;
  }
}

/** A fixed cast, drawn from its own seed so it does not depend on the article count. */
function buildCast(seed: number) {
  const random = createRandom(seed ^ 0x5eed);
  const name = () => capitalize(inventWord(500 + Math.floor(random() * 5000)));
  const sections = [
    'World',
    'Politics',
    'Business',
    'Science',
    'Environment',
    'Culture',
    'Sport',
    'Health',
    'Education',
    'Opinion',
  ];
  const authors = uniqueNames(450, () => `${name()} ${name()}`);
  const tags = uniqueNames(700, () =>
    random() < 0.3 ? `${contentWordFrom(random)} ${contentWordFrom(random)}` : contentWordFrom(random),
  );
  const sources = uniqueNames(
    40,
    () =>
      `The ${name()} ${pick(random, ['Courier', 'Gazette', 'Herald', 'Post', 'Chronicle', 'Times', 'Review', 'Observer'])}`,
  );
  const places = uniqueNames(120, () => name());
  return { sections, authors, tags, sources, places };
}

function contentWordFrom(random: Random): string {
  return contentWord(random);
}

function uniqueNames(count: number, make: () => string): string[] {
  const names = new Set<string>();
  while (names.size < count) names.add(make());
  return [...names];
}

/** Draws from a list with a skew toward its head (a few prolific authors, popular tags). */
function skewed<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(Math.pow(random(), 2.2) * items.length)] as T;
}

function sentence(random: Random, cast: ReturnType<typeof buildCast>, words = between(random, 8, 22)): string {
  const parts: string[] = [];
  for (let i = 0; i < words; i++) {
    const r = random();
    if (r < 0.04) parts.push(pick(random, cast.places));
    else if (r < 0.05) parts.push(String(between(random, 2, 950)));
    else parts.push(zipfWord(random));
    if (i > 2 && i < words - 2 && random() < 0.06) parts[parts.length - 1] += ',';
  }
  if (words > 12 && random() < 0.15) parts.splice(Math.floor(words / 2), 0, '--');
  parts[0] = capitalize(parts[0] as string);
  return `${parts.join(' ')}.`;
}

function paragraph(random: Random, cast: ReturnType<typeof buildCast>, articleUrls: readonly string[]): string {
  const sentences: string[] = [];
  const count = between(random, 2, 4);
  for (let i = 0; i < count; i++) {
    let text = sentence(random, cast);
    const r = random();
    if (r < 0.12) {
      // A quotation, so the typography plugin has straight quotes to curl.
      text = `"${text.slice(0, -1)}," said ${skewed(random, cast.authors)}.`;
    } else if (r < 0.18) {
      const anchor = `${zipfWord(random)} ${contentWord(random)}`;
      text = text.replace(
        /^(\S+ \S+ )/,
        `$1[${anchor}](https://example.org/${contentWord(random)}/${between(random, 1, 9999)}) `,
      );
    } else if (r < 0.21 && articleUrls.length > 0) {
      text = text.replace(/^(\S+ )/, `$1[our earlier report](${pick(random, articleUrls)}) `);
    } else if (r < 0.25) {
      text = text.replace(/ (\w+) (\w+)\.$/, ' *$1* $2.');
    } else if (r < 0.27) {
      text = text.replace(/ (\w+)\.$/, "'s $1.");
    }
    sentences.push(text);
  }
  return sentences.join(' ');
}

/** The day of article `index` of `total`, spread evenly over 25 years, newest last. */
function articleDay(index: number, total: number, random: Random): string {
  const start = Date.UTC(FIRST_YEAR, 0, 1);
  const span = Date.UTC(LAST_YEAR, 11, 31) - start;
  const jitter = (random() - 0.5) * (span / Math.max(total, 1));
  const time = Math.min(start + span, Math.max(start, start + (span * (index + 0.5)) / Math.max(total, 1) + jitter));
  return new Date(time).toISOString().slice(0, 10);
}

function quoteYaml(text: string): string {
  return JSON.stringify(text);
}

function slugOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Generates the whole archive in memory order, one article at a time, calling
 * `write` for each (so 100,000 articles never sit in memory at once).
 */
export async function generateArchive(
  options: GenerateOptions,
  write: (article: GeneratedArticle) => Promise<void> | void,
): Promise<void> {
  const seed = options.seed ?? 1;
  const cast = buildCast(seed);
  const urlsOnDay = new Map<string, Set<string>>();
  const recentUrls: string[] = [];
  for (let index = 0; index < options.articles; index++) {
    const random = createRandom(seed * 1_000_003 + index);
    const day = options.day ?? articleDay(index, options.articles, random);
    const title = capitalize(
      Array.from({ length: between(random, 4, 8) }, () =>
        random() < 0.7 ? contentWord(random) : zipfWord(random),
      ).join(' '),
    );
    let slug = slugOf(title).slice(0, 60).replace(/-$/, '');
    const taken = urlsOnDay.get(day) ?? new Set<string>();
    if (taken.has(slug)) slug = `${slug}-${index.toString(36)}`;
    taken.add(slug);
    if (!urlsOnDay.has(day)) {
      urlsOnDay.set(day, taken);
      // Only same-day clashes matter: forget old days so memory stays flat.
      if (urlsOnDay.size > 64) urlsOnDay.delete(urlsOnDay.keys().next().value as string);
    }
    const url = `/${day.slice(0, 4)}/${day.slice(5, 7)}/${day.slice(8, 10)}/${slug}/`;
    const date =
      random() < 0.3
        ? `${day}T${String(between(random, 6, 21)).padStart(2, '0')}:${String(between(random, 0, 59)).padStart(2, '0')}:00${pick(random, ['Z', '+01:00', '-05:00', '+09:00'])}`
        : day;
    const authors = Array.from(
      new Set(Array.from({ length: between(random, 0, 3) || 1 }, () => skewed(random, cast.authors))),
    );
    const tags = Array.from(new Set(Array.from({ length: between(random, 1, 6) }, () => skewed(random, cast.tags))));
    const section = skewed(random, cast.sections);
    const year = day.slice(0, 4);

    const front = [
      '---',
      `title: ${quoteYaml(title)}`,
      `dek: ${quoteYaml(sentence(random, cast, between(random, 10, 18)))}`,
      `date: ${quoteYaml(date)}`,
      `authors: [${authors.map(quoteYaml).join(', ')}]`,
      `section: ${section}`,
      `tags: [${tags.map(quoteYaml).join(', ')}]`,
    ];
    if (random() < 0.35) {
      front.push(
        'source:',
        `  name: ${quoteYaml(pick(random, cast.sources))}`,
        `  url: "https://example.org/${year}/${slug}"`,
        `  retrieved: "${day}"`,
      );
    }
    front.push(`copyright: ${quoteYaml(`© ${year} The Port Alder Ledger`)}`);
    if (random() < 0.5) front.push(`summary: ${quoteYaml(sentence(random, cast, between(random, 18, 30)))}`);
    front.push('---', '');

    const blocks: string[] = [];
    let words = 0;
    const target = between(random, 520, 700);
    const count = (text: string) => (words += text.split(/\s+/).length);
    while (words < target) {
      const r = random();
      let block: string;
      if (blocks.length > 2 && r < 0.1)
        block = `## ${capitalize(Array.from({ length: between(random, 2, 5) }, () => contentWord(random)).join(' '))}`;
      else if (blocks.length > 1 && r < 0.16) block = `> ${sentence(random, cast)} ${sentence(random, cast)}`;
      else if (blocks.length > 1 && r < 0.22)
        block = Array.from(
          { length: between(random, 3, 5) },
          () => `- ${sentence(random, cast, between(random, 4, 10))}`,
        ).join('\n');
      else block = paragraph(random, cast, recentUrls);
      count(block);
      blocks.push(block);
    }
    recentUrls.push(url);
    if (recentUrls.length > 50) recentUrls.shift();
    await write({ path: `${year}/${day.slice(5, 7)}/${slug}.md`, text: `${front.join('\n')}${blocks.join('\n\n')}\n` });
  }
}

/** Writes the archive under `dir` (created if missing); returns the number of files. */
export async function writeArchive(dir: string, options: GenerateOptions): Promise<number> {
  const madeDirs = new Set<string>();
  let pending: Promise<void>[] = [];
  let written = 0;
  await generateArchive(options, async ({ path, text }) => {
    const folder = join(dir, path.slice(0, 7));
    if (!madeDirs.has(folder)) {
      madeDirs.add(folder);
      await mkdir(folder, { recursive: true });
    }
    pending.push(writeFile(join(dir, path), text));
    written++;
    // A bounded number of writes in flight: fast, without holding the whole archive.
    if (pending.length >= 64) {
      await Promise.all(pending);
      pending = [];
    }
  });
  await Promise.all(pending);
  return written;
}

const USAGE = `Usage: node scripts/generate-archive.ts --out <folder> [options]

Writes a synthetic news archive (the benchmark's): Markdown articles under <folder>/YYYY/MM/.

  --out <folder>     where to write the articles (an articles folder: CLIPPINGS_CONTENT_DIR)
  --articles <n>     how many (default 1000)
  --seed <n>         the same seed gives the same archive (default 1)
  --help             this text`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '1000' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (!values.out) throw new Error(`Missing --out <folder>: where to write the articles.\n\n${USAGE}`);
  const articles = Number(values.articles);
  if (!Number.isInteger(articles) || articles < 1)
    throw new Error(`--articles must be a positive integer, got ${values.articles}`);
  const started = performance.now();
  const written = await writeArchive(values.out, { articles, seed: Number(values.seed) });
  console.log(`${written} articles written to ${values.out} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

if (import.meta.main) await main();
