/**
 * Hostile and odd input builds into a safe site: no executable script, event
 * handler or script URL anywhere in dist/, injected text shown as text, and odd
 * files (BOM, CRLF, right-to-left, CJK, emoji, 5 MB, 10,000 list items) built.
 */
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Element } from 'hast';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildFixture, projectRoot, type BuildResult } from '../helpers/build.ts';
import { parsePage } from '../helpers/html.ts';

let site: BuildResult;
let files: string[];

beforeAll(async () => {
  const content = await mkdtemp(join(tmpdir(), 'clippings-hostile-'));
  await cp(join(projectRoot, 'tests/fixtures/hostile/articles'), content, { recursive: true });
  // Generated here rather than committed: a 5 MB body and a 10,000-item list.
  const paragraph = 'The harbour board met again tonight and "agreed" -- once more -- to meet again... ';
  await writeFile(join(content, 'five-megabytes.md'), `---\ntitle: A five megabyte article\ndate: 2023-04-07\nsection: Tests\n---\n${`${paragraph.repeat(12)}\n\n`.repeat(5200)}`);
  await writeFile(join(content, 'long-list.md'), `---\ntitle: Ten thousand list items\ndate: 2023-04-08\nsection: Tests\n---\n${Array.from({ length: 10_000 }, (_, i) => `- item number ${i}`).join('\n')}\n`);
  site = await buildFixture({ content });
  expect(site.code, site.output).toBe(0);
  files = (await readdir(site.dist, { recursive: true })).map(String);
}, 400_000);

/** Every element of a page, depth first. */
function elements(node: { children?: unknown[] }): Element[] {
  const found: Element[] = [];
  for (const child of (node.children ?? []) as (Element & { type: string })[]) {
    if (child.type === 'element') found.push(child, ...elements(child));
    else if ((child as { children?: unknown[] }).children) found.push(...elements(child as { children: unknown[] }));
  }
  return found;
}

const SCRIPT_URL = /^\s*(?:javascript|vbscript|data):/i;
/** The one data: URL the site writes itself: citation records to download, as plain text types. */
const CITATION_DOWNLOAD = /^data:application\/(?:x-bibtex|x-research-info-systems);charset=utf-8,[^<>"\s]*$/;

describe('no executable script anywhere in dist/', () => {
  test('no script element but our own bundled files and JSON data; no handlers, script URLs or inline styles', async () => {
    const pages = files.filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) {
      const html = await readFile(join(site.dist, file), 'utf8');
      for (const element of elements(parsePage(html).tree)) {
        const where = `${file}: <${element.tagName}>`;
        if (element.tagName === 'script') {
          const src = String(element.properties['src'] ?? '');
          const type = String(element.properties['type'] ?? '');
          // Data blocks are never run: JSON-LD, and the interface text browser scripts read (InterfaceMessages.astro).
          expect(src.startsWith('/_astro/') || src.includes('/pagefind/') || type === 'application/ld+json' || (type === 'application/json' && element.properties['id'] === 'interface-messages'), where).toBe(true);
        }
        expect(['iframe', 'object', 'embed', 'style', 'base', 'frame', 'svg', 'math'], where).not.toContain(element.tagName);
        for (const [name, value] of Object.entries(element.properties)) {
          expect(/^on/i.test(name), `${where} has handler ${name}`).toBe(false);
          expect(name === 'style', `${where} has a style attribute`).toBe(false);
          const citation = element.tagName === 'a' && name === 'href' && element.properties['download'] !== undefined && CITATION_DOWNLOAD.test(String(value));
          if (['href', 'src', 'action', 'formAction', 'xLinkHref', 'poster', 'data'].includes(name) && !citation) {
            expect(SCRIPT_URL.test(String(value)), `${where} ${name}=${String(value)}`).toBe(false);
          }
        }
        if (element.tagName === 'meta' && element.properties['httpEquiv']) {
          expect(String(element.properties['httpEquiv']).toLowerCase(), where).toBe('content-security-policy');
        }
      }
    }
  });

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
    expect(rss).toContain('&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;');
  });
});

describe('injected frontmatter is shown as text', () => {
  test('title, dek, authors, tags, source and image alt keep their characters as text', async () => {
    const page = parsePage(await site.read('2023/04/01/inject-fields/index.html'));
    expect(page.text('article h1')).toBe('<script>alert("title")</script> Harbour <b>news</b> & "quotes"');
    expect(page.text('.dek')).toBe('<img src=x onerror=alert("dek")> A standfirst');
    expect(page.text('.byline')).toContain('"><script>alert("author")</script>');
    expect(page.text('.tags')).toContain('<svg onload=alert("tag")>');
    expect(page.attr('.source a', 'href')).toBe('https://example.org/story?q=%22%3E%3Cscript%3Ealert(%22url%22)%3C/script%3E&x=%3Cb%3E');
    expect(page.attr('.lead-image img', 'alt')).toBe('" onerror="alert(1)');
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

  test('emoji in titles stay; slugs drop them', async () => {
    const page = parsePage(await site.read('2023/04/06/emoji-party/index.html'));
    expect(page.text('article h1')).toBe('🎉 Harbour party draws a crowd 🚢');
    expect(files).toContain(join('sections', 'culture', 'index.html'));
    expect(files).toContain(join('tags', 'party', 'index.html'));
  });

  test('a 5 MB article and a 10,000-item list are built whole', async () => {
    const big = parsePage(await site.read('2023/04/07/five-megabytes/index.html'));
    expect(big.all('.article-body p')).toHaveLength(5200);
    const list = parsePage(await site.read('2023/04/08/long-list/index.html'));
    expect(list.all('.article-body li')).toHaveLength(10_000);
    expect(list.text('.article-body li:last-child')).toBe('item number 9999');
  });
});
