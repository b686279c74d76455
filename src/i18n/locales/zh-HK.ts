/**
 * Chinese in Traditional characters as Hong Kong writes it: the Taiwanese table (zh-Hant.ts) with the words
 * Hong Kong uses instead, listed here once, so a change there reaches both. Macau (zh-MO) reads zh-Hant.ts.
 */
import { zhHK } from 'date-fns/locale/zh-HK';
import type { Messages } from './en.ts';
import { messages as taiwan } from './zh-Hant.ts';
import type { Message } from '../translate.ts';

/** Taiwan's words → Hong Kong's, applied in order to every message. */
const HONG_KONG: readonly [RegExp, string][] = [
  [/報導/g, '報道'],
  [/位元組/g, '字節'],
  [/擷取/g, '存取'],
  [/本機/g, '本地'],
];

/** A message in Hong Kong's words. */
function hongKong(message: Message): Message {
  const convert = (text: string) => HONG_KONG.reduce((out, [from, to]) => out.replace(from, to), text);
  return typeof message === 'string'
    ? convert(message)
    : (Object.fromEntries(Object.entries(message).map(([form, text]) => [form, convert(text)])) as Message);
}

export const messages = Object.fromEntries(
  Object.entries(taiwan).map(([key, message]) => [key, hongKong(message)]),
) as Messages;

/** Month and weekday names; weeks from Sunday. */
export const dateLocale = zhHK;
