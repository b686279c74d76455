#!/usr/bin/env node
// `npm test`: type-check, then every vitest suite (unit, integration, browser).
// Browser tests need Chromium: see tests/helpers/chromium.ts for how it is found.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';

const run = (command, args) => {
  console.log(`\n> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(`Node ${process.version} is running the tests; the project pins Node 24 in node_modules/.bin/node. Run npm install first.`);
  process.exit(1);
}
// Browser tests: find Chromium where tests/helpers/chromium.ts looks; when missing,
// install Debian's package if we can (root with apt), else say how and let them skip
// (under CI=true the helper turns a missing browser into a failure).
const browsers = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];
if (!process.env.CHROMIUM_PATH && !browsers.some((path) => existsSync(path))) {
  const root = process.getuid?.() === 0;
  if (root && existsSync('/usr/bin/apt-get')) {
    console.log('\n> apt-get install -y chromium (browser tests need it)');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  }
  if (!browsers.some((path) => existsSync(path))) console.warn('\nNo Chromium: browser tests will be skipped. To run them: sudo apt-get install -y chromium');
}
// ZIM tests: openZIM's zim-tools and kiwix-tools, installed the same way when we can
// (tests/helpers/zim-tools.ts skips them otherwise, or fails under CI=true).
const hasTool = (tool) => !spawnSync(tool, ['--version'], { stdio: 'ignore' }).error;
if (!hasTool('zimwriterfs') || !hasTool('kiwix-serve')) {
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('\n> apt-get install -y zim-tools kiwix-tools (ZIM tests need them)');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    spawnSync('apt-get', ['install', '-y', '-qq', 'zim-tools', 'kiwix-tools'], { stdio: 'inherit', env });
  }
  if (!hasTool('zimwriterfs') || !hasTool('kiwix-serve')) console.warn('\nNo ZIM tools: ZIM tests will be skipped. To run them: sudo apt-get install -y zim-tools kiwix-tools');
}
// Fixture builds of earlier runs (see tests/helpers/build.ts).
rmSync('.tmp/builds', { recursive: true, force: true });
run('npx', ['astro', 'sync']);
run('npx', ['astro', 'check']);
run('npx', ['vitest', 'run', '--config', 'tests/vitest.config.ts', ...process.argv.slice(2)]);
