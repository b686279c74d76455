/**
 * Persian as Afghanistan writes it (Dari): Persian's table (fa.ts), its words, figures, weeks from Saturday and Solar
 * Hijri datelines, with Afghanistan's names of the Christian months, as Unicode's CLDR gives them for `fa-AF`
 * (جنوری, فبروری, می, جون, اگست), where Iran writes ژانویه, فوریه, مه, ژوئن, اوت. Its Solar Hijri months are
 * Afghanistan's own too (حمل, ثور: Intl writes them for the tag, src/lib/dates.ts dayInCalendar).
 */
import type { Locale, LocalizeFnOptions } from 'date-fns';
import { dateLocale as iran, messages as persian } from './fa.ts';

export { digits, readersCalendar } from './fa.ts';

export const messages = persian;

// The Christian months as CLDR writes them for Afghanistan, the same after a day as alone ("۱۲ می ۲۰۲۴").
const MONTHS = [
  'جنوری',
  'فبروری',
  'مارچ',
  'اپریل',
  'می',
  'جون',
  'جولای',
  'اگست',
  'سپتمبر',
  'اکتوبر',
  'نومبر',
  'دسمبر',
] as const;

/** Persian's weekdays, weeks from Saturday, Afghanistan's month names. */
export const dateLocale: Locale = {
  ...iran,
  code: 'fa-AF',
  localize: {
    ...iran.localize,
    month: (month: number, options?: LocalizeFnOptions) =>
      options?.width === 'narrow' ? iran.localize.month(month as 0, options) : (MONTHS[month] ?? ''),
  },
};
