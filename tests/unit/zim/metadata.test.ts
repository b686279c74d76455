import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ILLUSTRATION_SIZE, illustrationPng } from '../../../src/zim/illustration.ts';
import { toIso6393 } from '../../../src/lib/language-codes.ts';
import { shorten, zimMetadata } from '../../../src/zim/metadata.ts';
import { zimwriterfsArgs } from '../../../src/zim/zimwriterfs.ts';

const site = {
  title: 'The Port Alder Ledger Archive',
  description: 'Thirty-odd years of news from Port Alder and the coast, as first reported.',
  lang: 'en',
  publisher: 'The Port Alder Ledger',
};
const now = new Date('2026-12-01T04:00:00Z');

describe('ZIM metadata from content/site.json', () => {
  test('name, file name and what Kiwix shows', () => {
    expect(zimMetadata(site, now)).toEqual({
      name: 'the-port-alder-ledger-archive_en',
      fileName: 'the-port-alder-ledger-archive_en_2026-12.zim',
      title: 'The Port Alder Ledger Archive',
      description: site.description,
      language: 'eng',
      creator: 'The Port Alder Ledger',
      publisher: 'The Port Alder Ledger',
      tags: 'news;archive',
    });
  });

  test('a regional language tag names the file by its language', () => {
    expect(zimMetadata({ ...site, lang: 'fr-CA', title: 'Les Archives du Phare' }, now)).toMatchObject({
      name: 'les-archives-du-phare_fr',
      language: 'fra',
    });
  });

  test('a description longer than 80 characters is shortened at a word', () => {
    const long =
      'Every article of the Ledger since its first issue in 1991, with corrections, sources and the photographs.';
    const { description } = zimMetadata({ ...site, description: long }, now);
    expect([...description].length).toBeLessThanOrEqual(80);
    expect(description).toBe('Every article of the Ledger since its first issue in 1991, with corrections…');
    expect(shorten('one two three', 9)).toBe('one two…');
    expect(shorten('short', 80)).toBe('short');
  });

  test.each(['title', 'description', 'lang', 'publisher'] as const)(
    'an empty %s is an error naming the field',
    (field) => {
      expect(() => zimMetadata({ ...site, [field]: ' ' }, now)).toThrow(`content/site.json: "${field}" is empty`);
    },
  );

  test('a title without letters or digits cannot name the file', () => {
    expect(() => zimMetadata({ ...site, title: '***' }, now)).toThrow('has no letters or digits');
  });
});

describe('ISO 639-3 language codes', () => {
  test.each([
    ['en', 'eng'],
    ['en-GB', 'eng'],
    ['fr', 'fra'],
    ['ja', 'jpn'],
    ['zh-Hant', 'zho'],
    ['DE', 'deu'],
    ['haw', 'haw'],
  ])('%s is %s', (tag, code) => expect(toIso6393(tag)).toBe(code));

  test('an unknown language is an error saying what to write', () => {
    expect(() => toIso6393('xx')).toThrow('content/site.json "lang" is "xx", which names no ISO 639 language');
  });
});

describe('the illustration', () => {
  test('the site icon drawn as a 48×48 PNG', () => {
    const png = illustrationPng(readFileSync(new URL('../../../public/favicon.svg', import.meta.url)));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([ILLUSTRATION_SIZE, ILLUSTRATION_SIZE]);
  });

  test('a wide icon is refused, naming its file', () => {
    expect(() =>
      illustrationPng(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 32"><rect width="64" height="32"/></svg>',
        'public/wide.svg',
      ),
    ).toThrow('public/wide.svg is 48×24');
  });

  test('something that is not SVG is refused, naming its file', () => {
    expect(() => illustrationPng('not an image', 'public/favicon.svg')).toThrow(
      'public/favicon.svg: cannot draw the ZIM illustration',
    );
  });
});

describe("zimwriterfs's command line", () => {
  test('carries every metadata field, then the folder and the file', () => {
    const args = zimwriterfsArgs(zimMetadata(site, now), {
      staging: '/tmp/stage',
      out: '/out/a.zim',
      welcome: 'index.html',
      illustration: 'icon.png',
      scraper: 'clippings 0.1.0',
    });
    expect(args).toEqual([
      '--welcome=index.html',
      '--illustration=icon.png',
      '--language=eng',
      '--title=The Port Alder Ledger Archive',
      `--description=${site.description}`,
      '--creator=The Port Alder Ledger',
      '--publisher=The Port Alder Ledger',
      '--name=the-port-alder-ledger-archive_en',
      '--tags=news;archive',
      '--scraper=clippings 0.1.0',
      '/tmp/stage',
      '/out/a.zim',
    ]);
  });
});
