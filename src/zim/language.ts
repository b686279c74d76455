/**
 * ZIM metadata wants the language as an ISO 639-3 code (`eng`, `jpn`), Kiwix
 * filters its library by it; content/site.json and articles use the BCP 47
 * tags of HTML (`en`, `en-GB`, `ja`). The code table is the iso-639-3 package,
 * not a list of our own.
 */
import { iso6393, iso6393To1 } from 'iso-639-3';

const fromIso6391 = new Map(Object.entries(iso6393To1).map(([three, two]) => [two, three]));
const known = new Set(iso6393.map((language) => language.iso6393));

/**
 * The ISO 639-3 code of a BCP 47 language tag; throws, naming the setting, when
 * its language has none.
 * @example toIso6393('en-GB') // 'eng'
 * @example toIso6393('ja') // 'jpn'
 */
export function toIso6393(tag: string, where = 'content/site.json "lang"'): string {
  const primary = tag.trim().split(/[-_]/)[0]?.toLowerCase() ?? '';
  const code = primary.length === 2 ? fromIso6391.get(primary) : known.has(primary) ? primary : undefined;
  if (!code) {
    throw new Error(
      `${where} is "${tag}", which names no ISO 639 language, and a ZIM file needs its ISO 639-3 code. Use a language tag such as "en", "fr-CA" or "ja".`,
    );
  }
  return code;
}
