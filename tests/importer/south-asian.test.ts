// Bengali and Tamil newsroom material as a new user's trial imported it (invented stories in the layout papers in
// Bangladesh, India and Sri Lanka print): bylines with a place, an initial, a label or a desk's credit, dates with
// May's two-letter name, both Bengali spellings and ordinal days, rights notices, a saved page and a feed.
import { describe, expect, test } from 'vitest';
import { bylineNames, hasBylineLabel, isDeskCredit } from '../../src/importer/bylines.ts';
import { feedPublication, readFeed, type FeedEntry } from '../../src/importer/read-feed.ts';
import { readHtml } from '../../src/importer/read-html.ts';
import { copyrightHolder, isCopyrightLine, readText } from '../../src/importer/read-text.ts';
import { monthAndDay, onlyDateWords, writtenDate } from '../../src/lib/written-dates.ts';

const bengaliStory =
  'চট্টগ্রাম বন্দরের ইয়ার্ডে এখন প্রায় ৪১ হাজার কনটেইনার জমে আছে, যা ধারণক্ষমতার কাছাকাছি। আমদানিকারকেরা বলছেন, পণ্য খালাসে দেরি হচ্ছে।\n\n' +
  'বন্দর কর্তৃপক্ষের সচিব জানান, রমজানের আগে আমদানি বেড়ে যাওয়ায় এই চাপ তৈরি হয়েছে।';
const tamilStory =
  'மதுரை மாவட்டம் அலங்காநல்லூரில் செவ்வாய்க்கிழமை நடைபெற்ற ஜல்லிக்கட்டுப் போட்டியில் ஆயிரம் காளைகள் பங்கேற்றன. போட்டி மாலை வரை நடைபெற்றது.\n\n' +
  'காயமடைந்த 42 பேருக்கு மருத்துவ முகாமில் சிகிச்சை அளிக்கப்பட்டது.';
const hindiStory =
  'नर्मदा नदी पर बना नया पुल मंगलवार को आम जनता के लिए खोल दिया गया। पुल की लंबाई 1,200 मीटर है।\n\nज़िलाधिकारी ने पुल का उद्घाटन किया।';

