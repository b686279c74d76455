/**
 * HTML to Markdown through the unified stack: parse, sanitize with the build's
 * own schema (no script, event handler or `javascript:` URL gets through),
 * then rehype-remark, GFM and remark-stringify. Plain text goes through the
 * same stringifier, so Markdown characters in it are escaped, never obeyed.
 */
import type { Element, Root as HastRoot } from 'hast';
import type { Nodes as MdastNodes, Paragraph, PhrasingContent, Root as MdastRoot, RootContent } from 'mdast';
import type { State } from 'hast-util-to-mdast';
import { toHtml } from 'hast-util-to-html';
import { toString as hastToString } from 'hast-util-to-string';
import { toString as mdastToString } from 'mdast-util-to-string';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import remarkStringify, { type Options as StringifyOptions } from 'remark-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { articleSanitizeSchema } from '../markdown/sanitize-schema.ts';
import { MAX_NESTING } from '../lib/limits.ts';
import { ImportError } from './types.ts';
import { CLOSES_SENTENCE, HEAD_LINE_WIDTH, nonEmptyLines, WRAP_WIDTH } from './text-lines.ts';
import { linkBareUrls } from './bare-urls.ts';

/** A Markdown body and its plain text (for hashing and emptiness checks). */
export interface MarkdownBody {
  markdown: string;
  text: string;
}

// One house style for every imported body.
const stringifyOptions: StringifyOptions = {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  fences: true,
  rule: '-',
  listItemIndent: 'one',
};

const htmlToMdast = unified()
  .use(rehypeSanitize, articleSanitizeSchema)
  .use(rehypeUnwrapDeadLinks)
  .use(rehypeJoinSplitLinks)
  .use(rehypeRemark, { handlers: { figure: figureHandler } });
const markdownWriter = unified().use(remarkGfm).use(remarkStringify, stringifyOptions);
const htmlParser = unified().use(rehypeParse, { fragment: true });

/**
 * Converts an HTML tree (a page's extracted article, a feed's content) to a
 * sanitized Markdown body. Relative links and images are made absolute against
 * `baseUrl`, since the archive does not host the publisher's other pages; with
 * no `baseUrl` they cannot be resolved, so links keep their words and images
 * their alt text, instead of pointing at files the archive does not have.
 * @example (await hastToMarkdown(parseHtmlFragment('<p onclick="x()">Hi <b>there</b></p>'))).markdown // 'Hi *there*\n'
 */
export async function hastToMarkdown(tree: HastRoot, baseUrl?: string): Promise<MarkdownBody> {
  refuseDeepNesting(tree);
  dropRubyReadings(tree);
  clearFileNameAlts(tree);
  resolveRelativeUrls(tree, baseUrl);
  secureImageSources(tree);
  const mdast = await htmlToMdast.run(tree);
  return writeMdast(mdast);
}

/**
 * The converters recurse once per level: 800 nested `<em>` overflowed the
 * stack. Elements nested deeper than the build accepts (with room for the
 * page around an article) are refused before converting; the depth is
 * measured with a stack of our own, never by recursion.
 */
function refuseDeepNesting(tree: HastRoot, max = MAX_NESTING * 4): void {
  const stack: [node: { children?: unknown[] }, depth: number][] = [[tree, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > max)
      throw new ImportError(
        `the HTML nests elements more than ${max} levels deep; the limit is ${max} (the archive accepts ${MAX_NESTING} in a body): flatten it`,
      );
    for (const child of node.children ?? [])
      if ((child as { type: string }).type === 'element') stack.push([child as Element, depth + 1]);
  }
}

/**
 * The readings a page sets over its words with `<ruby>` (furigana over kanji,
 * pinyin over hanzi) dropped, the words kept. Markdown has no place above a
 * line: written inline, each reading would follow its word and garble the
 * sentence (子こども instead of 子ども). `<rp>`, the brackets shown where ruby
 * is not supported, goes with them.
 * @example // <ruby>子<rt>こ</rt></ruby>ども → 子ども
 */
