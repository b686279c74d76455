/**
 * content/site.json: every field checked before the build, one line per
 * problem naming the field and what is expected.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SiteSettingsError, loadSiteSettings, parseSiteSettings } from '../../src/content/site-settings.ts';

const good = { title: 'The Ledger Archive', description: 'News from the coast.', lang: 'fr', publisher: 'The Ledger' };

function problemsOf(value: unknown): readonly string[] {
  try {
    parseSiteSettings(value, 'content/site.json');
  } catch (error) {
    if (error instanceof SiteSettingsError) return error.problems;
    throw error;
  }
  return [];
}

describe('site settings', () => {
  test('a complete file passes; lang defaults to English', () => {
    expect(parseSiteSettings(good, 'site.json')).toEqual(good);
    const { lang: _lang, ...withoutLang } = good;
    expect(parseSiteSettings(withoutLang, 'site.json').lang).toBe('en');
  });

  test.each([
    ['publisher', 'publisher: is required: who published the articles'],
    ['title', "title: is required: the archive's name"],
    ['description', 'description: is required: one sentence about the archive'],
  ])('a missing %s is one line naming it', (field, line) => {
    const problems = problemsOf({ ...good, [field]: undefined });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(line);
  });

  test('unknown keys are errors, listing the known ones', () => {
    expect(problemsOf({ ...good, langauge: 'fr' })).toEqual([
      'unknown field(s): langauge; the fields are title, description, lang and publisher',
    ]);
  });

  test('every problem at once, one line each', () => {
    const problems = problemsOf({ title: 3, lang: 'French', extra: true });
    expect(problems).toHaveLength(5);
    expect(problems).toContain('lang: expected a language code such as en, fr or pt-BR, got "French"');
    expect(problems.find((line) => line.startsWith('title:'))).toBe(
      'title: expected the archive\'s name as text (e.g. "The Port Alder Ledger Archive"), got 3',
    );
  });

  test('a country’s code given for its language ("ua") says which code is the language’s', () => {
    expect(problemsOf({ ...good, lang: 'ua' })).toEqual([
      'lang: expected a language code, got "ua": that is a country\'s code; its language is "uk"',
    ]);
    expect(problemsOf({ ...good, lang: 'jp' })).toEqual([
      'lang: expected a language code, got "jp": that is a country\'s code; its language is "ja"',
    ]);
    expect(problemsOf({ ...good, lang: 'uk' })).toEqual([]);
    expect(problemsOf({ ...good, lang: 'se' })).toEqual([]); // Northern Sami
  });

  test('the message names the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'site-settings-'));
    writeFileSync(join(dir, 'site.json'), '{ "title": "A", ');
    expect(() => loadSiteSettings('site.json', dir)).toThrow(/^site\.json has a problem:\n {2}- is not valid JSON/);
    writeFileSync(join(dir, 'site.json'), JSON.stringify({ title: 'A', description: 'B' }));
    expect(() => loadSiteSettings('site.json', dir)).toThrow('site.json has a problem:\n  - publisher: is required');
  });
});
