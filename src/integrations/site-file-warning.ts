/**
 * Astro integration: warns when another articles folder is built with the
 * sample's settings. CLIPPINGS_CONTENT_DIR names a folder with no `site.json`
 * in it or beside it, and CLIPPINGS_SITE_FILE names none: the archive's name,
 * language and publisher then come from `content/site.json`, the sample's.
 */
import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { DEFAULTS } from '../settings.ts';

export default function siteFileWarning(contentDir: string, siteFile: string): AstroIntegration {
  return {
    name: 'clippings:site-file',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const ownArticles = resolve(contentDir) !== resolve(DEFAULTS.contentDir);
        if (command !== 'build' || !ownArticles || resolve(siteFile) !== resolve(DEFAULTS.siteFile)) return;
        logger.warn(
          `${contentDir} has no site.json in it or beside it: the archive's name, language and publisher come from ` +
            `${DEFAULTS.siteFile}. Put your site.json next to the articles folder, or name it with CLIPPINGS_SITE_FILE.`,
        );
      },
    },
  };
}