function dropRubyReadings(tree: HastRoot): void {
  visit(tree, 'element', (node: Element, index, parent) => {
    if ((node.tagName !== 'rt' && node.tagName !== 'rp') || !parent || index === undefined) return undefined;
    parent.children.splice(index, 1);
    return index;
  });
}

/** Parses an HTML fragment (a feed entry's content) into a tree. */
export function parseHtmlFragment(html: string): HastRoot {
  return htmlParser.parse(html);
}

/** Converts an HTML fragment to a sanitized Markdown body. @example (await htmlToMarkdown('<p>A<script>x</script></p>')).markdown // 'A\n' */
export async function htmlToMarkdown(html: string, baseUrl?: string): Promise<MarkdownBody> {
  return hastToMarkdown(parseHtmlFragment(html), baseUrl);
}

/**
 * The readable text of an HTML fragment (a headline that carried markup):
 * tags dropped, and the contents of script and style dropped with them.
 * @example htmlToPlainText('<script>alert(1)</script>Wall <b>repaired</b>') // 'Wall repaired'
 */
export function htmlToPlainText(html: string): string {
  const tree = parseHtmlFragment(html);
  visit(tree, 'element', (node: Element, index, parent) => {
    if (!['script', 'style', 'template', 'noscript'].includes(node.tagName) || !parent || index === undefined)
      return undefined;
    parent.children.splice(index, 1);
    return index;
  });
  return hastToString(tree).replace(/\s+/g, ' ').trim();
}

/**
 * Paragraphs of plain text as Markdown, each a paragraph, with the characters
 * Markdown would act on escaped and web addresses linked. Line breaks inside a
 * paragraph become spaces.
 * @example paragraphsToMarkdown(['# not a heading']).markdown // '\\# not a heading\n'
 */
export function paragraphsToMarkdown(paragraphs: readonly string[]): MarkdownBody {
  return writeMdast({ type: 'root', children: textBlocks(paragraphs) });
}

/** A list item as plain text writes one: a dash, star or bullet, or a number with a full stop or bracket. */
const LIST_ITEM = /^(?:([-*•])|(\d{1,3})[.)])[ \t]+(\S.*)$/;
/** A table row as plain text (and Markdown) writes one: cells between bars. */
const TABLE_ROW = /^\|.*\|$/;
/** The row under a table's head: bars, dashes and colons only. */
const TABLE_RULE = /^\|[\s|:-]*-[\s|:-]*\|$/;

/**
 * One line or paragraph of a text: `line` as written, `text` an item's words without its mark, `number` a
 * numbered item's number, `paragraph` the paragraph it stands in.
 */
type TextUnit = {
  kind: 'paragraph' | 'item' | 'row';
  line: string;
  text: string;
  paragraph: number;
  ordered?: boolean;
  number?: number;
};

/** Whether the row at `at` opens a table of its own: its paragraph's next line is a head's rule of dashes. */
const opensTable = (units: readonly TextUnit[], at: number) =>
  units[at + 1]?.paragraph === units[at]?.paragraph && TABLE_RULE.test(units[at + 1]?.line ?? '');

/**
 * Lines of dialogue set with dashes, as plain text writes Russian, French or Spanish dialogue ("- Привет, -
 * сказал он."): a dash opens each speech, and a spaced dash after its punctuation opens the narrator's words.
 */
const DIALOGUE_LINE = /[,.!?…]\s+[-–—]\s+\p{Ll}/u;

/** Whether numbered items count up one by one, as a Markdown list numbers them (a countdown, "3. 2. 1.", does not), or are all 1. */
const countsUp = (run: readonly TextUnit[]) =>
  run.every((unit, i) => unit.number === (run[0]?.number ?? 0) + i) ||
  // Every item numbered 1, as Markdown writers number a list and let it count.
  run.every((unit) => unit.number === 1);

