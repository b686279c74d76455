/**
 * Runs openZIM's zimwriterfs (Debian's zim-tools), which writes the ZIM file
 * and its Xapian full-text and title indexes: we never write the format
 * ourselves. The arguments are built by a pure function, so they are tested
 * without the tool.
 */
import { spawnSync } from 'node:child_process';
import { runCommand } from '../lib/run-command.ts';
import type { ZimMetadata } from './metadata.ts';

/** The one line `npm run zim` prints when the tool is missing. */
export const ZIMWRITERFS_MISSING =
  "zimwriterfs is not installed: get openZIM's zim-tools (Debian/Ubuntu: sudo apt-get install zim-tools), then run npm run zim again.";

/** Whether `zimwriterfs` runs on this machine. */
export function hasZimwriterfs(command = 'zimwriterfs'): boolean {
  return !spawnSync(command, ['--version'], { stdio: 'ignore' }).error;
}

export interface WriteOptions {
  /** The staging folder (src/zim/stage.ts). */
  staging: string;
  /** The ZIM file to write. */
  out: string;
  /** Welcome page and illustration, relative to the staging folder. */
  welcome: string;
  illustration: string;
  /** Name and version of what made the content, e.g. `clippings 0.1.0`. */
  scraper: string;
}

/** zimwriterfs's command line for an archive. */
export function zimwriterfsArgs(meta: ZimMetadata, options: WriteOptions): string[] {
  return [
    `--welcome=${options.welcome}`,
    `--illustration=${options.illustration}`,
    `--language=${meta.language}`,
    `--title=${meta.title}`,
    `--description=${meta.description}`,
    `--creator=${meta.creator}`,
    `--publisher=${meta.publisher}`,
    `--name=${meta.name}`,
    `--tags=${meta.tags}`,
    `--scraper=${options.scraper}`,
    options.staging,
    options.out,
  ];
}

/**
 * Runs zimwriterfs; rejects with its output when it fails. Xapian indexes a run
 * of Chinese, Japanese or Korean text as one word unless XAPIAN_CJK_NGRAM is
 * set, and then a search for 桟橋 would not find 新しい桟橋が完成; with it, such
 * text is indexed by characters and pairs of characters, and Kiwix finds it.
 */
export async function runZimwriterfs(args: string[], command = 'zimwriterfs'): Promise<void> {
  const { code, output } = await runCommand(command, args, { env: { ...process.env, XAPIAN_CJK_NGRAM: '1' } }).catch(
    (cause: unknown) => {
      throw new Error(`${command} could not start: ${ZIMWRITERFS_MISSING}`, { cause });
    },
  );
  if (code !== 0)
    throw new Error(
      `${command} failed (exit ${code}) writing ${args.at(-1)}:\n${output.trim().split('\n').slice(-20).join('\n')}`,
    );
}
