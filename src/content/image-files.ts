/**
 * Pictures an article shows from the site's own files (`/images/quay.jpg`, in
 * its body or as its lead image) that the site does not hold. Checked with
 * the file's fields, so a missing picture is named in the same run as every
 * other broken file, before any page is built. The body is read by the
 * pipeline's own parser, so code, escapes and quotes are what the page makes
 * of them; anything else broken is still caught by the build's verification
 * of its output (src/verify), which checks every link.
 */
import type { Nodes, Root } from 'mdast';
import { fixHint, withoutBase } from '../lib/urls.ts';
import { parseWithSatteri } from '../markdown/satteri-parser.ts';

/** A picture's address as the body writes it, and its 1-based line in the body. */
export interface WrittenImage {
  address: string;
  line: number;
}

/** A field of the article and what is wrong with it (the file is named by the caller). */
export interface FieldProblem {
  field: string;
  message: string;
}

// One attribute of a tag, read from where the last one ended: name, then a value quoted or bare.
const ATTRIBUTE = /[\s/]*([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/y;
// An element whose content the sanitizer drops, or a browser does not show: its pictures are not the page's.
const HIDDEN = /<(\/?)(noscript|template|script|style)\b[^<>]*>/gi;

/**
 * The `src` of each `<img>` in raw HTML, with how many line breaks come
 * before it. Each attribute is read once, so a long line costs its length.
 */
function imageSources(html: string): { src: string; lineOffset: number }[] {
  const found: { src: string; lineOffset: number }[] = [];
  let lines = 0;
  let counted = 0;
  for (const tag of html.matchAll(/<img(?=[\s/>])/gi)) {
    for (; counted < tag.index; counted++) if (html.charCodeAt(counted) === 10) lines++;
    ATTRIBUTE.lastIndex = tag.index + 4;
    let match: RegExpExecArray | null;
    while ((match = ATTRIBUTE.exec(html)) !== null && match[0] !== '') {
      if (match[1]?.toLowerCase() === 'src') {
        const src = match[2] ?? match[3] ?? match[4];
        if (src !== undefined) found.push({ src, lineOffset: lines });
        break;
      }
    }
  }
  return found;
}

/**
 * The pictures a Markdown body shows by address: Markdown images, reference
 * images with their definitions, and `<img>` in raw HTML outside elements a
 * page does not show. Code, escaped text and comments show none.
 * @example bodyImages('Text\n\n![The quay](/images/quay.jpg)') // [{ address: '/images/quay.jpg', line: 3 }]
 */
export function bodyImages(markdown: string): WrittenImage[] {
  // Most bodies show no picture: they cost one scan of their text.
  if (!markdown.includes('![') && !/<img/i.test(markdown)) return [];
  const tree: Root = parseWithSatteri(markdown, true);
  const definitions = new Map<string, string>();
  const visit = (node: Nodes, each: (node: Nodes) => void) => {
    each(node);
    if ('children' in node) for (const child of node.children) visit(child, each);
  };
  visit(tree, (node) => {
    if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node.url);
  });
  const found: WrittenImage[] = [];
  let hidden = 0;
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'image' && hidden === 0) found.push({ address: node.url, line });
    else if (node.type === 'imageReference' && hidden === 0) {
      const url = definitions.get(node.identifier);
      if (url !== undefined) found.push({ address: url, line });
    } else if (node.type === 'html') {
      const visible = visibleSources(node.value, hidden);
      hidden = visible.hidden;
      for (const { src, lineOffset } of visible.sources) found.push({ address: src, line: line + lineOffset });
    }
  });
  return found;
}

/**
 * The pictures of one piece of raw HTML outside comments and elements a page
 * does not show; `hidden` is how many such elements are open from earlier
 * pieces (inline HTML comes a tag at a time), and comes back updated.
 */