/**
 * A text's paragraphs as Markdown blocks: a run of lines that are each a list item ("- ", "• ", "1. ") is a
 * list, a run of lines between bars a table (its first line the head), the rest paragraphs. Written as
 * paragraphs, their dashes would be escaped and a table's rows run into one line.
 */
function textBlocks(paragraphs: readonly string[]): RootContent[] {
  const units: TextUnit[] = paragraphs.flatMap((paragraph, at): TextUnit[] => {
    const lines = paragraph.split('\n').map((line) => line.trim());
    if (lines.length > 0 && lines.every((line) => TABLE_ROW.test(line)))
      return lines.map((line) => ({ kind: 'row', line, text: line, paragraph: at }));
    const items = lines.map((line) => LIST_ITEM.exec(line));
    if (items.every((item) => item !== null))
      return items.map((item) => ({
        kind: 'item',
        line: item?.[0] ?? '',
        text: item?.[3] ?? '',
        paragraph: at,
        ordered: item?.[2] !== undefined,
        ...(item?.[2] !== undefined ? { number: Number(item[2]) } : {}),
      }));
    return [{ kind: 'paragraph', line: paragraph, text: paragraph, paragraph: at }];
  });
  const blocks: RootContent[] = [];
  for (let at = 0; at < units.length;) {
    const unit = units[at] as TextUnit;
    let end = at + 1;
    // A run of one kind (a numbered list and a dashed one are two lists; a table goes on after a blank line unless a new head follows, a list's
    // items may stand a blank line apart).
    while (
      end < units.length &&
      unit.kind !== 'paragraph' &&
      units[end]?.kind === unit.kind &&
      units[end]?.ordered === unit.ordered &&
      (unit.kind !== 'row' || units[end]?.paragraph === units[end - 1]?.paragraph || !opensTable(units, end))
    )
      end++;
    const run = units.slice(at, end);
    if (unit.kind === 'row' && run.length >= 2) blocks.push(tableOf(run.map(({ text }) => text)));
    // Numbers that do not count up (a countdown, a ranking from the bottom) are kept as written: a list would renumber them.
    // Dialogue set with dashes is speech, line by line, not a list.
    else if (
      unit.kind === 'item' &&
      run.length >= 2 &&
      (unit.ordered ? countsUp(run) : !run.some(({ line }) => DIALOGUE_LINE.test(line)))
    )
      blocks.push({
        type: 'list',
        ordered: unit.ordered === true,
        ...(unit.ordered ? { start: unit.number ?? 1 } : {}),
        spread: false,
        children: run.map(({ text }) => ({
          type: 'listItem',
          spread: false,
          children: [paragraphOf(text)],
        })),
      });
    // A lone item or row is a line of text as written (its mark kept, as Markdown escapes it).
    else for (const { line } of run) blocks.push(paragraphOf(line));
    at = end;
  }
  return blocks;
}

/** A paragraph of text as written, its runs of spaces and line breaks one space, its web addresses links. */
function paragraphOf(text: string): Paragraph {
  return { type: 'paragraph', children: linkBareUrls(text.replace(/\s+/g, ' ').trim()) };
}

/** Rows written between bars as a table: the first its head, a rule of dashes left out, short rows padded. */
function tableOf(lines: readonly string[]): RootContent {
  const rows = lines
    .filter((line) => !TABLE_RULE.test(line))
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    );
  const width = Math.max(...rows.map((row) => row.length));
  return {
    type: 'table',
    align: Array.from({ length: width }, () => null),
    children: rows.map((row) => ({
      type: 'tableRow',
      children: Array.from({ length: width }, (_, i) => ({
        type: 'tableCell',
        children: linkBareUrls(row[i] ?? ''),
      })),
    })),
  };
}

