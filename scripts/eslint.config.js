/**
 * Lint: only the regular-expression rules against super-linear runtime, since
 * wirecopy runs its patterns over untrusted text of any size. Style is left
 * to review.
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
      'regexp/no-super-linear-move': ['error', {report: 'certain', ignoreSticky: true}]
    }
  }
]
