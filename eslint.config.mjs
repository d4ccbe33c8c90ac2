import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Each registry entry names its English catalog as a type argument,
    // `typeof import('….json')`, so that a page is added in one place.
    files: ['lib/pages.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }] },
  },
  {
    // Command-line tools report to the terminal.
    files: ['scripts/**', 'tools/**'],
    rules: { 'no-console': 'off' },
  },
  globalIgnores(['.next/**', '.fixtures/**', 'public/pagefind/**', 'public/enhancements/**', '.enhancements/**', '.server/**', 'out/**', 'node_modules/**', 'next-env.d.ts', 'messages/**/*.d.json.ts', 'test-results/**', 'playwright-report/**']),
]);