/**
 * Splits plain text into paragraphs at blank lines, dropping empty ones. A
 * block whose lines are not wrapped (see {@link unwrappedLines}) is a
 * paragraph a line, as text copied from a web page or saved by an editor
 * that never wraps comes.
 * @example splitParagraphs('One\nline\n\n\nTwo.') // ['One\nline', 'Two.']
 * @example splitParagraphs('The ferry sailed.\nIt came back.') // ['The ferry sailed.', 'It came back.']
 */
export function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n') // a JSON-LD articleBody or a feed's text may keep Windows line ends
    .split(/\n[ \t\u00a0]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .flatMap(unwrappedLines);
}

/** Share of lines closing a sentence from which they are paragraphs, not a sentence wrapped across lines. */
const CLOSED_SHARE = 0.8;

/**
 * A block's lines as paragraphs of their own when they are not a paragraph
 * wrapped to a width: half of them run longer than any wrapping width, or
 * nearly every line closes a sentence (a wrapped paragraph's lines end
 * mid-sentence).
 * Otherwise the block as it is, one paragraph.
 * @example unwrappedLines('The ferry sailed.\n“It came back,” she said.') // ['The ferry sailed.', '“It came back,” she said.']
 * @example unwrappedLines('The ferry sailed at\nnoon.') // ['The ferry sailed at\nnoon.']
 */
export function unwrappedLines(block: string): string[] {
  const lines = nonEmptyLines(block);
  // Short open lines at the top are a headline, a byline, a date: judged apart from the story under them.
  const head = lines.findIndex((line) => line.length > HEAD_LINE_WIDTH || CLOSES_SENTENCE.test(line));
  const story = head === -1 ? [] : lines.slice(head);
  if (lines.length < 2 || story.length < 2) return [block];
  const closed = story.slice(0, -1).filter((line) => CLOSES_SENTENCE.test(line)).length;
  // Half the lines, not one: a wrapped paragraph may hold one long address.
  const long = story.filter((line) => line.length > WRAP_WIDTH).length;
  const unwrapped = long >= story.length / 2 || closed >= (story.length - 1) * CLOSED_SHARE;
  return unwrapped ? lines : [block];
}

function writeMdast(mdast: MdastRoot): MarkdownBody {
  dropSoftHyphens(mdast);
  dropEmptyBlocks(mdast);
  moveEdgeSpacesOutOfEmphasis(mdast);
  const markdown = markdownWriter.stringify(mdast);
  const text = blockText(mdast).replace(/\s+/g, ' ').trim();
  return { markdown, text };
}

/**
 * Soft hyphens (`&shy;`, U+00AD) taken out of the text. Pages hyphenate long
 * words with them for their own column widths (German sites run whole
 * stories through a hyphenator); in the archive they are invisible letters
 * inside words, so searching the story for "Während" would not find
 * "Wäh&shy;rend", nor would the importer's duplicate checks see two copies.
 * @example // <p>Wäh&shy;rend des Mark&shy;tes</p> → Während des Marktes
 */
function dropSoftHyphens(mdast: MdastRoot): void {
  visit(mdast, 'text', (node) => {
    if (node.value.includes(SOFT_HYPHEN)) node.value = node.value.replaceAll(SOFT_HYPHEN, '');
  });
}

const SOFT_HYPHEN = '\u00ad';

/** Blocks that show nothing: no words, no image, no break of their own. */
const SHOWS_NOTHING = new Set(['blockquote', 'paragraph', 'heading', 'list', 'listItem']);

/**
 * Quotes, paragraphs, headings and lists left with nothing to show once the page's furniture
 * is gone (an embedded social post whose only link was boilerplate leaves `<blockquote>` and
 * its wrappers), dropped: written out they would be a bare `>` or `-` line in the article.
 */
function dropEmptyBlocks(node: MdastNodes): void {
  if (!('children' in node)) return;
  for (const child of node.children) dropEmptyBlocks(child);
  const kept = (node.children as MdastNodes[]).filter(
    (child) => !SHOWS_NOTHING.has(child.type) || showsSomething(child),
  );
  if (kept.length !== node.children.length) (node as { children: MdastNodes[] }).children = kept;
}

