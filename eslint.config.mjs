// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';

/** Syntax no file may use: workbook text must never become markup. */
const noMarkupInjection = [
  { selector: "MemberExpression[property.name='innerHTML']", message: 'innerHTML is forbidden: render workbook text as text.' },
  { selector: "MemberExpression[property.name='outerHTML']", message: 'outerHTML is forbidden: render workbook text as text.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'dangerouslySetInnerHTML is forbidden.' },
];

/** The engine never reads the clock: the as-of date is always passed in. */
const noClock = [
  { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'src/core never reads the clock: take the as-of date as a parameter.' },
  { selector: "MemberExpression[object.name='Date'][property.name='now']", message: 'src/core never reads the clock: take the as-of date as a parameter.' },
  { selector: "MemberExpression[object.name='performance'][property.name='now']", message: 'src/core never reads the clock.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'samples/**', 'docs/**', 'out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/no-office-initialize': 'warn',
      'office-addins/test-for-null-using-isNullObject': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-syntax': ['error', ...noMarkupInjection],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-*', '@fluentui/*', 'exceljs', 'commander', 'docx'], message: 'src/core is pure: no UI or I/O libraries.' },
            { group: ['fs', 'fs/*', 'path', 'os', 'child_process', 'node:*', 'stream', 'util', 'crypto'], message: 'src/core is pure: no Node modules.' },
            { group: ['@microsoft/office-js', 'office-*'], message: 'src/core is pure: no Office.' },
            { group: ['**/excel/**', '**/cli/**', '**/taskpane/**', '**/commands/**', '**/xlsx/**'], message: 'src/core depends on nothing outside it.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'fetch', 'XMLHttpRequest', 'WebSocket'].map((name) => ({ name, message: 'src/core is pure: no DOM.' })),
        ...['Office', 'Excel', 'OfficeExtension'].map((name) => ({ name, message: 'src/core is pure: no Office.' })),
        ...['process', 'require', 'Buffer', '__dirname', '__filename', 'global'].map((name) => ({ name, message: 'src/core is pure: no Node.' })),
        ...['setTimeout', 'setInterval', 'setImmediate'].map((name) => ({ name, message: 'src/core has no timers: the adapter schedules work.' })),
      ],
      'no-restricted-syntax': ['error', ...noMarkupInjection, ...noClock],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', exports: 'writable', process: 'readonly', console: 'readonly', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
