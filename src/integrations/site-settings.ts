/**
 * Astro integration: checks content/site.json before anything is built, so a
 * missing or unknown field stops the build at once with one line per field,
 * and the dev server restarts when the file changes.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SiteSettingsError, loadSiteSettings, siteSettingsFile } from '../content/site-settings.ts';
import { refusal } from '../lib/refusal.ts';

export default function siteSettings(): AstroIntegration {
  return {
    name: 'clippings:site-settings',
    hooks: {
      'astro:config:setup': ({ config, addWatchFile }) => {
        const root = fileURLToPath(config.root);
        const file = siteSettingsFile();
        addWatchFile(resolve(root, file));
        try {
          loadSiteSettings(file, root);
        } catch (error) {
          if (error instanceof SiteSettingsError)
            throw refusal(
              error.message,
              'Fix the fields named above (see "Archive settings" in README.md), then build again.',
            );
          throw error;
        }
      },
    },
  };
}
