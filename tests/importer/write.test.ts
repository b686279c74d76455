import { describe, expect, test } from 'vitest';
import { readArticleSource } from '../../src/content/read-article.ts';
import { completeArticle, contentHash, isMachineToken, names, shortened } from '../../src/importer/complete.ts';
import {
  identityOf,
  normalizeUrl,
  planArticle,
  serializeArticle,
  slugForTitle,
  type ArchiveFolder,
} from '../../src/importer/write.ts';
import type { FoundArticle } from '../../src/importer/types.ts';
import { loadLanguages, translatorFor } from '../../src/i18n/node-languages.ts';
import { MAX_SEGMENT_BYTES, utf8Length } from '../../src/lib/limits.ts';
import { slugify } from '../../src/lib/slugs.ts';

const found = (fields: FoundArticle['fields'] = {}, text = 'Body text.'): FoundArticle => ({
  origin: 'in/story.txt',
  fields,
  body: `${text}\n`,
  text,
});
const emptyArchive = (): ArchiveFolder => ({
  root: '/archive',
  byIdentity: new Map(),
  files: new Set(),
  drafts: new Set(),
  sitePaths: new Set(),
  planned: new Set(),
});
const plan = (archive: ArchiveFolder, frontmatter: Record<string, unknown>, force = false) =>
  planArticle(archive, frontmatter, 'Body text.\n', [], { force, display: (file) => file });

