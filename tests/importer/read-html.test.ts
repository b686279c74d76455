import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import { completeArticle } from '../../src/importer/complete.ts';
import { extractArticle } from '../../src/importer/extract-article.ts';
import { readHtml } from '../../src/importer/read-html.ts';
import { dropLinkMenus } from '../../src/importer/page-furniture.ts';
import { predates } from '../../src/importer/story-end.ts';
import { parseHtmlFragment } from '../../src/importer/to-markdown.ts';
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
        // A captioned picture stays a figure, its caption under it.
        '<figure><img src="https://courier.example/img/deck.jpg" alt="Deckhands coiling ropes"><figcaption>New deckhands start training this week.</figcaption></figure>',
      ].join('\n\n') + '\n',
    );
    // Menus, ads, share buttons, related links, comments, footer, byline and the repeated headline are gone.
    for (const furniture of [
      'Home',
      'Advertisement',
      'Share',
      'Related',
      'First!',
      'Privacy',
      'By Nadia',
      'Night ferry gets',
    ]) {
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
    const found = await readHtml(
      '<title>Quay fair returns | Gazette</title><meta property="og:site_name" content="Gazette"><p>Stalls everywhere.</p>',
      'a.html',
    );
    expect(found.fields.title).toBe('Quay fair returns');
    expect(found.body).toBe('Stalls everywhere.\n');
  });

  test('a Korean page’s times, labelled 입력 (entered) and 수정 (modified): the first is the day, neither stays in the story', async () => {
    const found = await readHtml(
      `<html lang="ko"><title>항구 축제 다시 열려</title><body><article><h1>항구 축제 다시 열려</h1>
      <div class="date">입력 2024.05.20 09:10</div><div class="date">수정 2024.05.21 10:00</div>
      <p>부산 항구에서 축제가 다시 열렸다. 시민들이 많이 모여 저녁까지 음식을 나누었다.</p>
      <p>구청은 내년에도 축제를 열겠다고 밝혔다.</p></article></body></html>`,
      'port.html',
    );
    expect(found.fields.date).toBe('2024-05-20');
    expect(found.body).not.toMatch(/입력|수정/);
    expect(found.body).toContain('부산 항구에서 축제가 다시 열렸다.');
  });

  test.each([
    // Naver's: the day closed by a dot, the time after 오전 (a.m.); both on one line, the update first, or "final".
    ['입력 2024.05.20. 오전 9:10 수정 2024.05.21. 오후 3:05'],
    ['수정 2024-05-21 15:05 | 입력 2024-05-20 09:10'],
    ['기사입력 2024. 5. 20. 오전 9:10 | 최종수정 2024. 5. 21. 오후 3:05'],
  ])('a Korean page’s time line as Korean sites print it: %s', async (line) => {
    const found = await readHtml(
      `<html lang="ko"><title>항구 축제 다시 열려</title><body><article><h1>항구 축제 다시 열려</h1>
      <div class="info">${line}</div>
      <p>부산 항구에서 축제가 다시 열렸다. 시민들이 많이 모여 저녁까지 음식을 나누었다.</p>
      <p>구청은 내년에도 축제를 열겠다고 밝혔다.</p></article></body></html>`,
      'port.html',
    );
    expect(found.fields.date).toBe('2024-05-20');
    expect(found.body).not.toMatch(/입력|수정|오전/);
  });

  test('a Thai page: its breadcrumb, its date line with the time, its "read more" teaser leave the story', async () => {
    const found = await readHtml(
      `<html lang="th"><title>ชาวบ้านช่วยกันเก็บขยะริมน้ำปิง</title><body><article>
      <div class="breadcrumb"><a href="/">หน้าแรก</a> › <a href="/local">ข่าวท้องถิ่น</a> › สิ่งแวดล้อม</div>
      <h1>ชาวบ้านช่วยกันเก็บขยะริมน้ำปิง</h1><p class="byline">โดย สมศรี ใจงาม</p>
      <p class="post-date">16 เมษายน 2567 เวลา 09:30 น.</p>
      <p>ชาวบ้านริมแม่น้ำปิงกว่าสองร้อยคนออกมาช่วยกันเก็บขยะตั้งแต่เช้าตรู่หลังระดับน้ำลดลง</p>
      <p>อ่านเพิ่มเติม: <a href="/news/flood">น้ำปิงล้นตลิ่งท่วมถนนเลียบแม่น้ำ</a></p>
      <p>ผู้นำชุมชนกล่าวว่าปีหน้าจะจัดกิจกรรมนี้อีกครั้ง</p></article></body></html>`,
      'ping.html',
    );
    expect(found.fields).toMatchObject({ date: '2024-04-16', authors: ['สมศรี ใจงาม'] });
    expect(found.body).toBe(
      'ชาวบ้านริมแม่น้ำปิงกว่าสองร้อยคนออกมาช่วยกันเก็บขยะตั้งแต่เช้าตรู่หลังระดับน้ำลดลง\n\nผู้นำชุมชนกล่าวว่าปีหน้าจะจัดกิจกรรมนี้อีกครั้ง\n',
    );
  });

  test('a credit to the paper’s desk over the story names no one and goes, the date line under it read', async () => {
    for (const credit of [
      'เรื่อง: กองบรรณาธิการ',
      'ข่าวโดย กองบรรณาธิการ',
      'By Staff',
      'Por la Redacción',
      'Von der Redaktion',
    ]) {
      const found = await readHtml(
        `<html lang="th"><title>ชาวบ้านช่วยกันเก็บขยะริมน้ำปิง</title><body><article>
        <h1>ชาวบ้านช่วยกันเก็บขยะริมน้ำปิง</h1><p>${credit}</p><p>16 เมษายน 2567 เวลา 09:30 น.</p>
        <p>ชาวบ้านริมแม่น้ำปิงกว่าสองร้อยคนออกมาช่วยกันเก็บขยะตั้งแต่เช้าตรู่หลังระดับน้ำลดลง</p>
        <p>ผู้นำชุมชนกล่าวว่าปีหน้าจะจัดกิจกรรมนี้อีกครั้ง</p></article></body></html>`,
        'ping.html',
      );
      expect(found.fields.date, credit).toBe('2024-04-16');
      expect(found.fields.authors, credit).toBeUndefined();
      expect(found.body, credit).toBe(
        'ชาวบ้านริมแม่น้ำปิงกว่าสองร้อยคนออกมาช่วยกันเก็บขยะตั้งแต่เช้าตรู่หลังระดับน้ำลดลง\n\nผู้นำชุมชนกล่าวว่าปีหน้าจะจัดกิจกรรมนี้อีกครั้ง\n',
      );
    }
  });

  test('short lines set between » « or › ‹ quotes are the story’s, not a breadcrumb', async () => {
    const found = await readHtml(
      `<html lang="de"><title>Abstimmung im Hafen</title><body><article><h1>Abstimmung im Hafen</h1>
      <p>Die Fischer im Hafen stimmten am Abend über den neuen Steg ab, und die Antworten fielen knapp aus.</p>
      <p>»Ja«, »Nein«, »Vielleicht«</p><p>« Oui », « non », « peut-être »</p>
      <p>Der Hafenmeister zählte die Stimmen zweimal, bevor er das Ergebnis verkündete.</p></article></body></html>`,
      'hafen.html',
    );
    expect(found.body).toContain('»Ja«, »Nein«, »Vielleicht«');
    expect(found.body).toContain('« Oui », « non », « peut-être »');
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

  test('a page that declares no date takes it from the dateline opening its story, which stays', async () => {
    const story =
      'Житомир, 3 листопада 2007 р. — На ринку за місяць подорожчали картопля, цибуля та олія. Продавці пояснюють це поганим урожаєм.';
    const html = `<html><head><title>Ціни на ринку зросли</title></head><body><h1>Ціни на ринку зросли</h1><p>${story}</p><p>${'Покупці скаржаться на ціни. '.repeat(8)}</p></body></html>`;
    const found = await readHtml(html, 'a.html');
    expect(found.fields.date).toBeUndefined();
    expect(found.guessed?.date).toBe('2007-11-03');
    expect(found.guessedWhy?.date).toBe('date 2007-11-03 from the dateline "Житомир, 3 листопада 2007 р. —"');
    expect(found.body.startsWith('Житомир, 3 листопада 2007 р. — На ринку')).toBe(true);
  });

  test('a page that prints only when it was updated is offered that day, and the summary says so', async () => {
    const html = `<html><head><title>Pier to be rebuilt</title></head><body><h1>Pier to be rebuilt</h1>
      <div><a href="/u/ada">Ada Quill</a></div><div><span>Updated: Dec 15, 2016 2:57 PM UTC</span></div>
      <p>${'The harbour board voted on Tuesday to rebuild the pier. '.repeat(5)}</p></body></html>`;
    const found = await readHtml(html, 'a.html');
    expect(found.fields.date).toBeUndefined();
    expect(found.guessed?.date).toBe('2016-12-15');
    expect(found.guessedWhy?.date).toBe(
      'date 2016-12-15 from "Updated: Dec 15, 2016 2:57 PM UTC" (the page prints only when it was updated)',
    );
  });

  test("an AMP page's pictures (<amp-img>) are the story's pictures", async () => {
    const story =
      'The clay hills outside the town hold one of the largest lithium deposits in the Americas. So far they have produced mostly promises, and a bill before Congress would reserve the metal for the state.';
    const found = await readHtml(
      `<html><head><title>Lithium law leaves towns waiting</title></head><body><article><h1>Lithium law leaves towns waiting</h1>` +
        `<figure><amp-img src="https://desk.example/img/sonora.jpg" width="1200" height="800" layout="responsive" alt="Scrubland near the town"></amp-img>` +
        `<figcaption>Scrubland near the town.</figcaption></figure><p>${story}</p><p>${story}</p></article></body></html>`,
      'amp.html',
    );
    expect(found.body).toContain('https://desk.example/img/sonora.jpg');
    expect(found.body).toContain('Scrubland near the town');
  });

  test('a page with no article text is an error', async () => {
    await expect(
      readHtml('<html><head><title>Empty</title></head><body><nav>Menu</nav></body></html>', 'a.html'),
    ).rejects.toThrow(ImportError);
  });

  test('text only in JSON-LD articleBody is used', async () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'H', articleBody: 'One.\n\nTwo.' });
    const found = await readHtml(
      `<script type="application/ld+json">${ld}</script><body><nav>x</nav></body>`,
      'a.html',
    );
    expect(found.body).toBe('One.\n\nTwo.\n');
  });
});

