/**
 * Astro integration: remembers where the last build went and under which
 * base (`last-build.json` in the cache folder), so `npm run preview` serves a
 * `CLIPPINGS_BASE=/my-archive/` build at /my-archive/ without being told again
 * (scripts/preview.ts). Outside `dist/`: nothing extra is deployed.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** What `last-build.json` holds. */
export interface BuildRecord {
  base: string;
  /** Absolute path of the output folder. */
  outDir: string;
}

export const BUILD_RECORD_FILE = 'last-build.json';

export default function buildRecord(): AstroIntegration {
  let record: BuildRecord = { base: '/', outDir: '' };
  let cacheDir = '';
  return {
    name: 'clippings:build-record',
    hooks: {
      'astro:config:done': ({ config }) => {
        record = { base: config.base, outDir: fileURLToPath(config.outDir) };
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async () => {
        await mkdir(cacheDir, { recursive: true });
        await writeFile(join(cacheDir, BUILD_RECORD_FILE), `${JSON.stringify(record, null, 2)}\n`);
      },
    },
  };
}