function showsSomething(node: MdastNodes): boolean {
  if (mdastToString(node).trim() !== '') return true;
  let shown = false;
  visit(node, ['image', 'imageReference', 'html', 'code', 'thematicBreak', 'table'], () => {
    shown = true;
  });
  return shown;
}

/**
 * White space and line breaks at the inner edges of emphasis (`<em>at </em>`,
 * as pages often write it) moved out of it: Markdown's `_` and `*` cannot
 * open or close next to white space, and the writer would otherwise spell the
 * space out as `&#x20;` (and the letters beside it as character references).
 * A space moved out is one plain space, beside another space or none; an
 * emphasis left empty goes.
 * @example // <em>Follow her at </em><a>…</a> → _Follow her at_ [...](…), not _Follow her at&#x20;_[...](…)
 */
function moveEdgeSpacesOutOfEmphasis(node: MdastNodes): void {
  if (!('children' in node)) return;
  for (const child of node.children) moveEdgeSpacesOutOfEmphasis(child);
  if (!node.children.some((child) => ['emphasis', 'strong', 'delete'].includes(child.type))) return;
  const out: PhrasingContent[] = [];
  for (const child of node.children as PhrasingContent[]) {
    if (child.type !== 'emphasis' && child.type !== 'strong' && child.type !== 'delete') {
      out.push(child);
      continue;
    }
    const inner = child.children;
    const before: PhrasingContent[] = [];
    const after: PhrasingContent[] = [];
    for (
      let edge = inner[0];
      edge?.type === 'break' || (edge?.type === 'text' && /^\s/.test(edge.value));
      edge = inner[0]
    ) {
      if (edge.type === 'break' || /^\s+$/.test(edge.value)) inner.shift();
      else edge.value = edge.value.trimStart();
      before.push(edge.type === 'break' ? edge : { type: 'text', value: ' ' });
    }
    for (
      let edge = inner.at(-1);
      edge?.type === 'break' || (edge?.type === 'text' && /\s$/.test(edge.value));
      edge = inner.at(-1)
    ) {
      if (edge.type === 'break' || /^\s+$/.test(edge.value)) inner.pop();
      else edge.value = edge.value.trimEnd();
      after.unshift(edge.type === 'break' ? edge : { type: 'text', value: ' ' });
    }
    out.push(...before, ...(inner.length > 0 ? [child] : []), ...after);
  }
  const children = joinTexts(out);
  // A space moved to a paragraph's edge is no space at all (the writer would spell it out there too).
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
    const [first, last] = [children[0], children.at(-1)];
    if (first?.type === 'text') first.value = first.value.trimStart();
    if (last?.type === 'text') last.value = last.value.trimEnd();
  }
  node.children = children.filter((child) => child.type !== 'text' || child.value !== '');
}

/** Adjacent texts as one, white space where they meet as one space (or the one line break). */
function joinTexts(nodes: PhrasingContent[]): PhrasingContent[] {
  const joined: PhrasingContent[] = [];
  for (const node of nodes) {
    const previous = joined.at(-1);
    if (previous?.type === 'text' && node.type === 'text') {
      const meeting = /\s+$/.exec(previous.value)?.[0] ?? '';
      const next = /^\s+/.exec(node.value)?.[0] ?? '';
      previous.value =
        meeting && next
          ? previous.value.trimEnd() +
            (meeting.includes('\n') || next.includes('\n') ? '\n' : ' ') +
            node.value.trimStart()
          : previous.value + node.value;
    } else joined.push(node.type === 'text' ? { ...node } : node);
  }
  return joined;
}

/** Nodes that hold blocks (or cells): their parts are read apart, as a page sets them apart. */
const HOLDS_BLOCKS = new Set(['root', 'blockquote', 'list', 'listItem', 'table', 'tableRow', 'footnoteDefinition']);

