/**
 * The differential test behind the switch from micromark to Sätteri: every
 * body we can find is rendered by the shipped pipeline (Sätteri, except the
 * bodies it would misread) and by Astro's unified renderer with micromark
 * (the pipeline as it was), and the results (HTML, lead, word count) must be
 * identical. The differences we accepted are pinned one by
 * one below, so a new Sätteri that changes them fails here and is decided
 * again. The decisions are explained in docs/markdown-parser.md.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createRandom, generateArchive } from '../../../scripts/generate-archive.ts';
import { readFeed } from '../../../src/importer/read-feed.ts';
import { readHtml } from '../../../src/importer/read-html.ts';
import { splitFrontmatter } from '../../../src/content/frontmatter.ts';
import { renderArticleBody, renderWithMicromark, renderWithSatteri } from '../../../src/markdown/pipeline.ts';
import { satteriMisreads } from '../../../src/markdown/satteri-misreads.ts';

const root = join(import.meta.dirname, '../../..');
/** Corpora render each body twice, once with micromark: minutes on a loaded machine. A bound, not a speed check. */
const CORPUS_TIMEOUT = 300_000;
const shared = join(root, '../shared');

/** Every `.md` file under a folder, as [path, body without frontmatter]. */
function markdownBodies(dir: string): [string, string][] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      const split = splitFrontmatter(text);
      // Broken fixtures have no frontmatter to strip: the whole file is a body too.
      return [name, split.ok ? split.body : text];
    });
}

/** Asserts that the shipped pipeline renders each body exactly as micromark did. */
async function expectSameAsMicromark(bodies: readonly [string, string][]): Promise<void> {
  const different: string[] = [];
  for (const [name, body] of bodies) {
    const [shipped, before] = [await renderArticleBody(body), await renderWithMicromark(body)];
    try {
      expect(shipped).toEqual(before);
    } catch {
      different.push(`${name}: ${JSON.stringify(body.slice(0, 120))}`);
    }
  }
  expect(different, 'bodies rendered differently (decide each in docs/markdown-parser.md)').toEqual([]);
}

