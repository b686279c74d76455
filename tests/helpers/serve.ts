/**
 * A small static file server over a built site, on 127.0.0.1 and a free port,
 * serving the site under its base path the way a static host would:
 * `/sub/2024/` → `dist/2024/index.html`, everything outside the base is 404.
 * Browser tests stop it to prove the site works offline.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  /** Origin plus base, e.g. `http://127.0.0.1:41234/sub/`. */
  url: string;
  origin: string;
  /** Closes the server and every open connection. */
  stop(): Promise<void>;
}

/** Serves `dist` under `base` (default `/`). */
export async function serve(dist: string, base = '/'): Promise<StaticServer> {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const sockets = new Set<Socket>();
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the handler answers every request itself, errors included
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const notFound = () => {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('Not found');
    };
    if (!path.startsWith(prefix) || request.method !== 'GET') return notFound();
    const relative = normalize(path.slice(prefix.length));
    if (relative.startsWith('..')) return notFound();
    let file = join(dist, relative);
    if (!file.startsWith(dist + sep) && file !== dist) return notFound();
    const info = await stat(file).catch(() => undefined);
    if (info?.isDirectory()) {
      if (!path.endsWith('/')) {
        response.writeHead(301, { location: `${path}/` });
        return response.end();
      }
      file = join(file, 'index.html');
    }
    const found = await stat(file).catch(() => undefined);
    if (!found?.isFile()) return notFound();
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': found.size,
      // As `npm run preview` (Vite) and some hosts answer: the offline cache must not depend on it.
      vary: 'Origin',
    });
    createReadStream(file).pipe(response);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${prefix}`,
    origin,
    stop: () =>
      new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done());
      }),
  };
}
