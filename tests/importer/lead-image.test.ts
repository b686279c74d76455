import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { localImageCopier } from '../../src/importer/images.ts';
import { samePicture } from '../../src/importer/lead-image.ts';
import { readHtml } from '../../src/importer/read-html.ts';

describe('the lead picture and the story’s copy of it', () => {
  test.each([
    ['https://img.example/ic/1024x576/p07b8nx5.jpg', 'https://img.example/ic/720x405/p07b8nx5.jpg', true],
    [
      'https://img.example/2019/01/14/13PIER-1-facebookJumbo.jpg',
      'https://img.example/2019/01/14/13PIER-1-master768.jpg',
      true,
    ],
    ['https://img.example/uploads/harbour-wall_1200x675.jpg', '/uploads/harbour-wall.jpg', true],
    ['https://img.example/photo-1.jpg', 'https://img.example/photo-2.jpg', false],
    [
      'https://img.example/uploads/2018/08/ferry-strategy.jpg',
      'https://img.example/uploads/2018/08/ferry-pin-1.jpg',
      false,
    ],
  ])('%s and %s: one picture %s', (lead, other, same) => {
    expect(samePicture(lead, other)).toBe(same);
  });

  const page = (storyPicture: string) => `<!doctype html><html lang="en"><head><title>Sea wall repaired</title>
<meta property="og:image" content="https://img.example/2024/05/seawall-facebookJumbo.jpg">
<meta property="og:image:alt" content="Workers on the repaired sea wall at low tide.">
</head><body><article><h1>Sea wall repaired</h1>
<p>The sea wall at the old harbour reopened on Monday after six months of repairs, the council said.</p>
${storyPicture}
<p>Engineers replaced the stones the winter storms had loosened and raised the wall by half a metre.</p>
<p>Walkers can use the path along the top again from Tuesday, and the café at its end reopens in June.</p>
<p>The work cost less than planned because the stones that fell were found and put back in place.</p>
</article></body></html>`;

  test('its copy in the story at another size is taken out, and its caption goes with the lead picture', async () => {
    const article = await readHtml(
      page(
        '<figure><img src="https://img.example/2024/05/seawall-articleLarge.jpg" alt=""><figcaption>Workers on the repaired sea wall at low tide. Photo: Ada Quill</figcaption></figure>',
      ),
      'seawall.html',
    );
    expect(article.fields.image).toEqual({
      src: 'https://img.example/2024/05/seawall-facebookJumbo.jpg',
      alt: 'Workers on the repaired sea wall at low tide.',
      caption: 'Workers on the repaired sea wall at low tide. Photo: Ada Quill',
    });
    expect(article.body).not.toContain('seawall-articleLarge');
    expect(article.body).not.toContain('Photo: Ada Quill');
    expect(article.body).toContain('Engineers replaced the stones');
  });

  test('a credit the caption marks goes apart, as the lead picture’s credit, without its screen-reader label', async () => {
    const article = await readHtml(
      page(
        '<figure><img src="https://img.example/2024/05/seawall-articleLarge.jpg" alt=""><figcaption><span>Workers on the repaired sea wall at low tide.</span><span itemprop="copyrightHolder"><span class="visually-hidden">Credit</span><span>Ada Quill for the Coast Times</span></span></figcaption></figure>',
      ),
      'seawall.html',
    );
    expect(article.fields.image).toEqual({
      src: 'https://img.example/2024/05/seawall-facebookJumbo.jpg',
      alt: 'Workers on the repaired sea wall at low tide.',
      caption: 'Workers on the repaired sea wall at low tide.',
      credit: 'Ada Quill for the Coast Times',
    });
  });

  test('a caption and credit the page only sets apart with its styles are one caption, a space between', async () => {
    const article = await readHtml(
      page(
        '<figure><img src="https://img.example/2024/05/seawall-articleLarge.jpg" alt=""><figcaption><span>Workers on the repaired sea wall at low tide.</span><span>Ada Quill</span></figcaption></figure>',
      ),
      'seawall.html',
    );
    expect(article.fields.image?.caption).toBe('Workers on the repaired sea wall at low tide. Ada Quill');
  });

  test('a copy known only by its description, under another file name, is taken out too', async () => {
    const article = await readHtml(
      page(
        '<p><img src="https://img.example/media/7781_final.jpg" alt="Workers on the repaired sea wall at low tide"></p>',
      ),
      'seawall.html',
    );
    expect(article.body).not.toContain('7781_final');
  });

  test('another picture in the story stays', async () => {
    const article = await readHtml(
      page(
        '<figure><img src="https://img.example/2024/05/cafe-articleLarge.jpg" alt="The café at the end of the wall"><figcaption>The café reopens in June.</figcaption></figure>',
      ),
      'seawall.html',
    );
    expect(article.body).toContain('cafe-articleLarge.jpg');
    expect(article.fields.image?.caption).toBeUndefined();
  });
});