describe('Sätteri renders like micromark', () => {
  test(
    'every test fixture',
    async () => {
      const bodies = markdownBodies(join(root, 'tests/fixtures'));
      expect(bodies.length).toBeGreaterThan(20);
      await expectSameAsMicromark(bodies);
    },
    CORPUS_TIMEOUT,
  );

  test(
    'the sample archive',
    async () => {
      const bodies = markdownBodies(join(root, 'content/articles'));
      expect(bodies.length).toBeGreaterThan(20);
      await expectSameAsMicromark(bodies);
    },
    CORPUS_TIMEOUT,
  );

  test(
    '300 generated articles (the benchmark corpus)',
    async () => {
      const bodies: [string, string][] = [];
      await generateArchive({ articles: 300, seed: 3 }, ({ path, text }) => {
        const split = splitFrontmatter(text);
        if (split.ok) bodies.push([path, split.body]);
      });
      expect(bodies).toHaveLength(300);
      await expectSameAsMicromark(bodies);
    },
    CORPUS_TIMEOUT,
  );

  // CommonMark and GFM constructs an article may use, with their edges.
  const constructs: string[] = [
    '# One\n\n## Two ##\n\n###### Six\n\nSetext\n===\n\nAnd two\n---',
    '---\n\nA body opening with a rule, not frontmatter.\n\n---',
    '*em* **strong** ***both*** _em_ __strong__ ~~strike~~ ~one~',
    'snake_case_word, 2*3*4, a * b *, **bold**_x_, _a_ *b*',
    '\\*not em\\* \\_ \\# \\[x\\]',
    'Line one  \nline two\\\nthree\nfour',
    '&copy; &amp; &#x41; &#65; &bogus; &nbsp;|&#0;',
    'x\u0000y, and ## a\u0000b',
    '[link](/2020/ "Title") [ref][r] [collapsed][] [r]\n\n[r]: https://example.org/r \'T\'\n[collapsed]: <a b>',
    '![alt *x*](/i.png "t") ![ref][img]\n\n[img]: /j.png',
    '<https://example.org/a_b_c> <mail@example.org> https://example.org/path_(with)_parens. www.example.com/x?y=1, first.last@example.org.',
    '"www.example.com" (www.example.com) see https://example.org.',
    '- a\n- b\n\n  para in b\n- c\n\n1. one\n2. two\n\n3) three\n\n* * *',
    '- [ ] todo\n- [x] done\n- [ ]\n- b',
    '> quote\nlazy\n> > nested\n>\n> - list in quote',
    '```js\ncode "quotes" -- ...\n```\n\n~~~\n\nblank first line\n~~~\n\n    indented\n\n```\nunclosed',
    '`code` ``co`de`` ` spaced `',
    '| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n| `x|y` | \\| | [l](/u) |\n\nafter',
    '| a | b |\n|---|---|\n| 1 | 2 | 3 |\n| 4 |\n\n| a | b |\n|---|---|---|\n\na | b | c\n|---|---|',
    '| a | b |\n|---|---|\n| https://example.org | b |\n| www.example.org | c@d.example |',
    'Claim.[^1] Another.[^note] Again.[^1]\n\n[^1]: Source one.\n[^note]: A note\n\n    with a second paragraph.\n\n[^unused]: Never cited.',
    '<figure><img src="/a.png" alt="A"><figcaption>Cap <em>tion</em></figcaption></figure>\n\nText with <b>bold</b>, <abbr title="x">X</abbr> and <br> a break.',
    '<details><summary>S</summary>\n\nBody\n\n</details>\n\n<!-- comment -->\n\n<div>\n*not em in html*\n</div>',
    '<pre>\n\nx\n</pre>\n\nx <pre>\ny</pre>',
    '<a href="/x">open link\n\n## Heading inside it',
    '<script>alert(1)</script><style>p{}</style><iframe src="x"></iframe> <img src="x" onerror="alert(1)">',
    '<p id="main">page id</p>\n\n## Main\n\n[up](#main)',
    'He said "It\'s -- fine..." and \'90s rock \'n\' roll --- "*quoted em*"',
    'Café 日本語 العربية 😀 \u00a0non-breaking',
  ];
  test.each(constructs)('construct %j', async (body) => {
    await expectSameAsMicromark([['construct', body]]);
  });

  // A token soup, seeded: the corners nobody writes on purpose. Tokens that
  // only reach the accepted differences below (an emoji before `_`, a bare
  // link glued to a word) are left out or spaced.
  const TOKENS = [
    'word',
    'other',
    ' ',
    ' ',
    '\n',
    '\n\n',
    '*',
    '**',
    '_',
    '~~',
    '`',
    '```',
    '~~~',
    '[',
    ']',
    '(',
    ')',
    '[^1]',
    '[^1]: ',
    '[x]: /u',
    '![',
    '<',
    '>',
    '> ',
    '- ',
    '1. ',
    '# ',
    '## ',
    '===',
    '---',
    '    ',
    '\t',
    '|',
    '| a | b |\n|---|---|\n| 1 | 2 |\n',
    '\\',
    '&amp;',
    '&#35;',
    '"',
    "'",
    '--',
    '...',
    ' www.b.example ',
    ' c@d.example ',
    '<http://e.example>',
    '<b>',
    '</b>',
    '<div>',
    '</div>',
    '<!-- c -->',
    '<br/>',
    '<span class="x">',
    '- [x] ',
    '  \n',
    '<img src="/a.png" alt=x>',
    '<a href=x>',
    '</a>',
    'é',
    '日本',
    '\u0000',
    '<pre>',
    '</pre>',
    '<script>',
    '*a*',
    '_b_',
  ];
  test(
    '1,000 random token soups',
    async () => {
      const random = createRandom(15);
      const bodies: [string, string][] = [];
      for (let i = 0; i < 1000; i++) {
        let body = '';
        for (let length = 1 + Math.floor(random() * 12); length > 0; length--)
          body += TOKENS[Math.floor(random() * TOKENS.length)];
        bodies.push([`soup ${i}`, body]);
      }
      await expectSameAsMicromark(bodies);
    },
    CORPUS_TIMEOUT,
  );

  const hostile = join(shared, 'hostile-strings');
  test.skipIf(!existsSync(hostile))(
    'hostile strings (../shared/hostile-strings: Big List of Naughty Strings, OWASP vectors)',
    async () => {
      const lists = ['blns.json', 'owasp-vectors.json'].map(
        (name) => JSON.parse(readFileSync(join(hostile, name), 'utf8')) as string[],
      );
      await expectSameAsMicromark(lists.flat().map((body, i) => [`hostile ${i}`, body]));
    },
    CORPUS_TIMEOUT,
  );

  const realWorld = join(shared, 'real-world');
  test.skipIf(!existsSync(realWorld))(
    'bodies imported from real news pages and feeds (../shared/real-world)',
    async () => {
      const bodies: [string, string][] = [];
      for (const name of readdirSync(join(realWorld, 'pages'))) {
        const page = join(realWorld, 'pages', name, 'source.html');
        if (existsSync(page)) bodies.push([name, (await readHtml(readFileSync(page, 'utf8'), name)).body]);
      }
      for (const name of readdirSync(join(realWorld, 'feeds')).filter((file) => !file.endsWith('.json'))) {
        for (const entry of await readFeed(readFileSync(join(realWorld, 'feeds', name), 'utf8'), name))
          if (entry.ok) bodies.push([entry.article.origin, entry.article.body]);
      }
      expect(bodies.length).toBeGreaterThan(100);
      await expectSameAsMicromark(bodies);
    },
    CORPUS_TIMEOUT,
  );
});