/**
 * The plain text of Markdown, a space between any two blocks, list items and
 * table cells included ("Trump's tactics" and "Next steps" as two list items
 * are not "tacticsNext").
 */
function blockText(node: MdastRoot | MdastRoot['children'][number]): string {
  if (HOLDS_BLOCKS.has(node.type) && 'children' in node)
    return (node.children as MdastRoot['children']).map(blockText).join(' ');
  return mdastToString(node);
}

/**
 * A figure with an image stays a figure (raw HTML, which the archive's
 * sanitizer allows), so its caption remains a caption under the picture
 * instead of becoming a loose paragraph. It is rebuilt from the image's `src`
 * and `alt` and the caption's content: nothing else of the page's markup.
 */
function figureHandler(state: State, node: Element): MdastRoot['children'] {
  const images: Element[] = [];
  const captions: Element[] = [];
  visit(node, 'element', (child: Element) => {
    if (child.tagName === 'img' && typeof child.properties.src === 'string') images.push(child);
    if (child.tagName === 'figcaption') captions.push(child);
  });
  const image = images[0];
  if (!image) return state.toFlow(state.all(node));
  // The caption keeps its inline markup (links, emphasis): the tree is already sanitized here.
  const caption = captions.find((element) => hastToString(element).trim() !== '');
  if (caption) spaceApartParts(caption);
  const alt = typeof image.properties.alt === 'string' ? image.properties.alt.replace(/\s+/g, ' ').trim() : '';
  const figure: Element = {
    type: 'element',
    tagName: 'figure',
    properties: {},
    children: [
      { type: 'element', tagName: 'img', properties: { src: String(image.properties.src), alt }, children: [] },
      ...(caption ? [{ ...caption, properties: {} }] : []),
    ],
  };
  // Anything else a figure holds (a credit line, or the story itself when a feed left the figure unclosed) is converted as usual.
  const rest = node.children.filter(
    (child) => child.type !== 'element' || (child.tagName !== 'figcaption' && !contains(child, image)),
  );
  const after = rest.length > 0 ? (state.toFlow(state.all({ ...node, children: rest })) as MdastRoot['children']) : [];
  return [{ type: 'html', value: toHtml(figure) }, ...after];
}

/**
 * Puts a space between two parts of a caption that touch (a caption and its
 * credit, "Credit" and the name, each an element the page's styles set
 * apart): `<span>…weather.</span><span>Credit</span>` is "weather. Credit",
 * not "weather.Credit".
 */
export function spaceApartParts(caption: Element): void {
  visit(caption, 'element', (element: Element) => {
    const children: Element['children'] = [];
    for (const child of element.children) {
      const previous = children.at(-1);
      if (
        previous?.type === 'element' &&
        child.type === 'element' &&
        /\S$/.test(hastToString(previous)) &&
        /^\S/.test(hastToString(child))
      )
        children.push({ type: 'text', value: ' ' });
      children.push(child);
    }
    element.children = children;
  });
}

function contains(tree: Element, target: Element): boolean {
  let found = false;
  visit(tree, 'element', (node: Element) => {
    if (node === target) found = true;
  });
  return found;
}

/** Links the sanitizer emptied (`javascript:`…) keep their words but lose the link, instead of becoming `[text]()`. */
function rehypeUnwrapDeadLinks() {
  return (tree: HastRoot): void => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'a' || typeof node.properties.href === 'string' || !parent || index === undefined) return;
      parent.children.splice(index, 1, ...node.children);
      return index; // look at what took its place
    });
  };
}

/**
 * One link a page wrote as several, word by word, to the same address (a CMS
 * linking "Jair" and "Bolsonaro" apart): joined into one link, so the
 * Markdown reads `[Jair Bolsonaro](url)`, not `[Jair](url) [Bolsonaro](url)`.
 */