describe('a page saved whole: the lead picture from its own folder', () => {
  const story = (picture: string) => `<article><h1>Sea wall repaired</h1>
<p>The sea wall at the old harbour reopened on Monday after six months of repairs, the council said.</p>
${picture}
<p>Engineers replaced the stones the winter storms had loosened and raised the wall by half a metre.</p>
<p>Walkers can use the path along the top again from Tuesday, and the café at its end reopens in June.</p>
<p>The work cost less than planned because the stones that fell were found and put back in place.</p>
</article>`;
  const saved = (head: string, body: string) => `<!doctype html><html lang="en"><head><title>Sea wall repaired</title>
<meta property="og:url" content="https://coast.example/2024/05/sea-wall-repaired">
${head}</head><body>${body}</body></html>`;
  const remoteLead = `<meta property="og:image" content="https://img.coast.example/2024/05/seawall-1600.jpg">
<meta property="og:image:alt" content="Workers on the repaired sea wall at low tide.">`;
  const PICTURE = 'the picture’s own bytes';

  /** Writes the page and `Sea wall_files/<file>` beside it; reads it as the importer does with --images copy, or without. */
  async function imported(html: string, file: string, copy = true) {
    const dir = await mkdtemp(join(tmpdir(), 'clippings-lead-'));
    const pageFile = join(dir, 'Sea wall.html');
    await mkdir(join(dir, 'Sea wall_files'));
    await writeFile(join(dir, 'Sea wall_files', file), PICTURE);
    const localImages = copy ? localImageCopier(pageFile, join(dir, 'public'), false) : undefined;
    const article = await readHtml(html, pageFile, localImages ? { localImages } : {});
    const src = article.fields.image?.src;
    const served = src?.startsWith('/') ? await readFile(join(dir, 'public', src), 'utf8') : undefined;
    return { article, served };
  }

  test('the story’s copy, saved beside the page, is the lead picture the archive serves', async () => {
    const { article, served } = await imported(
      saved(
        remoteLead,
        story(
          '<figure><img src="Sea%20wall_files/seawall-1600.jpg" alt=""><figcaption>The wall at low tide.</figcaption></figure>',
        ),
      ),
      'seawall-1600.jpg',
    );
    expect(article.fields.image).toEqual({
      src: expect.stringMatching(/^\/images\/imported\/[0-9a-f]{12}-seawall-1600\.jpg$/),
      alt: 'Workers on the repaired sea wall at low tide.',
      caption: 'The wall at low tide.',
    });
    expect(served).toBe(PICTURE);
    expect(article.body).not.toContain('seawall-1600');
  });

  test('a lead figure outside the story is found by the address it loaded lazily', async () => {
    const figure =
      '<figure class="lead"><img src="./Sea wall_files/seawall-1600.jpg" data-src="https://img.coast.example/2024/05/seawall-1600.jpg" alt="Sea wall"></figure>';
    const { article, served } = await imported(saved(remoteLead, figure + story('')), 'seawall-1600.jpg');
    expect(article.fields.image?.src).toMatch(/^\/images\/imported\/[0-9a-f]{12}-seawall-1600\.jpg$/);
    expect(served).toBe(PICTURE);
  });

  test('a picture of the same name elsewhere on the page, not tied to the lead’s address, is not taken for it', async () => {
    const other = '<aside><img src="./Sea wall_files/seawall-1600.jpg" alt="Last year’s storm"></aside>';
    const { article } = await imported(saved(remoteLead, other + story('')), 'seawall-1600.jpg');
    expect(article.fields.image?.src).toBe('https://img.coast.example/2024/05/seawall-1600.jpg');
  });

  test('a lead picture declared at the saved file’s own address is copied; without --images copy it is left out', async () => {
    const head = `<meta property="og:image" content="./Sea wall_files/seawall.jpg">
<meta property="og:image:alt" content="Workers on the repaired sea wall at low tide.">`;
    const page = saved(head, story('<p><img src="./Sea wall_files/seawall.jpg" alt="The wall"></p>'));
    const copied = await imported(page, 'seawall.jpg');
    expect(copied.article.fields.image?.src).toMatch(/^\/images\/imported\/[0-9a-f]{12}-seawall\.jpg$/);
    expect(copied.served).toBe(PICTURE);
    // Never resolved against the publisher's site, where the browser's folder never was.
    const left = await imported(page, 'seawall.jpg', false);
    expect(left.article.fields.image).toBeUndefined();
    expect(left.article.body).not.toContain('seawall.jpg');
    expect(left.article.notes?.join(' ')).toContain('--images copy');
  });

  test('a lead picture at an address from the site’s root is never read from this disk’s root', async () => {
    const head = `<meta property="og:image" content="/Sea wall_files/seawall.jpg">
<meta property="og:image:alt" content="Workers on the repaired sea wall at low tide.">`;
    const { article, served } = await imported(saved(head, story('')), 'seawall.jpg');
    expect(served).toBeUndefined();
    expect(article.fields.image).toBeUndefined();
  });

  test('a lead picture at a relative address on the site is resolved against the page’s address', async () => {
    const head = `<meta property="og:image" content="/media/seawall.jpg">
<meta property="og:image:alt" content="Workers on the repaired sea wall at low tide.">`;
    const { article } = await imported(saved(head, story('')), 'unused.jpg', false);
    expect(article.fields.image?.src).toBe('https://coast.example/media/seawall.jpg');
  });

  test('without --images copy the page’s web address stays the lead picture', async () => {
    const { article } = await imported(
      saved(remoteLead, story('<figure><img src="Sea%20wall_files/seawall-1600.jpg" alt=""></figure>')),
      'seawall-1600.jpg',
      false,
    );
    expect(article.fields.image?.src).toBe('https://img.coast.example/2024/05/seawall-1600.jpg');
    expect(article.body).not.toContain('seawall-1600');
  });
});
