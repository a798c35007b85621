import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

/** The dashboard's browser code: ES modules served as they are (no build step). */
const DASHBOARD = 'apps/api/src/dashboard/public/*.js';
/** What `npm start` runs: plain JavaScript, so that node starts it without compiling TypeScript. */
const START = 'tools/start.js';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      '.build-*/',
      'data/',
      'coverage/',
      '**/*.js',
      '**/*.mjs',
      '**/*.cjs',
      // Written by npm run openapi:metadata.
      'apps/api/src/openapi-metadata.ts',
      `!${DASHBOARD}`,
      `!${START}`,
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-extraneous-class': 'off',
    },
  },
  {
    // The domain is pure: no framework, no storage, no store client.
    files: ['libs/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            '@nestjs/*',
            'typeorm',
            '@eventstore/*',
            'better-sqlite3',
            'pg',
            '@dutyledger/event-store',
            '@dutyledger/read-models',
            'node:*',
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // Type-checked by its own tsconfig (checkJs): ESLint's type-aware rules would only repeat
    // that its parameters are untyped.
    files: [DASHBOARD],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { sourceType: 'module', globals: globals.browser },
  },
  {
    // Type-checked by tools/tsconfig.start.json (checkJs).
    files: [START],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      sourceType: 'commonjs',
      globals: globals.node,
    },
    // CommonJS like the build it runs: require is how it loads.
    rules: {
      ...tseslint.configs.disableTypeChecked.rules,
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  prettier,
);
