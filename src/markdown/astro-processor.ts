/**
 * Astro's unified Markdown processor (micromark) with our plugins: the
 * `markdown.processor` of astro.config.mjs, and the renderer of the few
 * bodies Sätteri would misread (see satteri-misreads.ts). Kept apart from
 * pipeline.ts because loading @astrojs/markdown-remark costs about half a
 * second of CPU, paid by every Markdown worker thread that imports it.
 */
import { unified, type RehypePlugins, type RemarkPlugins } from '@astrojs/markdown-remark';
import { rehypePlugins, remarkPlugins } from './plugins.ts';

/** The processor for `markdown.processor` in astro.config.mjs. */
export const articleMarkdownProcessor = unified({
  gfm: true,
  smartypants: false,
  // Astro's types also allow plugins named by string; ours are all functions.
  remarkPlugins: remarkPlugins as RemarkPlugins,
  rehypePlugins: rehypePlugins as RehypePlugins,
});