describe('readHtml on pages shaped like real news sites', () => {
  const story = [
    'The harbour board voted on Tuesday to rebuild the north pier, which has been closed since a storm split its deck in January.',
    'Engineers said the new pier would stand a metre higher, with steel piles driven through the silt to the rock beneath.',
    'Fishers who moor at the north side have used the ferry slip for ten months, and several said the wait had cost them a season.',
    'The work is due to start in the spring and to finish before the autumn gales, the board said in a statement after the vote.',
  ];
  const paragraphs = story.map((text) => `<p>${text}</p>`).join('\n');
  const page = (head: string, body: string) =>
    `<!DOCTYPE html><html lang="en"><head><title>Pier to be rebuilt | Harbour Times</title>${head}</head><body>${body}</body></html>`;
  const words = (text: string) => text.toLowerCase().match(/[a-z]+/g) ?? [];

  test('a newsletter box set between the paragraphs goes, heading and form; the story stays whole', async () => {
    const box = (id: string) =>
      `<div id="${id}"><p class="sh2"><span>SIGN UP</span> FOR OUR NEWSLETTER</p><div class="gform_wrapper"><form method="post" action="/signup/"><input name="email" placeholder="email address"><input type="submit" value="Sign up"></form></div></div>`;
    const [first, second, ...rest] = story;
    const found = await readHtml(
      page(
        '',
        `<article><p>${first}</p>${box('optin')}<p>${second}</p>${box('optin-mobile')}${rest.map((text) => `<p>${text}</p>`).join('')}</article>`,
      ),
      'a.html',
    );
    expect(found.text).not.toMatch(/newsletter/i);
    expect(words(found.text)).toEqual(words(story.join(' ')));
  });

  test('a sign-up box set without a form (an address field, a "Subscribe" button) goes; a button of the story stays', async () => {
    const [first, second, ...rest] = story;
    const boxes = [
      '<div class="boletin"><p>Suscríbete a nuestro boletín y recibe cada mañana las noticias.</p><input type="email"><button>Suscribirme</button></div>',
      '<div class="newsletter-signup"><p>Sign up for breaking news alerts</p><button>Subscribe</button></div>',
    ];
    const found = await readHtml(
      page(
        '',
        `<article><p>${first}</p>${boxes[0]}<p>${second}</p>${boxes[1]}${rest.map((text) => `<p>${text}</p>`).join('')}</article>`,
      ),
      'a.html',
    );
    expect(found.text).not.toMatch(/boletín|breaking news alerts/i);
    expect(words(found.text)).toEqual(words(story.join(' ')));
  });

  test('a tweet the story quotes, embedded in a box named "social", stays as a quote; a related-stories rail goes', async () => {
    const [first, second, ...rest] = story;
    const tweet =
      '<div class="social-media-embed"><div class="social"><blockquote class="twitter-tweet"><p lang="en">The north pier reopens in autumn. Thank you for your patience.</p>— Harbour Board (@harbourboard) <a href="https://twitter.com/harbourboard/status/1">May 2, 2024</a></blockquote></div></div>';
    const rail = `<div class="rail">${['a', 'b', 'c'].map((id) => `<div><a href="/news/${id}/"><img src="/t/${id}.jpg" alt=""></a><h3>MORE</h3><p>Another story ${id}</p></div>`).join('')}</div>`;
    const found = await readHtml(
      page(
        '',
        `<article><p>${first}</p>${tweet}<p>${second}</p>${rail}${rest.map((text) => `<p>${text}</p>`).join('')}</article>`,
      ),
      'a.html',
    );
    expect(found.body).toContain('> The north pier reopens in autumn. Thank you for your patience.');
    expect(found.body).toContain('— Harbour Board (@harbourboard)');
    expect(found.text).not.toMatch(/Another story/);
  });

  test('a page wrapped in one form (ASP.NET WebForms) keeps its story; a sign-up box inside it still goes', async () => {
    const signup = `<div class="optin"><p>Get the morning briefing</p><form action="/signup"><input name="email"><button>Join</button></form></div>`;
    const found = await readHtml(
      page(
        '',
        `<form id="Pier-to-be-rebuilt-191119" name="Pier-to-be-rebuilt-191119" method="post"><input type="hidden" name="__VIEWSTATE" value="abc"><nav><a href="/">Home</a> <a href="/news">News</a></nav><div class="article-body"><h1>Pier to be rebuilt</h1><p>${story[0]}</p>${signup}${story
          .slice(1)
          .map((text) => `<p>${text}</p>`)
          .join('')}</div></form>`,
      ),
      'a.html',
    );
    expect(words(found.text)).toEqual(words(story.join(' ')));
  });

  test('a comment form longer than the short story above it goes, and the story is found', async () => {
    const ways = ['the site', 'a mail account', 'a social account', 'a blog account', 'a phone number'];
    const signIns = ways
      .map(
        (way) =>
          `<div class="sign-in"><p>You are commenting using ${way}. ( Log out / <a href="#">Change</a> )</p></div>`,
      )
      .join('');
    const comments = `<div id="respond"><h3>Leave a reply</h3><form id="commentform" method="post" action="/post-comment"><p><label for="comment">Write your comment here...</label></p><textarea id="comment" name="comment"></textarea><p>Enter your details below or click an icon to log in:</p>${signIns}<p><label for="email">Email (required) (never made public)</label><input id="email" name="email"></p><p><label for="author">Name (required)</label><input id="author" name="author"></p><p><label>Notify me of new comments by email.</label><input type="checkbox" name="notify"></p><p><label>Notify me of new posts by email.</label><input type="checkbox" name="subscribe"></p><input type="submit" value="Post comment"></form></div>`;
    const found = await readHtml(
      page(
        '',
        `<div id="content"><article><h1>Pier to be rebuilt</h1><p>${story[0]}</p></article>${comments}</div><aside><h2>Recent posts</h2><ul>${story
          .slice(1)
          .map((text, n) => `<li><a href="/${n}/">${text}</a></li>`)
          .join('')}</ul></aside>`,
      ),
      'a.html',
    );
    expect(words(found.text)).toEqual(words(story[0] ?? ''));
  });

  test('a short story in a page wrapped in one form is still found by the plain fallback', async () => {
    const found = await readHtml(
      page('', `<form id="aspnetForm" method="post"><main><p>${story[0]}</p></main></form>`),
      'a.html',
    );
    expect(words(found.text)).toEqual(words(story[0] ?? ''));
  });

  test('a date line under the byline goes with it, after a picture with its credit, even printed twice', async () => {
    const found = await readHtml(
      page(
        '<meta property="article:published_time" content="2016-12-22T10:43:37-08:00">',
        `<article><h1>Pier to be rebuilt</h1><figure><img src="https://times.example/pier.jpg" alt="The split deck"><div class="credit">ADA QUILL/HARBOUR TIMES</div></figure><p class="byline">by <a href="/author/bram">Bram Ott</a></p><time datetime="2016-12-22T10:43:37Z">22 Dec, 2016</time> <time datetime="2016-12-22T18:59:12Z">22 Dec, 2016</time>${paragraphs}</article>`,
      ),
      'a.html',
    );
    expect(found.fields.authors).toEqual(['Bram Ott']);
    expect(found.body).not.toMatch(/22 Dec/);
    expect(found.body).toContain('alt="The split deck"');
    for (const text of story) expect(found.body).toContain(text);
  });

  test('an empty itemprop=articleBody in the head does not stand in for the story', async () => {
    const found = await readHtml(
      page(
        '<meta itemprop="articleBody" content="">',
        `<nav><a href="/">Home</a></nav><div class="story">${paragraphs}</div>`,
      ),
      'a.html',
    );
    expect(words(found.text)).toEqual(words(story.join(' ')));
  });

  test('a promo card in an earlier <article> does not win over the story', async () => {
    const promo = '<article class="card"><h3>Give now</h3><p>Support our work.</p></article>';
    const found = await readHtml(
      page('', `${promo}<article><h1>Pier to be rebuilt</h1>${paragraphs}</article>`),
      'a.html',
    );
    expect(found.text).toContain(story[3]);
    expect(found.text).not.toContain('Support our work');
  });

  test('menus, share buttons and related stories around a page without <article> stay out', async () => {
    const furniture =
      '<ul class="menu"><li><a href="/a">World</a></li><li><a href="/b">Sport</a></li><li><a href="/c">Weather</a></li></ul><div class="share"><a href="/s">Share on Facebook</a> <a href="/t">Share on X</a></div>';
    const related =
      '<div class="related"><h3>Related stories</h3><ul><li><a href="/x">Ferry fares rise</a></li><li><a href="/y">Storm closes beach</a></li></ul></div>';
    const found = await readHtml(
      page(
        '',
        `${furniture}<div id="content">${paragraphs}</div>${related}<div class="footer-links"><a href="/p">Privacy</a></div>`,
      ),
      'a.html',
    );
    for (const text of story) expect(found.text).toContain(text);
    for (const text of ['Share on', 'Related stories', 'Ferry fares', 'Privacy', 'Weather'])
      expect(found.text).not.toContain(text);
  });

  test('JSON-LD inside CDATA, itemprop datePublished, and rel=author are read', async () => {
    const ld = `<script type="application/ld+json">//<![CDATA[\n${JSON.stringify({ '@type': 'NewsArticle', headline: 'Pier to be rebuilt' })}\n//]]></script>`;
    const head = `${ld}<meta itemprop="datePublished" content="2019-02-21T08:00:08.000Z"><meta property="og:site_name" content="Harbour Times">`;
    const found = await readHtml(
      page(
        head,
        `<article><p class="byline">By <a rel="author" href="/staff/ada">Ada Quill</a></p>${paragraphs}</article>`,
      ),
      'a.html',
    );
    expect(found.fields).toMatchObject({
      title: 'Pier to be rebuilt',
      date: '2019-02-21T08:00:08Z',
      authors: ['Ada Quill'],
      source: { name: 'Harbour Times' },
    });
    expect(found.text).not.toContain('By Ada');
  });

  test('a <time> without datetime, in French, and a byline meta name', async () => {
    const found = await readHtml(
      page(
        '<meta name="parsely-author" content="Morgane Tual">',
        `<article><time>4 mai 2015</time>${paragraphs}</article>`,
      ),
      'a.html',
    );
    expect(found.fields).toMatchObject({ date: '2015-05-04', authors: ['Morgane Tual'] });
  });

  test('an Arabic byline and date line under the headline, as the metadata gives them, do not open the story', async () => {
    const story = [
      'ارتفع منسوب المياه في النهر خلال الأيام الماضية بعد هطول أمطار غزيرة على المنطقة، وأعلنت السلطات حالة التأهب.',
      'وقال مسؤولون إن فرق الإنقاذ انتشرت على طول المجرى، وإن المدارس ستبقى مغلقة حتى يوم الخميس على الأقل.',
      'ويتوقع خبراء الأرصاد أن تتراجع الأمطار تدريجياً مع نهاية الأسبوع، لكنهم حذروا من خطر الانهيارات.',
    ];
    const found = await readHtml(
      page(
        '<meta name="author" content="سارة الخطيب"><meta property="article:published_time" content="2025-01-20T08:30:00+02:00">',
        `<article><p>بقلم سارة الخطيب</p><p>٢٠ كانون الثاني ٢٠٢٥</p>${story.map((p) => `<p>${p}</p>`).join('')}</article>`,
      ),
      'a.html',
    );
    expect(found.fields).toMatchObject({ date: '2025-01-20T08:30:00+02:00', authors: ['سارة الخطيب'] });
    expect(found.text.startsWith(story[0]!)).toBe(true);
    expect(found.text).not.toContain('كانون');
  });

  test('a heading in another script is dropped only when it repeats the headline', async () => {
    const story =
      '<p>ارتفع منسوب المياه في النهر خلال الأيام الماضية بعد هطول أمطار غزيرة على المنطقة، وأعلنت السلطات المحلية حالة التأهب في القرى القريبة من الضفاف، وقال مسؤولون إن فرق الإنقاذ انتشرت على طول المجرى.</p>';
    const arabic = (heading: string) =>
      `<!DOCTYPE html><html lang="ar"><head><title>ارتفاع منسوب المياه</title></head><body><article><h2>${heading}</h2>${story.repeat(3)}</article></body></html>`;
    expect((await readHtml(arabic('ارتفاع منسوب المياه'), 'a.html')).text).not.toContain('ارتفاع منسوب المياه');
    expect((await readHtml(arabic('خلفية الأزمة'), 'a.html')).text).toContain('خلفية الأزمة');
  });

  test('menus the page marks as navigation are left out even inside the story’s block; the story’s own link lists stay', () => {
    const menu =
      '<ul role="menubar"><li role="menuitem"><a href="/local/">Local</a></li><li role="menuitem"><a href="/sports/">Sports</a></li><li role="menuitem"><a href="/business/">Business</a></li></ul>';
    const reading =
      '<p>Further reading:</p><ul><li><a href="https://council.example/report">Harbour report</a></li><li><a href="https://council.example/minutes">Council minutes</a></li><li><a href="https://council.example/map">Pier map</a></li></ul>';
    // As Readability hands over a block that took in the site's header (seen on a real newspaper's page).
    const story = parseHtmlFragment(`<div>${menu}<nav><a href="/">Home</a></nav>${paragraphs}${reading}</div>`);
    dropLinkMenus(story);
    const text = toHtml(story);
    expect(text).not.toMatch(/Local|Sports|Business|Home/);
    expect(text).toContain('Harbour report');
    expect(text).toContain('Pier map');
  });

  test("a page's control left as a line, a link going nowhere, is left out; a jump link and a named anchor's text stay", () => {
    const story = parseHtmlFragment(
      `<div><div><a href="#" title="Enlarge Image">Enlarge Image</a></div><p><a href="javascript:void(0)">Show more</a></p>${paragraphs}<p><a href="#notes">Notes</a></p><p><a name="p2">The pier reopens in May.</a></p></div>`,
    );
    dropLinkMenus(story);
    const text = toHtml(story);
    expect(text).not.toMatch(/Enlarge Image|Show more/);
    expect(text).toContain('Notes');
    expect(text).toContain('The pier reopens in May.');
  });

  test('a breadcrumb trail printed with its marks is left out; a sentence with links and a ">" stays', () => {
    const story = parseHtmlFragment(
      `<div><p id="trail"><a href="/">HOME</a>\u3000＞\u3000<a href="/events">催し物</a>\u3000＞ 港湾セミナー 2024</p><div><a href="/">Home</a> › <a href="/news">News</a> › <a href="/news/ports">Ports</a></div>${paragraphs}<p>Fares rose: <a href="/a">day</a> > <a href="/b">night</a> > week.</p></div>`,
    );
    dropLinkMenus(story);
    const text = toHtml(story);
    expect(text).not.toMatch(/HOME|催し物|News/);
    expect(text).toContain('Fares rose');
  });

  test('headings that announce comments the extract left behind go; one that counts comments it kept goes with them', async () => {
    const found = await readHtml(
      page(
        '',
        `<article><h1>Pier to be rebuilt</h1><h6>No comments</h6>${paragraphs}<h3>3 Comments</h3><h2>Leave a reply</h2><div>comments</div></article>`,
      ),
      'a.html',
    );
    expect(words(found.text)).toEqual(words(story.join(' ')));
    const kept = await readHtml(
      page(
        '',
        `<article><h1>Pier to be rebuilt</h1>${paragraphs}<table><tr><th>Pier</th><th><p>Comments</p></th></tr><tr><td>North</td><td><p>Closed</p></td></tr></table><h3>2 Comments</h3><p>About time too, the old pier was a danger to anyone walking on it at night.</p></article>`,
      ),
      'a.html',
    );
    // Readers' comments under a heading that counts them, after the story: theirs, not the story's.
    expect(kept.body).not.toMatch(/2 Comments|About time/);
    expect(kept.body).toMatch(/\| Pier +\| Comments \|/);
    // A heading that does not count them may head a section of the story: it stays, with what follows.
    const section = await readHtml(
      page(
        '',
        `<article><h1>Pier to be rebuilt</h1>${paragraphs}<h3>Comments</h3><p>The board received forty written comments from residents during the consultation.</p></article>`,
      ),
      'a.html',
    );
    expect(section.body).toContain('### Comments');
    expect(section.text).toContain('forty written comments');
    // A count printed over the story ("5 Comments" under the headline) takes nothing with it.
    const over = await readHtml(
      page('', `<article><h1>Pier to be rebuilt</h1><div>5 Comments</div>${paragraphs}</article>`),
      'a.html',
    );
    for (const paragraph of story) expect(over.text).toContain(paragraph);
  });

  test("Hungarian and Romanian comment headings ('Hozzászólások (2)', 'Comentarii (3)'): readers' comments closing the story go", async () => {
    for (const heading of ['Hozzászólások (2)', 'Comentarii (3)', '2 hozzászólás', 'Comentarii']) {
      const found = await readHtml(
        page(
          '',
          `<article><h1>Pier to be rebuilt</h1>${paragraphs}<p><b>${heading}</b></p><table><tr><td><b>olvaso_12</b> írta 2010.11.18 21:04:<br>Végre, két éve várunk erre.</td></tr><tr><td><b>Gizi</b> írta 2010.11.19 08:12:<br>És ki fizeti?</td></tr></table></article>`,
        ),
        'a.html',
      );
      // An uncounted heading over them stays, as it may head a section of the story; so do the comments then.
      if (heading === 'Comentarii') expect(found.text, heading).toContain('Comentarii');
      else expect(words(found.text), heading).toEqual(words(story.join(' ')));
    }
    const none = await readHtml(
      page('', `<article><h1>Pier to be rebuilt</h1>${paragraphs}<p>Nincs hozzászólás</p></article>`),
      'a.html',
    );
    expect(words(none.text)).toEqual(words(story.join(' ')));
  });

  test('a date line above the story dates a page that declares no date; an update line does not', async () => {
    const dated = await readHtml(page('', `<article><p>18 NOV 2019</p>${paragraphs}</article>`), 'a.html');
    expect(dated.fields.date).toBe('2019-11-18');
    expect(dated.text).not.toContain('NOV');
    const updated = await readHtml(
      page('', `<article><p>Last updated September 14, 2016</p>${paragraphs}</article>`),
      'a.html',
    );
    expect(updated.fields.date).toBeUndefined();
    expect(updated.text).not.toContain('Last updated');
  });

  test('a CMS line under the headline gives date, writer, section and tags, and leaves the story', async () => {
    // A Brazilian city-hall page: no lang on <html>, staff named in <meta name="author">, the headline
    // repeated as description and as the story's first paragraph, a site-wide keyword list, an old footer.
    const html = `<!DOCTYPE html><html><head><title>Obras na ponte começam segunda</title>
      <meta http-equiv="content-language" content="pt_BR">
      <meta name="author" content="PMVA - Coordenadoria de TI">
      <meta name="description" content="Obras na ponte começam segunda">
      <meta name="keywords" content="vale alto, prefeitura, cidade, iptu">
      </head><body><div class="news">
      <p>Obras na ponte começam segunda</p>
      <p><small><b>05/10/2018</b> - Publicado por: Marta Siqueira - Categoria: <a href="/n?cat=3">Obras</a> - Tags:
        <a href="/n?tag=ponte">ponte</a> <a href="/n?tag=rio%20claro">rio claro</a></small></p>
      ${paragraphs}
      <p>Copyright 2014</p></div></body></html>`;
    const found = await readHtml(html, 'a.html');
    expect(found.fields).toMatchObject({
      title: 'Obras na ponte começam segunda',
      date: '2018-10-05', // day first, as pt-BR writes it
      authors: ['Marta Siqueira'],
      section: 'Obras',
      tags: ['ponte', 'rio claro'],
      lang: 'pt-BR',
    });
    expect(found.fields.dek).toBeUndefined();
    expect(found.fields.copyright).toBeUndefined();
    expect(found.text.startsWith(story[0]!)).toBe(true);
    expect(found.text).not.toMatch(/Publicado|começam|Copyright/);
  });

  test('a template’s lang="en" over a German story: the publishing system’s content-language and the text say German', async () => {
    const german = [
      'Die Stadt hat am Wochenende das Straßenfest in der Altstadt gefeiert, obwohl es am Samstag lange geregnet hat.',
      'Tausende Besucher kamen zu den Ständen am Marktplatz, und die Händler waren mit dem Umsatz sehr zufrieden.',
      'Im nächsten Jahr soll das Fest zum ersten Mal drei Tage dauern, kündigte der Bürgermeister am Sonntag an.',
    ];
    const html = `<!DOCTYPE html><html lang="en"><head><title>Straßenfest trotz Regen gut besucht</title>
      <meta http-equiv="content-language" content="de"></head>
      <body><article><h1>Straßenfest trotz Regen gut besucht</h1>${german.map((text) => `<p>${text}</p>`).join('')}</article></body></html>`;
    expect((await readHtml(html, 'fest.html')).fields.lang).toBe('de');
    // The same template over an English story stays English.
    const english = html.replace(/<p>.*<\/p>/, paragraphs);
    expect((await readHtml(english, 'pier.html')).fields.lang).toBe('en');
  });

  test('a standfirst that opens the story and is the page’s description is printed once: the story keeps it', async () => {
    const dek = 'The pier reopens in spring, a year after the storm.';
    const written = async (body: string) => {
      const found = await readHtml(page(`<meta name="description" content="${dek}">`, body), 'a.html');
      const completed = completeArticle(
        found,
        { title: 'Pier', date: '2024-04-02', section: 'Local' },
        { draft: false, today: '2024-05-01' },
      );
      return { found, frontmatter: completed.ok ? completed.frontmatter : undefined };
    };
    const opening = await written(`<article><p><strong>${dek}</strong></p>${paragraphs}</article>`);
    expect(opening.frontmatter).toBeDefined();
    expect(opening.frontmatter?.dek).toBeUndefined();
    expect(opening.found.text.startsWith(dek)).toBe(true);
    // A description the story does not open with stays.
    expect((await written(`<article>${paragraphs}</article>`)).frontmatter?.dek).toBe(dek);
  });

  test('the same line in American English reads its date month first; prose with a date is not such a line', async () => {
    const line = '<p>05/10/2018 | Posted by Ada Quill | Filed under Harbour</p>';
    const american = await readHtml(page('', `<article>${line}${paragraphs}</article>`), 'a.html');
    expect(american.fields).toMatchObject({ date: '2018-05-10', authors: ['Ada Quill'], section: 'Harbour' });
    const prose = '<p>By 05/10/2018 the pier had been closed for ten months - engineers said so.</p>';
    const kept = await readHtml(page('', `<article>${prose}${paragraphs}</article>`), 'a.html');
    expect(kept.text).toContain('engineers said so');
    expect(kept.fields.authors).toBeUndefined();
  });

  test.each([
    // A print header (logo and the page's own address) over the byline and the date line.
    [
      '<div><img src="/img/print-logo.png" alt="print logo"> <span>https://harbour.example/news/pier-to-be-rebuilt-123.php</span></div><p>By <a href="/author/ada">Ada Quill</a></p><span>Published <time datetime="2019-11-20T10:00:39Z">4:00 am CST, Wednesday, November 20, 2019</time></span>',
      { authors: ['Ada Quill'] },
    ],
    ['<p><span><time>Updated Nov 19, 6:55 AM;</time></span><span><time>Posted Nov 19, 6:51 AM</time></span></p>', {}],
    ['<p><span>By Ada Quill - <span>11/18/19 11:04 PM EST</span></span></p>', { authors: ['Ada Quill'] }],
    // The site's logo in a heading (its words in a span) before the time lines.
    [
      '<h2><a href="/"><span>Harbour Times. Home of the harbour news.</span><img src="/logo.png" alt="logo"></a></h2><h3>The north pier is to stand a metre higher.</h3><p><time><span>PUBLISHED: </span><span>00:01, Tue, Nov 19, 2019</span></time></p><p><time> | UPDATED: <span>10:43, Tue, Nov 19, 2019</span></time></p>',
      {},
    ],
    ['<p><time datetime="2019-11-19"><strong>Published</strong> 1 day ago</time></p>', {}],
    [
      '<p>By <a href="/authors/ada">Ada Quill</a> <span>|</span> <span>November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM</span></p>',
      { authors: ['Ada Quill'] },
    ],
  ])('byline and time lines over the story go, past a print header or logo: %s', async (head, fields) => {
    const found = await readHtml(
      page(
        '<link rel="canonical" href="https://harbour.example/news/pier-to-be-rebuilt-123.php"><meta property="article:published_time" content="2019-11-18T12:00:00Z">',
        `<article>${head}${paragraphs}</article>`,
      ),
      'a.html',
    );
    expect(found.fields).toMatchObject({ date: '2019-11-18T12:00:00Z', ...fields });
    expect(found.text).not.toMatch(/Ada Quill|Nov|ago|harbour\.example/);
    for (const text of story) expect(found.text).toContain(text);
  });

  test('a time line in the middle of the story is the story’s', async () => {
    const middle = '<p>Published 1 day ago</p><p>Updated Nov 19, 6:55 AM</p>';
    const found = await readHtml(
      page(
        '',
        `<article><p>${story[0]}</p>${middle}${story
          .slice(1)
          .map((text) => `<p>${text}</p>`)
          .join('')}</article>`,
      ),
      'a.html',
    );
    expect(found.text).toContain('Published 1 day ago');
    expect(found.text).toContain('Updated Nov 19, 6:55 AM');
  });

  test('the byline that is the publication itself names no author', async () => {
    const found = await readHtml(
      page(
        '<meta property="og:site_name" content="Mac &amp; i"><meta name="author" content="Mac &amp; i">',
        `<article>${paragraphs}</article>`,
      ),
      'a.html',
    );
    expect(found.fields.authors).toBeUndefined();
  });

  test('under a standfirst, the writer’s headshot and the day the page gives go; the standfirst stays', async () => {
    const dek = 'A year after the storm, the harbour board will rebuild the pier higher and stronger.';
    const head = (day: string) =>
      `<header><p>${dek}</p><div><p><a href="/by/bram-ott"><img src="/img/bram-ott.jpg" alt="Bram Ott" title="Bram Ott"></a></p><ul><li><time datetime="${day}">${day === '2024-03-05' ? 'March 5, 2024' : 'Jan. 9, 2024'}</time></li></ul></div></header>`;
    const meta =
      '<meta name="author" content="Bram Ott"><meta property="article:published_time" content="2024-03-05T08:00:00Z">';
    const found = await readHtml(page(meta, `<article>${head('2024-03-05')}${paragraphs}</article>`), 'a.html');
    expect(found.body).toBe([dek, ...story].join('\n\n') + '\n');
    // A day the page does not give, under a standfirst, is the story's own line.
    const other = await readHtml(page(meta, `<article>${head('2024-01-09')}${paragraphs}</article>`), 'a.html');
    expect(other.body).toContain('Jan. 9, 2024');
    // A sentence of the story that names the day stays; so does a printed day one off the UTC moment, which goes.
    const sentence = 'Polling day is Tuesday, March 5, 2024.';
    const named = await readHtml(
      page(meta, `<article><p>${dek}</p><p>${sentence}</p>${paragraphs}</article>`),
      'a.html',
    );
    expect(named.body).toContain(sentence);
    const local = await readHtml(
      page(
        meta.replace('2024-03-05T08:00:00Z', '2024-03-06T02:00:00Z'),
        `<article>${head('2024-03-05')}${paragraphs}</article>`,
      ),
      'a.html',
    );
    expect(local.body).not.toContain('March 5, 2024');
  });

  test('a caption’s screen-reader labels go, and its credit is set apart from it', async () => {
    const figure =
      '<figure><img src="https://times.example/img/slip.jpg" alt=""><figcaption><span>Boats on the ferry slip.</span><span itemprop="copyrightHolder"><span class="sr-only">Credit</span><span><span class="x-9q">Credit</span><span>Ada Quill/Harbour Times</span></span></span></figcaption></figure>';
    const found = await readHtml(
      page(
        '<style>.x-9q{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}</style>',
        `<article>${paragraphs.replace('</p>', `</p>${figure}`)}</article>`,
      ),
      'a.html',
    );
    expect(found.body).toContain(
      '<figcaption><span>Boats on the ferry slip.</span> <span itemprop="copyrightHolder"><span><span>Ada Quill/Harbour Times</span></span></span></figcaption>',
    );
  });

  test('lazy-loaded images (data-src, srcset) are kept with their alt text, and captions stay captions', async () => {
    const images =
      '<figure><img src="data:image/gif;base64,R0lGOD" data-src="/img/pier.jpg" alt="The split deck of the north pier"><figcaption>The pier in January.</figcaption></figure>' +
      '<p><img data-srcset="/img/crane-320.jpg 320w, /img/crane-1024.jpg 1024w" alt="A crane on the slip"></p>';
    const found = await readHtml(
      page(
        '<link rel="canonical" href="https://times.example/2024/pier">',
        `<article>${paragraphs.replace('</p>', `</p>${images}`)}</article>`,
      ),
      'a.html',
    );
    expect(found.body).toContain(
      '<img src="https://times.example/img/pier.jpg" alt="The split deck of the north pier">',
    );
    expect(found.body).toContain('<figcaption>The pier in January.</figcaption>');
    expect(found.body).toContain('![A crane on the slip](https://times.example/img/crane-1024.jpg)');
  });

  test('a page with no story says what was looked for and what was found', async () => {
    await expect(
      readHtml(page('', '<nav><a href="/">Home</a> <a href="/news">News</a></nav><footer>Contact</footer>'), 'a.html'),
    ).rejects.toThrow(
      /no article text found: Readability found no block of readable text, nor did a look at <article>, <main> and <body> .*\(the page has 0 paragraphs and \d+ words? of visible text\), and the page has no JSON-LD articleBody/,
    );
  });
});

