import { describe, expect, test } from 'vitest';
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
