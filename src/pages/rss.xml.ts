/** /rss.xml: the latest articles as RSS 2.0. */
import type { APIContext } from 'astro';
import { feedResponse, siteFeedScope } from '../queries/feeds.ts';

export const GET = async (context: APIContext): Promise<Response> =>
  feedResponse(await siteFeedScope(), 'rss', context);
