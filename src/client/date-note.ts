/**
 * The search page's word on date bounds it cannot read (`?from=abc`,
 * `?to=2024-13`): the search runs without them (src/search/state.ts), and
 * this note under the date fields tells the reader so, in the site's
 * language, with the forms it understands; the field keeps what was written,
 * marked invalid, so it can be corrected. Apart from search-page.ts, which
 * runs the search itself.
 */
import type { MessageKey } from '../i18n/locales/en.ts';
import type { Translate } from '../i18n/translate.ts';
import { unreadableDates } from '../search/state.ts';

/** The note's element (src/pages/search/index.astro). */
export const DATE_NOTE_ID = 'search-date-note';
const FIELDS = { from: 'search-from', to: 'search-to' } as const;
const MESSAGES = { from: 'search.fromUnreadable', to: 'search.toUnreadable' } as const;

/**
 * Says which date bounds of a query string (the URL's, or the form's fields)
 * cannot be read, or clears the note when all can. Call it after the form
 * shows a state: that state leaves unreadable bounds out, and the fields get
 * them back here. `lang`: the interface's, whose way of writing dates is read.
 */
export function showUnreadableDates(
  search: string | URLSearchParams,
  t: Translate<MessageKey>,
  lang: string,
  doc: Document = document,
): void {
  const unreadable = unreadableDates(search, lang);
  for (const bound of ['from', 'to'] as const) {
    const field = doc.getElementById(FIELDS[bound]) as HTMLInputElement | null;
    const found = unreadable.find((date) => date.bound === bound);
    if (!field) continue;
    if (found) {
      field.value = found.text;
      field.setAttribute('aria-invalid', 'true');
    } else field.removeAttribute('aria-invalid');
  }
  const note = doc.getElementById(DATE_NOTE_ID);
  if (note) note.textContent = unreadable.map(({ bound, text }) => t(MESSAGES[bound], { text })).join(' ');
}
