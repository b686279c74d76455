/**
 * One page of every kind in the French, Japanese, Arabic and Chinese archives
 * (tests/helpers/i18n-archives.ts), each loaded once: no CSP violation or console error, the
 * language's direction, and axe-core finding nothing in the light and the dark colour scheme.
 * Its own file, beside languages.test.ts, so the two share the machine's two test workers.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolationsInBothSchemes, newAuditPage } from '../helpers/browser.ts';
import { browserSkip } from '../helpers/chromium.ts';
import {
  buildLanguageArchives,
  LANGUAGE_CODES,
  LANGUAGES,
  openLanguageArchives,
  pageKinds,
  waitForSearch,
  type OpenArchives,
} from '../helpers/i18n-archives.ts';

describe.skipIf(browserSkip !== '')(`every kind of page in other languages ${browserSkip}`, () => {
  let archives: OpenArchives;

  beforeAll(async () => {
    archives = await openLanguageArchives(await buildLanguageArchives());
  });
  afterAll(() => archives?.close());

  describe.each(LANGUAGE_CODES)('%s', (lang) => {
    let page: Page;
    let problems: string[];
    beforeAll(async () => {
      ({ page, problems } = await newAuditPage(archives.browser, archives.servers.get(lang)?.origin ?? ''));
    });
    afterAll(() => page?.close());

    test.each(pageKinds(lang))(
      'the %s page: no CSP violation or console error, set in the language’s direction, and axe finds nothing in the light and the dark scheme',
      async (_kind, path) => {
        problems.length = 0;
        const url = `${archives.servers.get(lang)?.url}${path}`;
        const violations = await axeViolationsInBothSchemes(page, url, () => waitForSearch(page, path));
        expect(problems).toEqual([]);
        expect(await page.locator('html').getAttribute('dir')).toBe(LANGUAGES[lang].dir);
        expect(violations).toEqual({ light: [], dark: [] });
      },
    );
  });
});
