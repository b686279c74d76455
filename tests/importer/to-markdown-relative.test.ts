import { describe, expect, test } from 'vitest';
import { htmlToMarkdown, isFileNameAlt, splitParagraphs } from '../../src/importer/to-markdown.ts';

describe('relative links and images', () => {
  test('are made absolute against the page address when it is known', async () => {
    const { markdown } = await htmlToMarkdown(
      '<p><a href="/news/2">next</a> <img src="pics/a.png" alt="A quay"></p>',
      'https://paper.example/news/1',
    );
    expect(markdown).toContain('[next](https://paper.example/news/2)');
    expect(markdown).toContain('![A quay](https://paper.example/news/pics/a.png)');
  });

  test('without an address, links keep their words and images their alt text, pointing nowhere', async () => {
    const { markdown } = await htmlToMarkdown(
      '<p><a href="/news/2">next</a> story <img src="x.png" alt="A bin lorry"><img src="y.png"> <a href="https://ok.example/">kept</a></p>',
    );
    expect(markdown).not.toMatch(/x\.png|y\.png|news\/2|\[next\]/);
    expect(markdown).toContain('next story A bin lorry');
    expect(markdown).toContain('https://ok.example/');
  });
});

describe('alt text that is only a file name', () => {
  test.each([
    ['12_IMG_3886.jpg', 'https://cdn.example/p/12_IMG_3886.jpg', true],
    ['DSC01234.JPG', 'https://cdn.example/p/a.jpg', true],
    ['pier-at-dawn', 'https://cdn.example/p/pier-at-dawn.webp?w=800', true],
    ['The pier at dawn', 'https://cdn.example/p/pier.jpg', false],
    ['Figure 2.5', 'https://cdn.example/p/fig.png', false],
    ['', 'https://cdn.example/p/a.jpg', false],
  ])('"%s" (src %s) is a file name: %s', (alt, src, expected) => {
    expect(isFileNameAlt(alt, src)).toBe(expected);
  });

  test('is dropped from the imported image; a described image keeps its words', async () => {
    const { markdown } = await htmlToMarkdown(
      '<p><img src="https://cdn.example/p/IMG_3886.jpg" alt="IMG_3886.jpg"> <img src="https://cdn.example/p/b.jpg" alt="Ferry in fog"></p>',
    );
    expect(markdown).toContain('![](https://cdn.example/p/IMG_3886.jpg)');
    expect(markdown).toContain('![Ferry in fog](https://cdn.example/p/b.jpg)');
  });
});

describe('a link written word by word to one address', () => {
  test('is one link; links to different addresses stay apart', async () => {
    const { markdown } = await htmlToMarkdown(
      '<p>President <a href="https://x.example/jb">Jair</a> <a href="https://x.example/jb">Bolsonaro</a> met <a href="https://x.example/a">Ana</a> <a href="https://x.example/b">Bia</a>.</p>',
    );
    expect(markdown).toBe(
      'President [Jair Bolsonaro](https://x.example/jb) met [Ana](https://x.example/a) [Bia](https://x.example/b).\n',
    );
  });
});

test('a picture addressed over http is asked for over https, which the site allows; links keep their address', async () => {
  const { markdown } = await htmlToMarkdown(
    '<p><img src="pics/a.jpg" alt="A quay"> <a href="http://paper.example/x">x</a></p>',
    'http://paper.example/news/1',
  );
  expect(markdown).toContain('![A quay](https://paper.example/news/pics/a.jpg)');
  expect(markdown).toContain('[x](http://paper.example/x)');
});

describe('figures', () => {
  test('a caption and its credit, set apart by the page’s styles, keep a space between them', async () => {
    const { markdown } = await htmlToMarkdown(
      '<figure><img src="https://paper.example/quay.jpg" alt="The quay at dusk"><figcaption><span>The quay was rebuilt in 1890.</span><span><span>Credit</span><span>Ada Quill for The Paper</span></span></figcaption></figure>',
    );
    expect(markdown).toContain('The quay was rebuilt in 1890.</span> <span><span>Credit</span> <span>Ada Quill');
    // Parts already apart, and words inside one part, are left as they are.
    const spaced = await htmlToMarkdown(
      '<figure><img src="https://paper.example/quay.jpg" alt="Quay"><figcaption><em>Quay</em>side, <span>1890</span></figcaption></figure>',
    );
    expect(spaced.markdown).toContain('<em>Quay</em>side, <span>1890</span>');
  });
});

