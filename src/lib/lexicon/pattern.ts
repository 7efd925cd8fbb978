/**
 * Regular expressions built from word lists, as chrono-node's
 * `matchAnyPattern` builds them from its dictionaries: the list is the one
 * source, the pattern is never copied from it by hand.
 */

/**
 * A regular-expression source matching any of some words or phrases, longest
 * first (so that `september` is tried before `sept` and `sep`), with each
 * space of a phrase read as one to three white-space characters.
 *
 * @param words The words, in any case the pattern is meant to match (use the
 *   `i` flag for any case).
 * @returns A non-capturing group.
 */
export function anyOf(words: Iterable<string>): string {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length)
  return '(?:' + sorted.map((word) => escape(word).replaceAll(' ', '\\s{1,3}')).join('|') + ')'
}

/**
 * Escape the characters that mean something in a regular expression.
 *
 * @param word A word.
 * @returns Its source.
 */
function escape(word: string): string {
  return word.replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
