/**
 * The site's base path, as every part of Clippings reads it: from
 * CLIPPINGS_BASE, with one leading and one trailing slash whatever was typed
 * (`my-archive`, `/my-archive`, `/my-archive/` are the same base).
 */

/** @example normalizeBase('my-archive') // '/my-archive/' */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** The base this process builds for (CLIPPINGS_BASE, normalised). */
export function configuredBase(env: NodeJS.ProcessEnv = process.env): string {
  return normalizeBase(env['CLIPPINGS_BASE']);
}