describe('plain text in the usual newsroom layout: headline, byline, date, story', () => {
  test('a name with its initial and the place filed from is the writer, without the place', () => {
    const bengali = readText(
      `চট্টগ্রাম বন্দরে কনটেইনার জট, ব্যবসায়ীদের ক্ষোভ\nমো. রফিকুল ইসলাম, চট্টগ্রাম\n১৫ ফেব্রুয়ারি ২০২৪\n\n${bengaliStory}\n\nসর্বস্বত্ব সংরক্ষিত © দৈনিক নদীতীর ২০২৪`,
      'ctg-port.txt',
      { siteLang: 'bn' },
    );
    expect(bengali.guessed).toMatchObject({
      title: 'চট্টগ্রাম বন্দরে কনটেইনার জট, ব্যবসায়ীদের ক্ষোভ',
      authors: ['মো. রফিকুল ইসলাম'],
      date: '2024-02-15',
      source: { name: 'দৈনিক নদীতীর' },
    });
    expect(bengali.fields.copyright).toBe('সর্বস্বত্ব সংরক্ষিত © দৈনিক নদীতীর ২০২৪');
    // The head lines are taken out, not glued into the first paragraph.
    expect(bengali.text.startsWith('চট্টগ্রাম বন্দরের ইয়ার্ডে')).toBe(true);
    expect(bengali.body).not.toMatch(/রফিকুল|ফেব্রুয়ারি|ক্ষোভ|সর্বস্বত্ব/u);

    const tamil = readText(
      `அலங்காநல்லூர் ஜல்லிக்கட்டில் 1,000 காளைகள் பங்கேற்பு\nஎஸ். கலைச்செல்வி, மதுரை\n16 ஜனவரி 2024\n\n${tamilStory}\n\n© 2024 பசுமைக் குரல் அறக்கட்டளை`,
      'madurai.txt',
    );
    expect(tamil.guessed).toMatchObject({
      title: 'அலங்காநல்லூர் ஜல்லிக்கட்டில் 1,000 காளைகள் பங்கேற்பு',
      authors: ['எஸ். கலைச்செல்வி'],
      date: '2024-01-16',
      source: { name: 'பசுமைக் குரல் அறக்கட்டளை' },
    });
    expect(tamil.text.startsWith('மதுரை மாவட்டம்')).toBe(true);
    expect(tamil.body).not.toContain('கலைச்செல்வி');
    // A given name alone before the place, as Tamil writers may sign.
    expect(
      readText(`அலங்காநல்லூர் ஜல்லிக்கட்டு\nகலைச்செல்வி, மதுரை\n16 ஜனவரி 2024\n\n${tamilStory}`, 'm.txt').guessed?.authors,
    ).toEqual(['கலைச்செல்வி']);
  });

  test('a labelled byline ("reporter:") gives the name after the label, an initial kept', () => {
    for (const [byline, name, headline, date, story] of [
      ['প্রতিবেদক: রফিকুল ইসলাম', 'রফিকুল ইসলাম', 'বন্দরে কনটেইনার জট', '১৫ ফেব্রুয়ারি ২০২৪', bengaliStory],
      ['লেখক: ফারহানা ইয়াসমিন', 'ফারহানা ইয়াসমিন', 'বন্দরে কনটেইনার জট', '১৫ ফেব্রুয়ারি ২০২৪', bengaliStory],
      ['செய்தியாளர்: க. முருகன்', 'க. முருகன்', 'சென்னையில் குடிநீர் தட்டுப்பாடு', '12 மார்ச் 2024', tamilStory],
      ['संवाददाता: रमेश कुमार, भोपाल', 'रमेश कुमार', 'नर्मदा पर नया पुल खुला', '12 मार्च 2019', hindiStory],
    ] as const) {
      const found = readText(`${headline}\n${byline}\n${date}\n\n${story}`, 'a.txt');
      expect(found.guessed?.authors, byline).toEqual([name]);
      expect(found.guessed?.title, byline).toBe(headline);
      expect(found.guessed?.date, byline).toBeDefined();
      expect(found.text, byline).not.toContain(byline.split(':')[0]);
    }
  });

  test("a desk's credit names no writer, and the headline and date around it are still read", () => {
    for (const [credit, headline, date, day, story] of [
      ['নিজস্ব প্রতিবেদক, ঢাকা', 'ঢাকার বাতাস আবারও দূষিত', 'প্রকাশ: ১২ মার্চ ২০২৪, ১০:৩০', '2024-03-12', bengaliStory],
      [
        'সিলেট প্রতিনিধি',
        'সিলেটে আবারও বন্যা, পানিবন্দী লাখো মানুষ',
        'আপডেট: ২১ মে ২০২৪, ১৮:৪৫',
        '2024-05-21',
        bengaliStory,
      ],
      ['স্টাফ রিপোর্টার', 'বন্দরে কনটেইনার জট', '১২ই মার্চ ২০২৪', '2024-03-12', bengaliStory],
      ['நமது நிருபர்', 'யாழ்ப்பாணத்தில் மீனவர்கள் பாதிப்பு', '05 ஏப்ரல் 2024', '2024-04-05', tamilStory],
      ['हमारे संवाददाता', 'नर्मदा पर नया पुल खुला', '12 मार्च 2019', '2019-03-12', hindiStory],
    ] as const) {
      const found = readText(`${headline}\n${credit}\n${date}\n\n${story}`, 'a.txt');
      expect(found.guessed?.authors, credit).toBeUndefined();
      expect(found.guessed, credit).toMatchObject({ title: headline, date: day });
      expect(found.notes, credit).toContain(`left out the credit "${credit}", which names the paper's desk, no writer`);
      expect(found.text, credit).not.toContain(credit);
      expect(found.text, credit).not.toContain(headline);
    }
  });

  test('headline, byline and date set on the story’s first lines, no blank line between, are each read', () => {
    const found = readText(
      `ঢাকার বাতাস আবারও দূষিত\nনিজস্ব প্রতিবেদক, ঢাকা\nপ্রকাশ: ১২ মার্চ ২০২৪\n${bengaliStory}`,
      'a.txt',
    );
    expect(found.guessed).toMatchObject({ title: 'ঢাকার বাতাস আবারও দূষিত', date: '2024-03-12' });
    expect(found.text.startsWith('চট্টগ্রাম বন্দরের ইয়ার্ডে')).toBe(true);
  });
});

