import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {speakerModel} from '../src/data/speaker-model.js'
import {parseDispatch} from '../src/index.js'
import {parseDispatch as parseLight} from '../src/light.js'
import {hashRange} from '../src/lib/3-entities/tagger/hash.js'
import {wrongRows} from './helpers/key-table.js'
import {loadSpeakerModel, speakerFeatureBits} from '../src/lib/6-quotes/speaker-model.js'
import {readGaps} from '../src/lib/6-quotes/span-packing.js'

/**
 * The speaker ranker (`src/lib/6-quotes/speaker-model.ts`): over the
 * candidate speakers of each quote, it replaces the rules' choice where it
 * is surer of another. Every dispatch here is our own; the rules alone give
 * the speakers named in the comments.
 */

/**
 * The speaker of the quote with a cue, in a one-paragraph dispatch.
 *
 * @param text The dispatch.
 * @param cue The cue's text.
 * @returns The speaker's text, or `undefined`.
 */
function speakerOf(text: string, cue: string): string | undefined {
  const quote = parseDispatch(text).quotes.find((item) => item.cue?.text === cue)
  expect(quote).toBeDefined()
  return quote!.speaker?.text
}

describe('the speaker ranker', function () {
  it('takes the subject of a clause opened by a time phrase for its participle', function () {
    // The rules: `Hours`.
    const text = 'Hours later, Mayor Ana Ortiz returned to the square, telling reporters the fountain would reopen in May.'
    expect(speakerOf(text, 'telling')).toBe('Mayor Ana Ortiz')
  })

  it('takes the subject of the first verb for a verb coordinated with then', function () {
    // The rules: `a new contract`.
    const text = 'Dubois offered the drivers a new contract, then says she will welcome advice from anyone.'
    expect(speakerOf(text, 'says')).toBe('Dubois')
  })

  it('is left out of wirecopy/light, which keeps the rules\' speakers', function () {
    const text = 'Hours later, Mayor Ana Ortiz returned to the square, telling reporters the fountain would reopen in May.'
    expect(parseLight(text).quotes.find((item) => item.cue?.text === 'telling')?.speaker?.text).toBe('Hours')
  })

  it('keeps the rules where they are right', function () {
    expect(speakerOf('The council voted against the plan, and Mayor Ana Ortiz said she would veto it anyway.', 'said')).toBe('Mayor Ana Ortiz')
    expect(speakerOf('"We will reopen the line in May," Transport Minister Claire Dubois told reporters on Monday.', 'told')).toBe('Transport Minister Claire Dubois')
  })

  it('ships the model learned with the candidates and features the runtime reads', function () {
    // `scripts/learn-speakers.ts` writes the hash of their source into the
    // model: a change to either needs the model learned again.
    let hash = 0
    for (const name of ['speaker-candidates.ts', 'speaker-entities.ts', 'speaker-features.ts']) {
      const source = readFileSync(new URL('../src/lib/6-quotes/' + name, import.meta.url), 'utf8')
      hash = hashRange(hash, source, 0, source.length)
    }
    expect(speakerModel.features).toBe(hash)
    expect(speakerModel.weights.length).toBe(readGaps(speakerModel.keys).length)
    expect(Number.isFinite(speakerModel.margin)).toBe(true)
  })

  it('finds the row of every feature key through its small table, and no row for the others', function () {
    const keys = readGaps(speakerModel.keys)
    expect(wrongRows(keys, loadSpeakerModel(), speakerFeatureBits)).toEqual([])
    expect(keys.length).toBeGreaterThan(1000)
  })
})
