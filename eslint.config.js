// Layer rules: a violation fails `npm test` (lint runs first). See README "Layers".
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'http', 'https', 'net', 'crypto', 'url', 'util', 'stream', 'events', 'worker_threads'];
const electron = ['electron', 'electron/*', 'electron-store'];

const restrict = (groups, message) => ({
  'no-restricted-imports': ['error', { patterns: groups.map((group) => ({ group, message })) }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  {
    files: ['shared/**'],
    rules: restrict(
      [nodeBuiltins, electron, ['react', 'react-dom', 'react/*', 'react-dom/*', 'react-i18next'], ['**/main/**', '**/renderer/**', 'conf']],
      'shared/ is pure TypeScript: no Node, DOM, Electron, React, main/ or renderer/.',
    ),
  },
  {
    files: ['shared/**'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'require', 'Buffer', 'setTimeout', 'setInterval'],
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'Use the Clock port.' }],
    },
  },
  {
    files: ['renderer/**'],
    rules: restrict([nodeBuiltins, electron, ['**/main/**', 'conf']], 'renderer/ talks to main only through window.techo: no Electron, Node or main/.'),
  },
  {
    files: ['main/**'],
    ignores: ['main/electron/**'],
    rules: restrict([electron, ['**/renderer/**', 'react', 'react-dom']], 'Only main/electron/ may import electron or electron-store; services run in plain Node.'),
  },
  {
    files: ['main/electron/**'],
    rules: restrict([['**/renderer/**', 'react', 'react-dom']], 'main/ never imports the renderer.'),
  },
  {
    // Time is a port: services take a Clock/Timers instead of reading the system clock.
    files: ['main/services/**', 'main/persistence/**', 'main/ipc/**', 'main/app/**'],
    rules: {
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'Use the Clock port.' }],
      'no-restricted-globals': ['error', { name: 'setTimeout', message: 'Use the Timers port.' }, { name: 'setInterval', message: 'Use the Timers port.' }],
    },
  },
  {
    files: ['build/**/*.mjs', '*.config.*'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['test/**', 'build/**', '*.config.*'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
