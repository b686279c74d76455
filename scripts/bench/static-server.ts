/**
 * A tiny static file server for a built site on 127.0.0.1, enough for a
 * browser to run Pagefind (which refuses file://): directory URLs serve
 * their index.html, a few content types, no caching headers.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
};

/** One file sent: when its request arrived (epoch ms), its path and size. */
export interface ServedFile {
  at: number;
  path: string;
  bytes: number;
}

/** A running server: its origin, the bytes of files it has sent so far, and how to stop it. */
export interface StaticServer {
  origin: string;
  bytesServed(): number;
  /** Every file sent since the server started, in order. */
  served(): ServedFile[];
  close(): Promise<void>;
}

/**
 * Serves `root` on an ephemeral port. It counts the bytes of every file it
 * sends: unlike the page's own network events, that includes what Web
 * Workers fetch (Pagefind loads its WebAssembly and index from one).
 */
export async function serveStatic(root: string): Promise<StaticServer> {
  let served = 0;
  const log: ServedFile[] = [];
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the handler answers every request itself, errors included
  const server: Server = createServer(async (request, response) => {
    const at = Date.now();
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const { size } = await stat(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': size,
      });
      served += size;
      log.push({ at, path, bytes: size });
      createReadStream(file).pipe(response);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    bytesServed: () => served,
    served: () => [...log],
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