function visibleSources(value: string, hidden: number): { sources: { src: string; lineOffset: number }[]; hidden: number } {
  const html = withoutComments(value);
  const sources: { src: string; lineOffset: number }[] = [];
  let depth = hidden;
  let at = 0;
  let before = 0;
  let counted = 0;
  const take = (end: number) => {
    for (; counted < at; counted++) if (html.charCodeAt(counted) === 10) before++;
    if (depth > 0) return;
    for (const { src, lineOffset } of imageSources(html.slice(at, end))) sources.push({ src, lineOffset: before + lineOffset });
  };
  for (const tag of html.matchAll(HIDDEN)) {
    take(tag.index);
    depth = Math.max(0, depth + (tag[1] === '/' ? -1 : 1));
    at = tag.index + tag[0].length;
  }
  take(html.length);
  return { sources, hidden: depth };
}

/** HTML with its comments blanked where they stand (lines keep their numbers); one left open runs to the end. */
function withoutComments(html: string): string {
  let out = '';
  let at = 0;
  for (let open = html.indexOf('<!--'); open !== -1; open = html.indexOf('<!--', at)) {
    const close = html.indexOf('-->', open + 4);
    const end = close === -1 ? html.length : close + 3;
    out += html.slice(at, open) + html.slice(open, end).replace(/[^\n]/g, ' ');
    at = end;
  }
  return out + html.slice(at);
}

/**
 * The file an address names among the site's own, when it is one (it starts
 * with one `/`), decoded and without its query or fragment; undefined for
 * any other address (another host, a relative path, an escaping `..`, an
 * entity, a control character or backslash this check does not read, a
 * folder's address).
 * @example siteFile('/images/r%C3%ADo.jpg?v=2') // '/images/río.jpg'
 * @example siteFile('https://example.org/a.jpg') // undefined
 */
export function siteFile(address: string): string | undefined {
  const path = address.trim().split(/[?#]/)[0] ?? '';
  if (!path.startsWith('/') || path.startsWith('//') || /[\\&]/.test(path)) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  if (/[\p{Cc}\\]/u.test(decoded) || decoded.split('/').some((segment) => segment === '..')) return undefined;
  return decoded.endsWith('/') ? undefined : decoded;
}

/** The site's own files, as the check of an article's pictures sees them. */
export interface SiteFiles {
  /** The site's base: a body may write it, and the page does not add it twice (the lead image always gets it added). */
  base: string;
  /** Whether the site holds a file (a path as siteFile gives it). */
  has(path: string): boolean;
}

/**
 * What an article shows that the site lacks: one problem per missing picture,
 * its file's line named for one in the body. `bodyLine` is the file's line the
 * body starts on.
 */
export function missingImages(body: string, bodyLine: number, leadImage: unknown, site: SiteFiles): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const missing = (path: string | undefined) => (path !== undefined && !site.has(path) ? path : undefined);
  const lead = typeof leadImage === 'string' ? missing(siteFile(leadImage)) : undefined;
  if (lead !== undefined) {
    problems.push({ field: 'image.src', message: `${String(leadImage)} is not in public/: ${missingHint(lead, site)}` });
  }
  for (const { address, line } of bodyImages(body)) {
    const path = missing(siteFile(withoutBase(address.trim(), site.base)));
    if (path !== undefined) {
      problems.push({
        field: 'body',
        message: `line ${bodyLine + line - 1} shows ${address}, which is not in public/: ${missingHint(path, site)}`,
      });
    }
  }
  return problems;
}

/**
 * What to do about a picture the site lacks. The build reads articles with their letters composed (é as one
 * character); a file named with its accents written apart, as some Macs name files, is another name to a web
 * server, so the page's address would not find it: it must be renamed.
 */
function missingHint(path: string, site: SiteFiles): string {
  const decomposed = path.normalize('NFD');
  return decomposed !== path && site.has(decomposed)
    ? `public${path} is there with its accents written apart (as some Macs name files), which a web server reads as another name: rename it to the name as typed`
    : fixHint(path);
}
