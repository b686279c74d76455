/**
 * Our remark and rehype plugins, in order: the one list both renderers run
 * (the Sätteri pipeline in pipeline.ts, and Astro's unified processor in
 * astro-processor.ts), so they can never drift apart.
 */
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import type { PluggableList } from 'unified';
import { settingsFrom } from '../settings.ts';
import { PAGE_IDS } from '../lib/page-ids.ts';
import rehypeBaseLinks from './rehype-base-links.ts';
import rehypeExternalLinks from './rehype-external-links.ts';
import rehypeFallbackIds from './rehype-fallback-ids.ts';
import rehypeHeadingAnchors from './rehype-heading-anchors.ts';
import rehypeRawWhenPresent from './rehype-raw-when-present.ts';
import rehypeSearchBounds from './rehype-search-bounds.ts';
import rehypeUniqueIds from './rehype-unique-ids.ts';
import remarkLead from './remark-lead.ts';
import remarkTypography from './remark-typography.ts';
import { articleSanitizeSchema } from './sanitize-schema.ts';

// The same base astro.config.mjs builds for: links in bodies must follow it.
const base = settingsFrom().base;

/** Our remark plugins, in order. */
export const remarkPlugins: PluggableList = [remarkTypography, remarkLead];

/** Our rehype plugins, in order. Raw HTML first becomes elements, so the sanitizer sees (and cleans) it. */
export const rehypePlugins: PluggableList = [
  rehypeRawWhenPresent,
  [rehypeSanitize, articleSanitizeSchema],
  rehypeSlug,
  rehypeFallbackIds,
  [rehypeUniqueIds, { reserved: PAGE_IDS }],
  rehypeHeadingAnchors,
  rehypeExternalLinks,
  [rehypeBaseLinks, { base }],
  rehypeSearchBounds,
];