describe('completeArticle', () => {
  const settings = { draft: false, today: '2024-05-01' };

  test("values found in the input win; options fill what is missing, add tags, and file it in the person's section", () => {
    const result = completeArticle(
      found({ title: 'From page', tags: ['page tag', 'x'], section: 'New York' }),
      { title: 'From option', date: '2024-01-02', section: 'World', tags: ['x', 'flood'], authors: ['Ada Quill'] },
      settings,
    );
    expect(result).toEqual({
      ok: true,
      gaps: [],
      frontmatter: {
        title: 'From page',
        date: '2024-01-02',
        authors: ['Ada Quill'],
        section: 'World',
        tags: ['x', 'flood', 'page tag'],
        contentHash: contentHash('Body text.'),
      },
    });
    // Without --section, the section the input declares files it.
    const declared = completeArticle(found({ title: 'T', date: '2024-01-02', section: 'New York' }), {}, settings);
    expect(declared.ok && declared.frontmatter.section).toBe('New York');
  });

  test('missing required fields are named with the option that supplies them', () => {
    expect(completeArticle(found(), { section: 'World' }, settings)).toEqual({
      ok: false,
      gaps: [
        { field: 'title', option: '--title' },
        { field: 'date', option: '--date' },
      ],
    });
  });

  test('drafts get placeholders and list the gaps', () => {
    const result = completeArticle(found(), {}, { draft: true, today: '2024-05-01' });
    expect(result).toMatchObject({
      ok: true,
      frontmatter: { title: 'Untitled (story.txt)', date: '2024-05-01', section: 'Unsorted', draft: true },
    });
    expect(result.gaps.map((gap) => gap.field)).toEqual(['title', 'date', 'section']);
  });

  test('with drafts allowed, an article that lacks nothing is published, not held back as a draft', () => {
    const complete = { title: 'Harbour wall', date: '2024-04-02', section: 'Local' };
    const result = completeArticle(found(), complete, { draft: true, today: '2024-05-01' });
    expect(result).toMatchObject({ ok: true, gaps: [] });
    expect(result.ok && result.frontmatter).not.toHaveProperty('draft');
  });

  test('a draft’s placeholder headline is in the article’s language, given to the words the run chose', () => {
    const asked: (string | undefined)[] = [];
    const untitled = (file: string, lang: string | undefined) => {
      asked.push(lang);
      return `بلا عنوان (${file})`;
    };
    const draft = { draft: true, today: '2024-05-01', untitled };
    expect(completeArticle(found(), {}, draft)).toMatchObject({ frontmatter: { title: 'بلا عنوان (story.txt)' } });
    completeArticle(found({ lang: 'fr' }), { lang: 'ar' }, draft);
    completeArticle(found(), { lang: 'ar' }, draft);
    expect(asked).toEqual([undefined, 'fr', 'ar']);
  });

  test.each([
    ['en', 'Untitled (a.txt)'],
    ['fr', 'Sans titre (a.txt)'],
    ['de', 'Ohne Titel (a.txt)'],
    ['es', 'Sin título (a.txt)'],
    ['pt-BR', 'Sem título (a.txt)'],
    ['ar', 'بلا عنوان (a.txt)'],
    ['ja', '無題（a.txt）'],
    ['uk', 'Без назви (a.txt)'],
    ['ru', 'Без названия (a.txt)'],
    ['it', 'Senza titolo (a.txt)'],
    ['hi', 'शीर्षकहीन (a.txt)'],
    ['zh-TW', '無標題（a.txt）'],
    ['zh-CN', '无标题（a.txt）'],
    ['nl', 'Zonder titel (a.txt)'],
    ['nl-BE', 'Zonder titel (a.txt)'],
    ['pl', 'Bez tytułu (a.txt)'],
    ['id', 'Tanpa judul (a.txt)'],
    ['sw', 'Bila kichwa (a.txt)'],
    ['th', 'ไม่มีชื่อเรื่อง (a.txt)'],
    ['he', 'ללא כותרת (a.txt)'],
    ['ko-KR', '제목 없음 (a.txt)'],
    ['tr', 'Başlıksız (a.txt)'],
    ['vi-VN', 'Không có tiêu đề (a.txt)'],
    ['bn-BD', 'শিরোনামহীন (a.txt)'],
    ['el-GR', 'Χωρίς τίτλο (a.txt)'],
    ['cs-CZ', 'Bez názvu (a.txt)'],
    ['ta-IN', 'தலைப்பு இல்லை (a.txt)'],
    ['hu-HU', 'Cím nélkül (a.txt)'],
    ['ro-RO', 'Fără titlu (a.txt)'],
    ['fi-FI', 'Otsikoton (a.txt)'],
    ['sv-FI', 'Utan rubrik (a.txt)'],
    ['nb-NO', 'Uten tittel (a.txt)'],
    ['no', 'Uten tittel (a.txt)'],
    ['da-DK', 'Uden titel (a.txt)'],
    ['sr-RS', 'Без наслова (a.txt)'],
    ['sr-Latn-RS', 'Bez naslova (a.txt)'],
    ['hr-HR', 'Bez naslova (a.txt)'],
    ['bs-BA', 'Bez naslova (a.txt)'],
    ['cnr', 'Bez naslova (a.txt)'],
    ['fa-IR', 'بی\u200cعنوان (a.txt)'],
    ['ur-PK', 'بے عنوان (a.txt)'],
    ['et', 'Untitled (a.txt)'],
  ])('the placeholder headline in %s, from the tables Node loads', async (lang, expected) => {
    const languages = await loadLanguages();
    expect([...languages.keys()].sort()).toEqual([
      'ar',
      'bn',
      'bs',
      'cs',
      'da',
      'de',
      'el',
      'en',
      'es',
      'fa',
      'fa-af',
      'fi',
      'fr',
      'he',
      'hi',
      'hr',
      'hu',
      'id',
      'it',
      'ja',
      'ko',
      'nb',
      'nl',
      'pl',
      'pt',
      'pt-br',
      'ro',
      'ru',
      'sr',
      'sr-latn',
      'sv',
      'sw',
      'ta',
      'th',
      'tr',
      'uk',
      'ur',
      'vi',
      'zh-hans',
      'zh-hant',
      'zh-hk',
    ]);
    expect(translatorFor(lang, languages)('import.untitled', { file: 'a.txt' })).toBe(expected);
  });

  test('a source URL replaces the content hash; a missing source name comes from the host', () => {
    const result = completeArticle(
      found({ title: 'T', date: '2024-01-02', section: 'World' }),
      { sourceUrl: 'https://www.gazette.example/a' },
      settings,
    );
    expect(result.ok && result.frontmatter).toMatchObject({
      source: { name: 'gazette.example', url: 'https://www.gazette.example/a' },
    });
    expect(result.ok && result.frontmatter.contentHash).toBeUndefined();
  });

  test('names without letters or digits, and repeats, are dropped', () => {
    expect(names(['Ada Quill', 'ada  quill', '—', ' Bram ', ''])).toEqual(['Ada Quill', 'Bram']);
    // A Japanese name with and without a space has one page, so it is one name: the first spelling.
    expect(names(['高橋 誠', '高橋誠', '佐藤花子'])).toEqual(['高橋 誠', '佐藤花子']);
  });

  test('names a page carried that no article could keep are left out; the first hundred tags are kept', () => {
    const sentence = 'A whole sentence that a site put among its keywords, far longer than any tag could be. '.repeat(
      2,
    );
    const many = Array.from({ length: 114 }, (_, i) => `Tag ${i + 1}`);
    const result = completeArticle(
      found({ title: 'T', date: '2024-01-02', section: 'World', tags: ['Harbour', sentence, ...many] }),
      {},
      settings,
    );
    const tags = result.ok ? (result.frontmatter.tags as string[]) : [];
    expect(tags).toHaveLength(100);
    expect(tags.slice(0, 2)).toEqual(['Harbour', 'Tag 1']);
    expect(tags).not.toContain(sentence.trim());
    // The whole file passes the archive's checks.
    const text = serializeArticle(result.ok ? result.frontmatter : {}, 'Body.\n');
    expect(readArticleSource('2024/01/t.md', text)).toHaveProperty('article');
  });

  test('a standfirst over the limit is cut at a word, with an ellipsis; the file passes the checks', () => {
    const long = 'The pier will be rebuilt over two summers. '.repeat(30).trim();
    const result = completeArticle(
      found({ title: 'T', date: '2024-01-02', section: 'World', dek: long }),
      {},
      settings,
    );
    const dek = result.ok ? String(result.frontmatter.dek) : '';
    expect([...dek].length).toBeLessThanOrEqual(1_000);
    expect(dek.endsWith('…')).toBe(true);
    expect(long.startsWith(dek.slice(0, -1))).toBe(true);
    expect(long.charAt(dek.length - 1)).toBe(' '); // cut between words
    expect(
      readArticleSource('2024/01/t.md', serializeArticle(result.ok ? result.frontmatter : {}, 'Body.\n')),
    ).toHaveProperty('article');
    expect(shortened('one two three', 9)).toBe('one two…');
    expect(shortened('short', 9)).toBe('short');
  });

  test('a section or source name the input carried that no article could keep gives way to the options', () => {
    const long = 'Calendário, resultados, classificação e tudo sobre a temporada de Stock Car. '.repeat(4);
    const result = completeArticle(
      found({ title: 'T', date: '2024-01-02', section: long, source: { name: long } }),
      { section: 'Sport' },
      settings,
    );
    expect(result.ok && result.frontmatter.section).toBe('Sport');
    expect(result.ok && result.frontmatter.source).toBeUndefined();
  });

  test.each([
    ['@aa-river', true],
    ['_no-apple-news', true],
    ['type_news', true],
    ['source:tagname:CNBC US Source', true],
    ['Section:culture', true],
    ['paul.takahashi@chron.example', true],
    ['topic: Politics & Policy', false],
    ['Harbour works', false],
    ['C++', false],
    ['東京', false],
  ])('keyword %j is a publishing system’s switch: %s', (name, machine) => {
    expect(isMachineToken(name)).toBe(machine);
  });

  test('keywords a publishing system wrote for itself do not become tags', () => {
    const result = completeArticle(
      found({ title: 'T', date: '2024-01-02', section: 'World', tags: ['@river', 'Harbour', 'type_news', 'Ferries'] }),
      {},
      settings,
    );
    expect(result.ok && result.frontmatter.tags).toEqual(['Harbour', 'Ferries']);
  });

  test('names typed as options are never dropped, so the schema can say what is wrong with them', () => {
    const long = 'x'.repeat(120);
    const result = completeArticle(
      found({ title: 'T', date: '2024-01-02', section: 'World' }),
      { tags: [long] },
      settings,
    );
    expect(result.ok && result.frontmatter.tags).toEqual([long]);
  });

  test('the content hash ignores whitespace but not words', () => {
    expect(contentHash('a  b\n c')).toBe(contentHash('a b c'));
    expect(contentHash('a b c')).not.toBe(contentHash('a b d'));
  });
});

