/**
 * Astro integration: a build that fails leaves no half-made folders behind.
 * Astro writes its server bundle into `<outDir>/.prerender/` and removes it
 * only when the build succeeds; after a failure the folder stayed, to be
 * served or uploaded with the site. On exit this removes it, and the output
 * folder too when nothing else is in it (a build that failed before writing
 * a page). Pages a failed build did write are kept, to be looked at.
 */
import { existsSync, readdirSync, rmSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Removes `<outDir>/.prerender` and then `outDir` if it is left empty. */
export function removeBuildLeftovers(outDir: string): void {
  rmSync(join(outDir, '.prerender'), { recursive: true, force: true });
  if (existsSync(outDir) && readdirSync(outDir).length === 0) rmdirSync(outDir);
}

export default function cleanFailedBuild(): AstroIntegration {
  let outDir = '';
  return {
    name: 'clippings:clean-failed-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        // Synchronous on purpose: an exit handler cannot wait for promises.
        process.once('exit', () => removeBuildLeftovers(outDir));
      },
    },
  };
}
