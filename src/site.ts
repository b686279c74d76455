/**
 * Site identity (content/site.json) and URL helpers bound to this build's base.
 */
import settings from '../content/site.json';
import { withBase } from './lib/urls.ts';

export const site: { title: string; description: string; lang: string; publisher: string } = settings;

/** A site path with the configured base prepended. */
export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}
