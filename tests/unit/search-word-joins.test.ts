/**
 * Words joined by typographic marks, as the indexer hands them to Pagefind
 * (ASCII stand-ins it splits at) and as the search page shows them back.
 */
import { describe, expect, test } from 'vitest';
import { pageForIndex, restoreJoins, standInJoins } from '../../src/search/word-joins.ts';

describe('standInJoins', () => {
  test('replaces a mark joining two words with an ASCII stand-in, in any script', () => {
    expect(standInJoins('les chalets d’artisans')).toBe('les chalets d`artisans');
    expect(standInJoins('dell’anno, l’Ubaye, qu’il')).toBe('dell`anno, l`Ubaye, qu`il');
    expect(standInJoins('de 1998–2003')).toBe('de 1998^2003');
    expect(standInJoins('the economy—and jobs')).toBe('the economy|and jobs');
    expect(standInJoins('peut‑être')).toBe('peut~être');
    expect(standInJoins('Gdańsk’s')).toBe('Gdańsk`s');
    expect(standInJoins('l‘avion, d´artisans')).toBe('l{avion, d$artisans');
    expect(standInJoins('battery‐electric, wait…what')).toBe('battery\\electric, wait*what');
    expect(standInJoins('בית־ספר')).toBe('בית#ספר');
    // Ukrainian's own apostrophe, a letter to Unicode: split like ’, so п'ять typed finds пʼять written.
    expect(standInJoins('пʼять обʼєктів')).toBe('п}ять об}єктів');
  });

  test('leaves a mark that does not stand between two words', () => {
    for (const text of ['‘quoted’ words', 'a — b', '– 12', 'word’', '’90s', 'a’’b', 'no marks at all'])
      expect(standInJoins(text)).toBe(text);
  });

  test('adds one to a stand-in already written between two words, so it is not read back as a mark', () => {
    expect(standInJoins('x^2 and a|b')).toBe('x^^2 and a||b');
    expect(standInJoins('a^^b')).toBe('a^^^b');
    expect(standInJoins('a`^b')).toBe('a`^b');
  });

  test("parts the Arabic conjunction و or ف from the article after it, which Pagefind's stemmer leaves joined", () => {
    // Snowball's Arabic stemmer keeps و and ف before an alef (they begin واحد, فاز), so والمياه was never found by المياه.
    expect(standInJoins('انقطاع الكهرباء والمياه فالأطفال')).toBe('انقطاع الكهرباء و+المياه ف+الأطفال');
    // Too short to be conjunction, article and word (والد, والٍ), inside a word, or written apart: left as it is.
    for (const text of [
      'والد',
      'والدة',
      'والدين',
      'والدتها',
      'فالنسيا',
      'واحد',
      'فاز',
      'ووالد',
      'مياهوالمياه',
      'و المياه',
    ])
      expect(standInJoins(text)).toBe(text);
    expect(standInJoins('المياه', 'و')).toBe('+المياه');
    expect(standInJoins('والمياه', 'ب')).toBe('والمياه');
    expect(standInJoins('a+b')).toBe('a++b');
  });

  test('sees the characters next to the text, across inline markup', () => {
    expect(standInJoins('’s record', 'a')).toBe('`s record');
    expect(standInJoins('d’', '', 'a')).toBe('d`');
    expect(standInJoins('d’', '', '')).toBe('d’');
  });
});

