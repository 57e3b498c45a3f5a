import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'dist-*/', 'node_modules/', 'test-results/', 'playwright-report/', 'content/', '.scratch/'] },
  {
    files: ['public/**/*.js'],
    languageOptions: { globals: { ...globals.browser }, sourceType: 'script' },
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Scripts run in Node, and pass callbacks to the browser through Playwright's page.evaluate.
    files: ['scripts/**/*.{js,mjs}', '*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // The math core is pure: no DOM, no React, no d3-selection and no unseeded randomness.
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Use createRng(seed) from src/core/rng.' }],
      'no-restricted-imports': ['error', { patterns: [
        { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'src/core is framework-free.' },
        { group: ['d3-selection', 'd3'], message: 'src/core does not touch the DOM.' },
        { group: ['../components/*', '../widgets/*', '../app/*', '../../*'], message: 'core depends on nothing above it.' },
      ] }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'location', 'HTMLElement'],
    },
  },
  {
    // Components are generic: they know nothing of widgets or the app shell.
    files: ['src/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['../widgets/*', '../../widgets/*', '../app/*', '../../app/*'], message: 'components sit below widgets and app.' },
      ] }],
    },
  },
);
