/** /sections/<slug>/feed.json: one section's latest articles (JSON Feed). */
import type { APIContext } from 'astro';
import { feedResponse, sectionFeedPaths, type FeedScope } from '../../../queries/feeds.ts';

export const getStaticPaths = sectionFeedPaths;
export const GET = (context: APIContext): Promise<Response> =>
  feedResponse((context.props as { scope: FeedScope }).scope, 'json', context);