describe('restoreJoins', () => {
  test('gives back the article’s own characters', () => {
    expect(restoreJoins('Les chalets <mark>d`artisans</mark> de 1998^2003')).toBe(
      'Les chalets <mark>d’artisans</mark> de 1998–2003',
    );
    expect(restoreJoins('x^^2, a||b, a^^^b')).toBe('x^2, a|b, a^^b');
    expect(restoreJoins('الكهرباء <mark>و+المياه</mark>، a++b')).toBe('الكهرباء <mark>والمياه</mark>، a+b');
    expect(restoreJoins('लगभग <mark>३०@30</mark> प्रतिशत, desk@@gazette')).toBe(
      'लगभग <mark>३०</mark> प्रतिशत, desk@gazette',
    );
  });

  test('a Persian word parted by a zero-width non-joiner is indexed whole and by its parts, and shown as written', () => {
    expect(standInJoins('زلزله\u200Cزدگان')).toBe('زلزله=زدگان');
    expect(restoreJoins('زلزله=زدگان')).toBe('زلزله\u200Cزدگان');
    // Written at a word's edge, it parts nothing.
    expect(standInJoins('زلزله\u200C زدگان')).toBe('زلزله\u200C زدگان');
  });

  test('a number in another script’s digits is indexed with its ASCII twin, so either finds it', () => {
    expect(standInJoins('लगभग ३० प्रतिशत फसल, १२वीं कक्षा')).toBe('लगभग ३०@30 प्रतिशत फसल, १२@12वीं कक्षा');
    expect(standInJoins('عام ٢٠١١')).toBe('عام ٢٠١١@2011');
  });

  test('a word written with a ligature is indexed with its twin spelled out, so "coeur" finds « cœur »', () => {
    expect(standInJoins('Au cœur de l’Œuvre, Lætitia et un ﬁlet')).toBe(
      'Au cœur@coeur de l`Œuvre@Oeuvre, Lætitia@Laetitia et un ﬁlet@filet',
    );
    expect(restoreJoins('Au <mark>cœur@coeur</mark> de l`Œuvre@Oeuvre')).toBe('Au <mark>cœur</mark> de l’Œuvre');
    // Turkish ı, typed i outside Turkey, is spelled out the same way.
    expect(standInJoins('Bina yıkıldı')).toBe('Bina yıkıldı@yikildi');
    expect(restoreJoins('Bina <mark>yıkıldı@yikildi</mark>')).toBe('Bina <mark>yıkıldı</mark>');
    // So are the letters that carry their mark inside them: Polish ł, Danish and Norwegian ø, Icelandic ð and þ.
    expect(standInJoins('Łódź, Tromsø, Þórshöfn, Guðrún')).toBe(
      'Łódź@Lódź, Tromsø@Tromso, Þórshöfn@Thórshöfn, Guðrún@Gudrún',
    );
    expect(restoreJoins('w <mark>Łodzi@Lodzi</mark>')).toBe('w <mark>Łodzi</mark>');
    // Azerbaijani ə, typed e; Armenian's ligature և, typed as its two letters.
    expect(standInJoins('Gəncə və Երևան')).toBe('Gəncə@Gence və@ve Երևան@Երեւան');
    expect(restoreJoins('<mark>Երևան@Երեւան</mark>')).toBe('<mark>Երևան</mark>');
    // A twin that is not the word spelled out was written so in the article: it stays.
    expect(restoreJoins('cœur@@coeur')).toBe('cœur@coeur');
  });
  test('every kind of twin in one text comes out, and an address the article wrote keeps its @', () => {
    const text = 'लगभग ३० प्रतिशत, cœur, והשוק נסגר, በሥራ ላይ: desk@gazette.example';
    const indexed = standInJoins(text);
    expect(indexed).toContain('३०@30');
    expect(indexed).toContain('cœur@coeur');
    expect(restoreJoins(indexed)).toBe(text);
    expect(
      restoreJoins('<mark>३०@30</mark> <mark>cœur@coeur</mark> <mark>והשוק@השוק@שוק</mark> <mark>በሥራ@ሥራ@በስራ@ስራ</mark>'),
    ).toBe('<mark>३०</mark> <mark>cœur</mark> <mark>והשוק</mark> <mark>በሥራ</mark>');
  });

  test('a Hebrew word with letters joined to its front is indexed with its stems, so "שוק" finds בשוק and והשוק', () => {
    const indexed = standInJoins('מחירי הדגים בשוק ובית־הספר, והשוק נסגר', '', '', { hebrew: true });
    // A word joined to another by a mark (maqaf, geresh, hyphen) keeps its twinless whole, which Pagefind indexes.
    expect(indexed).toBe('מחירי@חירי הדגים@דגים בשוק@שוק ובית#הספר, והשוק@השוק@שוק נסגר');
    expect(restoreJoins(indexed)).toBe('מחירי הדגים בשוק ובית־הספר, והשוק נסגר');
    // An acronym's gershayim stays inside its word and its stems: "ארה״ב" finds בארה״ב.
    expect(standInJoins('המנכ״ל בארה״ב והפיצ׳ר', '', '', { hebrew: true })).toBe('המנכ״ל@מנכ״ל בארה״ב@ארה״ב והפיצ%ר');
    expect(restoreJoins('<mark>והשוק@השוק@שוק</mark> נסגר')).toBe('<mark>והשוק</mark> נסגר');
    // Only where the text is Hebrew; an @ the article writes between Hebrew words comes back as written.
    expect(standInJoins('בשוק')).toBe('בשוק');
    expect(standInJoins('בשוק@השוק', '', '', { hebrew: true })).toBe('בשוק@@השוק');
    expect(restoreJoins(standInJoins('בשוק@השוק', '', '', { hebrew: true }))).toBe('בשוק@השוק');
  });

  test('an Amharic word is indexed without its prefix and in one spelling, so "መርካቶ" finds በመርካቶ and "ስራ" ሥራ', () => {
    const indexed = standInJoins('በመርካቶ ሥራ ተጀመረ፣ ሃገር', '', '', { amharic: true });
    expect(indexed).toBe('በመርካቶ@መርካቶ ሥራ@ስራ ተጀመረ፣ ሃገር@ሀገር');
    expect(restoreJoins(indexed)).toBe('በመርካቶ ሥራ ተጀመረ፣ ሃገር');
    expect(restoreJoins('<mark>በሥራ@ሥራ@በስራ@ስራ</mark> ላይ')).toBe('<mark>በሥራ</mark> ላይ');
    // Only where the text is Amharic: Tigrinya tells ሀ from ሐ, and writes no such prefixes.
    expect(standInJoins('በመርካቶ ሥራ')).toBe('በመርካቶ ሥራ');
  });

  test('a Turkish word with a capital I is indexed in Turkish’s lower case too, so "ışık" finds Işık and IŞIK, and "Ilık" ılık', () => {
    const indexed = standInJoins('Işık Bayramı, IŞIK ve Iğdır’dan', '', '', { turkish: true });
    expect(indexed).toBe('Işık@Işik@ışık Bayramı@Bayrami, IŞIK@ışık ve Iğdır@Iğdir@ığdır`dan');
    expect(restoreJoins(indexed)).toBe('Işık Bayramı, IŞIK ve Iğdır’dan');
    expect(restoreJoins('<mark>IŞIK@ışık</mark> festivali')).toBe('<mark>IŞIK</mark> festivali');
    // A word opening with ı, as a query capitalised by a phone reaches Pagefind: "Ilık" is "ilık" to it.
    expect(standInJoins('ılık hava, kapı', '', '', { turkish: true })).toBe('ılık@ilik@ilık hava, kapı@kapi');
    expect(restoreJoins('ılık@ilik@ilık hava, kapı@kapi')).toBe('ılık hava, kapı');
    // Only a Turkish or Azerbaijani page: elsewhere I is the capital of i.
    expect(standInJoins('IBM in Istanbul')).toBe('IBM in Istanbul');
    expect(pageForIndex('<main data-pagefind-body><p>IŞIK</p></main>', 'tr')).toBe(
      '<main data-pagefind-body><p>IŞIK@ışık</p></main>',
    );
    // A word markup splits (a drop capital) is twinned nowhere inside it.
    expect(pageForIndex('<main data-pagefind-body><p><span>I</span>rak’ta <b>I</b>ŞIK</p></main>', 'tr')).toBe(
      '<main data-pagefind-body><p><span>I</span>rak`ta <b>I</b>ŞIK</p></main>',
    );
    expect(pageForIndex('<main data-pagefind-body><p>IŞIK</p></main>', 'en')).toBe(
      '<main data-pagefind-body><p>IŞIK</p></main>',
    );
  });

  test('words an older Ethiopic text sets apart with its wordspace ፡ are indexed apart, and shown with it', () => {
    const indexed = standInJoins('የጥንታዊ፡ብራና፡መጻሕፍት');
    expect(indexed).toBe('የጥንታዊ!ብራና!መጻሕፍት');
    expect(restoreJoins(indexed)).toBe('የጥንታዊ፡ብራና፡መጻሕፍት');
  });

  test('undoes standInJoins exactly, whatever the text', () => {
    // Deterministic pseudo-random texts over the characters that matter: letters, digits, marks, stand-ins, spaces.
    const alphabet = [
      'a',
      'é',
      '7',
      'ß',
      'ס',
      ' ',
      '.',
      '"',
      ...'’‘´–—‐‑־׳…ʼ',
      ...'`{$^|\\~#*}+@%',
      ...'وفالمم',
      ...'३०٣',
      ...'œÆﬁıłØþ',
      ...'IIİ',
      ...'בהוש״',
      ...'በሥራመ፡፣።!;',
    ];
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let i = 0; i < 5000; i++) {
      const text = Array.from({ length: next() % 12 }, () => alphabet[next() % alphabet.length]).join('');
      expect(restoreJoins(standInJoins(text)), JSON.stringify(text)).toBe(text);
      expect(restoreJoins(standInJoins(text, '', '', { hebrew: true })), `Hebrew: ${JSON.stringify(text)}`).toBe(text);
      expect(restoreJoins(standInJoins(text, '', '', { amharic: true })), `Amharic: ${JSON.stringify(text)}`).toBe(
        text,
      );
      expect(restoreJoins(standInJoins(text, '', '', { turkish: true })), `Turkish: ${JSON.stringify(text)}`).toBe(
        text,
      );
    }
  });
});

