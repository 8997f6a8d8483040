// `npm run lint`: correctness rules, and no import cycle anywhere (layers import downward only: docs/architecture.md).
// Formatting is Prettier's (`npm run format`), so no stylistic rule here.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '_site/',
      '_site.*/',
      '_preview/',
      '_diff/',
      '.cache/',
      'test-output/',
      'test/output/',
      'test/fixtures/',
      'bench/results/',
      'bench/work/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,mjs,js}'],
    plugins: { 'import-x': importX },
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    settings: {
      'import-x/extensions': ['.ts', '.mjs', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver': { node: { extensions: ['.ts', '.mjs', '.js'] } },
    },
    rules: {
      // A cycle, even of types only, means two modules that cannot be understood apart.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Input checks and their tests match control characters on purpose (src/ingest/text.ts).
      'no-control-regex': 'off',
    },
  },
);
