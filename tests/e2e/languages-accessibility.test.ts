/**
 * axe-core over one page of every kind in the French, Japanese and Arabic archives
 * (tests/helpers/i18n-archives.ts), in the light and the dark colour scheme. Its own file,
 * beside languages.test.ts, so the two share the machine's two test workers.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolationsInBothSchemes, newAuditPage } from '../helpers/browser.ts';
import { browserSkip, launchChromium } from '../helpers/chromium.ts';
import {
  buildLanguageArchives,
  LANGUAGE_CODES,
  pageKinds,
  waitForSearch,
  type Language,
} from '../helpers/i18n-archives.ts';
import { serve, type StaticServer } from '../helpers/serve.ts';

describe.skipIf(browserSkip !== '')(`accessibility of archives in other languages ${browserSkip}`, () => {
  let browser: Browser;
  const servers = new Map<Language, StaticServer>();

  beforeAll(async () => {
    const sites = await buildLanguageArchives();
    browser = await launchChromium();
    for (const [lang, site] of sites) servers.set(lang, await serve(site.dist));
  });
  afterAll(async () => {
    await browser?.close();
    for (const server of servers.values()) await server.stop();
  });

  describe.each(LANGUAGE_CODES)('%s', (lang) => {
    let page: Page;
    beforeAll(async () => {
      page = await newAuditPage(browser);
    });
    afterAll(() => page?.context().close());

    test.each(pageKinds(lang))(
      'axe finds no violation on the %s page, in the light and the dark scheme',
      async (_kind, path) => {
        const url = `${servers.get(lang)?.url}${path}`;
        expect(await axeViolationsInBothSchemes(page, url, () => waitForSearch(page, path))).toEqual({
          light: [],
          dark: [],
        });
      },
    );
  });
});