describe('pageForIndex: blocks of scripts that write no full stop', () => {
  test('a Thai, Lao, Khmer or Burmese block ends with a space, so Pagefind adds no ". " after it; others keep it', () => {
    const view = pageForIndex(
      '<main data-pagefind-body><h1>ชาวบ้านช่วยกันเก็บขยะ</h1><p>ระดับน้ำลดลง<em>แล้ว</em></p>' +
        '<p>ວັນນີ້ຝົນຕົກ</p><p>Ferry back</p><p>ม.ค.</p></main>',
      'th',
    );
    expect(view).toBe(
      '<main data-pagefind-body><h1>ชาวบ้านช่วยกันเก็บขยะ </h1><p>ระดับน้ำลดลง<em>แล้ว</em> </p>' +
        '<p>ວັນນີ້ຝົນຕົກ </p><p>Ferry back</p><p>ม.ค.</p></main>',
    );
  });

  test('a Hindi, Bengali, Amharic or Armenian block ends with its script\'s own stop, not Pagefind\'s ". "', () => {
    const view = pageForIndex(
      '<main data-pagefind-body><h1>ঢাকার বাতাস দূষিত</h1><p>নিজস্ব প্রতিবেদক, ঢাকা</p><p>বাজার খুলেছে।</p>' +
        '<p>नया पुल खुला</p><p>አዲስ ድልድይ</p><p>Նոր կամուրջ</p><p>ঢাকা, 2024</p><p>ድልድዩ ተከፈተ።</p><p>Կամուրջը բացվեց։</p></main>',
      'bn',
    );
    expect(view).toBe(
      '<main data-pagefind-body><h1>ঢাকার বাতাস দূষিত।</h1><p>নিজস্ব প্রতিবেদক, ঢাকা।</p><p>বাজার খুলেছে।</p>' +
        '<p>नया पुल खुला।</p><p>አዲስ ድልድይ።</p><p>Նոր կամուրջ։</p><p>ঢাকা, 2024</p><p>ድልድዩ ተከፈተ።</p><p>Կամուրջը բացվեց։</p></main>',
    );
  });

  test('a Hebrew geresh joins a word as an apostrophe does: indexed whole and by its parts, shown as written', () => {
    expect(standInJoins('צ׳יאנג מאי')).toBe('צ%יאנג מאי');
    expect(restoreJoins('צ%יאנג מאי')).toBe('צ׳יאנג מאי');
  });
});

