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
const SETTINGS = JSON.stringify([site, ui.messagesFor(Object.keys(messages) as MessageKey[])]);

/** A short, stable hash of a JSON-serialisable value. @example cacheKeyOf({ a: 1 }) === cacheKeyOf({ a: 1 }) // true */
export function cacheKeyOf(...values: unknown[]): string {
  const hash = createHash('sha1').update(SETTINGS).update('\0');
  for (const value of values) hash.update(JSON.stringify(value) ?? 'undefined').update('\0');
  return hash.digest('base64url');
}
