/**
 * A broken content/site.json stops the build before anything is written,
 * with one line per field; a failed build leaves no stray folder in dist/.
 * Another archive folder's own site.json, beside its articles, is the one built with.
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BUILDS, buildFixture } from '../helpers/build.ts';

describe('archive settings', () => {
  test(
    'a missing publisher and an unknown key fail the build, one line each, and leave no dist/',
    { timeout: 180_000 },
    async () => {
      const result = await buildFixture({
        content: 'tests/fixtures/basic/articles',
        env: { CLIPPINGS_SITE_FILE: 'tests/fixtures/site-settings/broken-site.json' },
      });
      expect(result.code).not.toBe(0);
      expect(result.output).toContain(
        'tests/fixtures/site-settings/broken-site.json has 2 problems:\n  - publisher: is required: who published the articles',
      );
      expect(result.output).toContain(
        '  - unknown field(s): colour; the fields are title, description, lang and publisher',
      );
      expect(result.output).not.toContain('TypeError');
      expect(existsSync(result.dist)).toBe(false);
    },
  );

  test(
    'an archive folder laid out as content/ is built with its own site.json, and one without is warned about',
    { timeout: 300_000 },
    async () => {
      const archive = await mkdtemp(join(BUILDS, 'own-archive-'));
      await cp('tests/fixtures/basic/articles', join(archive, 'articles'), { recursive: true });
      const settings = {
        title: 'Archives du Port',
        description: 'Le port, jour après jour.',
        lang: 'fr',
        publisher: 'Le Port',
      };
      await writeFile(join(archive, 'site.json'), JSON.stringify(settings));
      const own = await buildFixture({ content: join(archive, 'articles') });
      expect(own.code, own.output).toBe(0);
      const home = await own.read('index.html');
      expect(home).toMatch(/<html lang="fr"/);
      expect(home).toContain('Archives du Port');
      expect(own.output).not.toContain('has no site.json');

      const bare = await buildFixture({ content: 'tests/fixtures/basic/articles' });
      expect(bare.code, bare.output).toBe(0);
      expect(bare.output).toMatch(/has no site\.json in it or beside it: .* come from content\/site\.json/);
    },
  );
});
