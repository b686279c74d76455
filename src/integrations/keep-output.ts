/**
 * Astro integration: the output folder is kept between builds and pruned
 * afterwards, instead of emptied before (`vite.build.emptyOutDir: false` in
 * astro.config.mjs). With Astro's incremental build, a page whose cache key is
 * unchanged is then left where it is: at 10,000 articles, emptying the folder
 * and copying every page back from the cache took longer than rendering the
 * pages that changed.
 *
 * Only files are removed that the last build's manifest lists
 * (src/output/manifest.ts) and this build did not make again, such as the page
 * of a deleted article. The search bundle folders (`pagefind`, `pagefind-*`)
 * are the search index's own: it keeps an unchanged shard in place and
 * replaces or removes the others (src/search/indexer.ts).
 * Anything else in the folder (a CNAME, `.well-known/`, a `.git` repository,
 * downloads) is not ours and is never touched. An output folder that is not
 * empty and holds no manifest of ours is refused, unless the setting says to
 * build into it anyway. The manifest half runs last, after verification: only
 * a build that got to its end writes one.
 */
import { existsSync, statSync } from 'node:fs';
import { mkdir, readdir, rm, rmdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { inBatches } from '../lib/batches.ts';
import { refusal } from '../lib/refusal.ts';
import { ADOPT_SETTING, settingsFrom } from '../settings.ts';
import { hasFiles, listFiles, listFilesAside, listFileStates, type FileStat } from '../lib/list-files.ts';
import { fileState, type FileMemo } from '../lib/file-memo.ts';
import { isKeptOutput, routeFiles } from '../lib/output-files.ts';
import { BUNDLE_FOLDER } from '../search/shards.ts';
import {
  BUILDING_FILE,
  builtFileHashes,
  hashFilesAside,
  MANIFEST_FILE,
  manifestOf,
  markBuildFinished,
  markBuildStarted,
  readOutputState,
  type BuildManifest,
} from '../output/manifest.ts';

/** Whether a file is in a search bundle folder: the search index's own (src/search/indexer.ts). */
const inSearchBundle = (path: string) => BUNDLE_FOLDER.test(path.split('/')[0] ?? '');

/** Removes the folders of removed files that are left empty, and their parents in turn, up to `site`. */
async function removeEmptyFolders(site: string, removed: readonly string[]): Promise<void> {
  const folders = new Set<string>();
  for (const path of removed) {
    for (let folder = dirname(path); folder !== '.' && folder !== ''; folder = dirname(folder)) folders.add(folder);
  }
  // Deepest first, so a parent is tried after its children.
  for (const folder of [...folders].sort((a, b) => b.split('/').length - a.split('/').length)) {
    const full = join(site, folder);
    if (existsSync(full) && (await readdir(full)).length === 0) await rmdir(full);
  }
}

/** Removes files, a bounded number at a time. */
async function removeFiles(site: string, files: readonly string[]): Promise<void> {
  await inBatches(files, (path) => rm(join(site, path), { force: true }));
}

/** The integration's parts. */
export interface OutputFolder {
  /** Register early: refuses a folder that is not ours, then prunes what this build no longer makes. */
  keep: AstroIntegration;
  /** Register last: writes the manifest of a build that got to its end. */
  manifest: AstroIntegration;
  /**
   * Hands the manifest what verification found in the folder just before it
   * (src/verify/run.ts), so the folder is not walked and every file asked again,
   * and verification's record being written, which the manifest step awaits last.
   */
  verified: (seen: ReadonlyMap<string, FileStat>, saved: Promise<void>) => void;
  /** Called while verification runs in its worker: the manifest loads what it remembers meanwhile. */
  verifying: () => void;
}

/** The parts, sharing what the first learnt about the folder. */
export default function outputFolder(): OutputFolder {
  let root = '';
  let outDir = '';
  let publicDir = '';
  let cacheDir = '';
  /** The last finished build's manifest: the files that are ours to replace or remove. */
  let previous: BuildManifest | undefined;
  /** Files that were in the folder before this build and are not ours, with their states (src/lib/file-memo.ts). */
  const foreign = new Map<string, string | undefined>();
  /** The folder being listed while the build goes on, `foreign` filled once it is. */
  let foreignFound: Promise<void> = Promise.resolve();
  /** What verification found in the folder, this build. */
  let seenByVerification: ReadonlyMap<string, FileStat> | undefined;
  /** Verification's worker writing what it learnt, meanwhile: the build ends once it has. */
  let verificationSaved: Promise<void> = Promise.resolve();
  /** The built files' hashes remembered by the last build, loaded while verification runs. */
  let hashesLoaded: { site: string; hashes: FileMemo<string> } | undefined;
  const keep: AstroIntegration = {
    name: 'clippings:keep-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        outDir = fileURLToPath(config.outDir);
        publicDir = fileURLToPath(config.publicDir);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': async () => {
        const isOwnMark = (file: string) => file === MANIFEST_FILE || file === BUILDING_FILE;
        const state = readOutputState(
          outDir,
          hasFiles(outDir, (file) => !isOwnMark(file)),
        );
        if (state.kind === 'corrupt' && !settingsFrom().adoptOutDir) {
          throw refusal(
            `${join(outDir, state.file)}: ${state.reason}, so which files are ours is unknown. Empty the output folder, or set ${ADOPT_SETTING}=1 to build into it removing nothing.`,
          );
        }
        if (state.kind === 'foreign' && !settingsFrom().adoptOutDir) {
          throw refusal(
            `The output folder ${outDir} is not empty and holds no ${MANIFEST_FILE} of a Clippings build: refusing to write into it. Choose an empty folder (CLIPPINGS_OUT_DIR), or set ${ADOPT_SETTING}=1 to build into it removing nothing of what is there.`,
          );
        }
        previous =
          state.kind === 'finished' ? state.manifest : state.kind === 'unfinished' ? state.previous : undefined;
        const known = previous?.files ?? {};
        // The files that are not ours, found while the build goes on (the walk was 0.45 s of the main
        // thread at 10,000 articles). The build writes meanwhile: a file changed since it started
        // (its inode's change time, which no copy or archive tool sets) is this build's, not foreign.
        const startedMs = Date.now();
        foreignFound = listFilesAside(outDir, resolve(root, 'src/lib/list-files-worker.ts')).then((files) => {
          for (const file of files) {
            if (isOwnMark(file) || known[file]) continue;
            const changedMs = statSync(join(outDir, file), { throwIfNoEntry: false })?.ctimeMs;
            if (changedMs !== undefined && changedMs < startedMs) foreign.set(file, fileState(join(outDir, file)));
          }
        });
        await mkdir(outDir, { recursive: true });
        await markBuildStarted(outDir, previous);
        // Bundles have hashed names: last build's would pile up, and there are only a few to write again.
        await removeFiles(
          outDir,
          Object.keys(previous?.files ?? {}).filter((file) => file.startsWith('_astro/')),
        );
      },
      'astro:build:done': async ({ dir, assets }) => {
        if (!previous) return;
        const site = fileURLToPath(dir);
        const ours = new Set(Object.keys(previous.files));
        const written = routeFiles(site, assets);
        const publicFiles = new Set(await listFiles(publicDir));
        const stale = [...ours].filter(
          (path) =>
            // Search bundles are the indexer's, which runs after this.
            !inSearchBundle(path) &&
            !isKeptOutput(path, written, publicFiles) &&
            // Asked last: a stat of each of the site's files was 0.18 s of a 10,000-article rebuild.
            existsSync(join(site, path)),
        );
        await removeFiles(site, stale);
        // Most of them (the sitemap, offline.json…) are written again by the steps after: what did
        // not come back is told when the manifest is made.
        if (stale.length > 0) await removeEmptyFolders(site, stale);
      },
    },
  };
  const manifest: AstroIntegration = {
    name: 'clippings:build-manifest',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        await foreignFound;
        // Nothing writes here between verification and this step: what it found is what is here.
        const seen = seenByVerification ?? (await listFileStates(site));
        seenByVerification = undefined;
        // Bundles and search files have hashed names: they come and go with their content.
        const gone = Object.keys(previous?.files ?? {}).filter(
          (file) => !seen.has(file) && !file.startsWith('_astro/') && !inSearchBundle(file),
        );
        if (gone.length > 0)
          logger.info(
            `Removed ${gone.length} file(s) that the last build made and this one no longer makes (e.g. ${gone.slice(0, 3).join(', ')}).`,
          );
        const made = [...seen].filter(([file, { state }]) => {
          if (file === MANIFEST_FILE || file === BUILDING_FILE) return false;
          // A file that was not ours stays not ours, unless this build wrote over it.
          return !foreign.has(file) || foreign.get(file) !== state;
        });
        // Hashes of files unchanged since the last build are remembered, not read again; the
        // others (every file, in a cold build) are hashed on two threads.
        const hashes = hashesLoaded?.site === resolve(site) ? hashesLoaded.hashes : builtFileHashes(cacheDir, site);
        hashesLoaded = undefined;
        const files = made.map(([file]) => file);
        const hashed = await hashFilesAside(
          site,
          files.filter((file) => !hashes.remembers(file, seen.get(file)?.state)),
          resolve(root, 'src/output/hash-worker.ts'),
        );
        await markBuildFinished(site, manifestOf(site, files, hashes, seen, hashed));
        await hashes.save();
        // Astro's command exits the process once this returns: the worker's write would be cut short.
        await verificationSaved;
        if (foreign.size > 0)
          logger.info(
            `Left ${foreign.size} file(s) in the output folder that are not the build's (e.g. ${[...foreign.keys()].slice(0, 3).join(', ')}).`,
          );
      },
    },
  };
  return {
    keep,
    manifest,
    verified: (seen, saved) => {
      seenByVerification = seen;
      verificationSaved = saved;
    },
    // The memo is 42 MB of JSON at 100,000 articles (1 s to read): read while this thread would wait.
    verifying: () => {
      hashesLoaded = { site: resolve(outDir), hashes: builtFileHashes(cacheDir, outDir) };
    },
  };
}
