/** /rss.xml: the latest 50 articles, through @astrojs/rss. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getArchive } from '../data/archive.ts';
import { site } from '../site.ts';
import { withBase } from '../lib/urls.ts';

export async function GET(context: APIContext): Promise<Response> {
  const archive = await getArchive();
  return rss({
    title: site.title,
    description: site.description,
    site: new URL(import.meta.env.BASE_URL, context.site).href,
    items: archive.newest.slice(0, 50).map((article) => ({
      title: article.title,
      link: withBase(import.meta.env.BASE_URL, article.url),
      pubDate: new Date(article.date.timestamp),
      description: article.summary,
      categories: [article.section, ...article.tags],
    })),
    customData: `<language>${site.lang}</language>`,
  });
}
