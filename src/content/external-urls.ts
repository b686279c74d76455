/**
 * The frontmatter fields whose values are, by design, addresses on other
 * sites: the original publication's page (`source.url`) and a lead image
 * hosted elsewhere (`image.src` written as an https URL). Verification lets
 * these values leave the site, and only them (src/verify/site-urls.ts).
 */

/** A field that may hold another site's address. */
export type ExternalField = 'source.url' | 'image.src';

/** One article's values of those fields; a field without an off-site value is absent. */
export type DeclaredExternal = Partial<Record<ExternalField, string>>;

/**
 * The declared-external values of one article's frontmatter. A site-path image
 * (`/images/a.jpg`) is the site's own, so it is not one.
 * @example declaredExternal({ source: { url: 'https://news.example/a' } }) // { 'source.url': 'https://news.example/a' }
 */
export function declaredExternal(frontmatter: {
  source?: { url?: string | undefined } | undefined;
  image?: { src: string } | undefined;
}): DeclaredExternal {
  const declared: DeclaredExternal = {};
  if (frontmatter.source?.url) declared['source.url'] = frontmatter.source.url;
  const src = frontmatter.image?.src;
  if (src && /^[a-z][a-z0-9+.-]*:/i.test(src)) declared['image.src'] = src;
  return declared;
}