describe('a Taiwanese paper’s page', () => {
  const paragraphs = [
    '持續五天的高雄港貨櫃碼頭罷工今天凌晨落幕，勞資雙方在勞動部居中協調下達成協議，資方同意調升夜班津貼並增補人力。',
    '工會理事長表示，這次協議雖不完全滿意，但至少讓碼頭工人的辛勞被看見，工會將監督資方落實承諾。',
    '港務公司指出，罷工期間約有三十艘貨櫃輪延誤靠港，預計需一週才能完全消化積壓的貨櫃。',
  ];
  const page = (byline: string) =>
    `<!DOCTYPE html><html lang="zh-TW"><head><meta charset="utf-8"><title>罷工落幕 勞資達成協議 - 南方時報</title></head><body>` +
    `<header><a href="/">南方時報</a><nav><a href="/">首頁</a> <a href="/econ">財經</a></nav></header>` +
    `<article><h1>罷工落幕 勞資達成協議</h1><p class="meta"><span class="author">${byline}</span>\u3000<time datetime="2019-05-06">2019年5月6日</time></p>` +
    `${paragraphs.map((p) => `<p>${p}</p>`).join('')}<h3>相關新聞</h3><ul><li><a href="/a">港區擴建</a></li><li><a href="/b">夜班津貼</a></li></ul></article>` +
    `<footer>南方時報 © 2019 版權所有</footer></body></html>`;

  test.each(['記者 王小明／高雄報導', '記者王小明、林志明／高雄報導'])(
    'the byline %s names the reporters and leaves the story, and so do the related stories under it',
    async (byline) => {
      const found = await readHtml(page(byline), 'strike.html');
      expect(found.fields.authors).toEqual(byline.includes('林志明') ? ['王小明', '林志明'] : ['王小明']);
      expect(found.body.trim()).toBe(paragraphs.join('\n\n'));
    },
  );
});

