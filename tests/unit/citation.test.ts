import { describe, expect, test } from 'vitest';
import {
  chicagoAuthorParts,
  chicagoAuthors,
  escapeBibTeX,
  formatCitation,
  toBibTeX,
  toRis,
  type CitationInput,
} from '../../src/lib/citation.ts';
import { parseArticleDate, type ArticleDate } from '../../src/lib/dates.ts';

function date(text: string): ArticleDate {
  const parsed = parseArticleDate(text);
  if (!parsed) throw new Error(`bad test date ${text}`);
  return parsed;
}

const base: CitationInput = {
  title: 'Council passes the winter budget',
  authors: ['Ada Quill'],
  publication: 'Northshore Weekly',
  date: date('2020-01-01'),
  originalUrl: 'https://northshore.example/budget',
  archiveName: 'The Port Alder Ledger Archive',
  archiveUrl: 'https://archive.example/2020/01/01/council-budget-vote/',
  accessed: '2026-05-05',
  lang: 'en',
  key: 'council-budget-vote-2020',
};
/** The citation as a reader sees it: its parts' text, in order. */
const cite = (input: Partial<CitationInput>) =>
  formatCitation({ ...base, ...input })
    .map((part) => part.text)
    .join('');

/** The fields of a BibTeX entry, by name, assuming one field a line as toBibTeX writes them. */
function bibFields(entry: string): Map<string, string> {
  return new Map([...entry.matchAll(/^ {2}(\w+) = (.*?),?$/gm)].map((m) => [m[1]!, m[2]!]));
}
/** The values of each tag of an RIS record. */
function risTags(record: string): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const line of record.split('\r\n').filter(Boolean)) {
    const m = /^([A-Z][A-Z0-9]) {2}- (.*)$/.exec(line);
    if (!m) throw new Error(`not an RIS line: ${JSON.stringify(line)}`);
    tags.set(m[1]!, [...(tags.get(m[1]!) ?? []), m[2]!]);
  }
  return tags;
}

