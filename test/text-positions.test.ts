import fc from 'fast-check'
import type {Nodes, Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {describe, expect, it} from 'vitest'
import {createCursor, parseParagraph} from '../src/lib/2-text/index.js'

/**
 * Every node of a tree, depth first.
 *
 * @param tree A tree.
 * @returns Its nodes.
 */
function allNodes(tree: Root): Nodes[] {
  const result: Nodes[] = []
  const stack: Nodes[] = [tree]
  let node: Nodes | undefined
  while ((node = stack.pop())) {
    result.push(node)
    if ('children' in node) for (const child of node.children) stack.push(child)
  }

  return result
}

/**
 * The point of every offset of a text, counting `\r\n`, `\r` and `\n` as one
 * line ending each, worked out character by character.
 *
 * @param text The input.
 * @returns The point at each offset, `text.length` included.
 */
function points(text: string): Array<{line: number; column: number; offset: number}> {
  const result = [{line: 1, column: 1, offset: 0}]
  let line = 1
  let column = 1
  for (let index = 0; index < text.length; index++) {
    const character = text[index]
    if (character === '\r' || (character === '\n' && text[index - 1] !== '\r')) {
      line++
      column = 1
    } else if (character !== '\n') {
      column++
    }

    result.push({line, column, offset: index + 1})
  }

  return result
}

/**
 * Check that every node of a tree has its own line, column and offset in the
 * whole input, and slices back to its text.
 *
 * @param input The whole input.
 * @param tree A tree made by `parseParagraph`.
 */
function expectPositions(input: string, tree: Root) {
  const table = points(input)
  for (const node of allNodes(tree)) {
    const position = node.position
    expect(position).toBeDefined()
    if (!position) continue
    const from = position.start.offset ?? -1
    const to = position.end.offset ?? -1
    expect(input.slice(from, to)).toBe(toString(node))
    expect(position.start).toEqual(table[from])
    expect(position.end).toEqual(table[to])
  }
}

describe('positions of parseParagraph', () => {
  // A paragraph that starts further into the input than it is long, and one
  // that starts closer to the start than its length: the positions are
  // shifted in place either way, each shared point once.
  const pieces = ['The', 'U.S.', 'Gen.', 'Lee', '“', '”', '.', ',', ' ', '\n', '\r\n', '\r', 'He', 'said', '5', '12,500.']
  const body = fc.array(fc.constantFrom(...pieces), {minLength: 1, maxLength: 60}).map((parts) => parts.join(''))
  const lead = fc.array(fc.constantFrom('Head line.', '\n', '\r\n', '\r', ' '), {maxLength: 80}).map((parts) => parts.join(''))

  it('gives every node its line, column and offset in the whole input', () => {
    fc.assert(
      fc.property(lead, body, (prefix, text) => {
        // A paragraph cut between `\r` and `\n` is no paragraph the layout
        // makes: parse-english, seeing the `\n` alone, counts one line more.
        fc.pre(!(prefix.endsWith('\r') && text.startsWith('\n')))
        const input = prefix + text + '\n\nTrailer.'
        const paragraph = {start: prefix.length, end: prefix.length + text.length}
        expectPositions(input, parseParagraph(input, paragraph))
      }),
      {numRuns: 300}
    )
  })

  it('keeps them through the chunks of a long paragraph and a shared cursor', () => {
    const sentence = 'Gen. Lee met the U.S. envoy,\r\nand “12,500.” people cheered. '
    const input = 'Head\r\n\r\n' + sentence.repeat(500) + '\n\nShort one.\rAnd more.'
    const long = {start: 8, end: 8 + sentence.length * 500}
    const short = {start: long.end + 2, end: input.length}
    const cursor = createCursor(input)
    const first = parseParagraph(input, long, cursor)
    const second = parseParagraph(input, short, cursor)
    expect(long.end - long.start).toBeGreaterThan(3 * 8192)
    expect(allNodes(first).length).toBeGreaterThan(10_000)
    expectPositions(input, first)
    expectPositions(input, second)
  })
})
