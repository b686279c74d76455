import { describe, expect, it } from 'vitest';
import { bodyImages, missingImages, siteFile, type SiteFiles } from '../../src/content/image-files.ts';

describe('bodyImages', () => {
  it('finds Markdown, reference and HTML pictures with their lines', () => {
    const body = [
      'The quay at dawn.',
      '',
      '![The quay](/images/quay.jpg "At dawn") and ![Boats](<images/boats one.jpg>)',
      '<figure><img alt="Nets" src="/images/nets.png"></figure>',
      '',
      'A <IMG SRC=\'/images/upper.gif\'> inline, <img alt="a src=/no.jpg" src="/images/after-alt.webp">.',
      '',
      '![Harbour](/images/Harbour_(1910).jpg) ![see [here](/about) now](/images/nested.jpg)',
      '',
      '> ![Quoted](/images/quoted.jpg)',
      '',
      '![By reference][pier]',
      '',
      '[pier]: /images/pier.jpg',
    ].join('\n');
    expect(bodyImages(body)).toEqual([
      { address: '/images/quay.jpg', line: 3 },
      { address: 'images/boats one.jpg', line: 3 },
      { address: '/images/nets.png', line: 4 },
      { address: '/images/upper.gif', line: 6 },
      { address: '/images/after-alt.webp', line: 6 },
      { address: '/images/Harbour_(1910).jpg', line: 8 },
      { address: '/images/nested.jpg', line: 8 },
      { address: '/images/quoted.jpg', line: 10 },
      { address: '/images/pier.jpg', line: 12 },
    ]);
  });

  it('leaves out what the page does not show as a picture: code, escapes, comments, hidden elements, links', () => {
    const body = [
      '```md',
      '![In a fence](/images/fenced.jpg)',
      '```md',
      '![Still fenced: an info string does not close it](/images/info.jpg)',
      '```',
      '> ```',
      '> ![Fenced in a quote](/images/quote-fence.jpg)',
      '> ```',
      '',
      'Write `![alt](/images/span.jpg)` or `a code span',
      '![over two lines](/images/span2.jpg)` for a picture, \\![not one](/images/escaped.jpg).',
      '',
      '\\<img src="/images/escaped.png">',
      '',
      '<!-- ![hidden](/images/comment.jpg)',
      '<img src="/images/comment2.jpg"> -->',
      '',
      '<noscript><img src="/images/noscript.jpg"></noscript> <template><img src="/images/template.jpg"></template>',
      '',
      '    ![indented code](/images/indented.jpg)',
      '',
      '[a link](/files/report.pdf)',
      '',
      '![after all that](/images/shown.jpg)',
    ].join('\n');
    expect(bodyImages(body)).toEqual([{ address: '/images/shown.jpg', line: 24 }]);
  });

  it('costs a long line its length: no scan starts again from each opener', () => {
    const started = performance.now();
    bodyImages(`${'![a'.repeat(40_000)}\n${'<img <img alt="x" '.repeat(10_000)}\n${'<!--'.repeat(20_000)}`);
    // About 30 ms here; a scan restarting at each opener took seconds for these 300 KB.
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('siteFile', () => {
  it.each([
    ['/images/quay.jpg', '/images/quay.jpg'],
    ['/images/r%C3%ADo.jpg?v=2#top', '/images/río.jpg'],
    [' /images/a b.jpg ', '/images/a b.jpg'],
  ])('reads %j as the site file %j', (address, file) => {
    expect(siteFile(address)).toBe(file);
  });

  it.each([
    'https://example.org/a.jpg',
    '//cdn.example.org/a.jpg',
    'images/relative.jpg',
    '/images/../../etc/passwd',
    '/images/%2E%2E/%2E%2E/etc/passwd',
    '/images/%E0%A4%A.jpg',
    '/images/a.jpg&amp;b',
    '/images/a%00.jpg',
    '/images/a%5C..%5Cb.jpg',
    '/2024/05/01/story/',
    'data:image/png;base64,AAAA',
  ])('leaves %j to the verification', (address) => {
    expect(siteFile(address)).toBeUndefined();
  });
});

describe('missingImages', () => {
  const site = (base = '/'): SiteFiles => ({ base, has: (path) => path === '/images/quay.jpg' });

  it('names each missing picture at its line in the file, and the lead image', () => {
    const body = '\nText.\n\n![Quay](/images/quay.jpg)\n![Nets](/images/nets.jpg)\n';
    expect(missingImages(body, 6, '/images/lead.jpg', site())).toEqual([
      {
        field: 'image.src',
        message: '/images/lead.jpg is not in public/: add public/images/lead.jpg, or fix the link',
      },
      {
        field: 'body',
        message: 'line 10 shows /images/nets.jpg, which is not in public/: add public/images/nets.jpg, or fix the link',
      },
    ]);
  });

  it('reads a body address written with the base as the page does: the base is not added twice', () => {
    const body = '![Quay](/archive/images/quay.jpg) ![Nets](/archive/images/nets.jpg)';
    expect(missingImages(body, 1, undefined, site('/archive/'))).toEqual([
      {
        field: 'body',
        message:
          'line 1 shows /archive/images/nets.jpg, which is not in public/: add public/images/nets.jpg, or fix the link',
      },
    ]);
    // The lead image always gets the base added: written with it, it names a file under public/archive/.
    expect(missingImages('', 1, '/archive/images/quay.jpg', site('/archive/'))).toMatchObject([{ field: 'image.src' }]);
  });

  it('says to rename a picture whose file name writes its accents apart, as the page asks for it composed', () => {
    // The build reads the article composed (café as typed); the file, from an old Mac, is named cafe + U+0301.
    const decomposedSite: SiteFiles = { base: '/', has: (path) => path === '/images/cafe\u0301.jpg' };
    expect(missingImages('![Café](/images/caf\u00e9.jpg)', 3, undefined, decomposedSite)).toEqual([
      {
        field: 'body',
        message:
          'line 3 shows /images/caf\u00e9.jpg, which is not in public/: public/images/caf\u00e9.jpg is there with its accents written apart (as some Macs name files), which a web server reads as another name: rename it to the name as typed',
      },
    ]);
  });

  it('says nothing of pictures the site holds, of other hosts, or of a lead image that is not text', () => {
    const body = '![Quay](/images/quay.jpg) ![Far](https://example.org/far.jpg)';
    expect(missingImages(body, 5, 'https://example.org/lead.jpg', site())).toEqual([]);
    expect(missingImages(body, 5, { src: 1 }, site())).toEqual([]);
  });
});
