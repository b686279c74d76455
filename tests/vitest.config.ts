/// <reference types="vitest/config" />
// Vitest through Astro's Vite config, so components render with the container API
// and `astro:content` resolves. Lives in tests/ to keep the top level to the essentials.
import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';

const root = fileURLToPath(new URL('..', import.meta.url));
const UNIT = ['tests/unit/**/*.test.ts', 'tests/importer/**/*.test.ts'];

export default getViteConfig(
  {
    root,
    test: {
      root,
      exclude: ['**/node_modules/**', 'tests/fixtures/**'],
      projects: [
        // Pure functions and the importer in-process: no test changes what another reads (no
        // mocks, stubs or fake timers), so one worker runs many files with modules loaded once.
        { extends: true, test: { name: 'unit', include: UNIT, isolate: false } },
        // Builds, servers and browsers: each file in a process of its own.
        {
          extends: true,
          test: {
            name: 'site',
            include: ['tests/**/*.test.ts'],
            exclude: ['**/node_modules/**', 'tests/fixtures/**', ...UNIT],
          },
        },
      ],
      // Names the run, so test files share one build per fixture archive (tests/helpers/shared-build.ts).
      globalSetup: ['tests/global-setup.ts'],
      // Builds are child processes using both cores; two files at a time is the machine.
      maxWorkers: 2,
      testTimeout: 30_000,
      hookTimeout: 240_000,
      // A browser step (a page opening, a script marking words) can take seconds on a busy 2-core
      // machine; polls wait for it as long as any test allows, not vitest's default second.
      expect: { poll: { timeout: 10_000 } },
    },
  },
  { devToolbar: { enabled: false }, logLevel: 'silent' },
);
