/**
 * Astro integration: remembers where the last build went and under which
 * base (`last-build.json` in the cache folder, src/output/last-build.ts), so
 * `npm run preview` and `npm run zim` read a `CLIPPINGS_BASE=/my-archive/`
 * build as it was built without being told again. Outside `dist/`: nothing
 * extra is deployed.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { BUILD_RECORD_FILE, type BuildRecord } from '../output/last-build.ts';

export default function buildRecord(): AstroIntegration {
  let record: BuildRecord = { base: '/', outDir: '' };
  let cacheDir = '';
  return {
    name: 'clippings:build-record',
    hooks: {
      'astro:config:done': ({ config }) => {
        // The address as set, not the local preview's default: a later rebuild (npm run zim) builds for it again.
        const site = process.env['CLIPPINGS_SITE'];
        record = { base: config.base, outDir: fileURLToPath(config.outDir), ...(site ? { site } : {}) };
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async () => {
        await mkdir(cacheDir, { recursive: true });
        await writeFile(join(cacheDir, BUILD_RECORD_FILE), `${JSON.stringify(record, null, 2)}\n`);
      },
    },
  };
}