describe('bylines and desk credits in the scripts of India and Sri Lanka', () => {
  test('the place after a comma goes; names joined by "and" or with initials are each kept', () => {
    expect(bylineNames('মো. রফিকুল ইসলাম, চট্টগ্রাম')).toEqual(['মো. রফিকুল ইসলাম']);
    expect(bylineNames('ফারহানা ইয়াসমিন, ঢাকা')).toEqual(['ফারহানা ইয়াসমিন']);
    expect(bylineNames('রফিকুল ইসলাম ও করিম হোসেন, ঢাকা')).toEqual(['রফিকুল ইসলাম', 'করিম হোসেন']);
    expect(bylineNames('க. முருகன் மற்றும் எஸ். கலைச்செல்வி')).toEqual(['க. முருகன்', 'எஸ். கலைச்செல்வி']);
    // A second writer with an initial is no place.
    expect(bylineNames('க. முருகன், எஸ். கலைச்செல்வி')).toEqual(['க. முருகன்', 'எஸ். கலைச்செல்வி']);
    // A role after the name is none of it: "senior reporter".
    expect(bylineNames('রফিকুল ইসলাম, জ্যেষ্ঠ প্রতিবেদক')).toEqual(['রফিকুল ইসলাম']);
  });

  test('a role alone, after "own", "our", "staff" or a place, is a desk’s credit; a name is not', () => {
    for (const credit of [
      'নিজস্ব প্রতিবেদক',
      'নিজস্ব প্রতিবেদক, ঢাকা',
      'সিলেট প্রতিনিধি',
      'স্টাফ রিপোর্টার',
      'நமது நிருபர்',
      'சிறப்பு செய்தியாளர்',
      'செய்திப் பிரிவு',
      'हमारे संवाददाता',
      'भोपाल ब्यूरो',
    ]) {
      expect(isDeskCredit(credit), credit).toBe(true);
      expect(bylineNames(credit), credit).toEqual([]);
      expect(hasBylineLabel(credit), credit).toBe(true);
    }
    for (const name of ['মো. রফিকুল ইসলাম, চট্টগ্রাম', 'க. முருகன்', 'রফিকুল ইসলাম'])
      expect(isDeskCredit(name), name).toBe(false);
    // Two words of no desk before the role: a writer named with their role, or a title ("permanent representative
    // at the UN", a delegate of India), which names no desk.
    expect(isDeskCredit('রফিকুল ইসলাম প্রতিনিধি')).toBe(false);
    expect(bylineNames('রফিকুল ইসলাম প্রতিনিধি')).toEqual(['রফিকুল ইসলাম']);
    expect(isDeskCredit('জাতিসংঘে স্থায়ী প্রতিনিধি')).toBe(false);
    expect(isDeskCredit('भारत के प्रतिनिधि')).toBe(false);
    // A desk's word and a place together are a desk.
    expect(isDeskCredit('আমাদের সিলেট প্রতিনিধি')).toBe(true);
  });
});

describe('written dates in Bengali and Tamil', () => {
  test('May’s two-letter name, both Bengali spellings, Sri Lankan Tamil spellings, either digits', () => {
    for (const [written, day] of [
      ['২১ মে ২০২৪', '2024-05-21'],
      ['21 மே 2024', '2024-05-21'],
      ['আপডেট: ২১ মে ২০২৪, ১৮:৪৫', '2024-05-21'],
      ['১৫ ফেব্রুয়ারি ২০২৪', '2024-02-15'],
      ['১৫ ফেব্রুয়ারী ২০২৪', '2024-02-15'],
      ['১ জানুয়ারী ২০২৪', '2024-01-01'],
      ['১৫ আগষ্ট ২০২৩', '2023-08-15'],
      ['05 பெப்ரவரி 2024', '2024-02-05'],
      ['10 ஒக்டோபர் 2023', '2023-10-10'],
      // Marathi's May, the same rule: a whole name counts whatever its length.
      ['१२ मे २०२४', '2024-05-12'],
    ] as const)
      expect(writtenDate(written), written).toBe(day);
  });

  test('Bengali ordinal days (১লা, ৩রা, ৪ঠা, ১২ই, ২১শে) are the day', () => {
    for (const [written, day] of [
      ['১লা জানুয়ারি ২০২৪', '2024-01-01'],
      ['৩রা জুন ২০২৪', '2024-06-03'],
      ['৪ঠা জুলাই ২০২৪', '2024-07-04'],
      ['১২ই মার্চ ২০২৪', '2024-03-12'],
      ['২১শে মে ২০২৪', '2024-05-21'],
    ] as const) {
      expect(writtenDate(written), written).toBe(day);
      expect(onlyDateWords(written), written).toBe(true);
    }
    expect(monthAndDay('সিলেট, ২০শে মে —')).toEqual({ month: 5, day: 20 });
  });

  test('a word that begins like May, or a Bengali calendar month, is no Gregorian date', () => {
    expect(writtenDate('২১ মেয়র ২০২৪')).toBeUndefined();
    expect(writtenDate('১লা বৈশাখ ১৪৩১')).toBeUndefined();
    expect(onlyDateWords('২১ মে ২০২৪ বন্যা')).toBe(false);
  });
});

