// One gate: lint keeps neo4j-driver inside server/db and server code out of web/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'db/',
      'web/dist/',
      'coverage/',
      'test/output/',
      '.data/',
      'server/graphql/generated.ts',
      'web/src/api/generated.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'neo4j-driver', message: 'neo4j-driver belongs in server/db only.' }] },
      ],
    },
  },
  {
    files: ['server/db/**', 'test/**', 'bench/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['server/extract/**', 'server/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'neo4j-driver', message: 'extraction stages are pure' },
            { name: 'node:fs', message: 'extraction stages are pure: no I/O' },
            { name: 'fs', message: 'extraction stages are pure: no I/O' },
          ],
        },
      ],
      // tsx (esbuild) turns a regex literal with a Unicode property escape (or the v flag) into
      // `new RegExp(...)`: inside a function it is compiled anew on every call. Hoist it to a module constant.
      'no-restricted-syntax': [
        'error',
        {
          selector: ':function Literal[regex.pattern=/\\\\[pP]\\{/]',
          message: 'a \\p{...} regex literal inside a function is rebuilt on every call: hoist it to a module constant',
        },
        {
          selector: ':function Literal[regex.flags=/v/]',
          message: 'a v-flag regex literal inside a function is rebuilt on every call: hoist it to a module constant',
        },
      ],
    },
  },
  {
    files: ['web/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'neo4j-driver', message: 'the web app talks GraphQL only' }],
          patterns: [{ group: ['**/server/**'], message: 'server code stays out of web/' }],
        },
      ],
    },
  },
);