describe('Chicago bibliography entry', () => {
  test.each([
    [[], ''],
    [['Ada Quill'], 'Quill, Ada'],
    [['Ada Quill', 'Bram Osei'], 'Quill, Ada, and Bram Osei'],
    [['Ada Quill', 'Bram Osei', 'Camille Vernet'], 'Quill, Ada, Bram Osei, and Camille Vernet'],
    [['Ludwig van Beethoven'], 'Beethoven, Ludwig van'],
    // Particles written with a capital are the family name's, as Belgian and French names file them.
    [['Annelies Van den Bossche'], 'Van den Bossche, Annelies'],
    [['Pieter De Smet', 'Marine Le Pen'], 'De Smet, Pieter, and Marine Le Pen'],
    // North Africa's: Aït ("sons of"), Ould, and Arabic's بن (the entry's comma is the English entry's own).
    [['Lynda Aït Saïd'], 'Aït Saïd, Lynda'],
    [['Mohamed Ould Ahmed'], 'Ould Ahmed, Mohamed'],
    [['سعاد بن علي'], 'بن علي, سعاد'],
    [['Reuters'], 'Reuters'],
    // Credits that name no person stay as written.
    [['heise online'], 'heise online'],
    [['Associated Press'], 'Associated Press'],
    [['Coast Wire Staff', 'Ada Quill'], 'Coast Wire Staff, and Ada Quill'],
    [['The Harbour Post'], 'The Harbour Post'],
    [['New Harbour Times'], 'New Harbour Times'],
    // A person whose family name is a newspaper's word is a person.
    [['Emily Post'], 'Post, Emily'],
    [['山田 花子', 'Ada Quill'], '山田 花子, and Ada Quill'],
    // Thai names are cited by the given name, first, as written: never inverted.
    [['สมชาย ใจดี', 'นภาพร แก้วมณี'], 'สมชาย ใจดี, and นภาพร แก้วมณี'],
    [['นภาพร แก้วมณี', 'Ada Quill'], 'นภาพร แก้วมณี, and Ada Quill'],
    // Vietnamese names are written family name first: cited as written. Croatian đ alone is no sign of one.
    [['Nguyễn Văn An', 'Ada Quill'], 'Nguyễn Văn An, and Ada Quill'],
    [['Novak Đoković'], 'Đoković, Novak'],
    // Ethiopian names are a given name and the father's: filed under the first, as written.
    [['አበበ ከበደ', 'Ada Quill'], 'አበበ ከበደ, and Ada Quill'],
    [
      Array.from({ length: 10 }, (_, i) => `Writer ${String.fromCharCode(65 + i)}`),
      'A, Writer, Writer B, Writer C, Writer D, Writer E, Writer F, Writer G, Writer H, Writer I, and Writer J',
    ],
    [
      Array.from({ length: 11 }, (_, i) => `Writer ${String.fromCharCode(65 + i)}`),
      'A, Writer, Writer B, Writer C, Writer D, Writer E, Writer F, Writer G, et al',
    ],
  ])('authors %j → %j', (authors, expected) => {
    expect(chicagoAuthors(authors)).toBe(expected);
  });

  test('a Hungarian article writes its names family name first: cited so, inverted at the first word', () => {
    expect(chicagoAuthorParts(['Kovács Péter', 'Nagy Erzsébet'], 'hu').map((part) => part.text)).toEqual([
      'Kovács, Péter',
      ', and ',
      'Nagy Erzsébet',
    ]);
    expect(chicagoAuthorParts(['Kovács Péter'], 'en').map((part) => part.text)).toEqual(['Péter, Kovács']);
    expect(bibFields(toBibTeX({ ...base, lang: 'hu', authors: ['Kovács Péter'] })).get('author')).toBe(
      '{Kovács, Péter}',
    );
    expect(risTags(toRis({ ...base, lang: 'hu-HU', authors: ['Szabó Anna Mária'] })).get('AU')).toEqual([
      'Szabó, Anna Mária',
    ]);
    // A credit that is no person's stays whole in any language.
    expect(chicagoAuthorParts(['Associated Press'], 'hu').map((part) => part.text)).toEqual(['Associated Press']);
  });

  test('a signed article: authors, quoted headline, publication, day, original URL, archive, access date, archive URL', () => {
    expect(cite({ authors: ['Ada Quill', 'Bram Osei'] })).toBe(
      'Quill, Ada, and Bram Osei. “Council passes the winter budget.” Northshore Weekly, January 1, 2020. https://northshore.example/budget. ' +
        'Archived in The Port Alder Ledger Archive. Accessed May 5, 2026. https://archive.example/2020/01/01/council-budget-vote/.',
    );
  });

  test('an unsigned article starts with its headline', () => {
    expect(cite({ authors: [] })).toMatch(/^“Council passes the winter budget\.” Northshore Weekly, January 1, 2020\./);
  });

  test('without a source URL, only the archived copy is given', () => {
    const text = cite({ originalUrl: undefined, publication: 'The Port Alder Ledger' });
    expect(text).toBe(
      'Quill, Ada. “Council passes the winter budget.” The Port Alder Ledger, January 1, 2020. Archived in The Port Alder Ledger Archive. Accessed May 5, 2026. https://archive.example/2020/01/01/council-budget-vote/.',
    );
  });

  test('the publication and the archive are titles (italic), nothing else', () => {
    const titles = formatCitation(base)
      .filter((part) => part.title)
      .map((part) => part.text);
    expect(titles).toEqual(['Northshore Weekly', 'The Port Alder Ledger Archive']);
  });

  test.each([
    ['2019-12-31T23:30:00-08:00', 'December 31, 2019'],
    ['2020-01-01T00:15:00+13:00', 'January 1, 2020'],
    ['2024-02-29', 'February 29, 2024'],
    ['2024-02-29T12:00:00Z', 'February 29, 2024'],
  ])('the day cited is the one written in %s: %s', (written, day) => {
    expect(cite({ date: date(written) })).toContain(`Northshore Weekly, ${day}.`);
  });

  test('a leap-day access date', () => {
    expect(cite({ accessed: '2028-02-29' })).toContain('Accessed February 29, 2028.');
  });

  test.each([
    // Chicago nests quotations: the headline's double quotation marks become single ones, the period inside both.
    ['Mayor: “We will rebuild”', '“Mayor: ‘We will rebuild.’” '],
    ['Mayor: "We will rebuild" after the flood', '“Mayor: ‘We will rebuild’ after the flood.” '],
    ['Mayor: “Will we rebuild?”', '“Mayor: ‘Will we rebuild?’” '],
    // Each language's pair in its single shape: German „ “ are ‚ ‘, Hebrew ” ” are ’ ’ (the period after the
    // isolate of a right-to-left headline, where the English sentence closes).
    ['Bürgermeister: „Wir bauen auf“', '“Bürgermeister: ‚Wir bauen auf.‘” '],
    ['עובדים חוזרים: ”הבית השני שלנו”', '“עובדים חוזרים: ’הבית השני שלנו’.” '],
    // Gershayim typed as " is no quotation mark; nor is a final apostrophe; guillemets cannot be taken for the entry's.
    ['צה"ל מודיע', '“צה"ל מודיע.” '],
    ['Apple unveils 13" MacBook', '“Apple unveils 13" MacBook.” '],
    ['Visiting the Joneses’', '“Visiting the Joneses’.” '],
    ['Le maire : « Nous reconstruirons »', '“Le maire : « Nous reconstruirons ».” '],
  ])('a headline with quotes in it, %j, is quoted as %j', (title, quoted) => {
    expect(cite({ title })).toContain(quoted);
  });

  test('a headline ending in ? or ! takes no extra period; line breaks in it become spaces', () => {
    expect(cite({ title: 'Who pays\nfor the ferry?' })).toContain('“Who pays for the ferry?” ');
    expect(cite({ title: 'Snow!' })).toContain('“Snow!” ');
  });
});

