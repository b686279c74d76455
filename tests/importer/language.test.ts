import { describe, expect, test } from 'vitest';
import {
  fileInItsScript,
  pageLanguage,
  readsUnlike,
  textLanguage,
  westSlavicLanguage,
} from '../../src/importer/language.ts';
import type { FoundArticle } from '../../src/importer/types.ts';
import { readHtml } from '../../src/importer/read-html.ts';

// Written here: a short local story in each language, long enough for a trigram model to tell them apart.
const GERMAN =
  'Die Stadt hat am Wochenende das Straßenfest in der Altstadt gefeiert. Tausende Besucher kamen, ' +
  'obwohl es am Samstag geregnet hat, und die Händler waren mit dem Umsatz zufrieden.';
const ENGLISH =
  'The town celebrated its street festival in the old quarter at the weekend. Thousands of visitors ' +
  'came although it rained on Saturday, and the traders were pleased with their takings.';
const PORTUGUESE =
  'A prefeitura anunciou que as obras na ponte sobre o rio começam na segunda-feira e devem durar ' +
  'seis meses, com o trânsito desviado pela avenida principal durante o dia.';

describe('pageLanguage: the places a page declares its language in, settled by its text', () => {
  test('a template’s lang="en" over a German story, with content-language de: German', () => {
    expect(pageLanguage(['en', undefined, undefined, 'de'], GERMAN)).toBe('de');
  });

  test('the tag kept is the declaration’s own, region included', () => {
    expect(pageLanguage(['en-US', 'pt-BR'], PORTUGUESE)).toBe('pt-BR');
    expect(pageLanguage(['de-AT', 'en-GB'], ENGLISH)).toBe('en-GB');
  });

  test('a macrolanguage declared (Malay, Swahili) is compared as franc names it', () => {
    const malay =
      'Nelayan di Kuala Kedah menggesa kerajaan negeri bertindak segera terhadap pencemaran sungai yang ' +
      'menjejaskan hasil tangkapan mereka sejak awal bulan ini, kata persatuan nelayan tempatan semalam.';
    const swahili =
      'Wavuvi wa kisiwa cha Mafia wameanza kulinda hifadhi ya bahari kwa kushirikiana na serikali ya ' +
      'kijiji, na sasa samaki wameanza kurudi katika maeneo ambayo yalikuwa yameharibiwa kwa miaka mingi.';
    expect(pageLanguage(['en', undefined, undefined, 'ms'], malay)).toBe('ms');
    expect(pageLanguage(['en-US', 'sw'], swahili)).toBe('sw');
  });

  test('declarations that agree are taken as they are, whatever the text', () => {
    expect(pageLanguage(['en-US', 'en'], GERMAN)).toBe('en-US');
    expect(pageLanguage([undefined, 'de'], ENGLISH)).toBe('de');
  });

  test('the first declaration stands when the text is too short to tell, or there is none', () => {
    expect(pageLanguage(['en', 'de'], 'Straßenfest gefeiert.')).toBe('en');
    expect(pageLanguage(['en', 'de'], '')).toBe('en');
  });

  test('when the text reads as the first declaration, it stays', () => {
    expect(pageLanguage(['en', 'de'], ENGLISH)).toBe('en');
  });

  test('a page that declares nothing gets no language from its text', () => {
    expect(pageLanguage([undefined, undefined], GERMAN)).toBeUndefined();
  });

  test('a declared tag that names no ISO language is no candidate', () => {
    expect(pageLanguage(['xx', 'de'], ENGLISH)).toBe('xx');
  });
});

describe('a saved page that declares no language', () => {
  const page = (paragraphs: number) =>
    `<!doctype html><html><head><title>Street festival</title></head><body><article><h1>Street festival</h1>${[
      ENGLISH,
      'Stallholders said the crowds stayed until the last band finished, long after the rain had cleared away.',
      'The council will decide in the spring whether the festival moves to the harbour front next year.',
      'Residents of the narrow lanes asked again for the streets to be closed to cars for the whole weekend.',
      'Volunteers collected more than forty bags of litter on Sunday morning before the market opened.',
      'A local choir sang in the square each evening, and the museum kept its doors open until midnight.',
      'Police reported a quiet weekend, with two lost children found and returned to their parents.',
      'The bakery on the corner ran out of bread by noon on both days and has promised to bake twice as much next year.',
      'Organisers thanked the ferry company, which added late sailings so that visitors from the islands could get home.',
      'Next year the festival will mark its fiftieth edition, and the committee is already asking for old photographs.',
    ]
      .slice(0, paragraphs)
      .map((text) => `<p>${text}</p>`)
      .join('')}</article></body></html>`;

  test('is read for it from its story, with a note, when the story is long enough to tell', async () => {
    const article = await readHtml(page(10), 'festival.html');
    expect(article.fields.lang).toBeUndefined();
    expect(article.guessed?.lang).toBe('en');
    expect(article.guessedWhy?.lang).toBe(
      'language "en" read from the page\'s text (the page declares none; --lang sets it)',
    );
  });

  test("a short story is not guessed at: it takes the archive's language, as before", async () => {
    const article = await readHtml(page(2), 'festival.html');
    expect(article.text.length).toBeLessThan(1000);
    expect(article.guessed?.lang).toBeUndefined();
  });
});

