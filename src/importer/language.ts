/**
 * The language of an imported page. A page declares it in several places (the
 * `<html lang>`, JSON-LD `inLanguage`, `og:locale`, `content-language`), and
 * they often disagree: a theme's template says `lang="en-US"` whatever language
 * its articles are written in, while the publishing system's own meta tag says
 * `de`. The language decides the article's search stemming, quotation marks
 * and hyphenation, so a German story filed as English is found worse. When the
 * declarations disagree, the story's text decides between them: franc's
 * trigram model, asked only about the declared languages. When they agree, the
 * text is too short to tell, or franc knows too few of them, the first
 * declaration stands. A page that declares nothing is read for it from its
 * story's text, a feed that declares nothing from all its entries' text
 * together (textLanguage), where there is enough of it to tell.
 */
import { francAll } from 'franc-min';
import { hanScript } from '../lib/han-script.ts';
import { fromIso6393, iso6393Of, primaryLanguage } from '../lib/language-codes.ts';
import { languageScript } from '../lib/language-tags.ts';
import type { FoundArticle } from './types.ts';

/** Characters of text below which franc's guess between two languages is not trusted. */
const ENOUGH_TEXT = 100;

/**
 * The page's language tag: the first declared, unless the declarations name
 * different languages and the text reads as one of the others.
 * @param declared language tags in the order they are trusted (undefined for a place that declares none)
 * @param text the story's plain text
 * @example pageLanguage(['en', 'de'], 'Die Stadt hat am Wochenende das Straßenfest gefeiert, …') // 'de'
 * @example pageLanguage(['en-US', 'en'], 'Die Stadt hat …') // 'en-US' (no disagreement to settle)
 */
export function pageLanguage(declared: readonly (string | undefined)[], text: string): string | undefined {
  const tags = declared.filter((tag): tag is string => tag !== undefined);
  const [first] = tags;
  if (first === undefined) return undefined;
  const codes = [...new Set(tags.map((tag) => iso6393Of(tag)).filter((code) => code !== undefined))];
  if (codes.length < 2) return first;
  const scores = francAll(text, { only: codes, minLength: ENOUGH_TEXT }).filter(([code]) => code !== 'und');
  // franc scores only the languages it has a model for: one alone is no comparison.
  const [best] = scores;
  if (scores.length < 2 || !best) return first;
  const language = fromIso6393(best[0]);
  return tags.find((tag) => primaryLanguage(tag) === language) ?? first;
}

/**
 * Characters of text from which franc's first guess is taken on its own:
 * about ten short entries. On every real feed tried (German, English, from
 * 3,500 to 33,000 characters) it was right, though its scores for the next
 * languages come close at that length (0.97), so they tell nothing.
 */
const GUESS_TEXT = 2000;

/**
 * Characters of one page's story from which its language is read when the
 * page declares none: about 150 words of running prose. Over Readability's
 * test pages and the project's real-world pages that declare a language, the
 * guess from their stories agreed with it on 80 of 82 (the two others are
 * Lorem ipsum, read as Italian and Portuguese).
 */
export const PAGE_GUESS_TEXT = 1000;

/**
 * The language a text is written in, when there is enough of it to tell:
 * franc's first guess with a two-letter tag (none for Scots, which franc
 * confuses with English), else undefined. `enough`: the characters it takes
 * (one story of prose is one voice, where a feed's entries are many short ones).
 * @example textLanguage(germanFeedText) // 'de'
 */
export function textLanguage(text: string, enough = GUESS_TEXT): string | undefined {
  if (text.length < enough) return undefined;
  for (const [code] of francAll(text.slice(0, 50_000), { minLength: enough })) {
    const tag = fromIso6393(code);
    if (tag === 'zh') return chineseInItsScript(text);
    if (/^[a-z]{2}$/.test(tag)) return tag;
  }
  return undefined;
}

/**
 * Chinese with the script its text is written in (`zh-Hans`, `zh-Hant`), which franc does not tell: the
 * script decides the interface table, the fonts and what a screen reader reads. `zh` when the text does not tell.
 * @example chineseInItsScript('基隆港郵輪旅客人數創新高，這是歷史紀錄。') // 'zh-Hant'
 */
function chineseInItsScript(text: string): string {
  const script = hanScript(text);
  return script ? `zh-${script}` : 'zh';
}

/**
 * An article in a Chinese archive written in the other script (a mainland story in a Taiwanese archive) is
 * filed in its own: `guessed.lang` becomes `zh-Hans` or `zh-Hant`, with why, when nothing declared or guessed a
 * language for it. Told from its characters, however short the text: a few of them decide (src/lib/han-script.ts).
 * @example fileInItsScript(mainlandStory, 'zh-TW') // mainlandStory.guessed.lang === 'zh-Hans'
 */
export function fileInItsScript(article: FoundArticle, archiveLang: string | undefined): void {
  if (!archiveLang || primaryLanguage(archiveLang) !== 'zh') return;
  if (article.fields.lang || article.guessed?.lang) return;
  const script = hanScript(article.text);
  if (!script || script === languageScript(archiveLang)) return;
  const lang = `zh-${script}`;
  article.guessed = { ...article.guessed, lang };
  article.guessedWhy = {
    ...article.guessedWhy,
    lang: `language "${lang}" from the text's ${script === 'Hans' ? 'Simplified' : 'Traditional'} characters (the archive's language, ${archiveLang}, is written in ${script === 'Hans' ? 'Traditional' : 'Simplified'} ones; --lang sets it)`,
  };
}
