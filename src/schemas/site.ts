/**
 * The archive's own settings (`content/site.json`): its name, description,
 * language and publisher. Validated before the build starts, so a missing or
 * mistyped field is one clear line instead of a TypeError deep in a page.
 */
import { z } from 'astro/zod';
import { languageForCountryCode } from '../lib/language-tags.ts';

/** A BCP 47 language tag as people write them: en, fr, pt-BR, zh-Hant. */
export const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

/**
 * What to say of a country's code given as a language's ("ua"): the build would
 * otherwise mark every page as a language that does not exist, in English.
 * @example countryCodeMessage('ua') // 'expected a language code, got "ua": that is a country's code; its language is "uk"'
 */
export function countryCodeMessage(tag: string): string {
  return `expected a language code, got ${JSON.stringify(tag)}: that is a country's code; its language is "${languageForCountryCode(tag) ?? ''}"`;
}

const text = (what: string, example: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `is required: ${what} (e.g. ${example})`
          : `expected ${what} as text (e.g. ${example}), got ${JSON.stringify(issue.input)}`,
    })
    .trim()
    .min(1, { error: `must not be empty: ${what} (e.g. ${example})` });

/** The settings of one archive. */
export const siteSchema = z.strictObject(
  {
    /** The archive's name: the masthead, page titles, feeds, citations. */
    title: text("the archive's name", '"The Port Alder Ledger Archive"'),
    /** One sentence about the archive: the footer, the home page's description, feeds. */
    description: text('one sentence about the archive', '"Thirty years of news from the coast."'),
    /** Language of the interface: labels, dates, calendars, text direction (articles give their own `lang`). */
    lang: z
      .string({
        error: (issue) => `expected a language code such as en, fr or pt-BR, got ${JSON.stringify(issue.input)}`,
      })
      .regex(LANGUAGE_TAG, {
        error: (issue) => `expected a language code such as en, fr or pt-BR, got ${JSON.stringify(issue.input)}`,
      })
      .refine((tag) => !languageForCountryCode(tag), { error: (issue) => countryCodeMessage(String(issue.input)) })
      .default('en'),
    /** Who published the articles: structured data (NewsArticle publisher) and citations. */
    publisher: text('who published the articles', '"The Port Alder Ledger"'),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field(s): ${issue.keys.join(', ')}; the fields are title, description, lang and publisher`
        : 'expected a JSON object such as { "title": "…", "description": "…", "lang": "en", "publisher": "…" }',
  },
);

/** Settings as validated. */
export type SiteSettings = z.output<typeof siteSchema>;
