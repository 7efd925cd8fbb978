import {describe, expect, it} from 'vitest'
import type {Entity, Mention} from '../src/lib/types.js'
import {parseDispatch} from '../src/index.js'
import {quotesOf, view} from './helpers/quotes.js'

/**
 * Resolving speakers to entities, with entity lists built by hand (the
 * entities stage is tested on its own). Every sentence here is our own.
 */

/**
 * Build an entity from the texts of its mentions, found in order in `text`.
 *
 * @param text The text.
 * @param id The entity id.
 * @param type Its type.
 * @param mentions Each mention as `[text, form]`, in text order; a repeated text takes the next occurrence.
 * @returns The entity.
 */
function entity(text: string, id: string, type: Entity['type'], mentions: Array<[string, Mention['form']]>): Entity {
  let from = 0
  const found: Mention[] = mentions.map(function ([mention, form]) {
    const start = text.indexOf(mention, from)
    if (start === -1) throw new Error('No mention ' + mention)
    from = start + mention.length
    return {text: mention, span: {start, end: start + mention.length}, form}
  })
  return {id, type, name: mentions[0]![0], mentions: found}
}

describe('speakers resolved to entities', function () {
  it('resolves a name through the mention it overlaps', function () {
    const text = 'Ports Minister Lena Berg said the canal would reopen on Tuesday.'
    const entities = [entity(text, 'e1', 'person', [['Lena Berg', 'name']])]
    expect(view(quotesOf(text, entities).quotes)).toEqual([
      {kind: 'indirect', text: 'the canal would reopen on Tuesday', cue: 'said', speaker: 'Ports Minister Lena Berg', entity: 'e1'}
    ])
  })

  it('resolves a pronoun through the cluster that holds it', function () {
    const text = 'Lena Berg visited the dam.\n\n“The repairs are on schedule,” she said.'
    const entities = [entity(text, 'e1', 'person', [['Lena Berg', 'name'], ['she', 'pronoun']])]
    expect(view(quotesOf(text, entities).quotes)).toEqual([
      {kind: 'direct', text: 'The repairs are on schedule', cue: 'said', speaker: 'she', entity: 'e1'}
    ])
  })

  it('resolves he or she to the latest person when no cluster holds the pronoun', function () {
    const text = 'The Harbour Authority met Tom Reyes on Monday.\n\n“We will double the fleet,” he said.'
    const entities = [
      entity(text, 'e1', 'organization', [['Harbour Authority', 'name']]),
      entity(text, 'e2', 'person', [['Tom Reyes', 'name']])
    ]
    expect(quotesOf(text, entities).quotes.map((quote) => quote.speaker?.entity)).toEqual(['e2'])
  })

  it('resolves a nominal through the name that holds its head noun', function () {
    const text = 'The Foreign Ministry summoned the ambassador.\n\n“This will not be tolerated,” the ministry said.'
    const entities = [entity(text, 'e1', 'organization', [['Foreign Ministry', 'name']])]
    expect(quotesOf(text, entities).quotes.map((quote) => [quote.speaker?.text, quote.speaker?.entity])).toEqual([['the ministry', 'e1']])
  })

  it('resolves a statement to whoever issued it, and keeps it for the next mention of the statement', function () {
    const text = [
      'The border crossing will open on Friday, the Interior Ministry said in a statement.',
      '“Trucks will be checked at both ends,” the statement said.',
      'The statement also stressed that the crossing would close at night.'
    ].join('\n\n')
    const entities = [entity(text, 'e1', 'organization', [['Interior Ministry', 'name']])]
    expect(quotesOf(text, entities).quotes.map((quote) => [quote.cue?.text, quote.speaker?.text, quote.speaker?.entity])).toEqual([
      ['said', 'the Interior Ministry', 'e1'],
      ['said', 'the statement', 'e1'],
      ['stressed', 'The statement', 'e1']
    ])
  })

  it('does not take an entity inside the quote for the issuer of a statement', function () {
    const text = [
      'The ministry of Sand issued a statement.',
      '“Ships from Port Vale are welcome,” the statement said.'
    ].join('\n\n')
    const entities = [
      entity(text, 'e1', 'organization', [['ministry of Sand', 'name']]),
      entity(text, 'e2', 'location', [['Port Vale', 'name']])
    ]
    expect(quotesOf(text, entities).quotes.map((quote) => quote.speaker?.entity)).toEqual(['e1'])
  })

  it('resolves a relative pronoun to the phrase before it', function () {
    const text = 'Voters met Mayor Ida Novak, who said the budget was balanced.'
    const entities = [entity(text, 'e1', 'person', [['Ida Novak', 'name']])]
    expect(view(quotesOf(text, entities).quotes)).toEqual([
      {kind: 'indirect', text: 'the budget was balanced', cue: 'said', speaker: 'who', entity: 'e1'}
    ])
  })

  it('resolves an organisation nominal to the company the story is about (Reuters layout)', function () {
    const text =
      'SANTA CLARA, Calif., Nov 20 (Reuters) - Nvidia reported record revenue on Wednesday.\n\nRevenue from data centers more than doubled, the company said. Sales will keep rising next quarter, the chipmaker added.'
    // No entity is named "company" or "chipmaker": the latest organisation named before stands for it.
    const entities = [entity(text, 'e1', 'organization', [['Reuters', 'name']]), entity(text, 'e2', 'organization', [['Nvidia', 'name']])]
    const speakers = quotesOf(text, entities).quotes.map((quote) => [quote.speaker?.text, quote.speaker?.entity])
    expect(speakers).toContainEqual(['the company', 'e2'])
    expect(speakers).toContainEqual(['the chipmaker', 'e2'])
  })

  it('reads a speaker across a negated auxiliary (AP layout)', function () {
    const text = 'WASHINGTON (AP) — Wells Fargo chief executive John Stumpf didn\u2019t blame low-level workers for the scheme.'
    const quotes = quotesOf(text, []).quotes
    expect(quotes.map((quote) => [quote.cue?.text, quote.speaker?.text])).toEqual([['blame', 'Wells Fargo chief executive John Stumpf']])
  })

  it('leaves a speaker unresolved when no entity fits', function () {
    const text = 'Officials said the road would stay shut.'
    expect(view(quotesOf(text, []).quotes)).toEqual([
      {kind: 'indirect', text: 'the road would stay shut', cue: 'said', speaker: 'Officials'}
    ])
  })
})