test('a Greek page: the advertisement label and its banner, and a "read also" link, leave the story', async () => {
  const paragraph = (text: string) => `<p>${text} Οι κάτοικοι της πόλης περιμένουν τα αποτελέσματα της μελέτης.</p>`;
  const found = await readHtml(
    `<html lang="el"><head><title>Νέα προβλήτα στο λιμάνι</title></head><body><article><h1>Νέα προβλήτα στο λιμάνι</h1>` +
      paragraph('Το λιμενικό ταμείο ενέκρινε χθες την κατασκευή νέας προβλήτας.') +
      '<p>ΔΙΑΦΗΜΙΣΗ</p><p><a href="https://ads.example/c"><img src="https://ads.example/b.gif" alt=""></a></p>' +
      paragraph('Οι εργασίες θα ξεκινήσουν την άνοιξη και θα διαρκέσουν δύο χρόνια.') +
      '<p><strong>Διαβάστε επίσης:</strong> <a href="/limani/ploia">Νέα δρομολόγια για τα πλοία</a></p>' +
      paragraph('Το έργο χρηματοδοτείται από ευρωπαϊκούς πόρους.') +
      '</article></body></html>',
    'limani.html',
  );
  expect(found.body).not.toMatch(/ΔΙΑΦΗΜΙΣΗ|ads\.example|Διαβάστε|δρομολόγια/);
  expect(found.body).toContain('Το έργο χρηματοδοτείται');
});

