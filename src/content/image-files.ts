/**
 * Pictures an article shows from the site's own files (`/images/quay.jpg`, in
 * its body or as its lead image) that public/ does not hold. Checked with the
 * file's fields, so a missing picture is named in the same run as every other
 * broken file, before any page is built. The body is read for what it
 * plainly shows: a picture written another way (a reference-style image, an
 * indented block) is still caught by the build's verification of its output
 * (src/verify), which checks every link.
 */
/** A picture's address as the body writes it, and its 1-based line in the body. */
export interface WrittenImage {
  address: string;
  line: number;
}

// ![alt](address) — an alt of plain text or escapes; the address bare or in <…>.
const MARKDOWN_IMAGE = /(?<!\\)!\[(?:[^\]\\\n]|\\.)*\]\(\s*(?:<([^>\n]*)>|([^\s)]+))/g;
// <img … src="address" …>, quoted or bare.
const HTML_IMAGE = /<img\b[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;
// An opening or closing code fence: three or more backticks or tildes, up to three spaces in.
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * The pictures a Markdown body shows by address, outside code and comments.
 * @example bodyImages('Text\n\n![The quay](/images/quay.jpg)') // [{ address: '/images/quay.jpg', line: 3 }]
 */
export function bodyImages(markdown: string): WrittenImage[] {
  // Most bodies show no picture: they cost one scan of their text.
  if (!markdown.includes('![') && !/<img/i.test(markdown)) return [];
  // Comments blanked where they stand, so lines keep their numbers.
  const text = markdown.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ' '));
  const found: WrittenImage[] = [];
  let fence: string | undefined;
  text.split('\n').forEach((line, index) => {
    const marker = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      // A fence closes with the same mark, at least as long.
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      return;
    }
    if (marker) {
      fence = marker;
      return;
    }
    // An indented line may be code: left to the verification.
    if (/^(?: {4}|\t)/.test(line)) return;
    const prose = line.replace(/(`+)[^`]*?\1/g, '');
    for (const match of prose.matchAll(MARKDOWN_IMAGE)) found.push({ address: match[1] ?? match[2] ?? '', line: index + 1 });
    for (const match of prose.matchAll(HTML_IMAGE))
      found.push({ address: match[1] ?? match[2] ?? match[3] ?? '', line: index + 1 });
  });
  return found;
}

/**
 * The file under public/ an address names, when it is one of the site's own
 * (starts with one `/`), decoded and without its query or fragment;
 * undefined for any other address (another host, a relative path, an
 * escaping `..`, an entity or escape this check does not read).
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
  if (decoded.split('/').some((segment) => segment === '..')) return undefined;
  // A folder's address is a page, not a picture: left to the verification.
  return decoded.endsWith('/') ? undefined : decoded;
}

/** A field of the article and what is wrong with it. */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * What an article shows that public/ lacks: one problem per missing picture,
 * its file's line named. `bodyLine` is the file's line the body starts on;
 * `inPublic` tells whether public/ holds a site file (see siteFile).
 */
export function missingImages(
  body: string,
  bodyLine: number,
  leadImage: unknown,
  inPublic: (path: string) => boolean,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const missing = (address: string): string | undefined => {
    const path = siteFile(address);
    return path !== undefined && !inPublic(path) ? path : undefined;
  };
  const hint = (path: string) => `add public${path}, or fix the address`;
  const leadPath = typeof leadImage === 'string' ? missing(leadImage) : undefined;
  if (leadPath !== undefined) {
    problems.push({ field: 'image.src', message: `${String(leadImage)} is not in public/: ${hint(leadPath)}` });
  }
  for (const { address, line } of bodyImages(body)) {
    const path = missing(address);
    if (path !== undefined) {
      problems.push({
        field: 'body',
        message: `line ${bodyLine + line - 1} shows ${address}, which is not in public/: ${hint(path)}`,
      });
    }
  }
  return problems;
}
