/**
 * One page of every kind in the French, Japanese, Arabic and Chinese archives
 * (tests/helpers/i18n-archives.ts), each loaded once: no CSP violation or console error, the
 * language's direction, and axe-core finding nothing in the light and the dark colour scheme.
 * Its own file, beside languages.test.ts, so the two share the machine's two test workers.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { auditPage, newAuditPage, type AuditPage } from '../helpers/browser.ts';
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
    let audit: AuditPage;
    const server = () => {
      const found = archives.servers.get(lang);
      if (!found) throw new Error(`no server for the ${lang} archive`);
      return found;
    };
    beforeAll(async () => {
      audit = await newAuditPage(archives.browser, server().origin);
    });
    afterAll(() => audit?.page.close());

    test.each(pageKinds(lang))(
      'the %s page: no CSP violation or console error, set in the language’s direction, and axe finds nothing in the light and the dark scheme',
      async (_kind, path) => {
        const found = await auditPage(audit, `${server().url}${path}`, (page) => waitForSearch(page, path));
        expect(found).toEqual({ problems: [], light: [], dark: [], duringAxe: [] });
        expect(await audit.page.locator('html').getAttribute('dir')).toBe(LANGUAGES[lang].dir);
      },
    );
  });
});
