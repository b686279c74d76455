/**
 * axe-core over one page of every kind in the French, Japanese, Arabic and Chinese archives
 * (tests/helpers/i18n-archives.ts), in the light and the dark colour scheme. Its own file,
 * beside languages.test.ts, so the two share the machine's two test workers.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolationsInBothSchemes, newAuditPage } from '../helpers/browser.ts';
import { browserSkip } from '../helpers/chromium.ts';
import {
  buildLanguageArchives,
  LANGUAGE_CODES,
  openLanguageArchives,
  pageKinds,
  waitForSearch,
  type OpenArchives,
} from '../helpers/i18n-archives.ts';

describe.skipIf(browserSkip !== '')(`accessibility of archives in other languages ${browserSkip}`, () => {
  let archives: OpenArchives;

  beforeAll(async () => {
    archives = await openLanguageArchives(await buildLanguageArchives());
  });
  afterAll(() => archives?.close());

  describe.each(LANGUAGE_CODES)('%s', (lang) => {
    let page: Page;
    beforeAll(async () => {
      page = await newAuditPage(archives.browser);
    });
    afterAll(() => page?.context().close());

    test.each(pageKinds(lang))(
      'axe finds no violation on the %s page, in the light and the dark scheme',
      async (_kind, path) => {
        const url = `${archives.servers.get(lang)?.url}${path}`;
        expect(await axeViolationsInBothSchemes(page, url, () => waitForSearch(page, path))).toEqual({
          light: [],
          dark: [],
        });
      },
    );
  });
});
