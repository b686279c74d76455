/**
 * Runs on every page: registers the service worker, so the pages a reader
 * opens stay readable offline.
 */
import { registerServiceWorker } from './offline.ts';
import { siteBase } from './base.ts';

registerServiceWorker(siteBase());
