/** /atom.xml: the latest articles as an Atom feed. */
import type { APIContext } from 'astro';
import { feedResponse, siteFeedScope } from '../queries/feeds.ts';

export const GET = async (context: APIContext): Promise<Response> =>
  feedResponse(await siteFeedScope(), 'atom', context);
