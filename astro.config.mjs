// @ts-check
import { defineConfig } from 'astro/config';
import securityHeaders from './src/integrations/security-headers.ts';
import verifyBuild from './src/integrations/verify-build.ts';
import outputFolder from './src/integrations/keep-output.ts';
import siteUrlWarning from './src/integrations/site-url-warning.ts';
import siteFileWarning from './src/integrations/site-file-warning.ts';
import sitemap from './src/integrations/sitemap.ts';
import { articleMarkdownProcessor } from './src/markdown/astro-processor.ts';
import { settingsFrom } from './src/settings.ts';
import searchIndex from './src/integrations/search-index.ts';
import siteSettings from './src/integrations/site-settings.ts';
import cleanFailedBuild from './src/integrations/clean-failed-build.ts';
import devServer from './src/integrations/dev-server.ts';
import buildRecord from './src/integrations/build-record.ts';

// Deployment settings come from the environment so one checkout can build for
// any host: CLIPPINGS_SITE (absolute origin, for feeds, sitemap and canonical
// URLs) and CLIPPINGS_BASE (sub-path, e.g. /my-archive/ on GitHub Pages).
// CLIPPINGS_CONTENT_DIR, CLIPPINGS_OUT_DIR and CLIPPINGS_CACHE_DIR let tests and
// the benchmark build other archives with the same code.
// Every setting and its default: src/settings.ts.
const settings = settingsFrom();
// Keeps dist/ between builds, prunes only our own files, and writes the manifest last.
const output = outputFolder();

export default defineConfig({
  site: settings.site,
  base: settings.base,
  trailingSlash: 'always',
  outDir: settings.outDir,
  cacheDir: settings.cacheDir,
  // Stylesheets as files, never inlined: the CSP allows no inline style.
  // Several pages render at once: while one waits on a file, another runs (measured: a third
  // less page-rendering time at 1,000 articles on 2 cores).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
  devToolbar: { enabled: false },
  // Astro's own output, with the pages a rebuild kept summed up in one line (not one line each).
  logger: { entrypoint: './src/integrations/build-log.ts' },
  // Scripts and assets as files, never inlined into the HTML: the CSP allows no inline script.
  // The dev server need not watch test and benchmark builds (.tmp/ can hold 100,000 files).
  // The output folder is kept between builds and pruned after (src/integrations/keep-output.ts):
  // unchanged pages stay in place instead of being deleted and copied back from the cache.
  vite: {
    // Vite's own cache (the dev server's pre-bundled dependencies) beside the build cache, not in
    // the shared node_modules/.vite: `astro build` replaces that folder, and a dev server reading
    // from it at that moment answers 504 "Outdated Optimize Dep" (seen in CI, where builds of
    // other archives run beside `npm run dev`).
    cacheDir: `${settings.cacheDir}/vite`,
    build: {
      assetsInlineLimit: 0,
      emptyOutDir: false,
      // The small helper modules several page scripts share, in one file: split by default into a
      // dozen files of 0.1 to 1 KB, an article page made 13 requests (9 now) and the search page 25
      // (19), some only found once the file importing them had arrived (docs/benchmarks.md, session 36).
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [{ name: 'shared', test: /[\\/]src[\\/](lib|client|i18n)[\\/]/, minShareCount: 2 }],
          },
        },
      },
    },
    server: { watch: { ignored: ['**/.tmp/**', '**/dist/**'] } },
    // The one module the browser scripts import from a package (date-fns/format, through
    // src/lib/dates.ts), bundled when the dev server starts: found later, on a first page load,
    // Vite re-bundles it and the page's requests fail with 504 "Outdated Optimize Dep".
    optimizeDeps: { include: ['date-fns/format'] },
  },
  markdown: { processor: articleMarkdownProcessor, syntaxHighlight: false },
  // Pages whose getStaticPaths cacheKey is unchanged since the last build are
  // left as they are instead of rendered again (src/queries/cache-key.ts).
  experimental: { incrementalBuild: true },
  // The search index runs after the pages are written (astro:build:done);
  // verification comes after them all, and the manifest last of all.
  integrations: [
    // First: a broken content/site.json stops the build before anything is written.
    siteSettings(),
    cleanFailedBuild(),
    devServer(),
    buildRecord(),
    siteUrlWarning(settings.siteUrl),
    siteFileWarning(settings.contentDir, settings.siteFile),
    // First after the pages: removes what earlier builds left, before the others write.
    output.keep,
    sitemap(),
    searchIndex(),
    securityHeaders(),
    verifyBuild({ contentDir: settings.contentDir, onVerified: output.verified, whileVerifying: output.verifying }),
    // Last of all: only a build that got here (verified) writes a manifest.
    output.manifest,
  ],
});