describe('rights notices in Bengali and Tamil', () => {
  test('the notice is recognised, its holder without the year (in any digits) or the phrase after a bar', () => {
    for (const [notice, holder] of [
      ['© ২০২৪ দৈনিক নদীতীর | সর্বস্বত্ব সংরক্ষিত', 'দৈনিক নদীতীর'],
      ['সর্বস্বত্ব সংরক্ষিত © দৈনিক নদীতীর ২০২৪', 'দৈনিক নদীতীর'],
      ['© ২০২৪ দৈনিক নদীতীর। সর্বস্বত্ব সংরক্ষিত।', 'দৈনিক নদীতীর'],
      ['© 2024 பசுமைக் குரல் அறக்கட்டளை. அனைத்து உரிமைகளும் பாதுகாக்கப்பட்டவை.', 'பசுமைக் குரல் அறக்கட்டளை'],
      ['அனைத்து உரிமைகளும் பாதுகாக்கப்பட்டவை © பசுமைக் குரல் அறக்கட்டளை', 'பசுமைக் குரல் அறக்கட்டளை'],
      ['© பசுமைக் குரல் அறக்கட்டளை, 2024. அனைத்து உரிமைகளும் பாதுகாக்கப்பட்டவை.', 'பசுமைக் குரல் அறக்கட்டளை'],
      ['பதிப்புரிமை © 2024 பசுமைக் குரல்', 'பசுமைக் குரல்'],
    ] as const) {
      expect(isCopyrightLine(notice), notice).toBe(true);
      expect(copyrightHolder(notice), notice).toBe(holder);
    }
    // "Copyright law was amended": a sentence about it.
    expect(isCopyrightLine('பதிப்புரிமைச் சட்டம் திருத்தப்பட்டது')).toBe(false);
  });

  test('a closing notice leaves the story and names its source', () => {
    const found = readText(
      `ঢাকার বাতাস আবারও দূষিত\nনিজস্ব প্রতিবেদক, ঢাকা\nপ্রকাশ: ১২ মার্চ ২০২৪, ১০:৩০\n\n${bengaliStory}\n\n© ২০২৪ দৈনিক নদীতীর | সর্বস্বত্ব সংরক্ষিত`,
      'dhaka-air.txt',
    );
    expect(found.fields.copyright).toBe('© ২০২৪ দৈনিক নদীতীর | সর্বস্বত্ব সংরক্ষিত');
    expect(found.guessed?.source).toEqual({ name: 'দৈনিক নদীতীর' });
    expect(found.text).not.toContain('সংরক্ষিত');
  });
});

test('a saved page’s visible byline with the place filed from, or a desk’s credit, is left out of the story', async () => {
  const page = `<!DOCTYPE html><html lang="bn"><head><meta charset="utf-8"><title>পহেলা বৈশাখে রমনার বটমূলে বর্ষবরণ | দৈনিক নদীতীর</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"পহেলা বৈশাখে রমনার বটমূলে বর্ষবরণ","datePublished":"2024-04-14T08:00:00+06:00","author":[{"@type":"Person","name":"ফারহানা ইয়াসমিন"}],"publisher":{"@type":"Organization","name":"দৈনিক নদীতীর"}}</script></head>
<body><article><h1>পহেলা বৈশাখে রমনার বটমূলে বর্ষবরণ</h1>
<div class="byline">ফারহানা ইয়াসমিন, ঢাকা</div>
<div class="post-date">প্রকাশ: ১৪ এপ্রিল ২০২৪, ০৮:০০</div>
<p>বাংলা নববর্ষ ১৪৩১ বরণে রবিবার ভোরে রমনার বটমূলে ছায়ানটের ঐতিহ্যবাহী অনুষ্ঠানে হাজারো মানুষ সমবেত হন। সূর্যোদয়ের সঙ্গে সঙ্গে ভৈরবী রাগালাপে শুরু হয় অনুষ্ঠান।</p>
<p>এবারের আয়োজনের প্রতিপাদ্য ছিল ‘আমার মুক্তি আলোয় আলোয়’। শিল্পীরা একক ও সম্মিলিত কণ্ঠে রবীন্দ্রসংগীত পরিবেশন করেন।</p>
<p>চারুকলা অনুষদ থেকে বের হওয়া মঙ্গল শোভাযাত্রায় অংশ নেন শিক্ষার্থী ও শিক্ষকেরা।</p>
</article></body></html>`;
  const found = await readHtml(page, 'boishakh.html');
  expect(found.fields.authors).toEqual(['ফারহানা ইয়াসমিন']);
  expect(found.text.startsWith('বাংলা নববর্ষ ১৪৩১')).toBe(true);
  expect(found.body).not.toContain('ঢাকা\n');
  expect(found.body).not.toContain('ফারহানা');
  // A desk's credit there, no writer declared: it goes too, and names no one.
  const desk = await readHtml(
    page.replace('ফারহানা ইয়াসমিন, ঢাকা', 'নিজস্ব প্রতিবেদক').replace(/"author":\[[^\]]*\],/u, ''),
    'desk.html',
  );
  expect(desk.fields.authors).toBeUndefined();
  expect(desk.text.startsWith('বাংলা নববর্ষ ১৪৩১')).toBe(true);
});

