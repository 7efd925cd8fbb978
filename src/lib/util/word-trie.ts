/**
 * A trie of word sequences: what the entities stage builds to find names of
 * several words (known names a caller adds, names the text has used once).
 */

/** A node of a word trie: the words that may follow, and what ends here. */
export interface TrieNode<T> {
  next?: Map<string, TrieNode<T>>
  /** What the words up to this node name, if they name something. */
  name?: T
}

/**
 * Add the words `keys[from]` … `keys[to - 1]` to a trie; the first value
 * added for some words wins.
 *
 * @param root The trie.
 * @param keys The words.
 * @param from Index of the first word.
 * @param to Index past the last word.
 * @param value What the words name.
 */
export function insertWords<T>(root: TrieNode<T>, keys: readonly string[], from: number, to: number, value: T): void {
  let node = root

  for (let index = from; index < to; index++) {
    node.next ??= new Map()
    let child = node.next.get(keys[index]!)

    if (!child) {
      child = {}
      node.next.set(keys[index]!, child)
    }

    node = child
  }

  node.name ??= value
}
