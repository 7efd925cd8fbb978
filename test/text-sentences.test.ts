import fc from 'fast-check'
import type {Nodes, Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {describe, expect, it} from 'vitest'
import {parseParagraph, splitSentences} from '../src/lib/2-text/index.js'
import {parseParagraphRaw} from '../src/lib/2-text/parse-paragraph.js'
import {sentenceSpans} from '../src/lib/2-text/sentence-spans.js'
import type {Span} from '../src/lib/types.js'
import {growthPerCharacter} from './helpers/growth.js'

/**
 * Split a whole string as one paragraph and return the sentences as text.
 *
 * @param text The paragraph.
 * @returns Its sentences.
 */
function sentences(text: string): string[] {
  return splitSentences(text, {start: 0, end: text.length}).map((span) =>
    text.slice(span.start, span.end)
  )
}

/**
 * The sentences parse-english finds on its own, without the repairs.
 *
 * @param text The paragraph.
 * @returns Its sentences.
 */
function rawSentences(text: string): string[] {
  const tree = parseParagraphRaw(text, {start: 0, end: text.length})
  return sentenceSpans(text, tree).map((span) =>
    text.slice(span.start, span.end)
  )
}

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
    if ('children' in node) stack.push(...node.children)
  }

  return result
}

/**
 * Line and column of an offset, counting `\r\n`, `\r` and `\n` as one line
 * ending each.
 *
 * @param text The input.
 * @param offset An offset into it.
 * @returns The 1-based line and column.
 */
function lineColumn(text: string, offset: number) {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/)
  return {line: before.length, column: (before.at(-1)?.length ?? 0) + 1}
}

/**
 * Check the invariants every result of `splitSentences` keeps.
 *
 * @param input The input.
 * @param paragraph The paragraph given.
 * @param spans The sentences returned.
 */
function expectWellFormed(input: string, paragraph: Span, spans: Span[]) {
  let previous = paragraph.start
  for (const span of spans) {
    expect(span.start).toBeGreaterThanOrEqual(previous)
    expect(span.end).toBeGreaterThan(span.start)
    expect(span.end).toBeLessThanOrEqual(paragraph.end)
    const text = input.slice(span.start, span.end)
    expect(text).toBe(text.trim())
    expect(/^[\u200B-\u200D\u2060\uFEFF]/.test(text)).toBe(false)
    expect(/[\u200B-\u200D\u2060\uFEFF]$/.test(text)).toBe(false)
    previous = span.end
  }
}

describe('splitSentences', () => {
  it('returns trimmed spans that slice back to each sentence', () => {
    const input = '  The vote was close. Turnout was high!  Was it fair?  '
    expect(sentences(input)).toEqual([
      'The vote was close.',
      'Turnout was high!',
      'Was it fair?'
    ])
  })

  it('indexes the original input for a paragraph not at offset 0', () => {
    const input =
      'A HEADLINE IN CAPITALS\n\n' +
      '  The plant opened on Monday. Workers cheered.  \n\nThe end.'
    const start = input.indexOf('  The plant')
    const end = input.indexOf('\n\nThe end.')
    const spans = splitSentences(input, {start, end})
    expect(spans).toEqual([
      {
        start: input.indexOf('The plant'),
        end: input.indexOf(' Workers')
      },
      {
        start: input.indexOf('Workers'),
        end: input.indexOf('cheered.') + 'cheered.'.length
      }
    ])
    expectWellFormed(input, {start, end}, spans)
  })

  it('returns no sentences for an empty or blank paragraph', () => {
    expect(splitSentences('', {start: 0, end: 0})).toEqual([])
    expect(splitSentences('Some text.', {start: 4, end: 4})).toEqual([])
    expect(sentences(' \t\n\r\n \u00A0 ')).toEqual([])
    expect(sentences('\u200B\u200B \uFEFF')).toEqual([])
  })

  it('keeps spans inside the input when the paragraph runs past it', () => {
    const input = 'Short one.'
    expect(splitSentences(input, {start: 0, end: 500})).toEqual([
      {start: 0, end: 10}
    ])
  })

  it('handles CRLF, no-break spaces and zero-width characters', () => {
    expect(sentences('The first line ends.\r\nThe second follows.')).toEqual([
      'The first line ends.',
      'The second follows.'
    ])
    expect(sentences('Prices\u00A0rose.\u00A0Sales\u00A0fell.\u00A0')).toEqual([
      'Prices\u00A0rose.',
      'Sales\u00A0fell.'
    ])
    expect(sentences('\u200BPrices rose.\u200B Sales fell.\u200B')).toEqual([
      'Prices rose.',
      'Sales fell.'
    ])
  })

  it('keeps what parse-english gets right', () => {
    // Quotes do not nest: a quoted sentence is a sentence.
    const quoted = '“We will win. We never lose,” the coach said.'
    expect(sentences(quoted)).toEqual([
      '“We will win.',
      'We never lose,” the coach said.'
    ])
    expect(sentences('She asked, “Why now?” Nobody replied.')).toEqual([
      'She asked, “Why now?”',
      'Nobody replied.'
    ])
    expect(sentences('He wrote “Done.” Then he left.')).toEqual([
      'He wrote “Done.”',
      'Then he left.'
    ])
    expect(sentences('He paused... Then he went on.')).toEqual([
      'He paused...',
      'Then he went on.'
    ])
    expect(sentences('Output rose 3.5 percent to 20,000 tonnes.')).toEqual([
      'Output rose 3.5 percent to 20,000 tonnes.'
    ])
    expect(
      sentences('Write to desk@example.org. Then see www.example.org today.')
    ).toEqual(['Write to desk@example.org.', 'Then see www.example.org today.'])
  })

  it('reads a 200 kB one-word paragraph in linear time', () => {
    const input = 'x'.repeat(200_000)
    expect(splitSentences(input, {start: 0, end: input.length})).toEqual([
      {start: 0, end: 200_000}
    ])
    const split = (text: string) => splitSentences(text, {start: 0, end: text.length})
    expect(growthPerCharacter(split, 'x'.repeat(20_000), input, 3)).toBeLessThan(3)
  })
})