describe('a Hungarian and Romanian weekly of the table-and-<font> era', () => {
  // Written here: a short story in each language.
  const HUNGARIAN =
    'A képviselő-testület csütörtök este ülésezett, és a patak fölötti fahíd felújításáról tárgyalt. A képviselők úgy döntöttek, hogy a munkálatok áprilisban kezdődnek, a hóolvadás után.';
  const ROMANIAN =
    'Consiliul local s-a întrunit joi seară pentru a discuta reparația podului de lemn de peste pârâu. Consilierii au hotărât ca lucrările să înceapă în aprilie, după topirea zăpezii.';
  const page = (lang: string, body: string) =>
    `<html${lang ? ` lang="${lang}"` : ''}><head><title>Hetilap - Cikk</title></head><body><table><tr><td><font size="4"><b>Új híd a patakon</b></font><br>${body}</td></tr></table></body></html>`;

  test('a byline over the story or closing it ("Írta: …", "de …", "Szerző: …" in the meta line) names the writers, kept as written', async () => {
    for (const [byline, names] of [
      ['<i>Írta: Kovács Péter</i>', ['Kovács Péter']],
      ['<b>Írta Kovács Péter és Nagy Erzsébet</b>', ['Kovács Péter', 'Nagy Erzsébet']],
      ['<font size="1">2010.06.12. | Szerző: Nagy Erzsébet</font>', ['Nagy Erzsébet']],
      ['<font size="1">Vineri, 20 martie 2009 | de Ion Popescu</font>', ['Ion Popescu']],
    ] as const) {
      const found = await readHtml(
        page('', `<font size="1">2009. március 20.</font><br>${byline}<br><br>${HUNGARIAN}`),
        'a.html',
      );
      expect(found.fields.authors, byline).toEqual(names);
      expect(found.text, byline).not.toMatch(/Írta|Szerző|de Ion/);
    }
    for (const closing of ['<b>Írta: Nagy Erzsébet</b>', '<i>de Ion Popescu</i>']) {
      const found = await readHtml(
        page('', `<font size="1">2009. március 20.</font><br><br>${ROMANIAN}<br><br>${closing}`),
        'a.html',
      );
      expect(found.fields.authors, closing).toHaveLength(1);
      expect(found.text, closing).not.toMatch(/Írta|de Ion/);
    }
    // A sentence closing the story stays.
    const sentence = await readHtml(
      page('', `<font size="1">2009. március 20.</font><br><br>${ROMANIAN}<br><br>De Ion Popescu s-a vorbit mult.`),
      'a.html',
    );
    expect(sentence.fields.authors).toBeUndefined();
    expect(sentence.text).toContain('De Ion Popescu s-a vorbit mult.');
  });

  test('"Megjelent: … | Frissítve: …" dates the story by the day it appeared', async () => {
    const found = await readHtml(
      page('', `<font size="1">Megjelent: 2010. április 23. | Frissítve: 2010. április 26.</font><br><br>${HUNGARIAN}`),
      'a.html',
    );
    expect(found.fields.date).toBe('2010-04-23');
    expect(found.text).not.toContain('Megjelent');
  });

  test("a template's one declaration over a story in the other language: the story's words decide, with a note to check", async () => {
    const romanian = await readHtml(page('hu', `<font size="1">2 octombrie 2009</font><br><br>${ROMANIAN}`), 'a.html');
    expect(romanian.fields.lang).toBeUndefined();
    expect(romanian.guessed?.lang).toBe('ro');
    expect(romanian.guessedWhy?.lang).toMatch(/unlike the language the page declares \(hu\): check it/);
    const hungarian = await readHtml(page('ro', `<font size="1">2009. május 8.</font><br><br>${HUNGARIAN}`), 'a.html');
    expect(hungarian.guessed?.lang).toBe('hu');
    // Declared as its text reads, or too short to tell: the declaration stands.
    expect(
      (await readHtml(page('hu', `<font size="1">2009. május 8.</font><br><br>${HUNGARIAN}`), 'a.html')).fields.lang,
    ).toBe('hu');
    const short = await readHtml(
      page('hu', '<font size="1">2009. május 8.</font><br><br>Consiliul local s-a întrunit joi.'),
      'a.html',
    );
    expect(short.fields.lang).toBe('hu');
  });

  test('an English page naming a few foreign places and people stays English', async () => {
    const english =
      'The council in Târgu Mureș met on Thursday with Kovács Péter and Ion Popescu to discuss the wooden bridge over the stream at Sasfalău. Work will start in April, after the snow melts, and traffic will go through Szászfalva.';
    const found = await readHtml(page('en', `<font size="1">2 October 2009</font><br><br>${english}`), 'a.html');
    expect(found.fields.lang).toBe('en');
    expect(found.guessed?.lang).toBeUndefined();
  });
});

