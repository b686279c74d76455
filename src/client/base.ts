import { normalizeBase } from '../lib/base.ts';

/** The site's base path with a trailing slash, as service worker scopes and URLs need it. */
export function siteBase(): string {
  return normalizeBase(import.meta.env.BASE_URL);
}
