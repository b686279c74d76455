/**
 * The article contract: what an author (or the importer) writes in the
 * frontmatter of `content/articles/**\/*.md`. Validated on the raw YAML values,
 * with dates still as text, so impossible days are caught instead of rolled over.
 */
import { z } from 'astro/zod';
import { compareArticleDates, parseArticleDate, type ArticleDate } from '../lib/dates.ts';
import { isCanonicalSlug, slugify } from '../lib/slugs.ts';

const DATE_HELP = 'a date as YYYY-MM-DD or an ISO date-time with offset (e.g. 2021-03-04T09:30:00+01:00)';

/** A date or date-time, as written; YAML must hand it over as text. */
const articleDate = z
  .string({ error: (issue) => (issue.input === undefined ? `is required: ${DATE_HELP}` : `expected ${DATE_HELP} in quotes, got ${JSON.stringify(issue.input)}`) })
  .transform((text, ctx): ArticleDate => {
    const parsed = parseArticleDate(text);
    if (!parsed) {
      ctx.issues.push({ code: 'custom', input: text, message: `expected ${DATE_HELP}, a day that exists; got "${text}"` });
      return z.NEVER;
    }
    return parsed;
  });

/** A calendar day only (e.g. when a source was retrieved). */
const calendarDay = z
  .string({ error: 'expected a date as YYYY-MM-DD' })
  .refine((text) => /^\d{4}-\d{2}-\d{2}$/.test(text) && parseArticleDate(text) !== undefined, {
    error: (issue) => `expected a date as YYYY-MM-DD, a day that exists; got "${String(issue.input)}"`,
  });

/** Missing and wrong-typed values get different messages: "is required" is the common case. */
const requiredText = (what: string) => (issue: { input: unknown }) =>
  issue.input === undefined ? `${what} is required` : `expected ${what} as text, got ${JSON.stringify(issue.input)}`;

const nonEmpty = (what: string) =>
  z.string({ error: requiredText(what) }).trim().min(1, { error: `${what} must not be empty`, abort: true });

/** A name that becomes a URL segment, so it needs at least one letter or digit. */
const sluggableName = (what: string) =>
  nonEmpty(what).refine((name) => slugify(name).length > 0, { error: `${what} must contain a letter or digit` });

/** A web address for a link: http(s) only, never `javascript:` or `data:`. */
const webUrl = z
  .url({ protocol: /^https?$/, error: 'expected an http:// or https:// URL' })
  // Normalised (quotes, spaces, brackets percent-encoded), so it is safe in any attribute or feed.
  .transform((url) => new URL(url).href);

/** An image path inside the site (`/images/x.jpg`) or an https URL; no `..` escapes. */
const imageSrc = z
  .string({ error: 'expected an image path such as /images/photo.jpg or an https:// URL' })
  .refine((src) => /^https:\/\//i.test(src) ? URL.canParse(src) : /^\/(?!\/)/.test(src) && !src.split(/[\\/]/).includes('..'), {
    error: 'expected an image path starting with / (inside public/, no "..") or an https:// URL',
  });

/** The frontmatter of one article. */
export const articleSchema = z
  .strictObject(
    {
      /** Headline. */
      title: nonEmpty('title'),
      /** Standfirst shown under the headline. */
      dek: z.string().trim().optional(),
      /** Publication date: `YYYY-MM-DD` or ISO date-time with offset; displayed as written. */
      date: articleDate,
      /** Last update, not before `date`. */
      updated: articleDate.optional(),
      /** Bylines; may be empty. */
      authors: z.array(sluggableName('an author name'), { error: 'expected a list of author names' }).default([]),
      /** Desk or section, e.g. World, Politics. */
      section: sluggableName('section'),
      /** Topic tags. */
      tags: z.array(sluggableName('a tag'), { error: 'expected a list of tags' }).default([]),
      /** Where the article was first published. */
      source: z
        .strictObject({
          name: sluggableName('source name'),
          url: webUrl.optional(),
          /** The publisher's identifier (a feed's guid or Atom id), written by the importer so importing the feed again is skipped. Leave as is. */
          id: z.string().trim().min(1).optional(),
          retrieved: calendarDay.optional(),
        }, { error: 'expected source as { name, url, id, retrieved }' })
        .optional(),
      /** Copyright notice shown under the article. */
      copyright: z.string().trim().min(1).optional(),
      /** Summary for listings and feeds; defaults to the start of the first paragraph. */
      summary: z.string().trim().min(1).optional(),
      /** Lead image; `alt` is required with it. */
      image: z
        .strictObject({
          src: imageSrc,
          alt: nonEmpty('image alt text'),
          caption: z.string().optional(),
          credit: z.string().optional(),
        }, { error: 'expected image as { src, alt, caption, credit }' })
        .optional(),
      /** Language of the article (BCP 47), for readers, screen readers and search stemming. */
      lang: z
        .string()
        .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, { error: 'expected a language code such as en, fr or pt-BR' })
        .default('en'),
      /** URL name; defaults to the file name. Lower-case letters, digits and hyphens. */
      slug: z
        .string()
        .refine(isCanonicalSlug, { error: 'expected lower-case letters, digits and single hyphens (e.g. budget-vote)' })
        .optional(),
      /** Corrections and updates, shown as a dated log at the foot of the article and on /corrections/. */
      corrections: z
        .array(
          z.strictObject({ date: articleDate, text: nonEmpty('correction text') }, { error: 'expected each correction as { date, text }' }),
          { error: 'expected a list of corrections, each { date, text }' },
        )
        .default([]),
      /** Drafts are validated but not built. */
      draft: z.boolean({ error: 'expected true or false' }).default(false),
      /** Written by the importer for articles without a source URL: a fingerprint of the imported text, so importing it again is skipped. Leave as is. */
      contentHash: z.string().regex(/^sha256-[0-9a-f]{64}$/, { error: 'expected sha256- and 64 hex digits, as the importer writes it' }).optional(),
    },
    { error: (issue) => (issue.code === 'unrecognized_keys' ? `unknown field(s): ${issue.keys.join(', ')}` : 'expected frontmatter fields (key: value) between --- lines') },
  )
  .superRefine((article, ctx) => {
    if (article.updated && compareArticleDates(article.updated, article.date) < 0) {
      ctx.addIssue({ code: 'custom', path: ['updated'], message: `must not be before date (${article.date.written}); got "${article.updated.written}"` });
    }
    article.corrections.forEach((correction, i) => {
      if (compareArticleDates(correction.date, article.date) < 0) {
        ctx.addIssue({ code: 'custom', path: ['corrections', i, 'date'], message: `must not be before date (${article.date.written}); got "${correction.date.written}"` });
      }
    });
  });


/** Frontmatter as validated. */
export type ArticleFrontmatter = z.output<typeof articleSchema>;
