/**
 * Interface text for browser scripts: the page carries the messages a script
 * needs as a JSON data block (`<script type="application/json">`, never run,
 * so the strict CSP allows it), written by InterfaceMessages.astro from the
 * same translation tables as the pages.
 */
import type { MessageKey } from './locales/en.ts';
import { createTranslator, type Message, type Translate } from './translate.ts';

/** What InterfaceMessages.astro writes. */
export interface InterfaceData {
  lang: string;
  messages: Partial<Record<MessageKey, Message>>;
  /** Twelve month names, January first. */
  months: string[];
  /** The digits of dates and counts, as Intl names numbering systems ('beng'); Latin when absent. */
  digits?: string;
}

import { INTERFACE_DATA_ID } from '../lib/page-ids.ts';

export { INTERFACE_DATA_ID };

/**
 * Reads the page's messages; an empty table (keys shown as they are) when the block is missing. Its digits are
 * Latin where the block names none.
 */
export function readInterface(doc: Document = document): {
  data: InterfaceData & { digits: string };
  t: Translate<MessageKey>;
} {
  const text = doc.getElementById(INTERFACE_DATA_ID)?.textContent ?? '';
  const read: InterfaceData = text
    ? (JSON.parse(text) as InterfaceData)
    : { lang: doc.documentElement.lang || 'en', messages: {}, months: [] };
  const data = { ...read, digits: read.digits ?? 'latn' };
  const t = createTranslator<MessageKey>({
    lang: data.lang,
    digits: data.digits,
    table: data.messages,
    fallback: data.messages as Record<MessageKey, Message>,
  });
  return { data, t };
}
