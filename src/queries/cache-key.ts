/**
 * Cache keys for Astro's incremental build: a page whose key is unchanged
 * since the last build is copied from it instead of rendered again. The key
 * is a hash of everything the page shows, so it must be given every input the
 * page reads; props are hashed whole for that reason.
 */
import { createHash } from 'node:crypto';
import { site } from '../site.ts';
import { ui } from '../i18n/site-interface.ts';
import { messages, type MessageKey } from '../i18n/locales/en.ts';

// Every page shows the archive's settings (its name) and its language's interface text:
// a change to content/site.json or to the translation table must render every page again.
// Hashed once: the text (about 10 KB) hashed again for each of 100,000 pages was 1 GB of SHA-1.
const SETTINGS = createHash('sha1')
  .update(JSON.stringify([site, ui.messagesFor(Object.keys(messages) as MessageKey[])]))
  .digest('base64url');

/**
 * Digests of the objects already hashed in this process, by identity. The
 * same article objects sit in the props of thousands of pages (every listing
 * of 50, every related list, the neighbours): hashing each once, instead of
 * serialising it again for every page, was about a third of the page phase's
 * CPU in a profile of a 1,000-article build (docs/benchmarks.md). This relies
 * on what Astro props already require: an object is not changed once pages
 * are being planned. Weak: the per-page wrappers are freed with their page.
 */
const digests = new WeakMap<object, string>();

function digestOf(value: object): string {
  let digest = digests.get(value);
  if (digest === undefined) {
    // A string field would have to hold a NUL and this very digest to read the same.
    digest = `\0${createHash('sha1').update(JSON.stringify(value, nested)).digest('base64url')}`;
    digests.set(value, digest);
  }
  return digest;
}

/** JSON.stringify replacer: every object below the top is stood in for by its digest. */
function nested(this: unknown, key: string, value: unknown): unknown {
  return key !== '' && typeof value === 'object' && value !== null ? digestOf(value) : value;
}

/** A short, stable hash of a JSON-serialisable value. @example cacheKeyOf({ a: 1 }) === cacheKeyOf({ a: 1 }) // true */
export function cacheKeyOf(...values: unknown[]): string {
  const hash = createHash('sha1').update(SETTINGS).update('\0');
  for (const value of values) hash.update(JSON.stringify(value, nested) ?? 'undefined').update('\0');
  return hash.digest('base64url');
}
