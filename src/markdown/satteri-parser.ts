/**
 * A unified parser plugin that reads Markdown with Sätteri (Rust, shipped
 * with Astro 7) instead of micromark: the same mdast, many times faster, so
 * every remark and rehype plugin of ours still runs on its tree. Where it
 * reads a body differently from micromark, and what we decided for each
 * case, is in docs/markdown-parser.md (checked by
 * tests/unit/markdown/parser-differential.test.ts).
 *
 * Frontmatter is off: the loader strips it before rendering, so a body that
 * opens with `---` is a thematic break, as micromark reads it. Positions are
 * off: no plugin of ours reads them, and they are half of a tree's memory
 * (the check of an article's pictures asks for them, to name their lines).
 */
import type { Root } from 'mdast';
import { markdownToMdast } from 'satteri';
import type { Processor } from 'unified';

/**
 * Parses one body into mdast with GitHub-flavoured Markdown.
 * @example parseWithSatteri('*a*').children[0]?.type // 'paragraph'
 */
export function parseWithSatteri(markdown: string, positions = false): Root {
  // CommonMark replaces U+0000 with U+FFFD for security; micromark does, Sätteri 0.10 keeps it.
  const source = markdown.includes('\0') ? markdown.replaceAll('\0', '\uFFFD') : markdown;
  return markdownToMdast(source, { features: { gfm: true, frontmatter: false }, position: positions }) as Root;
}

/** The unified plugin: makes Sätteri the processor's parser. Takes no options. */
export default function satteriParser(this: Processor): void {
  // unified types its parser for a generic node; an mdast Root is what it gets.
  (this as unknown as { parser: (document: string) => Root }).parser = (document) => parseWithSatteri(document);
}