describe("an Amharic page's rights notice, dated in the Ethiopian calendar", () => {
  test('a year up to eight behind the story’s is its own year, not an older one; further behind, or in another language, older', () => {
    expect(predates('© 2016 ልሳነ ሕዝብ ጋዜጣ። መብቱ በሕግ የተጠበቀ ነው።', '2024-03-05', 'am')).toBe(false);
    expect(predates('© 2016 ልሳነ ሕዝብ ጋዜጣ።', '2024-03-05', undefined)).toBe(false);
    expect(predates('© 2016 Harbour Gazette', '2024-03-05', 'ti-ER')).toBe(false);
    expect(predates('© 2015 ልሳነ ሕዝብ ጋዜጣ።', '2024-03-05', 'am')).toBe(true);
    expect(predates('© 2016 Harbour Gazette', '2024-03-05', 'en')).toBe(true);
    expect(predates('Copyright 2014', '2018-10-05')).toBe(true);
  });
});

describe('rules for old pages that stay out of modern ones (found by a review)', () => {
  const para = `<p>The city council voted on Tuesday to approve the new budget after a long debate that lasted into the night, with members of every party speaking at length.</p>`;
  const modern = (lang: string, body: string) =>
    `<html lang="${lang}"><head><title>Budget passed</title><meta property="og:title" content="Budget passed"><meta property="article:published_time" content="2024-05-20"></head><body><article><h1>Budget passed</h1>${body}</article></body></html>`;

  test.each([
    ['es', 'De Buenos Aires'],
    ['pt', 'De Nova Iorque'],
    ['en', 'By Air Canada'],
    ['fr', 'Par Air France'],
    ['it', 'Da Palazzo Chigi'],
  ])('a %s story closing with "%s" keeps that line, and it names no writer', async (lang, last) => {
    const found = await readHtml(modern(lang, `${para.repeat(3)}<p>${last}</p>`), 'a.html');
    expect(found.fields.authors).toBeUndefined();
    expect(found.body).toContain(last);
  });

  test('a bold first line and a date under it stay on a page that prints its headline as a heading', async () => {
    const found = await readHtml(
      modern('en', `<p><strong>Key dates</strong></p><p>5 March 2015</p>${para.repeat(3)}`),
      'a.html',
    );
    expect(found.body).toContain('5 March 2015');
  });

  test('a gallery whose pictures link to "#" (a lightbox) is the story’s, not a row of page controls', () => {
    const gallery =
      '<div class="gallery"><a href="#"><img src="/one.jpg" alt="Council chamber"></a><a href="#"><img src="/two.jpg" alt="Mayor speaking"></a></div>';
    const extracted = extractArticle(modern('en', `${para}${gallery}${para}${para}`));
    expect('html' in extracted ? extracted.html : '').toMatch(/one\.jpg[^]*two\.jpg/);
  });
});

