/**
 * /on-this-day/MM-DD.json: the articles of one calendar day across the years,
 * 366 small files the browser picks from (so the page changes daily without a rebuild).
 */
import type { APIRoute } from 'astro';
import { getArchive } from '../../queries/archive.ts';
import { groupByCalendarDay } from '../../lib/on-this-day.ts';
import { cacheKeyOf } from '../../queries/cache-key.ts';
import { ui } from '../../i18n/site-interface.ts';

export async function getStaticPaths() {
  const groups = groupByCalendarDay((await getArchive()).newest, ui.lang);
  // Incremental builds reuse a day's file while its entries are unchanged: without a key, all
  // 366 were written again by every build (at 100,000 articles, 270 entries each).
  return [...groups].map(([day, entries]) => ({ params: { day }, props: { entries }, cacheKey: cacheKeyOf(entries) }));
}

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props['entries']), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
