/**
 * Reading BCP 47 language tags (`pt-BR`, `en_GB`) without any code table: for
 * page code such as reading times, which must not load the ISO 639 tables of
 * src/lib/language-codes.ts into the build's page bundle.
 */

/**
 * The primary language subtag of a BCP 47 tag, lower-cased.
 * @example primaryLanguage('pt-BR') // 'pt'
 * @example primaryLanguage('en_GB') // 'en'
 */
export function primaryLanguage(tag: string): string {
  return tag.trim().split(/[-_]/)[0]?.toLowerCase() ?? '';
}
