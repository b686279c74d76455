// Rules of the Czech, Greek, Urdu and Persian trials that a review found too broad: each case below is a story's own
// line (or picture) that those rules took for a notice, a byline, a credit or a dateline.
import { describe, expect, test } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import { hasBylineLabel } from '../../src/importer/bylines.ts';
import { isCopyrightLine, readText } from '../../src/importer/read-text.ts';
import { dropTeasers } from '../../src/importer/teasers.ts';
import { parseHtmlFragment } from '../../src/importer/to-markdown.ts';
import { isPlaceAndDate } from '../../src/lib/written-dates.ts';

const czech =
  'Městská knihovna otevřela novou čítárnu pro děti. Přišlo více než sto návštěvníků.\n\nČítárna bude otevřená i o víkendech.';
const english =
  'The harbour reopened on Monday after a week of repairs. Fishermen said the new wall held well.\n\nThe council will inspect it again in May.';
const greek =
  'Η νέα γέφυρα άνοιξε σήμερα για την κυκλοφορία. Ο δήμαρχος δήλωσε ικανοποιημένος.\n\nΟι κάτοικοι χάρηκαν.';

describe('a reuse warning alone closing a story', () => {
  test.each([
    ['Sad u Lednice', 'Použití pesticidů bez souhlasu úřadu je zakázáno.'],
    ['Court names two witnesses', 'Republication of the names is prohibited without a court order.'],
    ['Harbour wall collapses on camera', 'Redistribution of the footage is strictly prohibited.'],
    ['Νέα γέφυρα στο λιμάνι', 'Απαγορεύεται η αναπαραγωγή των εγγράφων χωρίς άδεια του υπουργείου.'],
  ])("under %s, forbidding what is no site's content, stays the story's: %s", (headline, warning) => {
    const story = headline.startsWith('Νέα') ? greek : headline.startsWith('Sad') ? czech : english;
    const found = readText(`${headline}\n\n${story}\n\n${warning}`, 'a.txt');
    expect(found.fields.copyright).toBeUndefined();
    expect(found.text).toContain(warning);
    expect(isCopyrightLine(warning)).toBe(false);
  });

  test('next to a notice (the line above or below, or the same line) it goes with it', () => {
    for (const notice of [
      '© 2022 Hanácký večerník\nPoužití fotografií bez souhlasu redakce je zakázáno.',
      '© 2022 Harbour Gazette\n\nRedistribution of the footage is strictly prohibited.',
      'Redistribution of the footage is strictly prohibited.\n© 2022 Harbour Gazette',
      '© 2022 Harbour Gazette. Redistribution of the footage is strictly prohibited.',
    ]) {
      const found = readText(`Harbour wall collapses on camera\n\n${english}\n\n${notice}`, 'b.txt');
      expect(found.fields.copyright, notice).toBe(notice.replace(/\n+/, ' '));
      expect(found.text, notice).not.toContain('prohibited');
      expect(found.text, notice).not.toContain('zakázáno');
    }
  });

  test("alone, a warning that forbids reusing the site's own content, or names nothing, is still a notice", () => {
    for (const warning of [
      'Převzetí obsahu je bez písemného souhlasu zakázáno.',
      'Kopírování článků je bez souhlasu vydavatele zakázáno.',
      'Redistribution of this content is prohibited.',
      'Απαγορεύεται η αναδημοσίευση του περιεχομένου χωρίς άδεια.',
      'Reproduction without permission is prohibited.',
    ])
      expect(isCopyrightLine(warning), warning).toBe(true);
  });

  test("the trial's notice and the warning under it go to copyright together", () => {
    const found = readText(
      `VÝSTAVIŠTĚ ČEKÁ ROZSÁHLÁ REKONSTRUKCE\n\n15.03.2009\n\nAutor: Tomáš Procházka\n\n${czech}\n\n© 2009 Brněnský kurýr. Všechna práva vyhrazena.\nPřevzetí obsahu je bez písemného souhlasu zakázáno.`,
      'c.txt',
    );
    expect(found.fields.copyright).toBe(
      '© 2009 Brněnský kurýr. Všechna práva vyhrazena. Převzetí obsahu je bez písemného souhlasu zakázáno.',
    );
    expect(found.guessed?.source).toEqual({ name: 'Brněnský kurýr' });
  });
});

