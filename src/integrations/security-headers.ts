/**
 * Astro integration: writes `_headers` into the build, from the same policy as
 * the `<meta>` tag in every page (src/security/headers.ts).
 */
import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../security/headers.ts';

export default function securityHeadersIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'clippings:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir }) => {
        await writeFile(new URL('_headers', dir), headersFile(base));
      },
    },
  };
}
