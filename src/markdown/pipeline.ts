/**
 * The one Markdown pipeline of the build (the content loader's render
 * workers): GFM parsed by Sätteri, our typography, raw HTML parsed then
 * sanitized, heading ids and anchors, safe external links (plugins.ts). No
 * syntax highlighting (news has no code worth its cost) and no
 * retext-smartypants (remark-typography does the same for a fraction of the
 * time).
 *
 * Bodies are parsed by Sätteri (Rust, many times micromark's speed) and then
 * run through the same remark/rehype plugins, in the same order, as Astro's
 * unified renderer did: the HTML is the same (see docs/markdown-parser.md).
 * The few bodies Sätteri would misread (satteri-misreads.ts) still go through
 * Astro's unified renderer, micromark included.
 */
import type { MarkdownRenderer } from '@astrojs/markdown-remark';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { LeadData } from './remark-lead.ts';
import rehypeReparseWhenNeeded from './rehype-reparse-when-needed.ts';
import { rehypePlugins, remarkPlugins } from './plugins.ts';
import satteriParser from './satteri-parser.ts';
import { satteriMisreads } from './satteri-misreads.ts';

/**
 * The Sätteri pipeline: Astro's unified renderer step for step (remark-rehype
 * with raw HTML kept, our plugins, a final HTML parse), with Sätteri as the
 * parser. Astro's image steps are left out (they only act on files with a
 * path, and bodies are rendered without one), and so is its heading
 * collector: rehype-slug has already given every heading its id, and no page
 * reads the list.
 */
const satteriProcessor = unified()
  .use(satteriParser)
  .use(remarkPlugins)
  .use(remarkRehype, { allowDangerousHtml: true, passThrough: [] })
  .use(rehypePlugins)
  .use(rehypeReparseWhenNeeded)
  .use(rehypeStringify, { allowDangerousHtml: true })
  .freeze();

/** The rendered form of an article body. */
export interface RenderedArticle extends LeadData {
  html: string;
}

/** What remark-lead leaves on a rendered file. */
interface LeadFileData {
  astro?: { frontmatter?: Partial<LeadData> };
}

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
  return satteriMisreads(markdown) ? renderWithMicromark(markdown, lang) : renderWithSatteri(markdown, lang);
}

/** Renders one body with the Sätteri pipeline, whatever it holds (the differential test compares it with micromark). */
export function renderWithSatteri(markdown: string, lang?: string): RenderedArticle {
  const file = satteriProcessor.processSync(
    new VFile({ value: markdown, data: { astro: { frontmatter: lang ? { lang } : {} } } }),
  );
  const lead = (file.data as LeadFileData).astro?.frontmatter;
  return { html: String(file.value), lead: lead?.lead ?? '', wordCount: lead?.wordCount ?? 0 };
}

let micromarkRenderer: Promise<MarkdownRenderer> | undefined;

/** Renders one body with Astro's unified renderer (micromark), as every body was before Sätteri. */
export async function renderWithMicromark(markdown: string, lang?: string): Promise<RenderedArticle> {
  micromarkRenderer ??= import('./astro-processor.ts').then(({ articleMarkdownProcessor }) =>
    articleMarkdownProcessor.createRenderer({ syntaxHighlight: false }),
  );
  const { code, metadata } = await (
    await micromarkRenderer
  ).render(markdown, lang ? { frontmatter: { lang } } : undefined);
  const lead = metadata.frontmatter as Partial<LeadData>;
  return { html: code, lead: lead.lead ?? '', wordCount: lead.wordCount ?? 0 };
}
