/**
 * Finds a Chromium for the browser tests. `CHROMIUM_PATH` wins, then the usual
 * Debian and Ubuntu paths. Without one, browser tests are skipped with the
 * command that installs it; under `CI=true` a missing browser is an error,
 * so CI never passes by skipping.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../scripts/bench/search-timing.ts';

export const INSTALL_HINT = 'install Chromium: sudo apt-get install -y chromium';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
];

/** The Chromium executable to drive, or undefined when there is none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const wanted = env['CHROMIUM_PATH'];
  if (wanted) {
    if (!existsSync(wanted)) throw new Error(`CHROMIUM_PATH=${wanted} does not exist`);
    return wanted;
  }
  return CANDIDATES.find((path) => existsSync(path));
}

export const chromiumPath = findChromium();

if (!chromiumPath && process.env['CI'] === 'true') {
  throw new Error(
    `Browser tests need Chromium and CI=true forbids skipping them: ${INSTALL_HINT} (or set CHROMIUM_PATH).`,
  );
}

/** Skip reason for `describe.skipIf(...)`, printed in the test name. */
export const browserSkip = chromiumPath ? '' : `skipped: ${INSTALL_HINT}`;

/**
 * Launches headless Chromium (playwright gives it a fresh temporary profile)
 * with no background network of its own, so every request seen is the page's.
 */
export async function launchChromium(): Promise<Browser> {
  if (!chromiumPath) throw new Error(`No Chromium: ${INSTALL_HINT}`);
  return chromium.launch({
    executablePath: chromiumPath,
    args: [...CHROMIUM_ARGS, '--disable-dev-shm-usage'],
  });
}
