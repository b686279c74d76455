/** The site's base path with a trailing slash, as service worker scopes and URLs need it. */
export function siteBase(): string {
  const base = import.meta.env.BASE_URL;
  return base.endsWith('/') ? base : `${base}/`;
}
