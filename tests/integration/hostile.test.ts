/**
 * Hostile and odd input builds into a safe site: no executable script, event
 * handler or script URL anywhere in dist/, injected text shown as text, and odd
 * files (BOM, CRLF, right-to-left, CJK, emoji, the largest body allowed, a 10 MB
 * base64 body with the limit raised, 10,000 list items) built.
 *
 * When the shared hostile strings (Big List of Naughty Strings, OWASP XSS
 * vectors) are present at ../shared/hostile-strings/, every string goes into
 * every frontmatter field and into bodies: one article per string for the
 * free-text fields and body, one per string for the structured fields. Files
 * the build refuses are built apart, and each must be named with its fields;
 * the rest (and repaired copies of the refused) are built into the site that
 * is scanned. Two builds in all, however many strings.
 */
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Element } from 'hast';
import { stringify } from 'yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import { readArticleSource, type ArticleProblem } from '../../src/content/read-article.ts';
import { DEFAULT_MAX_BODY_BYTES } from '../../src/lib/limits.ts';
import { BUILDS, buildFixture, projectRoot, type BuildResult } from '../helpers/build.ts';
import { parsePage } from '../helpers/html.ts';

const HOSTILE_STRINGS = resolve(projectRoot, '../shared/hostile-strings');

/** The shared hostile strings, or undefined (with the reason printed) when they are absent. */
async function hostileStrings(): Promise<string[] | undefined> {
  const files = ['blns.json', 'owasp-vectors.json'].map((name) => join(HOSTILE_STRINGS, name));
  if (!files.every(existsSync)) {
    console.warn(
      `Skipping the hostile-strings part of the hostile suite: ${HOSTILE_STRINGS} has no blns.json and owasp-vectors.json.`,
    );
    return undefined;
  }
  const lists = await Promise.all(files.map(async (file) => JSON.parse(await readFile(file, 'utf8')) as string[]));
  return [...new Set(lists.flat())];
}