describe('feeds', () => {
  test.each([
    ['দৈনিক নদীতীর - সর্বশেষ খবর', 'দৈনিক নদীতীর'],
    ['পসুমাই কুরাল | সংবাদ', 'পসুমাই কুরাল'],
    ['பசுமைக் குரல் - சமீபத்திய செய்திகள்', 'பசுமைக் குரல்'],
    ['नर्मदा समाचार - ताज़ा ख़बरें', 'नर्मदा समाचार'],
    ['Báo Sông Lam - Tin tức mới nhất', 'Báo Sông Lam'],
    ['Il Porto - Ultime notizie', 'Il Porto'],
  ])("%s: the tagline of no name is left off the feed's name", (title, name) =>
    expect(feedPublication(title, 'https://feed.example/')).toBe(name),
  );

  const item = (title: string, text: string, lang = '') =>
    `<item><title>${title}</title><guid>urn:${title.length}</guid><pubDate>Wed, 12 Jun 2024 20:05:00 +0600</pubDate>${lang}<description>${text}</description></item>`;
  const feed = (lang: string, ...items: string[]) =>
    `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>দৈনিক নদীতীর - সর্বশেষ খবর</title><link>https://nodititr.example.com/</link><language>${lang}</language>${items.join('')}</channel></rss>`;
  const bengaliItem = item('রাজশাহীতে আমের দাম চড়া', 'রাজশাহীর বানেশ্বর হাটে এবার আম মণপ্রতি ৩ হাজার টাকায় বিক্রি হচ্ছে।');
  const english = 'Dhaka’s metro rail will run until 10pm for the week before Eid, the operator said on Wednesday.';
  const ok = (entries: FeedEntry[]) => entries.flatMap((entry) => (entry.ok ? [entry.article] : []));

  test('an entry in letters the feed’s language does not use is filed in its own, with why', async () => {
    const [bengali, metro] = ok(await readFeed(feed('bn', bengaliItem, item('Metro extends hours', english)), 'f.xml'));
    expect(bengali?.fields.lang).toBe('bn');
    expect(bengali?.guessed?.lang).toBeUndefined();
    expect(bengali?.fields.source?.name).toBe('দৈনিক নদীতীর');
    expect(metro?.fields.lang).toBeUndefined();
    expect(metro?.guessed?.lang).toBe('en');
    expect(metro?.guessedWhy?.lang).toBe(
      `language "en" guessed from the entry's Latin letters, which the feed's language (bn) is not written in: check it, or set --lang`,
    );
    // The reverse: a Bengali entry in an English feed.
    const [reverse] = ok(await readFeed(feed('en', bengaliItem), 'g.xml'));
    expect(reverse?.guessed?.lang).toBe('bn');
    expect(reverse?.fields.lang).toBeUndefined();
  });

  test('an entry that declares its own language keeps it, whatever its letters', async () => {
    const [metro] = ok(
      await readFeed(feed('bn', item('Metro extends hours', english, '<dc:language>bn</dc:language>')), 'f.xml'),
    );
    expect(metro?.fields.lang).toBe('bn');
    expect(metro?.guessed?.lang).toBeUndefined();
  });
});
