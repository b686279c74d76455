#!/usr/bin/env node
// `npm test`: type-check, lint, then every vitest suite (unit, integration, browser, ZIM).
// Browser tests need Chromium: see tests/helpers/chromium.ts for how it is found.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

const run = (command, args) => {
  console.log(`\n> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

/**
 * Runs independent checks side by side (each is about one core's work, and together
 * they take half the time one after another did), then prints each one's output
 * whole, in the order given, and stops if any failed.
 */
const runTogether = async (commands) => {
  const finished = await Promise.all(
    commands.map(
      ([command, args]) =>
        new Promise((done) => {
          const child = spawn(command, args, { env });
          let output = '';
          child.stdout.on('data', (chunk) => (output += chunk));
          child.stderr.on('data', (chunk) => (output += chunk));
          child.on('close', (status) => done({ command, args, status, output }));
        }),
    ),
  );
  for (const { command, args, output } of finished) process.stdout.write(`\n> ${command} ${args.join(' ')}\n${output}`);
  const failed = finished.find(({ status }) => status !== 0);
  if (failed) process.exit(failed.status ?? 1);
};

const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(
    `Node ${process.version} is running the tests; the project pins Node 24 in node_modules/.bin/node. Run npm install first.`,
  );
  process.exit(1);
}
// Browser and ZIM tests need Debian's chromium, zim-tools and kiwix-tools. npm test
// installs nothing: .ci/run does in CI; elsewhere say how, and those suites skip
// (under CI=true their helpers turn a missing tool into a failure instead).
const browsers = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
];
if (!process.env.CHROMIUM_PATH && !browsers.some((path) => existsSync(path))) {
  console.warn('\nNo Chromium: browser tests will be skipped. To run them: sudo apt-get install -y chromium');
}
const hasTool = (tool) => !spawnSync(tool, ['--version'], { stdio: 'ignore' }).error;
if (!hasTool('zimwriterfs') || !hasTool('kiwix-serve')) {
  console.warn('\nNo ZIM tools: ZIM tests will be skipped. To run them: sudo apt-get install -y zim-tools kiwix-tools');
}
// Fixture builds of earlier runs (see tests/helpers/build.ts).
rmSync('.tmp/builds', { recursive: true, force: true });
// Types first: the checks read the types it writes under .astro/.
run('npx', ['astro', 'sync']);
// Type check; lint with typescript-eslint and eslint-plugin-astro; Prettier's check (npm run format fixes it).
await runTogether([
  ['npx', ['astro', 'check']],
  ['npx', ['eslint', '.']],
  ['npx', ['prettier', '--check', '.']],
]);
run('npx', ['vitest', 'run', '--config', 'tests/vitest.config.ts', ...process.argv.slice(2)]);
