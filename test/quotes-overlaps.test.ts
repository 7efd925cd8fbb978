import {describe, expect, it} from 'vitest'
import {parseDispatch} from '../src/index.js'
import {quotesOf, view} from './helpers/quotes.js'

/**
 * One quote per attribution: where two readings overlap, one is kept and the
 * other folded in, a continuation (`…, adding that …`) keeps its own words
 * only, and overlap is left only to a nested attribution. Every dispatch
 * here is our own.
 */

/**
 * Whether any two quotes share a character, one inside the other excepted.
 *
 * @param quotes The quotes.
 * @returns The pairs that cross.
 */
function crossing(quotes: ReadonlyArray<{span: {start: number; end: number}}>): Array<[number, number]> {
  const pairs: Array<[number, number]> = []
  for (const [i, a] of quotes.entries()) {
    for (const [j, b] of quotes.entries()) {
      if (j <= i || a.span.end <= b.span.start || b.span.end <= a.span.start) continue
      pairs.push([i, j])
    }
  }
  return pairs
}

/**
 * The quotes as tests compare them, without entity ids.
 *
 * @param quotes The quotes.
 * @returns Their views.
 */
function plain(quotes: Parameters<typeof view>[0]): Array<Omit<ReturnType<typeof view>[number], 'entity'>> {
  return view(quotes).map(({entity: _entity, ...rest}) => rest)
}

describe('one quote per attribution', function () {
  it('reads “said …, adding that …” as two quotes over their own words (Reuters layout)', function () {
    const text =
      'WARSAW, March 3 (Reuters) - Opposition councillor Piotr Nowak said the route ignored the city\'s northern districts, adding that residents there "deserve better than another bus".'
    const {quotes, entities} = parseDispatch(text)
    expect(plain(quotes)).toEqual([
      {kind: 'indirect', text: "the route ignored the city's northern districts", cue: 'said', speaker: 'Opposition councillor Piotr Nowak'},
      {kind: 'mixed', text: 'that residents there "deserve better than another bus"', cue: 'adding', speaker: 'Opposition councillor Piotr Nowak'}
    ])
    const nowak = entities.find((entity) => entity.name === 'Piotr Nowak')
    expect(quotes.map((quote) => quote.speaker?.entity)).toEqual([nowak?.id, nowak?.id])
    expect(crossing(quotes)).toEqual([])
  })

  it('ends a statement before “and said” and “, saying” of the same speaker (AP layout)', function () {
    const text = [
      'LISBON, Portugal (AP) — The port authority says the strike cost the terminal two days of traffic and said it would seek talks with the union on Monday.',
      'Union leader Rui Matos criticised the harbour masters, saying the crews were “worn out by double shifts.”'
    ].join('\n\n')
    const {quotes, entities} = parseDispatch(text)
    expect(plain(quotes)).toEqual([
      {kind: 'indirect', text: 'the strike cost the terminal two days of traffic', cue: 'says', speaker: 'The port authority'},
      {kind: 'indirect', text: 'it would seek talks with the union on Monday', cue: 'said', speaker: 'The port authority'},
      {kind: 'indirect', text: 'the harbour masters', cue: 'criticised', speaker: 'Union leader Rui Matos'},
      {kind: 'mixed', text: 'the crews were “worn out by double shifts.”', cue: 'saying', speaker: 'Union leader Rui Matos'}
    ])
    const matos = entities.find((entity) => entity.name === 'Rui Matos')
    expect(quotes.slice(2).map((quote) => quote.speaker?.entity)).toEqual([matos?.id, matos?.id])
    expect(crossing(quotes)).toEqual([])
  })

  it('keeps a direct quote to its own quoted words when a new cue follows between its marks (AFP layout)', function () {
    const text =
      'The mayor says the plan is “a betrayal of the harbour.” She says it shows the council is “out of touch with the people who live here.”'
    const {quotes} = quotesOf(text)
    expect(crossing(quotes)).toEqual([])
    expect(quotes.map((quote) => quote.cue?.text)).toEqual(['says', 'says'])
  })
})

