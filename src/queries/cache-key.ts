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
 * Digests that stand for objects in cache keys, by identity. The same
 * article objects sit in the props of thousands of pages (every listing of
 * 50, every related list, the neighbours): serialising each again for every
 * page was about a third of the page phase's CPU in a profile of a
 * 1,000-article build, and hashing each once per build (the digest kept here
 * after its first page) still 0.4 s of a 10,000-article rebuild. So the
 * archive gives each article the digest the loader already made of its file
 * (digestAs), and nothing is hashed for it. Other objects (a page's related
 * list, its filters) are used by one page and serialised in place. Weak: the
 * archive of an earlier store is freed with it.
 */
const digests = new WeakMap<object, string>();

/**
 * Gives `value` its digest for cache keys, so that it is neither serialised
 * nor hashed: for objects whose content a digest already sums up, such as an
 * article (the loader's digest of its file and of the code that read it).
 * The digest must change whenever the object could; the object must not
 * change once pages are being planned (as Astro props already require).
 */
export function digestAs(value: object, digest: string): void {
  // A string field would have to hold two NULs and this very digest to read the same.
  digests.set(value, `\0\0${digest}`);
}

/** JSON.stringify replacer: an object below the top that has a digest is stood in for by it. */
function nested(this: unknown, key: string, value: unknown): unknown {
  return key !== '' && typeof value === 'object' && value !== null ? (digests.get(value) ?? value) : value;
}

/** A short, stable hash of a JSON-serialisable value. @example cacheKeyOf({ a: 1 }) === cacheKeyOf({ a: 1 }) // true */
export function cacheKeyOf(...values: unknown[]): string {
  const hash = createHash('sha1').update(SETTINGS).update('\0');
  for (const value of values) hash.update(JSON.stringify(value, nested) ?? 'undefined').update('\0');
  return hash.digest('base64url');
}
