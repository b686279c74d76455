/**
 * A broken content/site.json stops the build before anything is written,
 * with one line per field; a failed build leaves no stray folder in dist/.
 */
import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildFixture } from '../helpers/build.ts';

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
});
