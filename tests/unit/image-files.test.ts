import { describe, expect, it } from 'vitest';
import { bodyImages, missingImages, siteFile } from '../../src/content/image-files.ts';

describe('bodyImages', () => {
  it('finds Markdown and HTML pictures with their lines', () => {
    const body = [
      'The quay at dawn.',
      '',
      '![The quay](/images/quay.jpg "At dawn") and ![Boats](<images/boats one.jpg>)',
      '<figure><img alt="Nets" src="/images/nets.png"></figure>',
      "<IMG SRC='/images/upper.gif'>",
      '<img src=/images/bare.webp>',
    ].join('\n');
    expect(bodyImages(body)).toEqual([
      { address: '/images/quay.jpg', line: 3 },
      { address: 'images/boats one.jpg', line: 3 },
      { address: '/images/nets.png', line: 4 },
      { address: '/images/upper.gif', line: 5 },
      { address: '/images/bare.webp', line: 6 },
    ]);
  });

  it('leaves out what is not shown: code, comments, escapes, links', () => {
    const body = [
      '```md',
      '![In a fence](/images/fenced.jpg)',
      '```',
      '~~~~',
      '```',
      '![Still fenced](/images/tilde.jpg)',
      '~~~~',
      'Write `![alt](/images/span.jpg)` for a picture, \\![not one](/images/escaped.jpg).',
      '<!-- ![hidden](/images/comment.jpg)',
      '<img src="/images/comment2.jpg"> -->',
      '    ![indented](/images/indented.jpg)',
      '[a link](/files/report.pdf)',
      '![after all that](/images/shown.jpg)',
    ].join('\n');
    expect(bodyImages(body)).toEqual([{ address: '/images/shown.jpg', line: 13 }]);
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
    '/images/%E0%A4%A.jpg',
    '/images/a.jpg&amp;b',
    '/2024/05/01/story/',
    'data:image/png;base64,AAAA',
  ])('leaves %j to the verification', (address) => {
    expect(siteFile(address)).toBeUndefined();
  });
});

describe('missingImages', () => {
  const inPublic = (path: string) => path === '/images/quay.jpg';

  it('names each missing picture at its line in the file, and the lead image', () => {
    const body = '\nText.\n\n![Quay](/images/quay.jpg)\n![Nets](/images/nets.jpg)\n';
    expect(missingImages(body, 6, '/images/lead.jpg', inPublic)).toEqual([
      {
        field: 'image.src',
        message: '/images/lead.jpg is not in public/: add public/images/lead.jpg, or fix the address',
      },
      {
        field: 'body',
        message:
          'line 10 shows /images/nets.jpg, which is not in public/: add public/images/nets.jpg, or fix the address',
      },
    ]);
  });

  it('says nothing of pictures public/ holds, of other hosts, or of a lead image that is not text', () => {
    const body = '![Quay](/images/quay.jpg) ![Far](https://example.org/far.jpg)';
    expect(missingImages(body, 5, 'https://example.org/lead.jpg', inPublic)).toEqual([]);
    expect(missingImages(body, 5, { src: 1 }, inPublic)).toEqual([]);
  });
});
