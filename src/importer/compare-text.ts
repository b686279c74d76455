/**
 * Text compared as a reader compares it: by its words, whatever the
 * punctuation, case or spacing between them. What tells a headline or a
 * standfirst the page also prints in the story from one it does not.
 */
import { BETWEEN_WORDS } from '../lib/word-characters.ts';

/**
 * Letters (with their combining marks: Hindi's vowel signs) and digits of
 * every script, lowercase, single-spaced (with \W, two Arabic headings would
 * both squash to "" and match).
 * @example comparableWords('“Doors open,” she said…') // 'doors open she said'
 * @example comparableWords('किसानों को ऋण।') // 'किसानों को ऋण'
 */
export function comparableWords(value: string): string {
  return value.replace(BETWEEN_WORDS, ' ').trim().toLowerCase();
}

/** Words a standfirst needs before its appearing in the story is more than chance ("Analysis", "Live"). */
const REPEAT_WORDS = 4;

/**
 * Whether a standfirst says nothing the story does not: its words stand, in
 * order, in the story's text (a feed's summary that is the story's first
 * paragraph, a page whose description opens its story). A summary cut short
 * ("… the council said on…") counts where the story goes on from the cut.
 * @example dekRepeatsBody('The library opens on Sundays…', 'Photo: K. Lee. The library opens on Sundays from May.') // true
 * @example dekRepeatsBody('Sundays at the library', 'The library opens on Sundays.') // false
 */
export function dekRepeatsBody(dek: string, bodyText: string): boolean {
  const words = comparableWords(dek);
  if (words.split(' ').length < REPEAT_WORDS) return false;
  return ` ${comparableWords(bodyText)}`.includes(` ${words}`);
}

/**
 * Whether two names are one publication's, as pages and feeds write it: the
 * same letters and digits whatever the spacing, case or accents, and with or
 * without a web address's ending ("Breitbart" and "breitbart.com", "Le Monde"
 * and "LeMonde.fr"). What tells a credit, tag or title part naming the
 * publication itself from one naming a person or a topic.
 * @example samePublicationName('Harbour Gazette', 'harbourgazette.com') // true
 * @example samePublicationName('Harbour Gazette', 'Harbour Gazette Staff') // false
 */
export function samePublicationName(a: string, b: string): boolean {
  const squash = (value: string) =>
    value
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^\p{L}\p{N}]/gu, '')
      .replace(/(com|net|org|gov|fr|de|co|uk|cz)$/, '');
  const [x, y] = [squash(a), squash(b)];
  return x !== '' && x === y;
}
