/**
 * The site's base path, as every part of Clippings reads it (CLIPPINGS_BASE,
 * read in src/settings.ts), with one leading and one trailing slash whatever was typed
 * (`my-archive`, `/my-archive`, `/my-archive/` are the same base).
 */

/** @example normalizeBase('my-archive') // '/my-archive/' */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}