describe('repairs of parse-english', () => {
  it.each([
    [
      'The office is in Washington, D.C. The rent is high.',
      ['The office is in Washington, D.C.', 'The rent is high.']
    ],
    [
      'Exports to the U.S. rose. Imports from the U.K. It was a good year.',
      [
        'Exports to the U.S. rose.',
        'Imports from the U.K.',
        'It was a good year.'
      ]
    ],
    [
      'She runs Widget Inc. The company makes tools.',
      ['She runs Widget Inc.', 'The company makes tools.']
    ],
    [
      'The shop closed at 6 p.m. They reopened at noon.',
      ['The shop closed at 6 p.m.', 'They reopened at noon.']
    ],
    [
      'Everyone was sworn in. But the session ended early.',
      ['Everyone was sworn in.', 'But the session ended early.']
    ],
    [
      'Trade went through the U.S. “We need it,” he said.',
      ['Trade went through the U.S.', '“We need it,” he said.']
    ]
  ])('breaks after a word with a folded full stop: %s', (input, expected) => {
    expect(rawSentences(input).length).toBeLessThan(expected.length)
    expect(sentences(input)).toEqual(expected)
  })

  it.each([
    [
      'The lease ends Dec. 31. Then the team moves.',
      ['The lease ends Dec. 31.', 'Then the team moves.']
    ],
    [
      'The home side won on Sunday, 21. Visitors left early.',
      ['The home side won on Sunday, 21.', 'Visitors left early.']
    ],
    [
      'The crowd numbered 12,500. Police said it was calm.',
      ['The crowd numbered 12,500.', 'Police said it was calm.']
    ],
    [
      'The fund raised $40,000. In May it raised $70,000. Donors cheered.',
      [
        'The fund raised $40,000.',
        'In May it raised $70,000.',
        'Donors cheered.'
      ]
    ],
    [
      'Both veterans served in the Korean War. Neither spoke of it.',
      ['Both veterans served in the Korean War.', 'Neither spoke of it.']
    ]
  ])('breaks after a short number or `War.`: %s', (input, expected) => {
    expect(rawSentences(input).length).toBeLessThan(expected.length)
    expect(sentences(input)).toEqual(expected)
  })

  it.each([
    'The team visited the U.S. Embassy on Monday.',
    'Mr. Grey met Gen. Ortiz and Sgt. Hale in St. Paul on Jan. 5.',
    'They spoke to Rep. Ann B. “Annie” Doyle on the phone.',
    'Use a sturdy tool, e.g. A hammer or a mallet.',
    'Standings: 1. Oslo 2. Bergen 3. Tromso',
    'Troops To Leave The U.S. As Talks Fail',
    'Widget Inc. And Partners Win The Bid'
  ])('does not break inside: %s', (input) => {
    expect(sentences(input)).toEqual([input])
  })

  it.each([
    'Turn to page 4, see No. 5 in the table.',
    'See Fig. 3 for the curve.',
    'The final was Leeds vs. Hull at home.',
    'It weighs approx. 40 kilograms.',
    'The fleet was led by Adm. Reyes and Cmdr. Boyd.',
    'Gen. Ruiz vs. Gen. Kato was the matchup.',
    'Read Vol. 2 before the exam.'
  ])('joins sentences broken after an abbreviation: %s', (input) => {
    expect(rawSentences(input).length).toBeGreaterThan(1)
    expect(sentences(input)).toEqual([input])
  })

  it('joins a break after `No.` across a line break', () => {
    const input = 'The winner was No.\n7 on the card.'
    expect(rawSentences(input)).toEqual([
      'The winner was No.',
      '7 on the card.'
    ])
    expect(sentences(input)).toEqual([input])
  })

  it('joins then breaks: `No. 1. The`', () => {
    expect(sentences('She was ranked No. 1. The rest trailed.')).toEqual([
      'She was ranked No. 1.',
      'The rest trailed.'
    ])
  })

  it('folds the full stop of a joined abbreviation into its word', () => {
    const input = 'See No. 5 now.'
    const tree = parseParagraph(input, {start: 0, end: input.length})
    const words = allNodes(tree)
      .filter((node) => node.type === 'WordNode')
      .map((node) => toString(node))
      .reverse()
    expect(words).toEqual(['See', 'No.', '5', 'now'])
  })
})

