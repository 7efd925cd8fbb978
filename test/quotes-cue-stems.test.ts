import {describe, expect, it} from 'vitest'
import {parseDispatch} from '../src/index.js'
import {isCueCandidate, isCueWord} from '../src/lib/6-quotes/cue-model.js'
import {sharesStem} from '../src/lib/6-quotes/features.js'

/**
 * A word outside the learned cue lexicon that shares its stem with a word
 * of it (`reaffirming` with `reaffirmed`) is scored by the cue model too.
 * Every dispatch here is our own.
 */
describe('cue words by stem', function () {
  it('scores a form the lexicon lacks when its stem is a lexicon word\'s', function () {
    expect(isCueWord('reaffirmed')).toBe(true)
    expect(isCueWord('reaffirming')).toBe(false)
    expect(isCueCandidate('reaffirming')).toBe(true)
    const text = 'OSLO (NTB) - Harbour chief Ingrid Dahl spoke on Tuesday, reaffirming that the terminal would open in May.'
    const quotes = parseDispatch(text).quotes.map((quote) => ({cue: quote.cue?.text, text: quote.text, speaker: quote.speaker?.text}))
    expect(quotes).toEqual([{cue: 'reaffirming', text: 'that the terminal would open in May', speaker: 'Harbour chief Ingrid Dahl'}])
  })

  it('scores a form that shares its stem with a head seen once in train', function () {
    expect(isCueWord('swore')).toBe(false)
    expect(isCueCandidate('swore')).toBe(true)
  })

  it('leaves words of four letters or fewer, and words of no lexicon stem, unscored', function () {
    expect(sharesStem('notes', new Set(['not']))).toBe(true)
    expect(sharesStem('note', new Set(['note']))).toBe(false)
    expect(isCueCandidate('table')).toBe(false)
    expect(isCueCandidate('river')).toBe(false)
  })
})
