import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const noElectronIpcOutsideIpcModule = {
  paths: [
    {
      name: 'electron',
      importNames: ['ipcMain', 'ipcRenderer'],
      message: 'Only main/ipc.ts and the preload touch IPC; go through the contract.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist', 'dist-electron', 'release', 'node_modules', 'coverage', 'screenshots'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // core/ is pure: shared by both processes, so nothing from Electron, React, howler or Node.
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'react', 'react-dom', 'howler', 'node:*'],
              message: 'core/ stays pure.',
            },
            {
              group: ['../main/*', '../renderer/*', '../../main/*', '../../renderer/*'],
              message: 'core/ depends on nothing else.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'process',
        'setTimeout',
        'setInterval',
        'Date',
      ],
    },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/ipc.ts', 'main/preload/index.ts'],
    rules: { 'no-restricted-imports': ['error', noElectronIpcOutsideIpcModule] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron'],
          patterns: [
            {
              group: ['node:*', '../main/*', '../../main/*'],
              message: 'The renderer reaches main only through the bridge.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'scripts/**/*.{js,mjs,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