describe('speaker spans', function () {
  it('takes a subject pronoun before the cue as the speaker wherever it stands (AP layout)', function () {
    const {quotes} = parseDispatch(
      'DES MOINES, Iowa (AP) — Transit riders want the council to restore the night routes, a step they believe would bring back shift workers.'
    )
    expect(quotes.map((quote) => [quote.cue?.text, quote.speaker?.text])).toEqual([
      ['want', 'Transit riders'],
      ['believe', 'they']
    ])
  })

  it('gives an infinitive cue to the subject of its clause (AP layout)', function () {
    const {quotes} = parseDispatch('CHICAGO (AP) — Mayor Ana Ortiz needs to persuade the council that the new rail line will pay for itself.')
    expect(quotes.map((quote) => [quote.cue?.text, quote.speaker?.text])).toEqual([['persuade', 'Mayor Ana Ortiz']])
  })

  it('reads “are concerned that” as a stance of the subject, not a passive without a speaker (Reuters layout)', function () {
    const {quotes} = parseDispatch(
      'CHICAGO (Reuters) - Some aldermen are concerned that the new rail line will raise property taxes in the south of the city.'
    )
    expect(plain(quotes)).toEqual([
      {kind: 'indirect', text: 'that the new rail line will raise property taxes in the south of the city', cue: 'concerned', speaker: 'Some aldermen'}
    ])
  })

  it('gives no speaker to an infinitive after an expletive “it” (Reuters layout)', function () {
    const {quotes} = parseDispatch('LONDON (Reuters) - It is hard to predict how the new tariffs will affect exporters in the north.')
    expect(plain(quotes)).toEqual([{kind: 'indirect', text: 'how the new tariffs will affect exporters in the north', cue: 'predict'}])
  })

  it('reads “was said to” as a passive without a speaker (Reuters layout)', function () {
    const {quotes} = parseDispatch('MOSCOW (Reuters) - The finance minister was said to have ordered a review of the budget.')
    expect(quotes.find((quote) => quote.cue?.text === 'said')?.speaker).toBeUndefined()
  })

  it('gives a participle after a cue and its object to the subject, not to the object (Reuters layout)', function () {
    const {quotes} = parseDispatch(
      'LONDON (Reuters) - Union leader Mary Bowen answered by praising the drivers, saying the strike had shown the company that its staff would not back down.'
    )
    expect(plain(quotes.slice(0, 2))).toEqual([
      {kind: 'indirect', text: 'the drivers', cue: 'praising', speaker: 'Union leader Mary Bowen'},
      {kind: 'indirect', text: 'the strike had shown the company that its staff would not back down', cue: 'saying', speaker: 'Union leader Mary Bowen'}
    ])
  })
})

/**
 * The quotes as tests compare them, without entity ids.
 *
 * @param quotes The quotes.
 * @returns Their views.
 */
function plain(quotes: Parameters<typeof view>[0]): Array<Omit<ReturnType<typeof view>[number], 'entity'>> {
  return view(quotes).map(({entity: _entity, ...rest}) => rest)
}