describe('a line under the headline printing when the story was published and when updated', () => {
  // Written here: a short story in each language, its page declaring no date (no JSON-LD, no meta).
  const stories: Record<string, string[]> = {
    fi: [
      'Satamalautakunta päätti tiistaina korjata pohjoisen laiturin, joka on ollut suljettuna tammikuun myrskystä lähtien.',
      'Insinöörien mukaan uusi laituri nousee metrin korkeammalle, ja teräspaalut lyödään lietteen läpi kallioon asti.',
      'Työt alkavat keväällä ja valmistuvat ennen syysmyrskyjä, lautakunta kertoi tiedotteessaan äänestyksen jälkeen.',
    ],
    sv: [
      'Hamnstyrelsen beslutade i tisdags att bygga om norra piren, som har varit stängd sedan en storm i januari.',
      'Enligt ingenjörerna blir den nya piren en meter högre, med stålpålar som slås genom dyn ner till berget.',
      'Arbetet börjar i vår och ska vara klart före höststormarna, meddelade styrelsen efter omröstningen.',
    ],
    de: [
      'Der Hafenrat hat am Dienstag beschlossen, die Nordmole neu zu bauen, die seit einem Sturm im Januar gesperrt ist.',
      'Die neue Mole soll einen Meter höher werden, mit Stahlpfählen, die durch den Schlick bis auf den Fels reichen.',
      'Die Arbeiten beginnen im Frühjahr und sollen vor den Herbststürmen fertig sein, teilte der Rat mit.',
    ],
    fr: [
      'Le conseil du port a voté mardi la reconstruction de la jetée nord, fermée depuis une tempête en janvier.',
      'Selon les ingénieurs, la nouvelle jetée sera plus haute d’un mètre, sur des pieux d’acier enfoncés jusqu’à la roche.',
      'Les travaux commenceront au printemps et devront finir avant les tempêtes d’automne, a indiqué le conseil.',
    ],
    es: [
      'La junta del puerto votó el martes reconstruir el muelle norte, cerrado desde que una tormenta lo partió en enero.',
      'Según los ingenieros, el nuevo muelle será un metro más alto, con pilotes de acero clavados hasta la roca.',
      'Las obras empezarán en primavera y terminarán antes de los temporales de otoño, informó la junta.',
    ],
    pl: [
      'Zarząd portu zdecydował we wtorek o odbudowie północnego mola, zamkniętego od styczniowego sztormu.',
      'Według inżynierów nowe molo będzie o metr wyższe, a stalowe pale zostaną wbite przez muł aż do skały.',
      'Prace ruszą wiosną i mają się skończyć przed jesiennymi sztormami, poinformował zarząd po głosowaniu.',
    ],
    en: [
      'The harbour board voted on Tuesday to rebuild the north pier, which has been closed since a storm split its deck.',
      'Engineers said the new pier would stand a metre higher, with steel piles driven through the silt to the rock.',
      'The work is due to start in the spring and to finish before the autumn gales, the board said after the vote.',
    ],
  };
  const page = (lang: string, line: string, head = '', h1 = true) =>
    `<!DOCTYPE html><html lang="${lang}"><head><title>Laituri | Satama</title>${head}</head><body><article>` +
    `${h1 ? '<h1>Laituri</h1>' : ''}<p>${line}</p>${(stories[lang] ?? []).map((text) => `<p>${text}</p>`).join('')}` +
    '</article></body></html>';

  test.each([
    ['fi', 'Julkaistu 12.3.2023 10:15 | Päivitetty 13.3.2023 8:00'],
    ['sv', 'Publicerad 12 mars 2023 kl. 10.15 | Uppdaterad 13 mars 2023 kl. 08.00'],
    ['de', 'Veröffentlicht am 12.03.2023, 10:15 Uhr | Aktualisiert am 13.03.2023, 08:00 Uhr'],
    ['fr', 'Publié le 12 mars 2023 à 10h15 | Mis à jour le 13 mars 2023 à 08h00'],
    ['es', 'Publicado el 12 de marzo de 2023 | Actualizado el 13 de marzo de 2023'],
    ['pl', 'Opublikowano: 12.03.2023 10:15 | Aktualizacja: 13.03.2023 08:00'],
    ['en', 'Published 12 March 2023 10:15 | Updated 13 March 2023 08:00'],
  ])('%s: "%s" gives date and updated, and leaves the story', async (lang, line) => {
    for (const h1 of [true, false]) {
      const found = await readHtml(page(lang, line, '', h1), 'laituri.html');
      expect(found.fields).toMatchObject({ date: '2023-03-12', updated: '2023-03-13' });
      expect(found.text).toBe((stories[lang] ?? []).join(' '));
    }
  });

  test('the update alone is never the day it was published: offered, and said so', async () => {
    const found = await readHtml(page('fr', 'Mis à jour le 13 mars 2023 à 08h00'), 'jetee.html');
    expect(found.fields.date).toBeUndefined();
    expect(found.fields.updated).toBeUndefined();
    expect(found.guessed?.date).toBe('2023-03-13');
  });

  test('a declared update wins over the printed one, which goes only with the day the line prints', async () => {
    const line = 'Julkaistu 12.3.2023 10:15 | Päivitetty 13.3.2023 8:00';
    const declared = (published: string, modified = '') =>
      `<meta property="article:published_time" content="${published}">` +
      (modified ? `<meta property="article:modified_time" content="${modified}">` : '');
    const modified = await readHtml(
      page('fi', line, declared('2023-03-12T10:15:00+02:00', '2023-03-14T09:00:00+02:00')),
      'laituri.html',
    );
    expect(modified.fields).toMatchObject({ date: '2023-03-12T10:15:00+02:00', updated: '2023-03-14T09:00:00+02:00' });
    const sameDay = await readHtml(page('fi', line, declared('2023-03-12T10:15:00+02:00')), 'laituri.html');
    expect(sameDay.fields).toMatchObject({ date: '2023-03-12T10:15:00+02:00', updated: '2023-03-13' });
    const otherDay = await readHtml(page('fi', line, declared('2023-03-10T10:15:00+02:00')), 'laituri.html');
    expect(otherDay.fields.date).toBe('2023-03-10T10:15:00+02:00');
    expect(otherDay.fields.updated).toBeUndefined();
  });
});

