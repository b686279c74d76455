/**
 * What Kiwix shows about the archive (its library card: title, description,
 * language, creator, publisher, tags, icon) and what the file is called, from
 * content/site.json. Pure: the date is passed in, never read from the clock.
 */
import { slugify } from '../lib/slugs.ts';
import type { SiteSettings as FullSiteSettings } from '../schemas/site.ts';
import { primaryLanguage, toIso6393 } from '../lib/language-codes.ts';

/** The part of the archive's settings (src/schemas/site.ts) a ZIM is described by. */
export type SiteSettings = Pick<FullSiteSettings, 'title' | 'description' | 'lang' | 'publisher'>;

/** Everything zimwriterfs is told about the archive. */
export interface ZimMetadata {
  /** Version-independent identifier: `<slug of the title>_<language>`; Kiwix uses it to tell editions of one archive apart. */
  name: string;
  /** The file name: `<name>_<YYYY-MM>.zim`. */
  fileName: string;
  title: string;
  /** At most 80 characters, as the ZIM metadata rules ask. */
  description: string;
  /** ISO 639-3 (`eng`). */
  language: string;
  /** Who made the content: the publisher of the archive. */
  creator: string;
  /** Who made the ZIM file: the same publisher, who runs `npm run zim`. */
  publisher: string;
  /** Semicolon-separated, as ZIM Tags are. */
  tags: string;
}

/** ZIM metadata limits the Description to 80 characters (longer text goes in a LongDescription zimwriterfs cannot write). */
export const DESCRIPTION_LIMIT = 80;

/**
 * Shortens text to `limit` characters at a word boundary, ending it with "…".
 * @example shorten('one two three', 9) // 'one two…'
 */
export function shorten(text: string, limit: number): string {
  const clean = text.trim().replace(/\s+/g, ' ');
  if ([...clean].length <= limit) return clean;
  const cut = [...clean].slice(0, limit - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > limit / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * The ZIM metadata of a site on a given day.
 * @example zimMetadata({ title: 'Port Ledger', description: 'News', lang: 'en', publisher: 'Ledger' }, new Date('2026-12-01')).fileName
 * // 'port-ledger_en_2026-12.zim'
 */
export function zimMetadata(site: SiteSettings, now: Date): ZimMetadata {
  for (const field of ['title', 'description', 'lang', 'publisher'] as const) {
    if (typeof site[field] !== 'string' || site[field].trim() === '') {
      throw new Error(
        `content/site.json: "${field}" is empty, and the ZIM file needs it (${field === 'lang' ? 'e.g. "en"' : 'Kiwix shows it in its library'}). Fill it in.`,
      );
    }
  }
  const language = toIso6393(site.lang);
  const slug = slugify(site.title);
  if (slug === '')
    throw new Error(
      `content/site.json: the title "${site.title}" has no letters or digits to name the ZIM file after. Give it some.`,
    );
  const lang = primaryLanguage(site.lang);
  const name = `${slug}_${lang}`;
  return {
    name,
    fileName: `${name}_${now.toISOString().slice(0, 7)}.zim`,
    title: site.title.trim(),
    description: shorten(site.description, DESCRIPTION_LIMIT),
    language,
    creator: site.publisher.trim(),
    publisher: site.publisher.trim(),
    tags: 'news;archive',
  };
}
