/**
 * Astro integration: warns when a build has no public address. Canonical
 * links, feeds, the sitemap, JSON-LD and citations need absolute URLs; without
 * CLIPPINGS_SITE they point at http://localhost:4321, right for `npm start`,
 * wrong for a deployed archive.
 */
import type { AstroIntegration } from 'astro';

export default function siteUrlWarning(siteFromEnv: string | undefined): AstroIntegration {
  return {
    name: 'clippings:site-url',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build' || siteFromEnv) return;
        logger.warn(
          `CLIPPINGS_SITE is not set: canonical links, feeds, sitemap and citations point at ${config.site ?? 'no site'}. ` +
            'Fine for a local preview; before deploying, build with CLIPPINGS_SITE=https://your.domain (see README "Deploy").',
        );
      },
    },
  };
}
