// Lint: typescript-eslint's type-checked rules over every TypeScript module and
// script, eslint-plugin-astro over the pages and components. Formatting belongs
// to Prettier (`npm run format`), so no stylistic rules here.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-zim/',
      '.astro/',
      '.tmp/',
      'node_modules/',
      'tests/fixtures/**/dist/',
      'tests/fixtures/**/.astro/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname, extraFileExtensions: ['.astro'] },
    },
    rules: {
      // `_name` marks a parameter kept for its position in a callback's signature.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Matching control characters is what those patterns are for: escaping them in
      // reports, refusing them in URLs and names, stripping them from imported text.
      'no-control-regex': 'off',
    },
  },
  {
    // astro-eslint-parser types template expressions (JSX in `.map()` callbacks) as `any`.
    files: ['**/*.astro'],
    rules: { '@typescript-eslint/no-unsafe-return': 'off' },
  },
  {
    // Tests assert on parsed feeds, JSON-LD and JSON files, which are `any` until checked.
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
    },
  },
  {
    files: ['src/client/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/client/service-worker.js'],
    // __BUNDLE_FOLDER__ is filled in when the build writes sw.js (src/search/shards.ts names the folders).
    languageOptions: { globals: { ...globals.serviceworker, __BUNDLE_FOLDER__: 'readonly' } },
  },
  {
    // Plain JavaScript files are not part of the TypeScript program.
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
