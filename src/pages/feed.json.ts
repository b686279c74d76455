/** /feed.json: the latest articles as a JSON Feed 1.1. */
import type { APIContext } from 'astro';
import { feedResponse, siteFeedScope } from '../queries/feeds.ts';

export const GET = async (context: APIContext): Promise<Response> =>
  feedResponse(await siteFeedScope(), 'json', context);