test('names and headlines are isolated alone: the punctuation and "and" of the entry stay in its left-to-right flow', () => {
  // Inside an isolate a right-to-left name takes its closing period to its left end, where it reads as the
  // start of the next word, and an English "and" between two Arabic names swaps them.
  const parts = formatCitation({ ...base, authors: ['سارة الخطيب', 'محمد العلي'], title: 'أزمة المياه' });
  expect(parts.filter((part) => part.isolate).map((part) => part.text)).toEqual([
    'الخطيب, سارة',
    'محمد العلي',
    'أزمة المياه',
  ]);
  expect(parts.map((part) => part.text).join('')).toMatch(/^الخطيب, سارة, and محمد العلي\. “أزمة المياه\.” Northshore/);
  // A question mark of the headline's own, in any script, is its closing punctuation: no period is added.
  expect(cite({ title: 'هل تعود العبّارة؟' })).toContain('“هل تعود العبّارة؟” ');
  expect(cite({ title: '渡し船は戻るか？' })).toContain('“渡し船は戻るか？” ');
  // So is a full stop of another script: Hindi's danda, Urdu's ۔.
  expect(cite({ title: 'पुल जनता के लिए खुला।' })).toContain('“पुल जनता के लिए खुला।” ');
  expect(cite({ title: 'پل کھول دیا گیا۔' })).toContain('“پل کھول دیا گیا۔” ');
});

test('an address in another script is shown in its letters, and stays encoded in the records', () => {
  const path = encodeURIComponent('مياه-الشرب');
  const input = {
    archiveUrl: `https://archive.example/2024/05/12/${path}/`,
    originalUrl: `https://news.example/${path}?id=1%262`,
  };
  expect(cite(input)).toContain('https://news.example/مياه-الشرب?id=1%262.');
  expect(cite(input)).toMatch(/ https:\/\/archive\.example\/2024\/05\/12\/مياه-الشرب\/\.$/);
  expect(toBibTeX({ ...base, ...input })).toContain(`url = {https://archive.example/2024/05/12/${path}/}`);
  expect(toRis({ ...base, ...input })).toContain(`UR  - https://archive.example/2024/05/12/${path}/`);
});

