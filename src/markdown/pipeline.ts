/**
 * The one Markdown pipeline, shared by the build (content loader) and the
 * importer: Astro's unified processor with GFM, our typography, raw HTML parsed
 * then sanitized, heading ids and anchors, safe external links. No syntax
 * highlighting (news has no code worth its cost) and no retext-smartypants
 * (remark-typography does the same for a fraction of the time).
 */
import { unified, type MarkdownRenderer } from '@astrojs/markdown-remark';
import rehypeRawWhenPresent from './rehype-raw-when-present.ts';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import remarkTypography from './remark-typography.ts';
import remarkLead, { type LeadData } from './remark-lead.ts';
import rehypeBaseLinks from './rehype-base-links.ts';
import rehypeExternalLinks from './rehype-external-links.ts';
import rehypeUniqueIds from './rehype-unique-ids.ts';
import { configuredBase } from '../lib/base.ts';
import { PAGE_IDS } from '../lib/page-ids.ts';
import rehypeHeadingAnchors from './rehype-heading-anchors.ts';
import { articleSanitizeSchema } from './sanitize-schema.ts';

// The same base astro.config.mjs builds for: links in bodies must follow it.
const base = configuredBase();

/** The processor for `markdown.processor` in astro.config.mjs. */
export const articleMarkdownProcessor = unified({
  gfm: true,
  smartypants: false,
  remarkPlugins: [remarkTypography, remarkLead],
  // Raw HTML first becomes elements, so the sanitizer sees (and cleans) it.
  rehypePlugins: [rehypeRawWhenPresent, [rehypeSanitize, articleSanitizeSchema], rehypeSlug, [rehypeUniqueIds, { reserved: PAGE_IDS }], rehypeHeadingAnchors, rehypeExternalLinks, [rehypeBaseLinks, { base }]],
});

/** The rendered form of an article body. */
export interface RenderedArticle extends LeadData {
  html: string;
  headings: { depth: number; slug: string; text: string }[];
}

let renderer: Promise<MarkdownRenderer> | undefined;

/** A body to render and the language it is written in (its typography follows it). */
export interface BodySource {
  markdown: string;
  /** BCP 47 tag; English when absent. */
  lang?: string | undefined;
}

/**
 * Renders one article body with the shared pipeline. The language reaches the
 * plugins as `file.data.astro.frontmatter.lang` (remark-typography reads it).
 */
export async function renderArticleBody(body: string | BodySource): Promise<RenderedArticle> {
  const { markdown, lang } = typeof body === 'string' ? { markdown: body, lang: undefined } : (body ?? {});
  if (typeof markdown !== 'string') throw new TypeError(`expected Markdown text, got ${typeof markdown}`);
  renderer ??= articleMarkdownProcessor.createRenderer({ syntaxHighlight: false });
  const { code, metadata } = await (await renderer).render(markdown, lang ? { frontmatter: { lang } } : undefined);
  const lead = metadata.frontmatter as Partial<LeadData>;
  return { html: code, headings: metadata.headings, lead: lead.lead ?? '', wordCount: lead.wordCount ?? 0 };
}
