import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { readHtml } from '../../src/importer/read-html.ts';
import { ImportError } from '../../src/importer/types.ts';

const fixture = (path: string) => readFile(new URL(`../fixtures/import/${path}`, import.meta.url), 'utf8');

describe('readHtml', () => {
  test('a page with NewsArticle JSON-LD: metadata from JSON-LD first, canonical URL as source', async () => {
    const found = await readHtml(await fixture('html/with-jsonld.html'), 'with-jsonld.html');
    expect(found.fields).toEqual({
      title: 'Night ferry gets a second crew', // JSON-LD headline wins over og:title and <title>
      dek: 'The harbour board hires six deckhands after a winter of cancellations.',
      date: '2023-05-31T23:10:00-04:00', // the publisher's own day and offset
      updated: '2023-06-01T08:00:00-04:00',
      authors: ['Nadia Okafor', 'Tomas Reyes'],
      section: 'Transport',
      tags: ['ferries', 'harbour board', 'jobs'],
      source: { name: 'Alder Coast Courier', url: 'https://courier.example/2023/05/night-ferry-second-crew' },
      copyright: '© 2023 Alder Coast Courier',
      image: { src: 'https://courier.example/img/ferry.jpg', alt: 'The night ferry at its berth under floodlights' },
      lang: 'en-GB',
    });
  });

  test('the body is the article only, as Markdown, with links made absolute', async () => {
    const { body } = await readHtml(await fixture('html/with-jsonld.html'), 'with-jsonld.html');
    expect(body).toBe(
      [
        'The harbour board will hire six deckhands so the night ferry can run with two crews, ending a winter in which one sailing in five was _cancelled_.',
        'Board chair Lisbet Moreau said the change would cost less than the refunds paid since November. The full [staffing plan](https://courier.example/documents/ferry-plan.pdf) is online.',
        '## What changes for passengers',
        '- The 23:40 sailing returns from 12 June.\n- Season tickets are extended by a month.',
        '![Deckhands coiling ropes](https://courier.example/img/deck.jpg)',
        'New deckhands start training this week.',
      ].join('\n\n') + '\n',
    );
    // Menus, ads, share buttons, related links, comments, footer, byline and the repeated headline are gone.
    for (const furniture of ['Home', 'Advertisement', 'Share', 'Related', 'First!', 'Privacy', 'By Nadia', 'Night ferry gets']) {
      expect(body).not.toContain(furniture);
    }
  });

  test('a page without JSON-LD: Open Graph, article: tags, <time> and <title>', async () => {
    const found = await readHtml(await fixture('html/without-jsonld.html'), 'without-jsonld.html');
    expect(found.fields).toEqual({
      title: 'Seal pup found on tram platform',
      dek: 'Commuters waited while rescuers carried it back to the shore.',
      date: '2022-02-14T07:05:00+13:00',
      authors: ['Priya Anand'],
      section: 'Environment',
      tags: ['wildlife', 'trams'],
      source: { name: 'Northshore Weekly', url: 'https://northshore.example/news/seal-pup-tram' },
      lang: 'en',
    });
    expect(found.body).toBe(
      'A grey seal pup was found asleep on the Harbour Road tram platform early on Monday, more than 300 metres from the water.\n\n' +
        'Rescuers from the marine centre lifted it into a crate and released it at the slipway. Trams ran on time.\n',
    );
  });

  test('<title> without the site-name tail when nothing better exists', async () => {
    const found = await readHtml('<title>Quay fair returns | Gazette</title><meta property="og:site_name" content="Gazette"><p>Stalls everywhere.</p>', 'a.html');
    expect(found.fields.title).toBe('Quay fair returns');
    expect(found.body).toBe('Stalls everywhere.\n');
  });

  test('hostile page: no script, event handler or javascript: URL survives, broken markup still reads', async () => {
    const found = await readHtml(await fixture('hostile/scripted-page.html'), 'scripted-page.html');
    expect(found.fields.title).toBe('Bins collected twice a week');
    expect(found.fields.date).toBe('2024-01-09T10:00:00+00:00');
    expect(found.body).toContain('twice a week');
    expect(found.body).toContain('new rota');
    expect(found.body).toContain('stray cell');
    expect(found.body).not.toMatch(/script|alert|onerror|onclick|onload|javascript:|data:|iframe|evil\.example|svg/i);
  });

  test('a page with no article text is an error', async () => {
    await expect(readHtml('<html><head><title>Empty</title></head><body><nav>Menu</nav></body></html>', 'a.html')).rejects.toThrow(ImportError);
  });

  test('text only in JSON-LD articleBody is used', async () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'H', articleBody: 'One.\n\nTwo.' });
    const found = await readHtml(`<script type="application/ld+json">${ld}</script><body><nav>x</nav></body>`, 'a.html');
    expect(found.body).toBe('One.\n\nTwo.\n');
  });
});