describe('a line under the headline listing people or things', () => {
  test.each([
    ['Vláda schválila rozpočet', 'Andrej Babiš, Petr Fiala', czech],
    ['Debate ends without a winner', 'Donald Trump and Joe Biden', english],
    ['Papers fight the paywall ruling', 'New York Times, Washington Post', english],
    ['Vinaři hlásí rekordní úrodu', 'Jižní Čechy a Jižní Morava', czech],
  ])('under "%s", "%s" without a byline cue stays in the story', (headline, line, story) => {
    const found = readText(`${headline}\n\n${line}\n\n${story}`, 'a.txt');
    expect(found.guessed?.authors).toBeUndefined();
    expect(found.text.startsWith(line)).toBe(true);
  });

  test('a list of names beside a date line, as a newsroom prints it, is the byline', () => {
    for (const head of [
      'Brno 11. října 2016\n\nJana Malá a Petr Veselý',
      'Jana Malá a Petr Veselý\n\nBrno 11. října 2016',
      'Jana Malá a Petr Veselý\n11. října 2016',
    ]) {
      const found = readText(`Knihovna digitalizuje staré noviny\n\n${head}\n\n${czech}`, 'b.txt');
      expect(found.guessed?.authors, head).toEqual(['Jana Malá', 'Petr Veselý']);
      expect(found.guessed?.date, head).toBe('2016-10-11');
      expect(found.text, head).not.toContain('Jana Malá');
    }
  });

  test('a labelled byline naming two writers still works', () => {
    for (const [line, authors] of [
      ['By Ada Quill and Ben Stone', ['Ada Quill', 'Ben Stone']],
      ['Autor: Jana Malá a Petr Veselý', ['Jana Malá', 'Petr Veselý']],
    ] as const) {
      const found = readText(`Harbour reopens\n\n${line}\n\n${english}`, 'c.txt');
      expect(found.guessed?.authors, line).toEqual(authors);
    }
  });
});

describe('an agency credit without brackets', () => {
  test.each(['Praha (ČTK)', 'Brno (ČTK)'])(
    '"%s": a place and an agency name no writer; the agency is the source',
    (line) => {
      const found = readText(`Knihovna otevřela čítárnu\n\n${line}\n\n${czech}`, 'a.txt');
      expect(found.guessed?.authors).toBeUndefined();
      expect(found.guessed?.source).toEqual({ name: 'ČTK' });
      // The place is news: it stays, as a dateline naming it does.
      expect(found.text.startsWith(line)).toBe(true);
    },
  );

  test('a writer and an agency still give both', () => {
    for (const [line, writer] of [
      ['Jan Novák, ČTK', 'Jan Novák'],
      ['Anna Nowak / PAP', 'Anna Nowak'],
      ['Martin Svoboda - ČTK', 'Martin Svoboda'],
      // Whatever the writer's given name: Sam, Radim, Kwame are on no list.
      ['Radim Kopáč, ČTK', 'Radim Kopáč'],
      ['Sam Jones, Reuters', 'Sam Jones'],
    ] as const) {
      const found = readText(`Knihovna otevřela čítárnu\n\n${line}\n\n${czech}`, 'b.txt');
      expect(found.guessed?.authors, line).toEqual([writer]);
      expect(found.text, line).not.toContain(writer);
    }
  });

  test.each(['Spa', 'Uni', 'Ana', 'Cp', 'Tt'])(
    '"%s" alone under the headline is a word, no agency: it stays',
    (word) => {
      const found = readText(`Harbour reopens\n\n${word}\n\n${english}`, 'c.txt');
      expect(found.guessed?.source).toBeUndefined();
      expect(found.text.startsWith(word)).toBe(true);
    },
  );

  test('an agency alone as it writes itself, in capitals or in brackets is still the credit', () => {
    for (const [line, agency] of [
      ['SPA', 'SPA'],
      ['Reuters', 'Reuters'],
      ['REUTERS', 'REUTERS'],
      ['dpa', 'dpa'],
      ['(Spa)', 'Spa'],
    ] as const) {
      const found = readText(`Harbour reopens\n\n${line}\n\n${english}`, 'd.txt');
      expect(found.guessed?.source, line).toEqual({ name: agency });
      expect(found.text.startsWith('The harbour'), line).toBe(true);
    }
  });
});