describe('BibTeX', () => {
  test.each([
    ['\\', '\\textbackslash{}'],
    ['{', '\\{'],
    ['}', '\\}'],
    ['%', '\\%'],
    ['&', '\\&'],
    ['$', '\\$'],
    ['#', '\\#'],
    ['_', '\\_'],
    ['~', '\\textasciitilde{}'],
    ['^', '\\textasciicircum{}'],
  ])('escapes %s as %s', (char, escaped) => {
    expect(escapeBibTeX(`a${char}b`)).toBe(`a${escaped}b`);
  });

  test('braces stay balanced in every field, whatever the input', () => {
    const entry = toBibTeX({
      ...base,
      title: 'Fees {rise} 5% at R&D_lab, $3 #1 \\ }{',
      authors: ['A}da Qu{ill', 'Smith and Sons'],
      publication: 'The {Weekly}',
      archiveName: 'Archive }',
      originalUrl: 'https://e.example/a?b={c}',
    });
    for (const [name, value] of bibFields(entry)) {
      let depth = 0;
      for (const char of value.replace(/\\[{}]/g, '')) {
        depth += char === '{' ? 1 : char === '}' ? -1 : 0;
        expect(depth, `${name} = ${value}`).toBeGreaterThanOrEqual(0);
      }
      expect(depth, `${name} = ${value}`).toBe(0);
    }
    expect(bibFields(entry).get('title')).toBe(
      '{{Fees \\{rise\\} 5\\% at R\\&D\\_lab, \\$3 \\#1 \\textbackslash{} \\}\\{}}',
    );
  });

  test.each([
    [[], undefined],
    [['Ada Quill'], '{Quill, Ada}'],
    [['Ada Quill', 'Bram Osei'], '{Quill, Ada and Osei, Bram}'],
    [
      ['Ada Quill', 'Bram Osei', 'Camille Vernet', 'Dan Ek'],
      '{Quill, Ada and Osei, Bram and Vernet, Camille and Ek, Dan}',
    ],
    [['Reuters'], '{{Reuters}}'],
    [['Smith and Sons Ltd'], '{{Smith and Sons Ltd}}'],
    [['山田 花子'], '{{山田 花子}}'],
    [['สมชาย ใจดี'], '{{สมชาย ใจดี}}'],
    [['Nguyễn Văn An'], '{{Nguyễn Văn An}}'],
    [['Annelies Van den Bossche', 'Pieter De Smet'], '{{Van den Bossche}, Annelies and {De Smet}, Pieter}'],
  ])('authors %j → author = %s', (authors, field) => {
    expect(bibFields(toBibTeX({ ...base, authors })).get('author')).toBe(field);
  });

  test('date, URLs and access date', () => {
    const fields = bibFields(toBibTeX({ ...base, date: date('2024-02-29T23:30:00-08:00') }));
    expect(fields.get('year')).toBe('{2024}');
    expect(fields.get('month')).toBe('feb');
    expect(fields.get('day')).toBe('{29}');
    expect(fields.get('date')).toBe('{2024-02-29}');
    expect(fields.get('url')).toBe('{https://archive.example/2020/01/01/council-budget-vote/}');
    expect(fields.get('urldate')).toBe('{2026-05-05}');
    expect(fields.get('note')).toBe(
      '{Originally published at https://northshore.example/budget. Archived in The Port Alder Ledger Archive}',
    );
    expect(fields.get('journal')).toBe('{Northshore Weekly}');
  });

  test('without a source URL the note names only the archive', () => {
    expect(bibFields(toBibTeX({ ...base, originalUrl: undefined })).get('note')).toBe(
      '{Archived in The Port Alder Ledger Archive}',
    );
  });

  test('braces in a URL are percent-encoded, and the key keeps only key characters', () => {
    const entry = toBibTeX({ ...base, archiveUrl: 'https://a.example/x?q={1}', key: 'fête {2020}' });
    expect(bibFields(entry).get('url')).toBe('{https://a.example/x?q=%7B1%7D}');
    expect(entry.split('\n')[0]).toBe('@article{f-te-2020,');
  });
});