describe('nested attributions', function () {
  it('folds a stray cue inside a that-clause into the quote that holds it (AFP layout)', function () {
    const text =
      'PARIS, March 4 (AFP) - Transport Minister Claire Dubois said that the strike suggested the unions wanted more talks, and rail operator SNCF urged passengers to stay home on Thursday.'
    const {quotes} = parseDispatch(text)
    // "the strike suggested …" is what the minister said, not a statement of the strike's.
    expect(plain(quotes)).toEqual([
      {kind: 'indirect', text: 'that the strike suggested the unions wanted more talks', cue: 'said', speaker: 'Transport Minister Claire Dubois'},
      {kind: 'indirect', text: 'passengers to stay home on Thursday', cue: 'urged', speaker: 'rail operator SNCF'}
    ])
    expect(quotes.map((quote) => quote.parent)).toEqual([undefined, undefined])
    expect(crossing(quotes)).toEqual([])
  })

  it('gives a report inside another quote\'s content the index of that quote as parent (NTB layout)', function () {
    const text =
      'OSLO, Jan 9 (NTB) - Health Minister Lena Berg said on Tuesday that the hospital unions had warned that winter would bring longer waits.'
    const {quotes} = parseDispatch(text)
    expect(plain(quotes)).toEqual([
      {kind: 'indirect', text: 'that the hospital unions had warned that winter would bring longer waits', cue: 'said', speaker: 'Health Minister Lena Berg'},
      {kind: 'indirect', text: 'that winter would bring longer waits', cue: 'warned', speaker: 'the hospital unions'}
    ])
    expect(quotes.map((quote) => quote.parent)).toEqual([undefined, 0])
    // The only overlap left is the nesting.
    expect(crossing(quotes)).toEqual([[0, 1]])
  })

  it('drops a cue whose content runs out of the quote that holds the cue (Reuters layout)', function () {
    const text =
      'WASHINGTON (Reuters) - The president told Senator Ruth Ames that a deal on the border was "not that simple," according to an account she gave to local reporters on Friday.'
    const {quotes} = parseDispatch(text)
    // "told" read a content running on over "according to an account …": a word of the account's content.
    expect(plain(quotes)).toEqual([
      {
        kind: 'mixed',
        text: 'The president told Senator Ruth Ames that a deal on the border was "not that simple,"',
        cue: 'according to',
        speaker: 'an account'
      }
    ])
  })

  it('folds a stray cue the overlap model tells from an attribution into the quote that holds it (AP layout)', function () {
    const {quotes} = parseDispatch(
      'TBILISI, Georgia (AP) — Defense lawyer Nino Beridze argued the decision showed the court had ignored the evidence.'
    )
    // "showed" has no speaker of its own: the rules leave it nested, the model folds it in.
    expect(plain(quotes)).toEqual([
      {kind: 'indirect', text: 'the decision showed the court had ignored the evidence', cue: 'argued', speaker: 'Defense lawyer Nino Beridze'}
    ])
  })

  it('leaves a quote that ends its sentence to the cue before it, not to the next sentence\'s (AP layout)', function () {
    const {quotes} = parseDispatch(
      'WASHINGTON (AP) — FBI general counsel James Baker said the inquiry into the leak is “ongoing.” He said the bureau would brief the committee in private next week.'
    )
    expect(plain(quotes)).toEqual([
      {kind: 'mixed', text: 'the inquiry into the leak is “ongoing.”', cue: 'said', speaker: 'FBI general counsel James Baker'},
      {kind: 'indirect', text: 'the bureau would brief the committee in private next week', cue: 'said', speaker: 'He'}
    ])
    expect(crossing(quotes)).toEqual([])
  })

  it('reads a participle after a quote that an earlier cue takes as a cue of its own (Reuters layout)', function () {
    const {quotes} = parseDispatch(
      'BRUSSELS (Reuters) - EU trade chief Anna Lind stressed that "the way forward is to get both sides back to the table," suggesting that the tariffs could be lifted by June.'
    )
    expect(plain(quotes)).toEqual([
      {kind: 'mixed', text: 'that "the way forward is to get both sides back to the table,"', cue: 'stressed', speaker: 'EU trade chief Anna Lind'},
      {kind: 'indirect', text: 'that the tariffs could be lifted by June', cue: 'suggesting', speaker: 'EU trade chief Anna Lind'}
    ])
  })

  it('nests a participle after a comma that speaks for the subject opening the outer content (Reuters layout)', function () {
    const text = 'OSLO, May 4 (Reuters) - Dairy farmers from two valleys urged the government to lift the milk quota, citing the cost of feed, industry sources said on Tuesday.'
    const {quotes} = parseDispatch(text)
    // The rule keeps `citing`; whether `urged` is nested too is the overlap model's call.
    const views = plain(quotes)
    expect(views[0]).toEqual({kind: 'indirect', text: 'Dairy farmers from two valleys urged the government to lift the milk quota, citing the cost of feed', cue: 'said', speaker: 'industry sources'})
    const citing = views.findIndex((item) => item.cue === 'citing')
    expect(views[citing]).toEqual({kind: 'indirect', text: 'the cost of feed', cue: 'citing', speaker: 'Dairy farmers from two valleys'})
    expect(quotes[citing]!.parent).toBe(0)
  })

  it('leaves parent out when no quote holds another', function () {
    const {quotes} = parseDispatch('ROME, June 2 (ANSA) - "The bridge will reopen in August," the mayor said.')
    expect(quotes).toHaveLength(1)
    expect('parent' in quotes[0]!).toBe(false)
  })
})
