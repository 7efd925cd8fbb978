import {existsSync, readdirSync, readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parseDispatch} from '../src/index.js'
import {expectSpansTrue} from './helpers/spans.js'

/**
 * Mutated real-looking dispatches: our fixtures and, when ../shared is there,
 * the seed, with lines dropped, quote marks flipped, case changed and
 * characters from the whole Unicode range inserted. Never an exception, every
 * span slices back, and the same input always gives the same Article.
 */
const fixtures = new URL('../fixtures/', import.meta.url)
const seed = new URL('../../shared/seeds/000_51db2a0073652ed1.txt', import.meta.url)
const dispatches = readdirSync(fixtures)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(new URL(name, fixtures), 'utf8'))
if (existsSync(seed)) dispatches.push(readFileSync(seed, 'utf8'))

const quoteMarks = ['"', '“', '”', "'", '‘', '’', '«', '»', '``', "''"]

type Mutation =
  | {kind: 'drop-line'; at: number}
  | {kind: 'flip-quote'; at: number; mark: string}
  | {kind: 'case'; at: number; length: number; upper: boolean}
  | {kind: 'insert'; at: number; text: string}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({kind: fc.constant('drop-line' as const), at: fc.nat()}),
  fc.record({kind: fc.constant('flip-quote' as const), at: fc.nat(), mark: fc.constantFrom(...quoteMarks)}),
  fc.record({kind: fc.constant('case' as const), at: fc.nat(), length: fc.integer({min: 1, max: 400}), upper: fc.boolean()}),
  fc.record({kind: fc.constant('insert' as const), at: fc.nat(), text: fc.string({unit: 'binary', minLength: 1, maxLength: 4})})
)

/** Apply one mutation to a text. */
function mutate(text: string, change: Mutation): string {
  if (text.length === 0) return change.kind === 'insert' ? change.text : text
  const at = change.at % text.length
  switch (change.kind) {
    case 'drop-line': {
      const lines = text.split('\n')
      lines.splice(change.at % lines.length, 1)
      return lines.join('\n')
    }
    case 'flip-quote': {
      const positions = [...text.matchAll(/["“”'‘’«»]/g)].map((match) => match.index)
      if (positions.length === 0) return text
      const position = positions[change.at % positions.length] as number
      return text.slice(0, position) + change.mark + text.slice(position + 1)
    }
    case 'case': {
      const part = text.slice(at, at + change.length)
      return text.slice(0, at) + (change.upper ? part.toUpperCase() : part.toLowerCase()) + text.slice(at + change.length)
    }
    case 'insert':
      return text.slice(0, at) + change.text + text.slice(at)
  }
}

const mutated = fc
  .tuple(fc.constantFrom(...dispatches), fc.array(mutation, {minLength: 1, maxLength: 12}))
  .map(([text, changes]) => changes.reduce(mutate, text))

describe('mutated dispatches', {timeout: 120_000}, function () {
  it('never throw, and every span slices back', function () {
    fc.assert(
      fc.property(mutated, function (text) {
        expectSpansTrue(text, parseDispatch(text))
      }),
      {numRuns: 150}
    )
  })

  it('give the same Article for the same input', function () {
    fc.assert(
      fc.property(mutated, function (text) {
        expect(parseDispatch(text)).toEqual(parseDispatch(text))
      }),
      {numRuns: 40}
    )
  })
})

describe('names that are also property names of objects', {timeout: 120_000}, function () {
  it('parse like any other name', function () {
    const text = [
      'Constructor Tostring wins Hasownproperty award',
      '',
      'By Constructor Tostring and Proto Valueof',
      '',
      'LONDON, May 2 (Reuters) - __proto__ and constructor said on Tuesday that toString, valueOf and hasOwnProperty would join the __proto__ Group, "as agreed," Constructor Tostring said.',
      '',
      '(Reporting by Proto Valueof; Editing by Hasownproperty Smith)'
    ].join('\n')
    const article = parseDispatch(text)
    expectSpansTrue(text, article)
    expect(article.authors.map((author) => author.name)).toEqual([
      'Constructor Tostring',
      'Proto Valueof',
      'Proto Valueof',
      'Hasownproperty Smith'
    ])
    expect(Object.getPrototypeOf(article)).toBe(Object.prototype)
  })
})
