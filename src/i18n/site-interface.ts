/**
 * The interface of this build, in the language of content/site.json. Missing
 * translations are build warnings, each key named once.
 */
import { site } from '../site.ts';
import { interfaceFor } from './interface.ts';

export const ui = interfaceFor(site.lang, (message) => console.warn(`[clippings:i18n] ${message}`));
export const t = ui.t;
