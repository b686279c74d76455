/**
 * The interface of this build, in the language of content/site.json. Missing
 * translations are build warnings, each key named once.
 */
import { site } from '../site.ts';
import { textDirection } from './direction.ts';
import { interfaceFor } from './interface.ts';

export const ui = interfaceFor(site.lang, (message) => console.warn(`[clippings:i18n] ${message}`));
export const t = ui.t;

/** The archive's language and direction, for its own words (its name) where the interface is in another language. */
export const archiveWords: { lang?: string; dir?: 'ltr' | 'rtl' } =
  site.lang === ui.lang ? {} : { lang: site.lang, dir: textDirection(site.lang) };