describe('a label word before a day with its stop', () => {
  test.each([
    'Stand 15. März 2024',
    'Dne 15. března 2024',
    'Vydáno 15. března 2024',
    'Upraveno 15. března 2024',
    'Datum 15. března 2024',
    'Foto 15. března 2024',
    'Vom 15. März 2024',
    'Heute 15. März 2024',
    'Dnia 15. marca 2024',
  ])('"%s" is no place and date', (line) => {
    expect(isPlaceAndDate(line)).toBe(false);
  });

  test('under a headline such a line gives the date and leaves the story; a place stays as the dateline', () => {
    for (const line of ['Stand 15. März 2024', 'Dne 15. března 2024']) {
      const found = readText(`Knihovna otevřela čítárnu\n\n${line}\n\n${czech}`, 'a.txt');
      expect(found.guessed?.date, line).toBe('2024-03-15');
      expect(found.text.startsWith('Městská knihovna'), line).toBe(true);
    }
    const placed = readText(`Knihovna otevřela čítárnu\n\nBrno 15. března 2024\n\n${czech}`, 'b.txt');
    expect(placed.text.startsWith('Brno 15. března 2024')).toBe(true);
    expect(isPlaceAndDate('Berlin 15. März 2024')).toBe(true);
  });
});

describe('"wrote" in Czech, Slovak and Polish', () => {
  test('opens a byline only before a name with its capital', () => {
    expect(hasBylineLabel('Napsal jsem dopis starostovi')).toBe(false);
    expect(hasBylineLabel('Napsala Jana Malá')).toBe(true);
    const found = readText(`Dopis starostovi\n\nNapsal jsem dopis starostovi\n\n${czech}`, 'a.txt');
    expect(found.guessed?.authors).toBeUndefined();
    expect(found.text).toContain('Napsal jsem dopis starostovi');
    expect(readText(`Dopis starostovi\n\nNapsal Jan Novák\n\n${czech}`, 'b.txt').guessed?.authors).toEqual([
      'Jan Novák',
    ]);
  });
});

describe("an advertisement's label and the picture after it", () => {
  const withoutTeasers = (html: string) => {
    const story = parseHtmlFragment(html);
    dropTeasers(story);
    return toHtml(story);
  };
  const story = (middle: string) => `<article><p>The council met.</p>${middle}<p>It voted.</p></article>`;

  test("the story's own uncaptioned picture after an emptied ad slot's label stays", () => {
    for (const picture of [
      '<p><img src="/images/harbour-wall.jpg" alt=""></p>',
      '<figure><img src="https://cdn.example/news/2024/wall.jpg"></figure>',
    ])
      expect(withoutTeasers(story(`<p>Advertisement</p>${picture}`)), picture).toBe(story(picture));
  });

  test('a picture in the ad slot with the label, or one marked as an advertisement, goes', () => {
    for (const slot of [
      '<div><p>Anzeige</p><p><img src="/images/x.jpg" alt=""></p></div>',
      '<p>Advertisement</p><p class="ad-banner"><img src="/images/x.jpg" alt=""></p>',
      '<p>Advertisement</p><p><a href="https://ads.example/c"><img src="/images/x.jpg" alt=""></a></p>',
    ])
      expect(withoutTeasers(story(slot)), slot).not.toContain('<img');
  });
});
