#!/usr/bin/env node
/**
 * `npm run zim [-- --out FILE]`: the archive as one ZIM file, which Kiwix
 * (Android, iOS, desktop, kiwix-serve) opens and searches offline. Builds the
 * site first when dist/ is missing or older than its sources, stages the
 * files that belong in a ZIM with relative links (src/zim/), and packs them
 * with openZIM's zimwriterfs. Reads the same environment as astro.config.mjs.
 * Exit code 0 on success, 1 on failure, 2 for a usage error.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { settingsFrom } from '../src/settings.ts';
import { loadSiteSettings } from '../src/content/site-settings.ts';
import { staleBecause } from '../src/zim/freshness.ts';
import { readBuildRecord, recordOf } from '../src/output/last-build.ts';
import { loadLanguages, translatorFor } from '../src/i18n/node-languages.ts';
import { zimMetadata, type SiteSettings } from '../src/zim/metadata.ts';
import { ILLUSTRATION, stageSite, WELCOME } from '../src/zim/stage.ts';
import { hasZimwriterfs, runZimwriterfs, ZIMWRITERFS_MISSING, zimwriterfsArgs } from '../src/zim/zimwriterfs.ts';

const root = resolve(import.meta.dirname, '..');
const env = process.env;
const settings = settingsFrom(env);

let values: { out?: string | undefined; help?: boolean | undefined };
try {
  ({ values } = parseArgs({ options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
} catch (error) {
  console.error(`${(error as Error).message}\nUsage: npm run zim [-- --out FILE.zim]`);
  process.exit(2);
}
if (values.help) {
  console.log(
    'Usage: npm run zim [-- --out FILE.zim]\nWrites the archive as one ZIM file for Kiwix (default: dist-zim/<name>_<lang>_<YYYY-MM>.zim).',
  );
  process.exit(0);
}
if (!hasZimwriterfs()) {
  console.error(ZIMWRITERFS_MISSING);
  process.exit(1);
}

const started = performance.now();
const siteFile = resolve(root, settings.siteFile);
let site: SiteSettings;
try {
  site = loadSiteSettings(settings.siteFile, root);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const meta = zimMetadata(site, new Date());
const out = resolve(values.out ?? join(root, 'dist-zim', meta.fileName));
const dist = resolve(root, settings.outDir);
const inputs = [
  resolve(root, settings.contentDir),
  siteFile,
  join(root, 'src'),
  join(root, 'public'),
  join(root, 'astro.config.mjs'),
  join(root, 'package-lock.json'),
];

// dist/ is staged with the base it was built for: the ZIM's links are all relative, so a GitHub Pages build
// under /rio/ makes the same ZIM as one at the root. A rebuild keeps the base and address the last one had.
const record = readBuildRecord(resolve(root, settings.cacheDir));
const base = recordOf(dist, record)?.base ?? settings.base;
const stale = await staleBecause(dist, inputs);
if (stale) {
  console.log(`Building the site first: ${stale}.`);
  const build = spawnSync(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...env,
      CLIPPINGS_BASE: base,
      ...(env['CLIPPINGS_SITE'] === undefined && record?.site ? { CLIPPINGS_SITE: record.site } : {}),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  if (build.status !== 0) {
    console.error('The site did not build, so no ZIM was written: fix what the build reported above.');
    process.exit(1);
  }
}

const staging = await mkdtemp(join(tmpdir(), 'clippings-zim-'));
try {
  const stageStarted = performance.now();
  const staged = await stageSite(dist, staging, base, translatorFor(site.lang, await loadLanguages()));
  const packStarted = performance.now();
  await mkdir(dirname(out), { recursive: true });
  await rm(out, { force: true });
  const version = (JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  await runZimwriterfs(
    zimwriterfsArgs(meta, {
      staging,
      out,
      welcome: WELCOME,
      illustration: ILLUSTRATION,
      scraper: `clippings ${version}`,
    }),
  );
  const { size } = await stat(out);
  const seconds = (from: number, to = performance.now()) => ((to - from) / 1000).toFixed(1);
  console.log(
    `ZIM: ${relative(process.cwd(), out) || out}, ${(size / 1e6).toFixed(1)} MB, ${staged.articles} articles in ${staged.pages} pages and ${staged.files} files (${staged.leftOut} live-site files left out), in ${seconds(started)} s (staged in ${seconds(stageStarted, packStarted)} s, packed and indexed by zimwriterfs in ${seconds(packStarted)} s).`,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await rm(staging, { recursive: true, force: true });
}