describe('Chinese in a Chinese archive of the other script', () => {
  const mainland = '上海国际港务集团今天发布数据，今年前两个月集装箱吞吐量同比增长百分之八，再创历史新高。';
  const taiwan = '基隆港務分公司統計，去年郵輪旅客人次達九十六萬，比前年成長一成五，創下歷史新高。';
  const found = (text: string, lang?: string): FoundArticle => ({
    origin: 'a.txt',
    fields: lang ? { lang } : {},
    body: text,
    text,
  });

  test('a mainland story in a Taiwanese archive is filed as Simplified Chinese, and the other way round', () => {
    const story = found(mainland);
    fileInItsScript(story, 'zh-TW');
    expect(story.guessed?.lang).toBe('zh-Hans');
    expect(story.guessedWhy?.lang).toMatch(/Simplified characters .*zh-TW/);
    const back = found(taiwan);
    fileInItsScript(back, 'zh-CN');
    expect(back.guessed?.lang).toBe('zh-Hant');
  });

  test('a story in the archive’s own script, a declared language, or another archive is left alone', () => {
    for (const [story, archive] of [
      [found(taiwan), 'zh-TW'],
      [found(taiwan), 'zh-Hant'],
      [found(mainland), 'zh'],
      [found(mainland, 'zh-TW'), 'zh-TW'],
      [found(mainland), 'ja'],
    ] as const) {
      fileInItsScript(story, archive);
      expect(story.guessed?.lang).toBeUndefined();
    }
  });

  test('a short clipping in letters the archive’s language is not written in is filed in its own language', () => {
    const cases: [string, string, string, boolean][] = [
      ['서울 시내버스 파업 사흘째, 시민 불편 이어져', 'ar', 'ko', true],
      ['東京の港に新しい船が着いた', 'ar', 'ja', true],
      ['ตลาดน้ำใกล้ท่าเรือเปิดอีกครั้ง', 'en', 'th', true],
      ['Ο λιμένας έκλεισε λόγω καιρού', 'ru', 'el', true],
      ['सूखे के कारण शहर के तीन मोहल्लों में रात को पानी बंद', 'ar', 'hi', false],
      ['Засуха: в трёх районах города ночью отключают воду', 'ar', 'ru', false],
      // Without ы, э or ё Russian is still Russian (franc reads it as Bulgarian); Bulgarian's ъ tells it.
      ['Москва: в городе отключат воду', 'ar', 'ru', false],
      ['Пътят към пристанището е затворен във вторник', 'en', 'bg', false],
      // Russian's ъ stands before е, ё, ю or я: Russian still, however many.
      ['Власти объявят конкурс на подъезд к мосту', 'en', 'ru', false],
      ['Алматыда жаңа көпір ашылды', 'en', 'kk', false],
      ['Бишкекте жаңы көпүрө ачылды', 'en', 'ky', false],
      ['Улаанбаатарт шинэ гүүр нээгдлээ', 'en', 'mn', false],
      ['Қазақстан үкіметі бүгін отырыс өткізді', 'en', 'kk', false],
      ['Посуха: у трьох районах міста вночі відключають воду', 'ko', 'uk', false],
      ['La sequía obliga a cortar el agua por las noches en tres barrios del sur de la ciudad', 'ar', 'es', false],
      [mainland, 'ar', 'zh-Hans', true],
    ];
    for (const [text, archive, lang, sure] of cases) {
      const story = found(text);
      fileInItsScript(story, archive);
      expect(story.guessed?.lang, text).toBe(lang);
      // Where letters alone cannot tell, the reader is told to check the guess.
      expect(story.guessedWhy?.lang, text).toMatch(
        sure ? /letters \(the archive's language/ : /check it, or set --lang/,
      );
    }
  });

  test('the archive’s language in its other script is itself, so written', () => {
    for (const [text, archive, lang] of [
      ['Beograd: nestašica vode u Zemunu', 'sr', 'sr-Latn'],
      ['Београд: несташица воде у Земуну', 'sr-Latn', 'sr-Cyrl'],
      ['لاہور وچ پانی دی کمی', 'pa', 'pa-Arab'],
    ] as const) {
      const story = found(text);
      fileInItsScript(story, archive);
      expect(story.guessed?.lang, text).toBe(lang);
      expect(story.guessedWhy?.lang, text).toContain(`the archive's language, ${archive}, in`);
    }
  });

  test('a clipping in the archive’s letters, in Chinese characters in a Japanese or Korean archive, or mixed, keeps the archive’s', () => {
    for (const [text, archive] of [
      // Chinese whose characters do not tell Traditional from Simplified stays the archive's.
      ['日本大阪中山', 'zh-TW'],
      ['王大明', 'zh-CN'],
      ['Засуха в городе', 'uk'],
      ['The ferry is late again this week', 'fr'],
      [mainland, 'ja'],
      [mainland, 'ko'],
      ['Der Hafen 港 Hafen 港 Hafen 港 港 港', 'ar'],
    ] as const) {
      const story = found(text);
      fileInItsScript(story, archive);
      expect(story.guessed?.lang, text).toBeUndefined();
    }
  });

  test('franc’s Chinese is told in its script', () => {
    expect(textLanguage(mainland.repeat(40), 1000)).toBe('zh-Hans');
    expect(textLanguage(taiwan.repeat(40), 1000)).toBe('zh-Hant');
  });
});

describe('languages franc-min has no model of, told by their letters and words', () => {
  // Invented: a meeting in a town and a new road, in Tigrinya and in Amharic; rain in a town, in Oromo and Somali.
  const tigrinya =
    'ኣብ ከተማ መቐለ ትማሊ ዝተኻየደ ኣኼባ ልዕሊ ሓደ ሽሕ ሰባት ተሳቲፎም። ኣመሓዳሪ ከተማ ከም ዝበሎ፡ ሓድሽ መንገዲ ኣብ ዝመጽእ ወርሒ ክኽፈት እዩ። ' +
    'ነበርቲ ከተማ ድማ ብዛዕባ ዋጋ መጓዓዝያ ሻቕሎት ከም ዘለዎም ገሊጾም።';
  const amharic =
    'የከተማው አስተዳደር ትናንት በሰጠው መግለጫ አዲሱ የአውቶቡስ መስመር በሚቀጥለው ወር ሥራ እንደሚጀምር አስታውቋል። ' +
    'መስመሩ ወደ መቐለ የሚሄዱ ተሳፋሪዎችንም ያገለግላል። ነዋሪዎቹ ጉዳዩን በቅርበት እየተከታተሉ ነው።';
  const oromo =
    'Magaalaa Adaamaa keessatti roobni cimaan kaleessa galgala roobe. Qonnaan bultoonni naannichaa midhaan isaanii ' +
    'sassaabuuf yeroo gahaa hin qabne jedhan. Bulchiinsi magaalaa rakkoo daandii furuuf hojii eegaleera.';
  const somali =
    'Magaalada Muqdisho waxaa ka da’ay roob culus shalay fiidkii. Dadka deegaanka ayaa sheegay in wadooyinka ' +
    'ay biyo galeen oo gaadiidku ay istaageen.';
  const found = (text: string): FoundArticle => ({ origin: 'a.txt', fields: {}, body: text, text });

  test('Tigrinya and Amharic, both in Ethiopic letters, are told apart in each other’s archive and in another', () => {
    for (const [text, archive, lang] of [
      [tigrinya, 'am', 'ti'],
      [amharic, 'ti', 'am'],
      [tigrinya, 'en', 'ti'],
      [amharic, 'en', 'am'],
    ] as const) {
      const story = found(text);
      fileInItsScript(story, archive);
      expect(story.guessed?.lang, `${lang} in ${archive}`).toBe(lang);
      expect(story.guessedWhy?.lang, `${lang} in ${archive}`).toMatch(/check it, or set --lang/);
    }
    expect(textLanguage(`${tigrinya} `.repeat(20))).toBe('ti');
    expect(textLanguage(`${amharic} `.repeat(20))).toBe('am');
  });

  test('an Amharic story naming a Tigrinya place, or a line that tells neither, keeps the archive’s language', () => {
    for (const [text, archive] of [
      [amharic, 'am'],
      ['ዮናስ መኮንን', 'am'],
      ['ዮናስ መኮንን', 'ti'],
    ] as const) {
      const story = found(text);
      fileInItsScript(story, archive);
      expect(story.guessed?.lang, text).toBeUndefined();
    }
  });

  test('Oromo, which franc-min reads as Somali, is Oromo; Somali stays Somali', () => {
    for (const [text, lang] of [
      [oromo, 'om'],
      [somali, 'so'],
    ] as const) {
      const story = found(text);
      fileInItsScript(story, 'am');
      expect(story.guessed?.lang, lang).toBe(lang);
      expect(textLanguage(`${text} `.repeat(20)), lang).toBe(lang);
    }
  });
});

describe('Hungarian and Romanian, written in the same letters, told apart by their words', () => {
  // Written here: a short local story in each language.
  const ROMANIAN =
    'Consiliul local s-a întrunit joi seară pentru a discuta reparația podului de lemn de peste pârâu. Consilierii au hotărât ca lucrările să înceapă în aprilie, după topirea zăpezii.';
  const HUNGARIAN =
    'A képviselő-testület csütörtök este ülésezett, és a patak fölötti fahíd felújításáról tárgyalt. A képviselők úgy döntöttek, hogy a munkálatok áprilisban kezdődnek, a hóolvadás után.';
  const ENGLISH_WITH_NAMES =
    'The council in Târgu Mureș met on Thursday with Kovács Péter and Ion Popescu to discuss the wooden bridge over the stream at Sasfalău. Work will start in April, after the snow melts.';
  const article = (text: string): FoundArticle => ({ origin: 'a', fields: {}, body: text, text });

  test('readsUnlike: a story clearly in another language than the declared one; never a close call', () => {
    expect(readsUnlike(ROMANIAN, 'hu')).toBe('ro');
    expect(readsUnlike(HUNGARIAN, 'ro-RO')).toBe('hu');
    expect(readsUnlike(HUNGARIAN, 'hu')).toBeUndefined();
    expect(readsUnlike(ENGLISH_WITH_NAMES, 'en')).toBeUndefined();
    // Too short to tell, or declared in letters whose languages franc is not asked to tell apart.
    expect(readsUnlike('Consiliul local s-a întrunit joi.', 'hu')).toBeUndefined();
    expect(readsUnlike(ROMANIAN, 'ar')).toBeUndefined();
  });

  test("a page or entry of a paragraph or two that reads unlike the archive's language is filed in its own, to be checked", () => {
    const romanian = article(ROMANIAN);
    fileInItsScript(romanian, 'hu');
    expect(romanian.guessed?.lang).toBe('ro');
    expect(romanian.guessedWhy?.lang).toMatch(/unlike the archive's language \(hu\): check it/);
    const entry = article(ROMANIAN);
    fileInItsScript(entry, 'hu', 'feed');
    expect(entry.guessedWhy?.lang).toMatch(/entry's words .* unlike the feed's language \(hu\)/);
    for (const [text, lang] of [
      [HUNGARIAN, 'hu'],
      [ENGLISH_WITH_NAMES, 'en'],
      ['Consiliul local s-a întrunit joi.', 'hu'],
    ] as const) {
      const kept = article(text);
      fileInItsScript(kept, lang);
      expect(kept.guessed, text).toBeUndefined();
    }
  });
});

describe('Czech, Slovak and Polish, which franc-min scores close in a paragraph, told apart by their letters', () => {
  // Written here: a river's flood as a local paper in each language reports it.
  const CZECH =
    'Řeka Opava v noci překonala rekordní hladinu z roku 1997. Voda zaplavila téměř celé město včetně nemocnice. Hasiči nasadili čluny a obyvatelé čekají na střechách.';
  const SLOVAK =
    'Rieka Morava v noci prekročila rekordnú hladinu. Voda zaplavila takmer celé mesto vrátane nemocnice. Ľudia čakajú na strechách domov a hasiči hovoria, že pomoc príde čoskoro. Bude to dlhá noc, povedal starosta, ktorý vôbec nespal, a pomôcť môže každý.';
  const POLISH =
    'Rzeka Odra w nocy przekroczyła rekordowy poziom z roku 1997. Woda zalała prawie całe miasto razem ze szpitalem. Strażacy użyli łodzi, a mieszkańcy czekają na dachach.';
  const article = (text: string): FoundArticle => ({ origin: 'a', fields: {}, body: text, text });

  test('each is told by the letters only it writes; a name of the others is no sign', () => {
    expect(westSlavicLanguage(CZECH)).toBe('cs');
    expect(westSlavicLanguage(SLOVAK)).toBe('sk');
    expect(westSlavicLanguage(POLISH)).toBe('pl');
    expect(westSlavicLanguage(`${CZECH} Do Wrocławia dorazila voda ve středu.`)).toBe('cs');
    // Too few telling words, or none: no answer.
    expect(westSlavicLanguage('Voda zaplavila město.')).toBeUndefined();
    expect(westSlavicLanguage(ENGLISH)).toBeUndefined();
  });

  test('a text is read by them only where franc reads it as Slavic: French writes ô, German ä', () => {
    expect(textLanguage(SLOVAK, 150)).toBe('sk');
    expect(textLanguage(CZECH, 150)).toBe('cs');
    const french =
      "Sur la côte, l'hôtel du port a rouvert. Le rôle du maire a été décisif, dit-on, et la tôle du toit est neuve. Les clients sont revenus dès lundi pour le week-end de Pâques.";
    expect(textLanguage(french, 150)).toBe('fr');
    const german =
      'Die Fähre nach Föhr fährt wieder täglich. Die Gäste können ab März ihre Plätze im Hafenbüro buchen, sagte die Sprecherin der Reederei am Dienstag. Außerdem wird der Fahrplan für den Sommer verlängert, weil im vergangenen Jahr mehr Urlauber kamen.';
    expect(textLanguage(german, 150)).toBe('de');
  });

  test('a Czech story in a Polish archive, a Slovak one in a Czech archive, is filed in its own language, to be checked', () => {
    for (const [text, archive, lang] of [
      [CZECH, 'pl', 'cs'],
      [SLOVAK, 'cs', 'sk'],
      [POLISH, 'cs', 'pl'],
    ] as const) {
      const found = article(text);
      fileInItsScript(found, archive);
      expect(found.guessed?.lang, `${lang} in a ${archive} archive`).toBe(lang);
      expect(found.guessedWhy?.lang).toMatch(/check it/);
    }
    for (const [text, archive] of [
      [CZECH, 'cs'],
      [POLISH, 'pl'],
    ] as const) {
      const kept = article(text);
      fileInItsScript(kept, archive);
      expect(kept.guessed, archive).toBeUndefined();
    }
  });
});

describe('a Croatian or Slovene story naming Polish people or places', () => {
  test('stays Croatian or Slovene: a few words in Polish letters are names, not the language', () => {
    const croatian =
      'Vratar Wojciech Szczęsny obranio je tri udarca u prvom poluvremenu. Trener je rekao da je Szczęsny bio najbolji igrač, a navijači su pjevali Szczęsnyjevo ime do kraja utakmice. Sljedeća utakmica igra se idući tjedan u Zagrebu, gdje se očekuje puno gledatelja i dobra atmosfera.';
    expect(['hr', 'bs', 'sr-Latn']).toContain(textLanguage(croatian, 150));
    const slovene =
      'Nekdanji predsednik Lech Wałęsa je obiskal Ljubljano. Govoril je o Gdańsku in o tem, kako je delavsko gibanje spremenilo Poljsko. V Łódźi je pred tem odprl razstavo, ki bo odprta do konca meseca, so sporočili organizatorji.';
    expect(textLanguage(slovene, 150)).not.toBe('pl');
  });
});

describe('a paragraph in another language in an English archive', () => {
  const article = (text: string): FoundArticle => ({ origin: 'a', fields: {}, body: text, text });
  // Written here: a cinema's last night, in Spanish (374 characters: franc scores English 0.82 beside it) and in
  // English with Spanish names.
  const SPANISH =
    'El cine Ópera proyectó anoche su última película después de 67 años abierto. La sala, con sus butacas de terciopelo rojo y su telón pintado a mano, cerrará para convertirse en una tienda. «Aquí vi mi primera película con mi padre», contaba Luisa, de 71 años. «Y aquí he visto la última». El público aplaudió cinco minutos. ¿Quién apagará el proyector mañana? Nadie lo sabía.';
  const ENGLISH_WITH_SPANISH_NAMES =
    'The Cine Ópera on the Plaza de Isabel II showed its last film last night after sixty-seven years. The hall, with its red velvet seats and its hand-painted curtain, will become a clothes shop. "I saw my first film here with my father," said a neighbour from Calle del Arenal on her way out. The audience applauded for five minutes when the lights came on.';

  test('is filed in its own language, to be checked, though franc scores English close to it', () => {
    const spanish = article(SPANISH);
    fileInItsScript(spanish, 'en');
    expect(spanish.guessed?.lang).toBe('es');
    expect(spanish.guessedWhy?.lang).toMatch(/check it/);
    const english = article(ENGLISH_WITH_SPANISH_NAMES);
    fileInItsScript(english, 'en');
    expect(english.guessed).toBeUndefined();
  });
});
