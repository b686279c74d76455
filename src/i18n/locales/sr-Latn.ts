/**
 * Serbian in Latin letters (`sr-Latn`, `sr-Latn-RS`, and `sr-ME`, which Unicode's likely subtags write in Latin):
 * the Cyrillic table (src/i18n/locales/sr.ts) read letter for letter (serbianLatin), one home for both, as Serbian
 * sites that publish in both alphabets print them (RTS, N1, Danas): "članak", "Povezane vesti", "rubrika", "tagovi", "autor", "izvor",
 * "Pretraga" and "Pretraži", "Početna", "Najnovije"; the reader addressed with "vi", buttons in the imperative.
 * Ekavian, as Serbia writes. Montenegrin (`cnr`, which Unicode reads as Serbian in Montenegro, `sr-ME`) reads this
 * table too (src/i18n/find-language.ts): Montenegro's press writes Latin, and its months are these (jun, jul,
 * avgust), not Bosnian's (juni, juli, august); its ijekavian forms (srijeda, mjesec) are not.
 *
 * Three forms by Intl.PluralRules: one (1, 21, 31, 101 …, not 11), few (2–4, 22–24 …, not 12–14), other (0, 5–20,
 * 25 …): "1 članak", "2 članka", "5 članaka", "21 članak", "22 članka". Every form of a count shows the number.
 *
 * Dates as Serbian papers print them, in the nominative after the day with a stop after the year, as CLDR has them
 * (date-fns's `sr-Latn`): "12. mart 2014.", "sreda, 12. mart 2014.", a month alone "Mart 2014.", a year alone
 * "2014."; the time after "u". A span is "iz perioda 12. mart 2014. – …", on-this-day's day stands in brackets,
 * so that no date follows a preposition that would want its genitive. „ ” quotes with ’ ’ inside, as in Cyrillic;
 * weeks from Monday, headed pon uto sre as date-fns and CLDR abbreviate them.
 */
import { srLatn } from 'date-fns/locale/sr-Latn';
import { serbianLatin } from '../../lib/serbian-script.ts';
import type { Messages } from './en.ts';
import { messages as cyrillic } from './sr.ts';

/** A message, or each form of a count's, in Latin letters. */
function inLatin(message: Messages[keyof Messages]): Messages[keyof Messages] {
  return typeof message === 'string'
    ? serbianLatin(message)
    : (Object.fromEntries(Object.entries(message).map(([form, text]) => [form, serbianLatin(text)])) as typeof message);
}

export const messages = Object.fromEntries(
  Object.entries(cyrillic).map(([key, message]) => [key, inLatin(message)]),
) as Messages;

/** Months in the nominative after a day ("12. mart"), weekdays in lower case; weeks from Monday. */
export const dateLocale = srLatn;
