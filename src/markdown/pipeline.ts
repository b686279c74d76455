/**
 * The one Markdown pipeline, shared by the build (content loader) and the
 * importer: GFM parsed by Sätteri, our typography, raw HTML parsed then
 * sanitized, heading ids and anchors, safe external links. No syntax
 * highlighting (news has no code worth its cost) and no retext-smartypants
 * (remark-typography does the same for a fraction of the time).
 *
 * Bodies are parsed by Sätteri (Rust, about twenty times micromark's speed)
 * and then run through the same remark/rehype plugins, in the same order, as
 * Astro's unified renderer did: the HTML is the same (see
 * docs/markdown-parser.md). The few bodies Sätteri would misread
 * (satteri-misreads.ts) still go through Astro's unified renderer, micromark
 * included.
 */
import { rehypeHeadingIds, unified as astroUnified, type MarkdownRenderer } from '@astrojs/markdown-remark';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import rehypeRawWhenPresent from './rehype-raw-when-present.ts';
import remarkTypography from './remark-typography.ts';
import remarkLead, { type LeadData } from './remark-lead.ts';
import rehypeBaseLinks from './rehype-base-links.ts';
import rehypeExternalLinks from './rehype-external-links.ts';
import rehypeUniqueIds from './rehype-unique-ids.ts';
import rehypeReparseWhenNeeded from './rehype-reparse-when-needed.ts';
import satteriParser from './satteri-parser.ts';
import { satteriMisreads } from './satteri-misreads.ts';
import { configuredBase } from '../lib/base.ts';
import { PAGE_IDS } from '../lib/page-ids.ts';
import rehypeHeadingAnchors from './rehype-heading-anchors.ts';
import { articleSanitizeSchema } from './sanitize-schema.ts';

// The same base astro.config.mjs builds for: links in bodies must follow it.
const base = configuredBase();

/** Our remark plugins, in order. */
const remarkPlugins: PluggableList = [remarkTypography, remarkLead];
/** Our rehype plugins, in order. Raw HTML first becomes elements, so the sanitizer sees (and cleans) it. */
const rehypePlugins: PluggableList = [
  rehypeRawWhenPresent,
  [rehypeSanitize, articleSanitizeSchema],
  rehypeSlug,
  [rehypeUniqueIds, { reserved: PAGE_IDS }],
  rehypeHeadingAnchors,
  rehypeExternalLinks,
  [rehypeBaseLinks, { base }],
];

/**
 * Astro's unified processor (micromark) with our plugins: `markdown.processor`
 * in astro.config.mjs, and the renderer of bodies Sätteri would misread.
 */
export const articleMarkdownProcessor = astroUnified({ gfm: true, smartypants: false, remarkPlugins, rehypePlugins });

/**
 * The Sätteri pipeline: Astro's unified renderer step for step (remark-rehype
 * with raw HTML kept, our plugins, Astro's heading collector, a final HTML
 * parse), with Sätteri as the parser. Astro's image steps are left out: they
 * only act on files with a path, and bodies are rendered without one.
 */
const satteriProcessor = unified()
  .use(satteriParser)
  .use(remarkPlugins)
  .use(remarkRehype, { allowDangerousHtml: true, passThrough: [] })
  .use(rehypePlugins)
  .use(rehypeHeadingIds)
  .use(rehypeReparseWhenNeeded)
  .use(rehypeStringify, { allowDangerousHtml: true })
  .freeze();

/** The rendered form of an article body. */
export interface RenderedArticle extends LeadData {
  html: string;
  headings: { depth: number; slug: string; text: string }[];
}

/** What remark-lead and Astro's heading collector leave on a rendered file. */
interface AstroFileData {
  astro?: { frontmatter?: Partial<LeadData>; headings?: RenderedArticle['headings'] };
}

let micromarkRenderer: Promise<MarkdownRenderer> | undefined;

/** Renders one article body with the shared pipeline. */
export async function renderArticleBody(markdown: string): Promise<RenderedArticle> {
  return satteriMisreads(markdown) ? renderWithMicromark(markdown) : renderWithSatteri(markdown);
}

/** Renders one body with the Sätteri pipeline, whatever it holds (the differential test compares it with micromark). */
export function renderWithSatteri(markdown: string): RenderedArticle {
  const file = satteriProcessor.processSync(new VFile({ value: markdown, data: { astro: { frontmatter: {} } } }));
  const { astro } = file.data as AstroFileData;
  return { html: String(file.value), headings: astro?.headings ?? [], lead: astro?.frontmatter?.lead ?? '', wordCount: astro?.frontmatter?.wordCount ?? 0 };
}

/** Renders one body with Astro's unified renderer (micromark), as every body was before Sätteri. */
export async function renderWithMicromark(markdown: string): Promise<RenderedArticle> {
  micromarkRenderer ??= articleMarkdownProcessor.createRenderer({ syntaxHighlight: false });
  const { code, metadata } = await (await micromarkRenderer).render(markdown);
  const lead = metadata.frontmatter as Partial<LeadData>;
  return { html: code, headings: metadata.headings, lead: lead.lead ?? '', wordCount: lead.wordCount ?? 0 };
}