describe('serializeArticle', () => {
  test('dates are quoted, the body follows, and the file passes the build’s validation', () => {
    const text = serializeArticle(
      {
        title: 'Yes',
        date: '2024-01-02',
        updated: '2024-01-03T10:00:00+01:00',
        section: '2024',
        tags: ['true', 'null'],
      },
      'Body.\n',
    );
    expect(text).toBe(
      '---\ntitle: Yes\ndate: "2024-01-02"\nupdated: "2024-01-03T10:00:00+01:00"\nsection: "2024"\ntags:\n  - "true"\n  - "null"\n---\n\nBody.\n',
    );
    const read = readArticleSource('2024/01/yes.md', text);
    expect('article' in read && read.article.frontmatter.section).toBe('2024');
  });

  test('placeholders are listed in a comment', () => {
    const text = serializeArticle(
      { title: 'Untitled (a.txt)', date: '2024-05-01', section: 'Unsorted', draft: true },
      'Body.',
      [{ field: 'title', option: '--title' }],
    );
    expect(text.split('\n').slice(0, 4)).toEqual([
      '---',
      '# Imported as a draft with placeholders for: title (--title).',
      '# Fill them in, then remove "draft: true".',
      // The placeholder headline named the file, and the file's name is the article's address.
      '# The address comes from the file name: rename the file after the headline (or add a slug field).',
    ]);
    expect('article' in readArticleSource('a.md', text)).toBe(true);
  });

  test('a draft whose headline was found says nothing of renaming', () => {
    const text = serializeArticle(
      { title: 'Harbour wall', date: '2024-05-01', section: 'Unsorted', draft: true },
      'Body.',
      [{ field: 'section', option: '--section' }],
    );
    expect(text).toContain('# Fill them in, then remove "draft: true".\n');
    expect(text).not.toContain('rename');
  });
});

