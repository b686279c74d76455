/**
 * The article contract: what an author (or the importer) writes in the
 * frontmatter of `content/articles/**\/*.md`. Validated on the raw YAML values,
 * with dates still as text, so impossible days are caught instead of rolled over.
 */
import { z } from 'astro/zod';
import { compareArticleDates, parseArticleDate, type ArticleDate } from '../lib/dates.ts';
import { MAX_LIST_ENTRIES, MAX_NAME_LENGTH, MAX_TEXT_LENGTH, segmentProblem } from '../lib/limits.ts';
import { facetSlug, isCanonicalSlug } from '../lib/slugs.ts';
import { isSitePath, hasHostileUrlCharacters } from '../lib/urls.ts';
import { closestName } from '../lib/closest-name.ts';
import { writtenDate } from '../lib/written-dates.ts';
import { languageForCountryCode } from '../lib/language-tags.ts';
import { countryCodeMessage } from './site.ts';

const DATE_HELP = 'a date as YYYY-MM-DD or an ISO date-time with offset (e.g. 2021-03-04T09:30:00+01:00)';

/** A date or date-time, as written; YAML must hand it over as text. */
const articleDate = z
  .string({
    error: (issue) =>
      issue.input === undefined
        ? `is required: ${DATE_HELP}`
        : `expected ${DATE_HELP} in quotes, got ${JSON.stringify(issue.input)}`,
  })
  .transform((text, ctx): ArticleDate => {
    const parsed = parseArticleDate(text);
    if (!parsed) {
      ctx.issues.push({
        code: 'custom',
        input: text,
        message: `expected ${DATE_HELP}, a day that exists; got ${JSON.stringify(text)}${dateHint(text)}`,
      });
      return z.NEVER;
    }
    return parsed;
  });

/**
 * What a date written another way probably meant, for the message: a time
 * without its offset, or a day written in words or with slashes that reads
 * one way only ("14/02/2023", "February 14, 2023", "14 février 2023").
 * @example dateHint('February 14, 2023') // ': did you mean "2023-02-14"?'
 */
function dateHint(text: string): string {
  const local = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})(?::\d{2})?$/.exec(text.trim());
  if (local && parseArticleDate(local[1] ?? '')) {
    return `: a time needs its offset from UTC, as "${local[1]}T${local[2]}:00+01:00" (the article's own), or write the day alone, "${local[1]}"`;
  }
  const day = writtenDate(text);
  return day && parseArticleDate(day) ? `: did you mean "${day}"?` : '';
}

/** A calendar day only (e.g. when a source was retrieved). */
const calendarDay = z
  .string({ error: 'expected a date as YYYY-MM-DD' })
  .refine((text) => /^\d{4}-\d{2}-\d{2}$/.test(text) && parseArticleDate(text) !== undefined, {
    error: (issue) => `expected a date as YYYY-MM-DD, a day that exists; got ${JSON.stringify(issue.input)}`,
  });

/** Missing and wrong-typed values get different messages: "is required" is the common case. */
const requiredText = (what: string) => (issue: { input: unknown }) =>
  issue.input === undefined ? `${what} is required` : `expected ${what} as text, got ${JSON.stringify(issue.input)}`;

/** Text of at most `max` characters; the message gives the length found. */
const limited = (what: string, max: number) => (text: string, ctx: z.RefinementCtx) => {
  const length = [...text].length;
  if (length > max)
    ctx.addIssue({
      code: 'custom',
      message: `${what} is ${length} characters long; the limit is ${max}: shorten it`,
      continue: false,
    });
};

const nonEmpty = (what: string, max: number) =>
  z
    .string({ error: requiredText(what) })
    .trim()
    .min(1, { error: `${what} must not be empty`, abort: true })
    .superRefine(limited(what, max));

/** Optional free text, trimmed, of bounded length. */
const optionalText = (what: keyof typeof MAX_TEXT_LENGTH, trimmed = true) =>
  (trimmed ? z.string().trim() : z.string()).superRefine(limited(what, MAX_TEXT_LENGTH[what]));

/**
 * A name that becomes a URL segment (its own page), so it needs at least one
 * letter or digit, and its slug must fit in a file name.
 */
const sluggableName = (what: string) =>
  nonEmpty(what, MAX_NAME_LENGTH)
    .refine((name) => facetSlug(name).length > 0, { error: `${what} must contain a letter or digit`, abort: true })
    .superRefine((name, ctx) => {
      const problem = segmentProblem(facetSlug(name));
      if (problem) ctx.addIssue({ code: 'custom', message: `${what} ${problem}` });
    });

