/**
 * Finnish changes the consonants of a word's last syllable with its case
 * (consonant gradation): Helsinki, Helsingissä, Helsingin; kaupunki,
 * kaupungin; Lappeenranta, Lappeenrannassa; and a word in -us or -ös takes
 * -ks- before its endings (kokous, kokouksen; päätös, päätöksen). Pagefind's
 * Finnish stemmer takes the endings off but leaves the consonants as they
 * are, so "Helsinki" found Helsinkiin and never Helsingissä, and "kaupunki"
 * no story that says "kaupungin". Pagefind finds a word as the start of
 * longer ones: asked for the letters all of a word's forms share (Helsin,
 * kaupun, Lappeenran, kokou), a Finnish index finds every form.
 */
import { primaryLanguage } from '../lib/language-tags.ts';

/** A word's last letters that change with its case, and where its forms part: what a search asks for keeps the rest. */
const CHANGING_ENDS: readonly RegExp[] = [
  // nk → ng (Helsinki, Helsingin), nt → nn (ranta, rannan), mp → mm (kampa, kamman), lt → ll, rt → rr (kulta,
  // kullan; parta, parran): the consonant kept.
  /(?<=[nmlr])[kpt][aeiouyäö]$/u,
  // kk → k, pp → p, tt → t (kirkko, kirkon; kauppa, kaupan; matto, maton): one of the two kept.
  /(?<=([kpt]))\1[aeiouyäö]$/u,
  // k → none after a vowel (Seinäjoki, Seinäjoen; ruoka, ruoan).
  /(?<=[aeiouyäö])k[aeiouyäö]$/u,
  // -us, -ys, -os, -ös: -ks- before the endings (kokous, kokouksen; päätös, päätöksen).
  /(?<=[uyoö])s$/u,
];

/** A doubled consonant and one or two vowels closing a word. */
const DOUBLED_BEFORE_VOWELS = /([^aeiouyäö])\1[aeiouyäö]{1,2}$/u;

/** Letters the part asked for keeps at least: fewer begin too many other words ("kat" of katto begins katu, katse). */
const SHORTEST_PART = 5;

/**
 * The letters every case form of a Finnish word begins with, where its last consonants change with the case
 * (see above); the word itself where nothing changes, where that part would be too short, or for a word in capitals
 * (an acronym: YLE, HUS) or not in Latin letters.
 * @example gradedStem('Helsinki') // 'Helsin'
 * @example gradedStem('kaupunki') // 'kaupun'
 * @example gradedStem('kokous') // 'kokou'
 * @example gradedStem('rakennus') // 'rakenn'
 * @example gradedStem('katto') // 'katto' (kat would be too short)
 * @example gradedStem('Tampere') // 'Tampere'
 */
export function gradedStem(word: string): string {
  if (!/^\p{Script=Latin}+$/u.test(word) || /^\p{Lu}{2,}$/u.test(word)) return word;
  const lower = word.toLowerCase();
  for (const end of CHANGING_ENDS) {
    let at = end.exec(lower)?.index;
    if (at === undefined) continue;
    // Pagefind's stemmer reads a part that ends in a doubled consonant and a vowel or two as a word of its own,
    // and takes one of the consonants off ("rakennu" as rakenu, which begins no form of rakennus): the last vowel
    // goes too ("rakenn", "hyökkä", "Veikka").
    if (DOUBLED_BEFORE_VOWELS.test(lower.slice(0, at))) at -= 1;
    return [...word.slice(0, at)].length >= SHORTEST_PART ? word.slice(0, at) : word;
  }
  return word;
}

/** Whether a query in `language` is asked for by the part its words' forms share (Finnish). */
export function gradesConsonants(language: string | undefined): boolean {
  return language !== undefined && primaryLanguage(language) === 'fi';
}
