/**
 * Slugs: the readable, URL-safe names of articles, sections, tags, authors and sources.
 */
import { memoized } from './memoized.ts';
import { BETWEEN_WORDS } from './word-characters.ts';
import { joinSplitLetters } from './split-letters.ts';
import { spellLigatures } from './ligatures.ts';
import { withoutAccents } from './accents.ts';

/** Arabic harakat, shadda, sukun and the superscript alef, the tatweel, and Hebrew niqqud and cantillation marks. */
const ARABIC_AND_HEBREW_POINTS =
  /[\u064B-\u0652\u0656-\u065F\u0670\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7\u0640]/gu;

/**
 * Lower-cases and hyphenates text, keeping letters and digits of any script
 * (so Japanese or Arabic names keep a readable URL) and dropping everything
 * else: punctuation, emoji, path separators.
 * @example slugify('Harbour dredging: 2 years late!') // 'harbour-dredging-2-years-late'
 * @example slugify('Élections municipales') // 'elections-municipales'
 * @example slugify('مُحَمَّد') // 'محمد'
 */
export function slugify(text: string): string {
  // A joiner inside a word of the scripts of India is no gap between words (র‍্যাব is র্যাব): out before it would be one.
  const slug = joinSplitLetters(text)
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1') // accents off Latin letters only (kana keep their marks)
    // Arabic and Hebrew vowel points (and the Arabic stretching stroke) are optional in writing: "مُحَمَّد" and "محمد",
    // the same name pointed or not, share one page. The hamza and madda stay: they are part of the letter.
    .replace(ARABIC_AND_HEBREW_POINTS, '')
    .toLowerCase()
    .replace(/['’]/g, '') // "council's" → "councils", not "council-s"
    .replace(BETWEEN_WORDS, '-')
    .replace(/^-+|-+$/g, '')
    .normalize('NFC');
  // NFKD splits Thai and Lao sara am (ำ, ຳ) into a nikhahit and sara aa, and Lao ໜ, ໝ into ຫ and a letter, which
  // NFC does not put back: the slug would spell "น้ำ" (water) with characters that match nothing typed.
  return joinSplitLetters(slug);
}

const CJK_LETTER = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}]';
/** Spaces between two Chinese or Japanese characters, which those scripts do not write between words. */
const SPACE_INSIDE_CJK = new RegExp(`(?<=${CJK_LETTER})\\s+(?=${CJK_LETTER})`, 'gu');

/**
 * The slug of a section, tag, author or source name, which names its page: as {@link slugify},
 * but a space between two Chinese or Japanese characters is dropped, so "高橋 誠" and "高橋誠",
 * the same name spaced or not, share one page (as "Harbour" and "harbour" do); and letters of their
 * own are spelled as their accents are dropped (ł, ø, đ, ı, œ as l, o, d, i, oe: spellLigatures),
 * as the importer names an article's file, so "Kadıköy" and "Kadikoy" share one page, and an
 * address reads `ayse-yilmaz`, not `ayse-yılmaz`, half its letters plain. Greek names lose their
 * tonos and dialytika too, as Greek capitals are written without them: "ΑΘΗΝΑ" and "Αθήνα" are one tag.
 * Computed once per name: the archive, every article page's links and search filters ask for the
 * same few thousand names again and again (slugifying them page after page was about a seventh of
 * the page phase's CPU in a profile of a 1,000-article build).
 * @example facetSlug('高橋\u3000誠') // '高橋誠'
 * @example facetSlug('City Council') // 'city-council'
 * @example facetSlug('Ayşe Yılmaz') // 'ayse-yilmaz'
 * @example facetSlug('ΟΛΥΜΠΙΑΚΟΙ ΑΓΩΝΕΣ') // 'ολυμπιακοι-αγωνες', as 'Ολυμπιακοί Αγώνες'
 */
export const facetSlug: (name: string) => string = memoized((name) =>
  slugify(withoutGreekAccents(spellLigatures(name.replace(SPACE_INSIDE_CJK, ''), { forAddress: true }))),
);

/** Greek words without their tonos and dialytika (ά, ΐ as α, ι), other scripts' marks kept (й is not и). */
function withoutGreekAccents(text: string): string {
  return text.replace(GREEK_WORD, withoutAccents);
}
const GREEK_WORD = /[\p{Script=Greek}\p{M}]*\p{Script=Greek}[\p{Script=Greek}\p{M}]*/gu;

/** Whether an author-given slug is already in canonical form (no spaces, case, slashes or dots). */
export function isCanonicalSlug(slug: string): boolean {
  return slug.length > 0 && slugify(slug) === slug;
}

/**
 * The slug of an article file: its name without extension, slugified.
 * @example slugFromFileName('2024/03/Harbour News.md') // 'harbour-news'
 */
export function slugFromFileName(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  return slugify(name.replace(/\.[^.]+$/, ''));
}