/**
 * Text given where a list belongs, as the items of the list it means: split
 * where other scripts separate list items (`水害、避難`, `أ، ب`, `a; b`), as a
 * YAML list needs commas.
 * @example asListItems('水害、避難') // '水害, 避難'
 */
function asListItems(text: string): string {
  return text
    .split(/\s*[、，,;；؛،]\s*/u)
    .filter((item) => item !== '')
    .join(', ');
}

/**
 * A list of at most MAX_LIST_ENTRIES entries; anything else is refused saying
 * what was found, and how a single name is written as a list.
 */
const boundedList = <T extends z.ZodType>(item: T, expected: string) =>
  z
    .array(item, {
      error: (issue) =>
        issue.input === undefined
          ? expected
          : typeof issue.input === 'string'
            ? `${expected}, got ${JSON.stringify(issue.input)}: write [${asListItems(issue.input)}], or one "- " line for each`
            : `${expected}, got ${JSON.stringify(issue.input)}`,
    })
    .max(MAX_LIST_ENTRIES, {
      error: (issue) => `has ${(issue.input as unknown[]).length} entries; the limit is ${MAX_LIST_ENTRIES}`,
    });

/** URLs as written must not hide another host behind characters browsers rewrite (`\`, tabs, line breaks). */
const noHostileCharacters = (url: string) => !hasHostileUrlCharacters(url);

/** A web address for a link: http(s) only, never `javascript:` or `data:`. */
const webUrl = z
  .string({ error: 'expected an http:// or https:// URL' })
  .superRefine(limited('url', MAX_TEXT_LENGTH.url))
  .refine(noHostileCharacters, {
    error:
      'must not contain backslashes, spaces or control characters (browsers rewrite them, and may leave for another host): percent-encode them',
    abort: true,
  })
  .pipe(z.url({ protocol: /^https?$/, error: 'expected an http:// or https:// URL' }))
  // Normalised (quotes, spaces, brackets percent-encoded), so it is safe in any attribute or feed.
  .transform((url) => new URL(url).href);

/** An image path inside the site (`/images/x.jpg`) or an https URL; no `..` escapes. */
const imageSrc = z
  .string({ error: 'expected an image path such as /images/photo.jpg or an https:// URL' })
  .superRefine(limited('url', MAX_TEXT_LENGTH.url))
  .refine(noHostileCharacters, {
    error:
      'must not contain backslashes, spaces or control characters (browsers read /\\host as another site): percent-encode them',
    abort: true,
  })
  .refine((src) => (/^https:\/\//i.test(src) ? URL.canParse(src) : isSitePath(src) && !src.split('/').includes('..')), {
    error:
      'expected an image path starting with / (inside public/, no "..", not //host or /%5Chost) or an https:// URL',
  });

