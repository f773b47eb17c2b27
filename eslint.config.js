// Layer rules: a violation fails `npm test` (lint runs first). See README "Layers" and docs/architecture.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'http', 'https', 'net', 'crypto', 'url', 'util', 'stream', 'events', 'worker_threads'];
const electron = ['electron', 'electron/*', 'electron-store'];

const restrict = (groups, message) => ({
  'no-restricted-imports': ['error', { patterns: groups.map((group) => ({ group, message })) }],
});

/**
 * Folders inside main/. Imports there are relative, so a folder is recognised by what follows the
 * run of `../` ("../ipc/router.js", "../../main/ipc/router.js") — never "../../shared/ipc/…".
 */
const mainFolder = (...names) => `^(\\.\\./)+(main/)?(${names.join('|')})(/|$)`;
const noElectronInMain = { group: [...electron, '**/renderer/**', 'react', 'react-dom'], message: 'Only main/electron/ may import electron or electron-store; services run in plain Node.' };
// ESLint replaces (does not merge) a rule's options when a later block matches the same file, so
// each block below restates the Electron rule beside its own.
const restrictMain = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns: [noElectronInMain, ...patterns] }] });

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
      [nodeBuiltins, electron, ['react', 'react-dom', 'react/*', 'react-dom/*'], ['**/main/**', '**/renderer/**', 'conf']],
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
    rules: restrictMain(),
  },
  {
    files: ['main/services/**', 'main/data/**', 'main/persistence/**'],
    rules: restrictMain({
      regex: mainFolder('ipc', 'adapters', 'app', 'features'),
      message: 'Services, data and persistence work on ports: no main/ipc (UserError is in main/services, EventBus in main/ports), no main/adapters (add a port), no main/app or main/features (they assemble these).',
    }),
  },
  {
    files: ['main/exports/**', 'main/supervisor/**'],
    rules: restrictMain({
      regex: mainFolder('services', 'ipc', 'adapters', 'app', 'features'),
      message: 'Export and supervisor builders are pure: take data or small interfaces as arguments instead of importing main/services (or anything above them).',
    }),
  },
  {
    files: ['main/features/**', 'main/ipc/**'],
    rules: restrictMain({ regex: mainFolder('app'), message: 'main/app assembles the features and the router: nothing below it imports it.' }),
  },
  {
    files: ['main/ports/**'],
    rules: restrictMain({ regex: '^(\\.\\./(?!\\.\\./)|(\\.\\./)+main/)', message: 'Ports are the bottom of main/: they import shared/ only, nothing of main/.' }),
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
