// One lint setup for the whole repository; packages run `eslint .` and inherit it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import lit from 'eslint-plugin-lit';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'e2e/.hosts/**',
      '**/.cache/**',
      '**/.data/**',
      '**/storybook-static/**',
      '**/vendor/**',
      '**/mockServiceWorker.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
    },
  },
  {
    files: ['remote-ready/src/**', 'host-shell/src/**', '.storybook/**', 'e2e/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['remote-ready/src/**/*.tsx', 'host-shell/src/**/*.tsx', '.storybook/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['remote-ready/src/elements/**'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['scripts/**', 'bench/**', '**/*.config.*'],
    rules: { 'no-console': 'off' },
  },
);