/** The frontmatter of one article. */
export const articleSchema = z
  .strictObject(
    {
      /** Headline. */
      title: nonEmpty('title', MAX_TEXT_LENGTH.title),
      /** Standfirst shown under the headline. */
      dek: optionalText('dek').optional(),
      /** Publication date: `YYYY-MM-DD` or ISO date-time with offset; displayed as written. */
      date: articleDate,
      /** Last update, not before `date`. */
      updated: articleDate.optional(),
      /** Bylines; may be empty. */
      authors: boundedList(sluggableName('an author name'), 'expected a list of author names').default([]),
      /** Desk or section, e.g. World, Politics. */
      section: sluggableName('section'),
      /** Topic tags. */
      tags: boundedList(sluggableName('a tag'), 'expected a list of tags').default([]),
      /** Where the article was first published. */
      source: z
        .strictObject(
          {
            name: sluggableName('source name'),
            url: webUrl.optional(),
            /** The publisher's identifier (a feed's guid or Atom id), written by the importer so importing the feed again is skipped. Leave as is. */
            id: z.string().trim().min(1).optional(),
            retrieved: calendarDay.optional(),
          },
          { error: 'expected source as { name, url, id, retrieved }' },
        )
        .optional(),
      /** Copyright notice shown under the article. */
      copyright: optionalText('copyright').pipe(z.string().min(1)).optional(),
      /** Summary for listings and feeds; defaults to the start of the first paragraph. */
      summary: optionalText('summary').pipe(z.string().min(1)).optional(),
      /** Lead image; `alt` is required with it. */
      image: z
        .strictObject(
          {
            src: imageSrc,
            alt: nonEmpty('image alt text', MAX_TEXT_LENGTH['image alt text']),
            caption: optionalText('image caption', false).optional(),
            credit: optionalText('image credit', false).optional(),
          },
          { error: 'expected image as { src, alt, caption, credit }' },
        )
        .optional(),
      /**
       * Language of the article (BCP 47), for readers, screen readers and search
       * stemming. Without it, the site's language (content/site.json) applies.
       */
      lang: z
        .string()
        .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, { error: 'expected a language code such as en, fr or pt-BR' })
        .refine((tag) => !languageForCountryCode(tag), { error: (issue) => countryCodeMessage(String(issue.input)) })
        .optional(),
      /** URL name; defaults to the file name. Lower-case letters, digits and hyphens. */
      slug: z
        .string()
        .refine(isCanonicalSlug, {
          error: 'expected lower-case letters, digits and single hyphens (e.g. budget-vote)',
          abort: true,
        })
        .superRefine((slug, ctx) => {
          const problem = segmentProblem(slug);
          if (problem) ctx.addIssue({ code: 'custom', message: `the slug ${problem}` });
        })
        .optional(),
      /** Corrections and updates, shown as a dated log at the foot of the article and on /corrections/. */
      corrections: boundedList(
        z.strictObject(
          { date: articleDate, text: nonEmpty('correction text', MAX_TEXT_LENGTH['correction text']) },
          { error: 'expected each correction as { date, text }' },
        ),
        'expected a list of corrections, each { date, text }',
      ).default([]),
      /** Drafts are validated but not built. */
      draft: z.boolean({ error: 'expected true or false' }).default(false),
      /** Written by the importer for articles without a source URL: a fingerprint of the imported text, so importing it again is skipped. Leave as is. */
      contentHash: z
        .string()
        .regex(/^sha256-[0-9a-f]{64}$/, { error: 'expected sha256- and 64 hex digits, as the importer writes it' })
        .optional(),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `unknown field(s): ${issue.keys.map(withSuggestion).join(', ')}`
          : 'expected frontmatter fields (key: value) between --- lines',
    },
  )
  .superRefine((article, ctx) => {
    if (article.updated && compareArticleDates(article.updated, article.date) < 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['updated'],
        message: `must not be before date (${article.date.written}); got "${article.updated.written}"`,
      });
    }
    article.corrections.forEach((correction, i) => {
      if (compareArticleDates(correction.date, article.date) < 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['corrections', i, 'date'],
          message: `must not be before date (${article.date.written}); got "${correction.date.written}"`,
        });
      }
    });
  });

/**
 * Field names as an archive in another language may write them (and old English ones): `autor` is Spanish,
 * Portuguese, German and Polish for "author", further from `authors` than a typing slip.
 */
const FIELD_NAMES_IN_OTHER_WORDS: Record<string, string> = {
  ...Object.fromEntries(
    [
      'author',
      'autor',
      'autores',
      'autoren',
      'auteur',
      'auteurs',
      'autore',
      'autori',
      'byline',
      'writer',
      'writers',
    ].map((name) => [name, 'authors']),
  ),
  ...Object.fromEntries(
    ['titulo', 'título', 'titre', 'titel', 'titolo', 'headline', 'tytuł'].map((name) => [name, 'title']),
  ),
  ...Object.fromEntries(['fecha', 'data', 'datum', 'pubdate'].map((name) => [name, 'date'])),
  ...Object.fromEntries(
    ['sección', 'seccion', 'secção', 'rubrique', 'rubrik', 'ressort', 'sezione', 'category'].map((name) => [
      name,
      'section',
    ]),
  ),
  ...Object.fromEntries(
    ['etiquetas', 'etiquettes', 'schlagwörter', 'keywords', 'categories', 'tag'].map((name) => [name, 'tags']),
  ),
  ...Object.fromEntries(['idioma', 'langue', 'sprache', 'lingua', 'language', 'locale'].map((name) => [name, 'lang'])),
  ...Object.fromEntries(
    ['resumen', 'résumé', 'resumo', 'zusammenfassung', 'sommario', 'excerpt', 'description'].map((name) => [
      name,
      'summary',
    ]),
  ),
  ...Object.fromEntries(['fuente', 'fonte', 'quelle', 'url', 'link'].map((name) => [name, 'source'])),
};

/** An unknown field's name, with the field it was probably meant to be: `titel (did you mean title?)`. */
function withSuggestion(key: string): string {
  const lower = key.toLowerCase();
  // Own keys only: `constructor` is no field name.
  const meant = Object.hasOwn(FIELD_NAMES_IN_OTHER_WORDS, lower)
    ? FIELD_NAMES_IN_OTHER_WORDS[lower]
    : closestName(key, Object.keys(articleSchema.shape));
  return meant ? `${key} (did you mean ${meant}?)` : key;
}

/** Frontmatter as validated, with `lang` always known (the site's when the file gives none). */
export type ArticleFrontmatter = Omit<z.output<typeof articleSchema>, 'lang'> & { lang: string };
