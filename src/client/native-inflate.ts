/**
 * Pagefind's own files (index chunks, metadata, fragments, filters, its
 * WebAssembly) are gzip files, which pagefind.js inflates in JavaScript unless
 * their bytes already start with its signature (as when a host serves them
 * with `Content-Encoding: gzip`, which static hosts do not do for unknown
 * file types). Inflating in JavaScript was 41 ms of a two-word query's 205 ms
 * at 10,000 articles (docs/benchmarks.md). This fetch inflates them with the
 * browser's own DecompressionStream first; anything else passes untouched.
 */

/** The files pagefind.js fetches and inflates: `*.pf_index`, `*.pf_meta`, `*.pf_fragment`, `*.pf_filter`, `wasm.*.pagefind`. */
const PAGEFIND_FILE = /\.(?:pf_index|pf_meta|pf_fragment|pf_filter|pagefind)(?:[?#]|$)/;

/**
 * A `fetch` that hands Pagefind's gzip files over already inflated, when
 * asked for by address alone, as pagefind.js asks; `fetcher` itself where the
 * browser cannot inflate.
 */
export function inflatingFetch(fetcher: typeof fetch): typeof fetch {
  if (typeof DecompressionStream === 'undefined') return fetcher;
  return async (input, init) => {
    const response = await fetcher(input, init);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    // pagefind.js fetches with the address alone; a caller that passes options (the offline
    // keeper, which checks each file's bytes as served) gets the response as it came.
    if (init !== undefined || !response.ok || !PAGEFIND_FILE.test(url)) return response;
    const bytes = new Uint8Array(await response.arrayBuffer());
    // Inflated already (a host that sent it gzip-encoded): as it is.
    const gzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
    const body = gzip
      ? // A Response's own stream of the bytes: a Blob would register them with the browser process first.
        await new Response(new Response(bytes).body?.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer()
      : bytes;
    return new Response(body, {
      status: response.status,
      statusText: response.statusText,
      headers: { 'content-type': response.headers.get('content-type') ?? 'application/octet-stream' },
    });
  };
}

let installed = false;

/** Routes the page's fetches through inflatingFetch, once: pagefind.js calls the global fetch. */
export function inflatePagefindFiles(): void {
  if (installed) return;
  installed = true;
  globalThis.fetch = inflatingFetch(globalThis.fetch.bind(globalThis));
}