describe('white space at the edges of emphasis', () => {
  test.each([
    [
      '<p><em>Have a tip? Ada Quill may be reached at </em><a href="mailto:ada@harbour.example"><em>ada@harbour.example</em></a><em>. Follow her </em><a href="https://social.example/ada"><em>@adaquill</em></a><em> or on </em><a href="https://book.example/ada"><em>Facebook</em></a><em>.</em></p>',
      '_Have a tip? Ada Quill may be reached at_ [_ada@harbour.example_](mailto:ada@harbour.example)_. Follow her_ [_@adaquill_](https://social.example/ada) _or on_ [_Facebook_](https://book.example/ada)_._\n',
    ],
    [
      '<p>published in the journal<em> Harbour Studies</em> on Monday</p>',
      'published in the journal _Harbour Studies_ on Monday\n',
    ],
    ['<p>a growing town<strong> </strong>and more ferries</p>', 'a growing town and more ferries\n'],
    ['<p><em>Adapted from the harbour board’s report. </em></p>', '_Adapted from the harbour board’s report._\n'],
    [
      '<p>With <strong><em>Quayside,&nbsp;</em></strong>Ott Studio builds piers</p>',
      'With **_Quayside,_** Ott Studio builds piers\n',
    ],
    [
      '<p><strong>[VIDEO]<br></strong><a href="https://harbour.example/">Next</a></p>',
      '**\\[VIDEO]**\\\n[Next](https://harbour.example/)\n',
    ],
  ])('moves out as a plain space, never written as a character reference: %s', async (html, expected) => {
    const { markdown } = await htmlToMarkdown(html);
    expect(markdown).toBe(expected);
    expect(markdown).not.toMatch(/&#x/);
  });
});

describe('blocks left with nothing to show', () => {
  test('an emptied quote, list or heading is dropped; a quote of an image or a rule stays', async () => {
    const { markdown } = await htmlToMarkdown(
      '<p>Before.</p><blockquote class="embed"><div><span> </span></div></blockquote><ul><li> </li></ul><h2> </h2>' +
        '<blockquote><img src="https://cdn.example/a.jpg" alt=""></blockquote><p>After.</p>',
    );
    expect(markdown).toBe('Before.\n\n> ![](https://cdn.example/a.jpg)\n\nAfter.\n');
  });

  test('a quote with words keeps every paragraph', async () => {
    const { markdown } = await htmlToMarkdown('<blockquote><p>We have a deal.</p><p>— The union</p></blockquote>');
    expect(markdown).toBe('> We have a deal.\n>\n> — The union\n');
  });
});

describe('soft hyphens', () => {
  test('are taken out of words, in paragraphs, links and headings; a visible hyphen stays', async () => {
    const { markdown, text } = await htmlToMarkdown(
      '<h2>Ha&shy;fen&shy;ord&shy;nung</h2><p>Die Fäh&shy;re fährt <a href="https://harbour.example/plan">nach Fahr&shy;plan</a> und am Wochen-Ende.</p>',
    );
    expect(markdown).toBe(
      '## Hafenordnung\n\nDie Fähre fährt [nach Fahrplan](https://harbour.example/plan) und am Wochen-Ende.\n',
    );
    expect(text).not.toMatch(/\u00ad/);
  });
});

describe('ruby', () => {
  test('the words stay and the readings set over them go, brackets for old browsers included', async () => {
    const { markdown } = await htmlToMarkdown(
      '<p><ruby>港<rp>(</rp><rt>みなと</rt><rp>)</rp></ruby>の<ruby>船<rt>ふね</rt></ruby>が<ruby>出<rt>で</rt></ruby>ました。</p>',
    );
    expect(markdown).toBe('港の船が出ました。\n');
  });
});

describe('paragraphs of plain text', () => {
  test('Windows line ends split and join as Unix ones do', () => {
    expect(splitParagraphs('One line\r\nwrapped here.\r\n\r\nTwo.\r\n')).toEqual(['One line\nwrapped here.', 'Two.']);
  });
});
