import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // The pure core: no Astro, DOM frameworks, maps or Node APIs, so it runs unchanged at build time,
    // in the browser and in unit tests.
    files: ['src/lib/**/*.ts'],
    ignores: ['src/lib/**/*.test.ts'],
    rules: {
      // Type-only imports (e.g. a schema's inferred type) are erased and allowed.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^astro(:|/|$)', message: 'src/lib stays pure: no Astro imports.', allowTypeImports: true },
            { regex: '^node:', message: 'src/lib stays pure: no Node APIs.' },
            { regex: '^(react|react-dom|leaflet)(/|$)', message: 'src/lib stays pure: no UI frameworks.' },
            { regex: '^(fs|path|os|child_process)$', message: 'src/lib stays pure: no Node APIs.' },
          ],
        },
      ],
    },
  },
);