describe('parseParagraph', () => {
  it('shifts every position so that it slices back to the node', () => {
    const input =
      'HEADER LINE\r\n\r\nBy A. Writer\n\n' +
      'The firm, Widget Inc. The rest.\nSee No.\n5 now. ' +
      'It ended Dec. 31. Then it rained.'
    const start = input.indexOf('The firm')
    const paragraph = {start, end: input.length}
    const tree = parseParagraph(input, paragraph)
    const nodes = allNodes(tree)
    expect(nodes.length).toBeGreaterThan(40)

    for (const node of nodes) {
      expect(node.position).toBeDefined()
      const from = node.position?.start.offset ?? -1
      const to = node.position?.end.offset ?? -1
      expect(from).toBeGreaterThanOrEqual(start)
      expect(input.slice(from, to)).toBe(toString(node))
      expect(node.position?.start).toMatchObject(lineColumn(input, from))
      expect(node.position?.end).toMatchObject(lineColumn(input, to))
    }
  })

  it('gives the same sentences as splitSentences', () => {
    const input = 'Intro.\n\nSales in the U.S. The rest fell. See No. 5.'
    const paragraph = {start: 8, end: input.length}
    const tree = parseParagraph(input, paragraph)
    expect(sentenceSpans(input, tree)).toEqual(splitSentences(input, paragraph))
  })

  it('finds lines and columns whatever the order of the calls', () => {
    const input = 'One here.\nTwo there.\r\n\r\nThree, on line four.\n\n  Five.'
    const paragraphs = ['Five.', 'One here.', 'Three,', 'Two there.'].map(
      (text) => ({
        start: input.indexOf(text),
        end: input.indexOf(text) + text.length
      })
    )
    for (const paragraph of [...paragraphs, ...paragraphs.reverse()]) {
      const tree = parseParagraph(input, paragraph)
      expect(tree.position?.start).toEqual({
        ...lineColumn(input, paragraph.start),
        offset: paragraph.start
      })
      expect(tree.position?.start.offset).toBe(paragraph.start)
    }
  })
})

describe('properties', () => {
  const pieces = [
    'The',
    'the',
    'U.S.',
    'D.C.',
    'Inc.',
    'No.',
    'Gen.',
    'vs.',
    'War.',
    'in.',
    '31.',
    '5',
    '12,500.',
    'Lee',
    'He',
    'said',
    'it',
    '.',
    '?',
    '!',
    '...',
    '“',
    '”',
    '"',
    ',',
    ' ',
    '  ',
    '\n',
    '\r\n',
    '\n\n',
    '\u00A0',
    '\u200B',
    'e.g.',
    '1.',
    '2.'
  ]
  const text = fc
    .array(fc.constantFrom(...pieces), {maxLength: 40})
    .map((parts) => parts.join(''))

  it('keeps spans well formed and every node slicing back', () => {
    fc.assert(
      fc.property(text, fc.nat({max: 3}), (body, lead) => {
        const prefix = 'Header line.\n\n'.slice(0, lead * 4)
        const input = prefix + body + '\n\nTrailer.'
        const start = prefix.length
        const paragraph = {start, end: start + body.length}
        const spans = splitSentences(input, paragraph)
        expectWellFormed(input, paragraph, spans)

        // Everything visible in the paragraph is in some sentence.
        const covered = spans.map((span) => input.slice(span.start, span.end))
        const visible = body.replace(/[\s\u200B]/g, '')
        expect(covered.join('').replace(/[\s\u200B]/g, '')).toBe(visible)

        for (const node of allNodes(parseParagraph(input, paragraph))) {
          const from = node.position?.start.offset ?? -1
          const to = node.position?.end.offset ?? -1
          expect(input.slice(from, to)).toBe(toString(node))
        }
      }),
      {numRuns: 300}
    )
  })
})
