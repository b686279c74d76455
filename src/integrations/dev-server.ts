/**
 * Astro integration for `astro dev`, so it works like the built site:
 * - search: the dev server has no search index (Pagefind indexes built pages);
 *   it serves the last build's (the `pagefind` folders and `offline.json` in the output
 *   folder) when there is one, and otherwise the search page says how to get it;
 * - edits: the browser reloads when the content loader stores new articles or
 *   its error appears or is fixed, so pages show the edit, or Astro's error
 *   overlay shows the error (src/content/dev-errors.ts).
 * The dev-only Content-Security-Policy is in src/security/headers.ts.
 */
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { watchContentErrors } from '../content/dev-errors.ts';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
};

/**
 * The search file a request asks for, relative to the output folder, or
 * undefined when it asks for something else.
 * @example searchFile('/clips/pagefind/pagefind.js', '/clips/') // 'pagefind/pagefind.js'
 */
export function searchFile(path: string, base: string): string | undefined {
  if (!path.startsWith(base)) return undefined;
  const rest = normalize(decodeURIComponent(path.slice(base.length)));
  if (rest.startsWith('..')) return undefined;
  return rest === 'offline.json' || /^pagefind(?:-[^/]+)?\//.test(rest) ? rest : undefined;
}

export default function devServer(): AstroIntegration {
  let outDir = '';
  let base = '/';
  return {
    name: 'clippings:dev-server',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        watchContentErrors(() => {
          // Astro's own signal (sent when its data store changes) to drop the getStaticPaths results
          // it keeps: they hold the articles as they were.
          for (const [name, environment] of Object.entries(server.environments))
            if (name !== 'client') environment.hot.send('astro:content-changed', {});
          server.ws.send({ type: 'full-reload' });
        });
        server.middlewares.use((request, response, next) => {
          const file = searchFile(new URL(request.url ?? '/', 'http://dev').pathname, base);
          if (!file) return next();
          const path = join(outDir, file);
          const found = statSync(path, { throwIfNoEntry: false });
          if (!found?.isFile()) return next();
          response.writeHead(200, {
            'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
            'content-length': found.size,
          });
          createReadStream(path).pipe(response);
        });
      },
    },
  };
}