function rehypeJoinSplitLinks() {
  const isLink = (node: unknown): node is Element =>
    (node as Element | undefined)?.type === 'element' && (node as Element).tagName === 'a';
  return (tree: HastRoot): void => {
    visit(tree, 'element', (node: Element) => {
      const children = node.children;
      for (let i = 0; i < children.length; i++) {
        const link = children[i];
        if (!isLink(link)) continue;
        // The next link to the same address, with at most spaces between.
        for (;;) {
          const between = children[i + 1];
          const spaced = between?.type === 'text' && /^\s+$/.test(between.value);
          const next = children[i + (spaced ? 2 : 1)];
          if (!isLink(next) || next.properties['href'] !== link.properties['href']) break;
          link.children.push(...(spaced ? [between] : []), ...next.children);
          children.splice(i + 1, spaced ? 2 : 1);
        }
      }
    });
  };
}

/**
 * Whether an image's alt text is only a file name ("12_IMG_3886.jpg",
 * "DSC01234.JPG", or the name in its `src`): what a CMS fills in when nobody
 * described the picture. A screen reader would spell it out; no alt is better.
 * @example isFileNameAlt('IMG_3886.jpg', 'https://cdn.example/a.jpg') // true
 * @example isFileNameAlt('The pier at dawn', 'https://cdn.example/pier.jpg') // false
 */
export function isFileNameAlt(alt: string, src: unknown): boolean {
  const text = alt.trim();
  if (/^[^\s/\\]+\.(?:jpe?g|png|gif|webp|avif|bmp|tiff?|svg|heic)$/i.test(text)) return true;
  const name = typeof src === 'string' ? (src.split(/[?#]/)[0]?.split('/').pop() ?? '') : '';
  return text !== '' && name !== '' && (text === name || text === name.replace(/\.[a-z0-9]+$/i, ''));
}

function clearFileNameAlts(tree: HastRoot): void {
  visit(tree, 'element', (node: Element) => {
    const alt = node.properties['alt'];
    if (node.tagName === 'img' && typeof alt === 'string' && isFileNameAlt(alt, node.properties['src']))
      node.properties['alt'] = '';
  });
}

/**
 * Pictures addressed over `http:` are asked for over `https:`: the site's
 * policy (img-src 'self' https:) and any https host refuse plain http
 * pictures, so as written they would never show; nearly every news site
 * serves its pictures over both.
 */
function secureImageSources(tree: HastRoot): void {
  visit(tree, 'element', (node: Element) => {
    const src = node.properties['src'];
    if (node.tagName === 'img' && typeof src === 'string' && /^http:\/\//i.test(src.trim()))
      node.properties['src'] = src.trim().replace(/^http:/i, 'https:');
  });
}

/** Marks an element whose `src` is already a path on this site, so it is not resolved against the page's URL. */
export const LOCAL = 'dataClippingsLocal';

function resolveRelativeUrls(tree: HastRoot, baseUrl: string | undefined): void {
  visit(tree, 'element', (node: Element, index, parent) => {
    for (const name of ['href', 'src'] as const) {
      const value = node.properties[name];
      if (typeof value !== 'string' || value.startsWith('#')) continue;
      // Images copied into the site (--images copy) already have their site path.
      if (node.properties[LOCAL] === true) continue;
      // Only relative references change; `javascript:` and friends stay as they are for the sanitizer to drop.
      if (/^[a-z][a-z0-9+.-]*:/i.test(value.trim())) continue;
      const resolved = baseUrl && URL.canParse(value, baseUrl) ? new URL(value, baseUrl).href : undefined;
      if (resolved) {
        node.properties[name] = resolved;
      } else if (node.tagName === 'img' && parent && index !== undefined) {
        // An image we cannot locate: its alt text stands in for it.
        const alt = node.properties['alt'];
        parent.children.splice(
          index,
          1,
          ...(typeof alt === 'string' && alt.trim() ? [{ type: 'text' as const, value: alt }] : []),
        );
        return index;
      } else {
        delete node.properties[name]; // a link without a target is unwrapped by rehypeUnwrapDeadLinks
      }
    }
    return undefined;
  });
}