describe('pageForIndex', () => {
  const page = (body: string, record = '') =>
    `<!doctype html><html lang="fr"><head><title>L’été – 2024</title></head><body><nav>L’accueil</nav>` +
    `<article data-pagefind-body lang="fr">${record}${body}</article><footer>d’autres</footer></body></html>`;

  test('rewrites the words of the indexed element, and only them', () => {
    const html = page('<h1>L’été</h1><p title="l’avion">Les chalets d’artisans, 1998–2003.</p>');
    const view = pageForIndex(html);
    expect(view).toContain('<h1>L`été</h1><p title="l’avion">Les chalets d`artisans, 1998^2003.</p>');
    expect(view).toContain('<title>L’été – 2024</title>');
    expect(view).toContain('<nav>L’accueil</nav>');
    expect(view).toContain('<footer>d’autres</footer>');
  });

  test('keeps the values Pagefind records: titles, filters and sort keys', () => {
    const record =
      '<div hidden data-pagefind-ignore><span data-pagefind-meta="title">L’été d’Anaïs</span>' +
      '<span data-pagefind-filter="author">Marie O’Neil</span><span data-pagefind-sort="date">2024–05</span></div>';
    const view = pageForIndex(page('<p>L’été</p>', record));
    expect(view).toContain(record);
    expect(view).toContain('<p>L`été</p>');
  });

  test('joins across inline markup as Pagefind does, never across a block', () => {
    expect(pageForIndex(page('<p>d’<em>artisans</em> et <a href="/x">Obama</a>’s</p>'))).toContain(
      '<p>d`<em>artisans</em> et <a href="/x">Obama</a>`s</p>',
    );
    expect(pageForIndex(page('<p>الكهرباء و<em>المياه</em></p>'))).toContain('<p>الكهرباء و<em>+المياه</em></p>');
    expect(pageForIndex(page('<p>fin’</p><p>Suite</p>'))).toContain('<p>fin’</p><p>Suite</p>');
    expect(pageForIndex(page('<p>fin’<br>suite</p>'))).toContain('<p>fin’<br>suite</p>');
    expect(pageForIndex(page('<p>fin’<span data-pagefind-ignore>suite</span></p>'))).toContain(
      '<p>fin’<span data-pagefind-ignore>suite</span></p>',
    );
  });

  test('a Persian, Urdu or Sorani page holds its own yeh and kaf, however typed; an Arabic one keeps its letters', () => {
    // The headline and writers' names the search reads too; a filter keeps the value the search page offers.
    const record = '<span data-pagefind-meta="title">علي</span><span data-pagefind-filter="author">علي</span>';
    const typed = page(`<p>علي در كتابخانه بود و کتاب‌ها را دید.</p>`, record);
    const view = pageForIndex(typed, 'fa');
    expect(view).toContain('<p>علی در کتابخانه بود و کتاب=ها را دید.</p>');
    expect(view).toContain('<span data-pagefind-meta="title">علی</span><span data-pagefind-filter="author">علي</span>');
    expect(pageForIndex(typed, 'ar')).toContain(record);
    // Urdu's heh too, where an Arabic or Persian keyboard typed ه (کتابخانہ).
    expect(pageForIndex(typed, 'ur')).toContain('<p>علی در کتابخانہ بود و کتاب=ہا');
    expect(pageForIndex(typed, 'ar')).toContain('<p>علي در كتابخانه');
    // Nothing else to rewrite: the letters alone make a view.
    expect(pageForIndex(page('<p>علي</p>'), 'fa')).toContain('<p>علی</p>');
  });

  test('returns the page itself when nothing is to rewrite, or nothing is indexed', () => {
    const plain = page('<p>Plain words, an ‘aside’ — spaced.</p>');
    expect(pageForIndex(plain)).toBe(plain);
    const listing = '<html><body><h1>L’été</h1></body></html>';
    expect(pageForIndex(listing)).toBe(listing);
  });
});
