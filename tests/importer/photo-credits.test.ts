import { describe, expect, test } from 'vitest';
import { photoCredit } from '../../src/importer/photo-credits.ts';
import { readHtml } from '../../src/importer/read-html.ts';

describe('a picture library’s credit with no label', () => {
  test.each([
    ['iStockphoto', 'iStockphoto'],
    ['Image by Getty Images', 'Getty Images'],
    ['© Harbour Archive/Getty Images', 'Harbour Archive/Getty Images'],
    ['Ada Quill | The Image Bank | Getty Images', 'Ada Quill | The Image Bank | Getty Images'],
    ['REUTERS/Ada Quill', 'REUTERS/Ada Quill'],
    ['AP Photo/Kofi Mensah', 'AP Photo/Kofi Mensah'],
    ['Shutterstock / Getty Images (Composite)', 'Shutterstock / Getty Images'],
    ['Photo by Mara Lind on Unsplash', 'Mara Lind on Unsplash'],
    ['Foto: AFP via Getty Images', 'AFP via Getty Images'],
  ])('%s credits %s', (line, maker) => {
    expect(photoCredit(line)).toBe(maker);
  });

  test.each([
    'Getty Images reported a loss for the year.',
    'Ada Quill and Kofi Mensah at the pier Shutterstock',
    'Reuters',
    'AFP',
    'Reuters said on Monday',
    'The harbour in 1998 / Getty Images',
    // An agency's name before a slash credits a picture only in capitals, before a photographer's name.
    'AFP/Reuters',
    'EFE/Madrid',
    'REUTERS/Madrid',
    'Reuters/Ipsos Poll',
    'AP/NORC Poll',
  ])('%s is no credit', (line) => {
    expect(photoCredit(line)).toBeUndefined();
  });

  const paragraphs = [
    'The sea wall at the old harbour reopened on Monday after six months of repairs, the council said.',
    'Engineers replaced the stones the winter storms had loosened and raised the wall by half a metre.',
    'Walkers can use the path along the top again from Tuesday, and the café at its end reopens in June.',
  ];
  test('such a line opening a story is the lead picture’s credit, not the story’s first line', async () => {
    const html = `<!doctype html><html lang="en"><head><title>Sea wall repaired</title>
<meta property="og:image" content="https://img.coast.example/seawall.jpg">
<meta property="og:image:alt" content="Workers on the sea wall"></head>
<body><article><h1>Sea wall repaired</h1><p>iStockphoto</p>${paragraphs.map((text) => `<p>${text}</p>`).join('')}</article></body></html>`;
    const found = await readHtml(html, 'seawall.html');
    expect(found.fields.image?.credit).toBe('iStockphoto');
    expect(found.text.startsWith(paragraphs[0]!)).toBe(true);
  });

  test('past the story’s first sentence, a library’s name alone is the story’s (a subheading), a labelled credit not', async () => {
    const html = `<!doctype html><html lang="en"><head><title>Free pictures</title></head><body><article>
<h1>Free pictures</h1>${paragraphs.map((text) => `<p>${text}</p>`).join('')}<p><strong>Unsplash</strong></p>
<p>The first site offers millions of pictures that anyone may use without paying or asking first.</p>
<p>Photo: Ada Quill</p></article></body></html>`;
    const found = await readHtml(html, 'free.html');
    expect(found.text).toContain('Unsplash');
    expect(found.text).not.toContain('Ada Quill');
  });
});