describe('bodies Sätteri misreads go to micromark', () => {
  test.each([
    ['an unquoted attribute value with a slash', 'See <a href=/2020/>the 2020 index</a> and <img src=/a.png alt=x>.'],
    ['a bare link running into a table pipe', '| link | note |\n|---|---|\n|https://example.org|b|'],
    ['an HTML tag alone on the line under a table', '| a | b |\n|---|---|\n| 1 | 2 |\n<br>'],
  ])('%s', async (_, body) => {
    expect(satteriMisreads(body)).toBe(true);
    const before = await renderWithMicromark(body);
    // The reason for the detour: Sätteri alone would print something else.
    expect(renderWithSatteri(body).html).not.toBe(before.html);
    expect(await renderArticleBody(body)).toEqual(before);
  });

  test.each([
    '<a href="/2020/">quoted</a>',
    '<img src=a.png>',
    '<img src=/>',
    '<br/>',
    '| https://example.org | b |',
    'a | b',
    '| a |\n\n<br>',
  ])('no detour for %j', (body) => {
    expect(satteriMisreads(body)).toBe(false);
  });
});

describe('differences accepted (docs/markdown-parser.md)', () => {
  test.each([
    ['an emoji before `_` counts as punctuation', '😀_b_', '<p>😀<em>b</em></p>'],
    [
      'a www link right after an emoji',
      'x😀www.example.com',
      '<p>x😀<a href="http://www.example.com" rel="noopener noreferrer">www.example.com</a></p>',
    ],
    ['an email address right after a slash', 'x/name@example.org', '<p>x/name@example.org</p>'],
    ['`*` runs against `_` runs', 'x*__*y*', '<p>x<em>__</em>y*</p>'],
    ['an emoji after `_`', '_b_😀', '<p><em>b</em>😀</p>'],
    [
      'trailing spaces after an empty task box',
      '- [ ]   \nnext',
      '<ul class="contains-task-list">\n<li class="task-list-item"><input type="checkbox" disabled> next</li>\n</ul>',
    ],
    [
      'blank lines ending an unclosed raw <pre> in a list item',
      '- <pre>x\n\n\nafter',
      '<ul>\n<li>\n<pre>x\n\n</pre></li>\n</ul>\n<p>after</p>',
    ],
    [
      'an empty task item before an empty item',
      '- [ ] \n- ',
      '<ul class="contains-task-list">\n<li class="task-list-item"><input type="checkbox" disabled> -</li>\n</ul>',
    ],
  ])('%s', async (_, body, html) => {
    expect((await renderArticleBody(body)).html).toBe(html);
    expect((await renderWithMicromark(body)).html).not.toBe(html);
  });
});
