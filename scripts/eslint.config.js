/**
 * Lint: only rules against what breaks on untrusted text of any size — the
 * regular-expression rules against super-linear runtime, and no spread of an
 * array into a call (`list.push(...items)`, `Math.max(...values)`): each item
 * becomes an argument on the call stack, and an input-sized list overflows
 * it. Append with a loop (`append` in `src/lib/2-text/append.ts`) or `concat`.
 * Style is left to review.
 */
import regexp from 'eslint-plugin-regexp'
import tseslint from 'typescript-eslint'

export default [
  {ignores: ['dist/', 'node_modules/', 'coverage/', '.bench/']},
  {
    files: ['src/**/*.ts'],
    languageOptions: {parser: tseslint.parser, sourceType: 'module'},
    plugins: {regexp},
    rules: {
      'regexp/no-super-linear-backtracking': ['error', {report: 'potential'}],
      'regexp/no-super-linear-move': ['error', {report: 'certain', ignoreSticky: true}],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression > SpreadElement, NewExpression > SpreadElement',
          message:
            'Unexpected spread into a call: an input-sized list overflows the call stack; append with a loop (`append`) or `concat`.'
        }
      ]
    }
  }
]
