/** /robots.txt: everything may be crawled; the sitemap index says where every page is. */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../site.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml', site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