describe('planArticle', () => {
  const article = {
    title: 'Harbour wall repaired',
    date: '2024-05-06T08:00:00+00:00',
    section: 'News',
    source: { name: 'Gazette', url: 'https://gazette.example/wall' },
  };

  test('a new article goes to YYYY/MM/<slug>.md', () => {
    expect(plan(emptyArchive(), article)).toMatchObject({
      action: 'write',
      file: '2024/05/harbour-wall-repaired.md',
      replaces: false,
    });
  });

  test('the same source URL is skipped, or rewritten in place with force', () => {
    const archive = emptyArchive();
    archive.byIdentity.set('url:https://gazette.example/wall', '2024/05/old-name.md');
    const again = { ...article, source: { name: 'Gazette', url: 'http://gazette.example/wall/?utm_source=rss#top' } };
    expect(plan(archive, again)).toMatchObject({
      action: 'skip',
      file: '2024/05/old-name.md',
      reason: expect.stringMatching(/same source URL.*--force/),
    });
    expect(plan(archive, again, true)).toMatchObject({ action: 'write', file: '2024/05/old-name.md', replaces: true });
  });

  test("a source URL's fragment tells two parts of one page apart, and is only a jump link against the page", () => {
    const day = (fragment: string) => ({
      ...article,
      title: `Note ${fragment}`,
      source: { name: 'Notes', url: `https://notes.example/2024/05/06.html${fragment}` },
    });
    const archive = emptyArchive();
    expect(plan(archive, day('#a0815'))).toMatchObject({ action: 'write', file: '2024/05/note-a0815.md' });
    expect(plan(archive, day('#a1140'))).toMatchObject({ action: 'write', file: '2024/05/note-a1140.md' });
    // The page without a fragment, or with the same one, is an article already imported.
    expect(plan(archive, day(''))).toMatchObject({ action: 'skip', file: '2024/05/note-a0815.md' });
    expect(plan(archive, day('#a1140'))).toMatchObject({ action: 'skip', file: '2024/05/note-a1140.md' });
    const page = emptyArchive();
    page.byIdentity.set('url:https://notes.example/2024/05/06.html', '2024/05/day.md');
    expect(plan(page, day('#comments'))).toMatchObject({
      action: 'skip',
      file: '2024/05/day.md',
      reason: expect.stringContaining('same source URL'),
    });
  });

  test('a second input of the run with the same article is told apart from one already in the archive', () => {
    const archive = emptyArchive();
    const first = plan(archive, article);
    expect(first).toMatchObject({ action: 'write' });
    const again = plan(archive, article, true);
    expect(again).toMatchObject({
      action: 'skip',
      file: (first as { file: string }).file,
      reason: expect.stringMatching(
        /^same source URL as an earlier input of this run, imported as \/archive\/2024\/05\/harbour-wall-repaired\.md$/,
      ),
    });
    expect(again.action === 'skip' && again.reason).not.toContain('already in the archive');
  });

  test('a different article on the same path or URL keeps it; the new one gets a suffix', () => {
    const archive = emptyArchive();
    archive.files.add('2024/05/harbour-wall-repaired.md');
    archive.sitePaths.add('/2024/05/06/harbour-wall-repaired-2/');
    expect(plan(archive, article)).toMatchObject({ action: 'write', file: '2024/05/harbour-wall-repaired-3.md' });
    // The place is now reserved for the rest of the run (dry runs included).
    expect(
      plan(archive, { ...article, source: { name: 'Gazette', url: 'https://gazette.example/other' } }),
    ).toMatchObject({ file: '2024/05/harbour-wall-repaired-4.md' });
  });

  test('a file the build would refuse is not written', () => {
    const result = plan(emptyArchive(), { ...article, lang: 'not a language' });
    expect(result).toMatchObject({ action: 'fail', reason: expect.stringContaining('lang: expected a language code') });
  });
});