describe('a tag line under the story, or over it', () => {
  // Written here: a short Serbian story in Latin letters, and the same lines in Cyrillic, Croatian and English.
  const story = [
    'Gradsko veće je u utorak izglasalo obnovu severnog mola, zatvorenog od januarske oluje koja mu je rascepila palubu.',
    'Inženjeri kažu da će novi mol biti metar viši, sa čeličnim šipovima pobijenim kroz mulj sve do stene.',
    'Radovi počinju u proleće i treba da budu gotovi pre jesenjih oluja, saopštilo je veće posle glasanja.',
  ];
  const page = (lang: string, before: string, after: string, head = '') =>
    `<!DOCTYPE html><html lang="${lang}"><head><title>Mol se obnavlja</title>${head}</head><body><article><h1>Mol se obnavlja</h1>` +
    `${before}${story.map((text) => `<p>${text}</p>`).join('')}${after}</article></body></html>`;

  test.each([
    ['sr-Latn', '<p>Tagovi: izbori, Beograd, skupština</p>', ['izbori', 'Beograd', 'skupština']],
    ['sr', '<p>Тагови: избори, Београд, скупштина</p>', ['избори', 'Београд', 'скупштина']],
    ['hr', '<p>Oznake: izbori, Zagreb, Sabor</p>', ['izbori', 'Zagreb', 'Sabor']],
    ['pl', '<p>Tagi: wybory, port, rada miasta</p>', ['wybory', 'port', 'rada miasta']],
    ['de', '<p>Schlagwörter: Wahlen, Hafen</p>', ['Wahlen', 'Hafen']],
    [
      'en',
      '<div class="tags"><strong>Tags:</strong> <a href="/t/e">elections</a> <a href="/t/h">harbour board</a></div>',
      ['elections', 'harbour board'],
    ],
  ])('%s: %s closing the story gives its tags and leaves it', async (lang, line, tags) => {
    const found = await readHtml(page(lang, '', line), 'mol.html');
    expect(found.fields.tags).toEqual(tags);
    expect(found.text).toBe(story.join(' '));
  });

  test('over the story it does the same, as the head reader reads it', async () => {
    const found = await readHtml(page('sr-Latn', '<p>Tagovi: izbori, Beograd, skupština</p>', ''), 'mol.html');
    expect(found.fields.tags).toEqual(['izbori', 'Beograd', 'skupština']);
    expect(found.text).toBe(story.join(' '));
  });

  test('under a byline or over it, beside a section, the tag line goes; the byline names the writer', async () => {
    for (const after of [
      '<p>Tagovi: izbori, Beograd</p><p>Autor: Marko Savić</p>',
      '<p>Autor: Marko Savić</p><p>Rubrika: Društvo | Tagovi: izbori, Beograd</p>',
    ]) {
      const found = await readHtml(page('sr-Latn', '', after), 'mol.html');
      expect(found.fields).toMatchObject({ tags: ['izbori', 'Beograd'], authors: ['Marko Savić'] });
      if (after.includes('Rubrika')) expect(found.fields.section).toBe('Društvo');
      expect(found.text).toBe(story.join(' '));
    }
  });

  test('the story’s printed tags win over the keywords its page declares, as over the story', async () => {
    const found = await readHtml(
      page(
        'sr-Latn',
        '',
        '<p>Tagovi: izbori, Beograd</p>',
        '<meta name="keywords" content="vesti, srbija, najnovije">',
      ),
      'mol.html',
    );
    expect(found.fields.tags).toEqual(['izbori', 'Beograd']);
  });

  test('a closing line that names no tag, or is a sentence, stays the story’s', async () => {
    for (const last of [
      'Tagovi su ove godine bili skromni, kažu organizatori.',
      'Tags: the full statement',
      'Tag für Tag kommen mehr Menschen, Familien und Kinder an.',
      'Topics ranged from housing, jobs and schools to the new bridge.',
    ]) {
      const found = await readHtml(page('sr-Latn', '', `<p>${last}</p>`), 'mol.html');
      expect(found.fields.tags).toBeUndefined();
      expect(found.text).toContain(last);
    }
  });
});
