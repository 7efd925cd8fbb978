import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {quoteModel} from '../src/data/quote-model.js'
import {parseDispatch} from '../src/index.js'
import {hashRange} from '../src/lib/3-entities/tagger/hash.js'
import {readGaps} from '../src/lib/6-quotes/span-packing.js'
import {loadSpanModel, spanFeatureBits, spanLabelCount} from '../src/lib/6-quotes/span-model.js'
import {wrongRows} from './helpers/key-table.js'

/**
 * The quote span model (`src/lib/6-quotes/model-quotes.ts`): over the rules'
 * drafts, it drops unlikely cues it reads as no attribution and finds
 * attributions whose cue the lexicon lacks. Every dispatch here is our own.
 */

describe('the quote span model', function () {
  it('finds a reported stance whose cue the rules do not know', function () {
    const text = [
      'WASHINGTON (AP) — The Senate passed the budget bill on Thursday after a night of debate, sending it to the White House.',
      'Senate Republicans were also incensed that the immunity deals were never put to a vote.',
      'The vote was 51-49.'
    ].join('\n\n')
    const quotes = parseDispatch(text).quotes
    const stance = quotes.find((quote) => quote.cue?.text.includes('incensed'))
    expect(stance).toBeDefined()
    expect(stance!.kind).toBe('indirect')
    expect(stance!.text.startsWith('that the immunity deals')).toBe(true)
    expect(stance!.speaker?.text).toBe('Senate Republicans')
    for (const quote of quotes) expect(text.slice(quote.span.start, quote.span.end)).toBe(quote.text)
  })

  it('drops an unlikely cue it reads as no attribution, and keeps the quotes around it', function () {
    const text = [
      'BRUSSELS, March 4 (Reuters) - European farm ministers failed on Tuesday to agree on new limits for dairy imports from outside the bloc, prolonging a dispute that has split member states for months.',
      'The talks were chaired by a diplomat named Anna Kowalska, who officially opened the session by ringing a bell.',
      '"We will come back to this in April," Kowalska told reporters after the meeting.',
      '(Reporting by Jan Strupczewski; Editing by Alison Williams)'
    ].join('\n\n')
    const quotes = parseDispatch(text).quotes
    expect(quotes.filter((quote) => quote.text.includes('chaired'))).toEqual([])
    const told = quotes.find((quote) => quote.cue?.text === 'told')
    expect(told?.text).toBe('We will come back to this in April')
    expect(told?.speaker?.text).toBe('Kowalska')
  })

  it('ships the model learned with the features the runtime reads', function () {
    // `scripts/learn-quote-spans.ts` writes the hash of the features' source
    // into the model: a change to the features needs the model learned again.
    const source = readFileSync(new URL('../src/lib/6-quotes/span-features.ts', import.meta.url), 'utf8')
    expect(quoteModel.features).toBe(hashRange(0, source, 0, source.length))
    const keys = readGaps(quoteModel.keys)
    expect(quoteModel.weights.length).toBe(keys.length * spanLabelCount)
    expect(quoteModel.transitions.length).toBe(spanLabelCount * (spanLabelCount + 1))
  })

  it('finds the row of every feature key through its small table, and no row for the others', function () {
    const keys = readGaps(quoteModel.keys)
    expect(wrongRows(keys, loadSpanModel(), spanFeatureBits)).toEqual([])
    expect(keys.length).toBeGreaterThan(1000)
  })
})
