/**
 * Front coding of a sorted list of strings, as the gazetteer tables of
 * `src/data/` hold their forms: each item is one character saying how many
 * characters it shares with the item before it (`0` for none, `1` for one,
 * … up to `longestShared`), then the rest of it; items are apart by `|`.
 * Sorted neighbours share most of their start (`abbe|abbey|abbie` is
 * `0abbe|4y|3ie`), so the list is shorter and compresses better.
 */

/** The most characters an item can say it shares (its code is `[`, before the backslash). */
export const longestShared = 43

/** The character code of a share of zero. */
const zero = 48

/**
 * Write a list of strings, front-coded (the inverse of `readFrontCoded`).
 * Items must not contain `|`; any order works, sorted is shortest.
 *
 * @param items The strings.
 * @returns The packed text.
 */
export function writeFrontCoded(items: readonly string[]): string {
  let previous = ''
  const parts: string[] = []

  for (const item of items) {
    let shared = 0
    const most = Math.min(previous.length, item.length, longestShared)
    while (shared < most && previous.charCodeAt(shared) === item.charCodeAt(shared)) shared++
    parts.push(String.fromCharCode(zero + shared) + item.slice(shared))
    previous = item
  }

  return parts.join('|')
}

/**
 * Read a front-coded list, in time linear in its length.
 *
 * @param text The packed text (`writeFrontCoded`).
 * @returns The strings, in the order written.
 */
export function readFrontCoded(text: string): string[] {
  const items: string[] = []
  if (text === '') return items
  let previous = ''

  for (const part of text.split('|')) {
    const item = previous.slice(0, part.charCodeAt(0) - zero) + part.slice(1)
    items.push(item)
    previous = item
  }

  return items
}