/** A day per article, so each string's article has an address of its own. */
const dayOf = (i: number) => new Date(Date.UTC(2001, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);

/** The free-text fields and the body, each holding the string. */
function freeArticle(s: string, i: number): { frontmatter: Record<string, unknown>; body: string } {
  return {
    frontmatter: {
      title: s,
      dek: s,
      date: dayOf(i),
      authors: [s],
      section: s,
      tags: [s],
      source: { name: s, url: `https://example.org/story?q=${s}` },
      copyright: s,
      summary: s,
      image: { src: `/favicon.svg?${s}`, alt: s, caption: s, credit: s },
      corrections: [{ date: dayOf(i), text: s }],
    },
    // As text, link text, external URL, quote, list item, attribute and element
    // content; as a link or image target where it names a scheme (as a relative
    // path it would only be a broken link, which verification rightly refuses).
    body: `${s}\n\n[${s}](https://example.org/q?${s}) and ![${s}](https://example.org/${s})\n\n> ${s}\n\n- ${s}\n\n<div title="${s}">${s}</div>\n${
      /^\s*[a-z][a-z0-9+.-]*:/i.test(s)
        ? `\n[scheme](${s}) ![scheme](${s}) <a href="${s}">raw</a> <img src="${s}" alt="x">\n`
        : ''
    }`,
  };
}

/** The structured fields holding the string; most refuse it, and must say so by field. */
function structuredArticle(s: string): Record<string, unknown> {
  return {
    title: 'Structured fields',
    date: s,
    updated: s,
    section: 'Tests',
    slug: s,
    lang: s,
    draft: s,
    contentHash: s,
    source: { name: 'Wire', retrieved: s },
    corrections: [{ date: s, text: 'x' }],
  };
}

const fileText = (frontmatter: Record<string, unknown>, body: string) =>
  `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n${body}`;

/** A copy the build accepts: refused optional fields left out, refused required ones given a letter, a refused body replaced. */
function repaired(
  frontmatter: Record<string, unknown>,
  body: string,
  problems: readonly ArticleProblem[],
): { frontmatter: Record<string, unknown>; body: string } {
  const copy: Record<string, unknown> = structuredClone(frontmatter);
  let text = body;
  for (const { field } of problems) {
    const [top] = field.split('.');
    if (top === 'body') text = 'A body the build accepts.\n';
    else if (top === 'title' || top === 'section') copy[top] = `Repaired ${top}`;
    else if (top === 'slug' || top === '') copy['slug'] = `hostile-${String(copy['date'])}`;
    else if (top) delete copy[top];
  }
  return { frontmatter: copy, body: text };
}

let site: BuildResult;
let files: string[];
/** The build of the refused files, and what each should be refused for. */
let refusedBuild: BuildResult | undefined;
const refused = new Map<string, ArticleProblem[]>();
let strings: string[] | undefined;
/** Pages verification refused for links to nothing (from strings that are HTML with relative links). */
let linkProblems = 0;

beforeAll(async () => {
  const content = await mkdtemp(join(tmpdir(), 'clippings-hostile-'));
  const rejects = await mkdtemp(join(tmpdir(), 'clippings-hostile-refused-'));
  await cp(join(projectRoot, 'tests/fixtures/hostile/articles'), content, { recursive: true });
  // Generated here rather than committed: the largest body the default allows, a 10 MB base64 body, a 10,000-item list.
  const paragraph = 'The harbour board met again tonight and "agreed" -- once more -- to meet again... ';
  const block = `${paragraph.repeat(12)}\n\n`;
  await writeFile(
    join(content, 'largest-body.md'),
    `---\ntitle: The largest body allowed\ndate: 2023-04-07\nsection: Tests\n---\n${block.repeat(Math.floor(DEFAULT_MAX_BODY_BYTES / block.length))}`,
  );
  await writeFile(
    join(content, 'base64-body.md'),
    `---\ntitle: Ten megabytes of base64\ndate: 2023-04-09\nsection: Tests\n---\nAn attachment pasted whole:\n\n${Buffer.alloc(7_600_000, 'harbour').toString('base64')}\n\nEnd of the attachment.\n`,
  );
  await writeFile(
    join(content, 'long-list.md'),
    `---\ntitle: Ten thousand list items\ndate: 2023-04-08\nsection: Tests\n---\n${Array.from({ length: 10_000 }, (_, i) => `- item number ${i}`).join('\n')}\n`,
  );
  strings = await hostileStrings();
  if (strings) {
    for (const [i, s] of strings.entries()) {
      const free = freeArticle(s, i);
      const name = `hostile-free-${i}.md`;
      const text = fileText(free.frontmatter, free.body);
      const read = readArticleSource(name, text);
      if ('problems' in read) {
        refused.set(name, read.problems);
        await writeFile(join(rejects, name), text);
        let fix = repaired(free.frontmatter, free.body, read.problems);
        for (let attempt = 0; attempt < 3; attempt++) {
          const again = readArticleSource(name, fileText(fix.frontmatter, fix.body));
          if ('article' in again) break;
          fix = repaired(fix.frontmatter, fix.body, again.problems);
        }
        await writeFile(join(content, name), fileText(fix.frontmatter, fix.body));
      } else {
        await writeFile(join(content, name), text);
      }
      const structuredName = `hostile-structured-${i}.md`;
      const structured = fileText(structuredArticle(s), `Body ${i}.\n`);
      const readStructured = readArticleSource(structuredName, structured);
      if ('problems' in readStructured) refused.set(structuredName, readStructured.problems);
      await writeFile(join('problems' in readStructured ? rejects : content, structuredName), structured);
    }
    refusedBuild = await buildFixture({ content: rejects });
    // Kept for reading when a check below fails (the report is long).
    await writeFile(join(BUILDS, 'hostile-refused-output.txt'), refusedBuild.output);
  }
  site = await buildFixture({ content, env: { CLIPPINGS_MAX_BODY_BYTES: String(11 * 1024 * 1024) } });
  // Some strings are HTML with relative links (`<img src=x>`): pointing at
  // nothing in the build, they fail verification, which names each page. Its
  // files are all written by then, so the site is still scanned; any other
  // failure is a failure of the suite.
  if (site.code !== 0) {
    const problems = site.output.split('\n').filter((line) => line.startsWith('  - ['));
    expect(site.output, site.output.slice(-5_000)).toMatch(/Verification failed: \d+ problems/);
    expect(site.output).not.toContain('  … and ');
    expect(
      problems.filter(
        // Named by the article file and line that wrote the link (src/verify/source-lines.ts), or by its page
        // and the article's file where the line cannot be found (HTML the page's parser read otherwise).
        (line) =>
          !/^ {2}- \[link\] (?:\d{4}\/\d{2}\/\d{2}\/(hostile-free-\d+)\/index\.html \(the page of \S*\1\.md\)|\S*hostile-free-\d+\.md:\d+) links to /.test(
            line,
          ),
      ),
      site.output.slice(-5_000),
    ).toEqual([]);
    linkProblems = problems.length;
  }
  files = (await readdir(site.dist, { recursive: true })).map(String);
}, 1_200_000);

/** Every element of a page, depth first. */
function* elements(node: { children?: unknown[] }): Generator<Element> {
  for (const child of (node.children ?? []) as (Element & { type: string })[]) {
    if (child.type === 'element') yield child;
    if ((child as { children?: unknown[] }).children) yield* elements(child);
  }
}

const SCRIPT_URL = /^\s*(?:javascript|vbscript|data):/i;
/** The one data: URL the site writes itself: citation records to download, as plain text types. */
const CITATION_DOWNLOAD = /^data:application\/(?:x-bibtex|x-research-info-systems);charset=utf-8,[^<>"\s]*$/;

describe('no executable script anywhere in dist/', () => {
  test('no script element but our own bundled files and JSON data; no handlers, script URLs or inline styles', async () => {
    const pages = files.filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    // Every page's every element, collected as plain checks and asserted once: thousands of pages
    // hold millions of attributes, and one expect() each would be most of this test's time.
    const found: string[] = [];
    for (const file of pages) {
      const html = await readFile(join(site.dist, file), 'utf8');
      for (const element of elements(parsePage(html).tree)) {
        const where = `${file}: <${element.tagName}>`;
        if (element.tagName === 'script') {
          const src = String(element.properties['src'] ?? '');
          const type = String(element.properties['type'] ?? '');
          // Data blocks are never run: JSON-LD, and the interface text browser scripts read (InterfaceMessages.astro).
          const ours =
            src.startsWith('/_astro/') ||
            src.includes('/pagefind/') ||
            type === 'application/ld+json' ||
            (type === 'application/json' && element.properties['id'] === 'interface-messages');
          if (!ours) found.push(`${where} is a script that is not ours`);
        }
        if (['iframe', 'object', 'embed', 'style', 'base', 'frame', 'svg', 'math'].includes(element.tagName))
          found.push(`${where} is not allowed`);
        for (const [name, value] of Object.entries(element.properties)) {
          if (/^on/i.test(name)) found.push(`${where} has handler ${name}`);
          if (name === 'style') found.push(`${where} has a style attribute`);
          const citation =
            element.tagName === 'a' &&
            name === 'href' &&
            element.properties['download'] !== undefined &&
            CITATION_DOWNLOAD.test(String(value));
          if (
            ['href', 'src', 'action', 'formAction', 'xLinkHref', 'poster', 'data'].includes(name) &&
            !citation &&
            SCRIPT_URL.test(String(value))
          )
            found.push(`${where} ${name}=${String(value)}`);
        }
        const httpEquiv = element.tagName === 'meta' ? element.properties['httpEquiv'] : undefined;
        if (httpEquiv && String(httpEquiv).toLowerCase() !== 'content-security-policy')
          found.push(`${where} http-equiv=${String(httpEquiv)}`);
      }
    }
    expect(found).toEqual([]);
  }, 600_000);

  test('feeds stay well-formed XML even with control characters in titles and bodies', async () => {
    for (const feed of ['rss.xml', 'atom.xml']) {
      const xml = await site.read(feed);
      expect(xml, feed).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
      expect(xml, feed).toContain('Control  character');
    }
  });

  test('feeds and sitemaps carry injected text escaped', async () => {
    const rss = await site.read('rss.xml');
    expect(rss).not.toMatch(/<(script|iframe|svg|img|style)\b/i);
    // The headline, typeset (curly quotes) and escaped.
    expect(rss).toContain('&lt;script&gt;alert(“title”)&lt;/script&gt;');
  });
});

describe('injected frontmatter is shown as text', () => {
  test('title, dek, authors, tags, source and image alt keep their characters as text', async () => {
    const page = parsePage(await site.read('2023/04/01/inject-fields/index.html'));
    // Shown as text (typeset like any headline), never as markup.
    expect(page.text('article h1')).toBe('<script>alert(“title”)</script> Harbour <b>news</b> & “quotes”');
    expect(page.text('.dek')).toBe('<img src=x onerror=alert(“dek”)> A standfirst');
    expect(page.text('.byline')).toContain('"><script>alert("author")</script>');
    expect(page.text('.tags')).toContain('<svg onload=alert("tag")>');
    expect(page.attr('.source a', 'href')).toBe(
      'https://example.org/story?q=%22%3E%3Cscript%3Ealert(%22url%22)%3C/script%3E&x=%3Cb%3E',
    );
    expect(page.attr('.lead-image img', 'alt')).toBe('“ onerror=”alert(1)');
    expect(page.text('.copyright')).toBe('<style>*{display:none}</style> © Someone');
    // Facet pages exist for injected names, under slugs made of their letters only.
    for (const file of files.filter((f) => /^(tags|authors|sections|sources)\/[^/]+\/index\.html$/.test(f))) {
      expect(file).toMatch(/^[a-z]+\/[\p{L}\p{M}\p{N}-]+\/index\.html$/u);
    }
  });

  test('the body keeps its prose and loses every payload', async () => {
    const page = parsePage(await site.read('2023/04/02/inject-body/index.html'));
    const text = page.text('.article-body');
    expect(text).toContain('Plain text first.');
    expect(text).toContain('Last paragraph survives.');
    expect(text).not.toMatch(/alert\('(plain|mixed case|comment)'\)/);
    const html = await site.read('2023/04/02/inject-body/index.html');
    expect(html).not.toMatch(/evil\.example/);
  });
});

describe('odd files', () => {
  test('BOM and CRLF', async () => {
    const page = parsePage(await site.read('2023/04/03/bom-crlf/index.html'));
    expect(page.text('article h1')).toBe('Windows line ends and a byte-order mark');
    expect(page.all('.article-body p')).toHaveLength(2);
  });

  test('right-to-left and CJK articles keep their language and script, in URLs too', async () => {
    const arabic = parsePage(await site.read('2023/04/04/arabic/index.html'));
    expect(arabic.attr('html', 'lang')).toBe('ar');
    expect(arabic.text('article h1')).toBe('أخبار الميناء اليوم');
    expect(files).toContain(join('sections', 'العالم', 'index.html'));
    const japanese = parsePage(await site.read('2023/04/05/japanese/index.html'));
    expect(japanese.attr('article', 'lang')).toBe('ja');
    expect(files).toContain(join('tags', 'オリンピック', 'index.html'));
  });

  test('an article at an address in another script keeps its picture from another site, in its feeds too, and prints its address in its letters', async () => {
    // The feeds write the address percent-encoded; verification reads it back to the article that declares the picture.
    const page = parsePage(await site.read('2023/04/10/港の写真/index.html'));
    expect(page.attr('meta[property="og:image"]', 'content')).toBe('https://images.example/ferry.jpg');
    // Printed as a reader types it, in its own letters.
    expect(page.text('.print-only')).toMatch(/\/2023\/04\/10\/港の写真\/$/);
    const feed = JSON.parse(await site.read('feed.json')) as { items: { url: string; image?: string }[] };
    const item = feed.items.find((entry) => decodeURIComponent(entry.url).endsWith('/2023/04/10/港の写真/'));
    expect(item?.url).toContain('%E6%B8%AF');
    expect(item?.image).toBe('https://images.example/ferry.jpg');
    expect(site.output).not.toContain('[off-site-url]');
  });

  test('emoji in titles stay; slugs drop them', async () => {
    const page = parsePage(await site.read('2023/04/06/emoji-party/index.html'));
    expect(page.text('article h1')).toBe('🎉 Harbour party draws a crowd 🚢');
    expect(files).toContain(join('sections', 'culture', 'index.html'));
    expect(files).toContain(join('tags', 'party', 'index.html'));
  });

  test('the largest body the default allows and a 10,000-item list are built whole', async () => {
    const big = parsePage(await site.read('2023/04/07/largest-body/index.html'));
    expect(big.all('.article-body p').length).toBeGreaterThan(2_000);
    const list = parsePage(await site.read('2023/04/08/long-list/index.html'));
    expect(list.all('.article-body li')).toHaveLength(10_000);
    expect(list.text('.article-body li:last-child')).toBe('item number 9999');
  });

  test('a 10 MB base64 body (limit raised) is shown whole and indexed without its run of base64', async () => {
    const html = await site.read('2023/04/09/base64-body/index.html');
    expect(html.length).toBeGreaterThan(10_000_000);
    expect(html).toMatch(/<span data-pagefind-ignore="">aGFyYm91/);
    expect(site.output).toMatch(/Search index: \d+ pages indexed/);
  });
});

describe('every hostile string in every field and body', () => {
  test('every string has its article in the site, as written or with its refused fields repaired', () => {
    if (!strings) return;
    console.log(
      `${strings.length} hostile strings: ${refused.size} files refused (built apart), ${linkProblems} pages with links to nothing named by verification`,
    );
    expect(strings.length).toBeGreaterThan(700);
    const missing = strings
      .map((_, i) => `${dayOf(i).replaceAll('-', '/')}/hostile-free-${i}/index.html`)
      .filter((page) => !site.has(page));
    expect(missing).toEqual([]);
  });

  test('every refused file is named, with each refused field, in one report and without a stack trace', () => {
    if (!refusedBuild) return;
    const out = refusedBuild.output;
    expect(refusedBuild.code).not.toBe(0);
    expect(out).toContain(`${refused.size} article files have problems`);
    expect(out).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    const blocks = new Map<string, string>();
    for (const block of out.split(/\n {2}(?=\S)/)) {
      const name = /hostile-(?:free|structured)-\d+\.md/.exec(block.split('\n')[0] ?? '')?.[0];
      if (name) blocks.set(name, block);
    }
    for (const [name, problems] of refused) {
      const block = blocks.get(name);
      expect(block, `${name} is not named in the report (see .tmp/builds/hostile-refused-output.txt)`).toBeDefined();
      for (const { field } of problems)
        expect(block, `${name} should name ${field || 'the file'}`).toContain(`- ${field ? `${field}: ` : ''}`);
    }
  });
});