describe('identities and slugs', () => {
  test.each([
    ['http://www.Gazette.example/a/?utm_source=x&id=3#c', 'https://www.gazette.example/a?id=3'],
    ['https://gazette.example/a/', 'https://gazette.example/a'],
    // Tracking added by feeds and newsletters: the same page as without it.
    ['http://gazette.example/a.html?wt_mc=rss.news.beitrag.atom', 'https://gazette.example/a.html'],
    ['https://gazette.example/a?xtor=RSS-3&at_medium=rss&page=2', 'https://gazette.example/a?page=2'],
    ['https://gazette.example/a?mc_cid=1a&mc_eid=2b&fbclid=x&igshid=y', 'https://gazette.example/a'],
    // Parameters that choose the page stay.
    ['https://gazette.example/story.php?id=7&ref=front', 'https://gazette.example/story.php?id=7&ref=front'],
    ['https://gazette.example/', 'https://gazette.example'],
  ])('normalizeUrl(%s)', (url, expected) => {
    expect(normalizeUrl(url)).toBe(expected);
  });

  test('identity is the source URL, else the content hash', () => {
    expect(identityOf({ source: { name: 'Desk', url: 'https://g.example/', id: 'urn:one' } })).toBe('id:urn:one');
    expect(identityOf({ source: { url: 'https://g.example/a' }, contentHash: 'sha256-x' })).toBe(
      'url:https://g.example/a',
    );
    expect(identityOf({ source: { url: 'http://G.example/day/?utm_source=rss#a12' } })).toBe(
      'url:https://g.example/day#a12',
    );
    expect(identityOf({ contentHash: 'sha256-x' })).toBe('hash:sha256-x');
    expect(identityOf({})).toBeUndefined();
  });

  test('long titles make short, readable slugs cut at a word', () => {
    const slug = slugForTitle(
      'Council votes to cap short-term rentals in the old town after a two-year consultation with residents and traders',
    );
    expect(slug).toBe('council-votes-to-cap-short-term-rentals-in-the-old-town-after-a-two-year');
    expect(slugForTitle('!!!')).toBe('article');
  });

  test('a headline in letters of three bytes makes an address within the segment limit, cut where a reader would', () => {
    // Thai writes a space between clauses only: the cut falls there, the first clause kept whole.
    expect(slugForTitle('สงกรานต์เชียงใหม่ปีนี้ใช้น้ำจากคูเมืองไม่ได้ เทศบาลขอความร่วมมือใช้น้ำประปา')).toBe(
      'สงกรานต์เชียงใหม่ปีนี้ใช้น้ำจากคูเมืองไม่ได้',
    );
    // Without a space within reach: between two words (no vowel or tone mark left without its consonant), as in
    // Chinese and Japanese; in Hindi, at a space, its clusters whole.
    const words = new Intl.Segmenter('th', { granularity: 'word' });
    for (const title of [
      'สงกรานต์เชียงใหม่ปีนี้ใช้น้ำจากคูเมืองไม่ได้เทศบาลขอความร่วมมือใช้น้ำประปาทุกจุดรอบคูเมืองตั้งแต่ประตูท่าแพ',
      '東京都の新しい市長が選ばれました'.repeat(5),
      'नगर निगम ने शहर के पुराने बाज़ार की छत बदलने और नालियों की सफ़ाई के लिए नई योजना को मंज़ूरी दी है ताकि बारिश में पानी न भरे',
    ]) {
      const slug = slugForTitle(title);
      const whole = slugify(title);
      expect(utf8Length(slug), title).toBeLessThanOrEqual(MAX_SEGMENT_BYTES - '-2'.length);
      expect(utf8Length(slug), title).toBeGreaterThan(MAX_SEGMENT_BYTES / 2);
      expect(whole.startsWith(slug), title).toBe(true);
      const ends = [...words.segment(whole)].map((part) => part.index + part.segment.length);
      expect(ends, title).toContain(slug.length);
    }
    // The same headline twice in a month: the second file's name, with its -2, fits as well.
    const archive = emptyArchive();
    const title = 'ปางช้างแม่แตงเลิกให้นักท่องเที่ยวขี่ช้างไปเที่ยวชมธรรมชาติ หันมาเปิดให้ชมช้างในธรรมชาติแทนการแสดง';
    const article = { title, date: '2024-08-10', section: 'ข่าวท้องถิ่น' };
    expect(plan(archive, { ...article, contentHash: contentHash('one') })).toMatchObject({ action: 'write' });
    const second = plan(archive, { ...article, contentHash: contentHash('two') });
    expect(second).toMatchObject({ action: 'write', file: expect.stringMatching(/-2\.md$/) as unknown });
    // Latin, Cyrillic and Greek headlines fit in 80 letters first: cut as they always were.
    expect(slugForTitle('a'.repeat(120))).toBe('a'.repeat(80));
    expect(
      slugForTitle(
        'Городской совет проголосовал за ограничение краткосрочной аренды в старом городе после консультаций',
      ),
    ).toBe('городской-совет-проголосовал-за-ограничение-краткосрочной-аренды-в-старом-городе');
  });

  test('a file name spells every letter of the headline plainly, those without a decomposition too', () => {
    expect(slugForTitle('Żółw wrócił do stawu w Łodzi')).toBe('zolw-wrocil-do-stawu-w-lodzi');
    expect(slugForTitle('Færgen til Tromsø')).toBe('faergen-til-tromso');
    expect(slugForTitle('Đời sống ở Hà Nội')).toBe('doi-song-o-ha-noi');
    expect(slugForTitle('Bina yıkıldı')).toBe('bina-yikildi');
  });
});
