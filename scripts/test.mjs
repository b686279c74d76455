#!/usr/bin/env node
// `npm test`: type-check, then every vitest suite (unit, integration, browser).
// Browser tests need Chromium: see tests/helpers/chromium.ts for how it is found.
import { spawnSync } from 'node:child_process';

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
run('npx', ['astro', 'sync']);
run('npx', ['astro', 'check']);
run('npx', ['vitest', 'run', '--config', 'tests/vitest.config.ts', ...process.argv.slice(2)]);