describe('RIS', () => {
  test('a NEWS record with one tag a line, CRLF line ends, closed by ER', () => {
    const record = toRis({ ...base, authors: ['Ada Quill', 'Bram Osei'] });
    expect(record.startsWith('TY  - NEWS\r\n')).toBe(true);
    expect(record.endsWith('\r\nER  - \r\n')).toBe(true);
    expect(record.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const tags = risTags(record);
    expect(tags.get('TI')).toEqual(['Council passes the winter budget']);
    expect(tags.get('AU')).toEqual(['Quill, Ada', 'Osei, Bram']);
    expect(tags.get('T2')).toEqual(['Northshore Weekly']);
    expect(tags.get('PY')).toEqual(['2020']);
    expect(tags.get('DA')).toEqual(['2020/01/01/']);
    expect(tags.get('UR')).toEqual([
      'https://archive.example/2020/01/01/council-budget-vote/',
      'https://northshore.example/budget',
    ]);
    expect(tags.get('Y2')).toEqual(['2026/05/05/']);
    expect(tags.get('DB')).toEqual(['The Port Alder Ledger Archive']);
  });

  test.each([
    [[], undefined],
    [['Ada Quill'], ['Quill, Ada']],
    [['Reuters'], ['Reuters']],
    [['山田 花子'], ['山田 花子']],
    [['สมชาย ใจดี'], ['สมชาย ใจดี']],
    [['Nguyễn Văn An'], ['Nguyễn Văn An']],
  ])('authors %j → AU %j', (authors, au) => {
    expect(risTags(toRis({ ...base, authors })).get('AU')).toEqual(au);
  });

  test('line breaks of every kind inside a value cannot start a new tag', () => {
    const record = toRis({
      ...base,
      title: 'One\r\nER  - \nTY  - JOUR\u2028two\u2029three\rfour',
      authors: ['Ada\nQuill'],
    });
    const tags = risTags(record);
    expect(tags.get('TI')).toEqual(['One ER - TY - JOUR two three four']);
    expect(tags.get('ER')).toEqual(['']);
    expect(tags.get('TY')).toEqual(['NEWS']);
    expect(tags.get('AU')).toEqual(['Quill, Ada']);
  });

  test('dates: the written day of a date-time with offset, and leap days', () => {
    const tags = risTags(toRis({ ...base, date: date('2019-12-31T23:30:00-08:00'), accessed: '2028-02-29' }));
    expect(tags.get('DA')).toEqual(['2019/12/31/']);
    expect(tags.get('PY')).toEqual(['2019']);
    expect(tags.get('Y2')).toEqual(['2028/02/29/']);
  });

  test('without a source URL, only the archived copy', () => {
    expect(risTags(toRis({ ...base, originalUrl: undefined })).get('UR')).toEqual([base.archiveUrl]);
  });
});

test('the BibTeX langid is the language as babel names it, or left out', () => {
  expect(bibFields(toBibTeX({ ...base, lang: 'pt-BR' })).get('langid')).toBe('{brazilian}');
  expect(bibFields(toBibTeX({ ...base, lang: 'de' })).get('langid')).toBe('{ngerman}');
  expect(bibFields(toBibTeX({ ...base, lang: 'en-GB' })).get('langid')).toBe('{british}');
  expect(bibFields(toBibTeX({ ...base, lang: 'zh-Hant-TW' })).get('langid')).toBe('{chinese}');
  expect(bibFields(toBibTeX({ ...base, lang: 'sw' })).has('langid')).toBe(false);
});

test('a BibTeX key from an address in another script keeps the day and tells articles of one year apart', () => {
  const persian = (key: string) => toBibTeX({ ...base, date: date('2023-12-09'), key }).split(',')[0];
  const first = persian('ذخایر-سدهای-تهران-2023');
  const second = persian('بارش-برف-در-تبریز-2023');
  expect(first).toMatch(/^@article\{article-2023-12-09-[0-9a-f]{6}$/);
  expect(second).not.toBe(first);
  // The same address, the same key: a bibliography made twice cites it alike.
  expect(persian('ذخایر-سدهای-تهران-2023')).toBe(first);
  // A key with Latin letters or figures of its own stays as it was.
  expect(toBibTeX(base).startsWith('@article{council-budget-vote-2020,')).toBe(true);
  expect(toBibTeX({ ...base, key: '123456-2023' }).startsWith('@article{123456-2023,')).toBe(true);
});
