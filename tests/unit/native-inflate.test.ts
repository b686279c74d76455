/**
 * The fetch that inflates Pagefind's files with the platform's own
 * DecompressionStream (src/client/native-inflate.ts): pagefind.js then finds
 * its signature and skips its JavaScript inflater. Node has the same streams.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { inflatingFetch } from '../../src/client/native-inflate.ts';

const SIGNED = new TextEncoder().encode('pagefind_dcd and the index bytes');

/** A fetch answering every URL with these bytes and status. */
function serving(bytes: Uint8Array, status = 200): typeof fetch {
  return () =>
    Promise.resolve(
      new Response(Uint8Array.from(bytes), { status, headers: { 'content-type': 'application/octet-stream' } }),
    );
}

describe('inflatingFetch', () => {
  test.each([
    '/pagefind/index/en_1a2b.pf_index',
    '/pagefind-2020-01-2022-06/pagefind.en_9f.pf_meta',
    '/pagefind/wasm.en.pagefind',
    '/clip/pagefind/fragment/en_3c.pf_fragment?x=1',
  ])('hands %s over inflated, as Pagefind signs it', async (url) => {
    const response = await inflatingFetch(serving(gzipSync(SIGNED)))(url);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(SIGNED);
  });

  test('bytes a host already inflated pass as they are', async () => {
    const response = await inflatingFetch(serving(SIGNED))('/pagefind/index/en_1.pf_index');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(SIGNED);
  });

  test('a request with options (the offline keeper checking bytes as served) gets them as served', async () => {
    const gzipped = gzipSync(SIGNED);
    const response = await inflatingFetch(serving(gzipped))('/pagefind/index/en_1.pf_index', { cache: 'no-cache' });
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array(gzipped));
  });

  test('other files and failed requests are the fetch’s own responses, untouched', async () => {
    const gzipped = gzipSync(SIGNED);
    const other = await inflatingFetch(serving(gzipped))('/search.json');
    expect(new Uint8Array(await other.arrayBuffer())).toEqual(new Uint8Array(gzipped));
    const missing = await inflatingFetch(serving(gzipped, 404))('/pagefind/index/gone.pf_index');
    expect(missing.status).toBe(404);
    expect(new Uint8Array(await missing.arrayBuffer())).toEqual(new Uint8Array(gzipped));
  });
});
