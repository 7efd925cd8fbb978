import {describe, expect, it} from 'vitest'
import {parseDispatch, type Entity} from '../src/index.js'
import type {Candidate} from '../src/lib/3-entities/candidate.js'
import {abbreviates, definedAcronym, initialsOf, isAcronym} from '../src/lib/3-entities/acronyms.js'
import {clusterMentions} from '../src/lib/3-entities/cluster.js'
import {createContext} from '../src/lib/3-entities/context.js'
import {mergeCandidates} from '../src/lib/3-entities/merge-candidates.js'
import {typeMentions} from '../src/lib/3-entities/type-mentions.js'
import {readDocument} from '../src/lib/pipeline.js'
import {trimSpan} from '../src/lib/3-entities/trim-span.js'

/**
 * Clustering, acronyms, demonyms, possessives and spans: unit tests on the
 * steps, then whole dispatches of our own through `parseDispatch`.
 */

/** Candidates for the given names, found in order in the input. */
function candidates(input: string, names: Array<[string, Candidate['type'], Partial<Candidate>?]>): Candidate[] {
  let from = 0
  return names.map(function ([text, type, extra]) {
    const start = input.indexOf(text, from)
    if (start < 0) throw new Error('not in input: ' + text)
    from = start + text.length
    return {start, end: start + text.length, type, form: 'name', source: 'tagger', ...extra}
  })
}

/** Cluster and show each cluster as its mention texts. */
function clustered(input: string, names: Array<[string, Candidate['type'], Partial<Candidate>?]>): string[][] {
  return clusterMentions(input, candidates(input, names)).map((cluster) => cluster.names.map((name) => input.slice(name.start, name.end)))
}

/** The entity that has a mention with this text. */
function entityWith(entities: Entity[], text: string): Entity | undefined {
  return entities.find((entity) => entity.mentions.some((mention) => mention.text === text))
}

describe('clusterMentions', function () {
  it('joins a surname and a titled surname to the full name', function () {
    const input = 'Hillary Clinton spoke. Later Clinton left, and Mrs. Clinton waved to Bill Nolan.'
    expect(
      clustered(input, [
        ['Hillary Clinton', 'person'],
        ['Clinton', 'person'],
        ['Clinton', 'person'],
        ['Bill Nolan', 'person']
      ])
    ).toEqual([['Hillary Clinton', 'Clinton', 'Clinton'], ['Bill Nolan']])
  })

  it('joins mentions with one gazetteer reference: a country and its official name', function () {
    const input = 'The Republic of Kelvar and Kelvar met Sorland.'
    expect(
      clustered(input, [
        ['Republic of Kelvar', 'location', {ref: 'country:KV'}],
        ['Kelvar', 'location', {ref: 'country:KV'}],
        ['Sorland', 'location']
      ])
    ).toEqual([['Republic of Kelvar', 'Kelvar'], ['Sorland']])
  })

  it('joins the end of an organisation name to the full name', function () {
    const input = 'the Baltic Minsk Group met. The Minsk Group said so.'
    expect(
      clustered(input, [
        ['Baltic Minsk Group', 'organization'],
        ['Minsk Group', 'organization']
      ])
    ).toEqual([['Baltic Minsk Group', 'Minsk Group']])
  })

  it('keeps apart same words of different types', function () {
    const input = 'Jordan visited Jordan.'
    expect(
      clustered(input, [
        ['Jordan', 'person'],
        ['Jordan', 'location']
      ])
    ).toEqual([['Jordan'], ['Jordan']])
  })

  it('joins an acronym defined in brackets, and its later uses', function () {
    const input = 'The Union of Northern Growers (UNG) met. Later the UNG voted.'
    expect(
      clustered(input, [
        ['Union of Northern Growers', 'organization'],
        ['UNG', 'organization', {form: 'acronym'}],
        ['UNG', 'organization', {form: 'acronym'}]
      ])
    ).toEqual([['Union of Northern Growers', 'UNG', 'UNG']])
  })

  it('joins an acronym that matches the initials of a name in the text', function () {
    const input = 'The Coastal Fishing Authority said the CFA would act.'
    expect(
      clustered(input, [
        ['Coastal Fishing Authority', 'organization'],
        ['CFA', 'organization', {form: 'acronym'}]
      ])
    ).toEqual([['Coastal Fishing Authority', 'CFA']])
  })

  it('joins plural and singular group names', function () {
    const input = 'Muslims and Muslim leaders'
    expect(
      clustered(input, [
        ['Muslims', 'group'],
        ['Muslim', 'group']
      ])
    ).toEqual([['Muslims', 'Muslim']])
  })

  it('is safe with names that are Object properties', function () {
    const input = '__proto__ met constructor and __proto__'
    expect(
      clustered(input, [
        ['__proto__', 'person'],
        ['constructor', 'person'],
        ['__proto__', 'person']
      ])
    ).toEqual([['__proto__', '__proto__'], ['constructor']])
  })
})

describe('acronyms', function () {
  it('tells acronyms from words', function () {
    expect(isAcronym('OIC')).toBe(true)
    expect(isAcronym('U.N.')).toBe(true)
    expect(isAcronym('BoE')).toBe(true)
    expect(isAcronym('Paris')).toBe(false)
    expect(isAcronym('A')).toBe(false)
  })

  it('takes the initials of content words and hyphenated parts', function () {
    expect(initialsOf('Organization of Islamic Cooperation')).toBe('OIC')
    expect(initialsOf('Non-Aligned Movement')).toBe('NAM')
    expect(abbreviates('BoE', 'Bank of England')).toBe(true)
    expect(abbreviates('XYZ', 'Bank of England')).toBe(false)
  })

  it('reads an acronym in brackets after a name', function () {
    const input = 'Organization of Islamic Cooperation (OIC) said'
    expect(definedAcronym(input, 35)).toEqual({start: 37, end: 40, text: 'OIC'})
    expect(definedAcronym('Acme (see below)', 4)).toBeUndefined()
  })
})

describe('trimSpan', function () {
  it('drops possessives, punctuation and a leading "the"', function () {
    const input = 'said the Minsk Group’s chair, and Jones’ dog (Acme).'
    expect(input.slice(...bounds(trimSpan(input, {start: 5, end: 22})))).toBe('Minsk Group')
    expect(input.slice(...bounds(trimSpan(input, {start: 34, end: 40})))).toBe('Jones')
    expect(input.slice(...bounds(trimSpan(input, {start: 45, end: 52})))).toBe('Acme')
  })

  it('keeps "The" when asked, and abbreviation periods', function () {
    const input = 'The Hague and U.S.'
    expect(input.slice(...bounds(trimSpan(input, {start: 0, end: 9}, true)))).toBe('The Hague')
    expect(input.slice(...bounds(trimSpan(input, {start: 14, end: 18})))).toBe('U.S.')
  })
})

describe('entities of whole dispatches', function () {
  it('clusters a country, its official and possessive forms, with its code', function () {
    const text =
      'Kazakhstan’s exports rose, officials said.\n\nThe Republic of Kazakhstan signed the deal, and Kazakhstan will ship more grain to Georgia.'
    const entities = parseDispatch(text).entities
    const country = entityWith(entities, 'Kazakhstan')
    expect(country?.type).toBe('location')
    expect(country?.country).toBe('KZ')
    expect(country?.name).toBe('Republic of Kazakhstan')
    expect(country?.mentions.map((mention) => mention.text)).toEqual(['Kazakhstan', 'Republic of Kazakhstan', 'Kazakhstan'])
    expect(entityWith(entities, 'Georgia')?.country).toBe('GE')
  })

  it('types nationalities as groups with their country', function () {
    const text = 'Thousands of Armenians and Georgian traders crossed the border, along with Muslims from the north.'
    const entities = parseDispatch(text).entities
    expect(entityWith(entities, 'Armenians')).toMatchObject({type: 'group', country: 'AM'})
    expect(entityWith(entities, 'Georgian')).toMatchObject({type: 'group', country: 'GE'})
    expect(entityWith(entities, 'Muslims')?.type).toBe('group')
  })

  it('keeps spans exact: no possessive, no "the", no punctuation', function () {
    const text = 'The European Union’s envoy met the OSCE Minsk Group. The Minsk Group’s chair, NATO, agreed.'
    const article = parseDispatch(text)

    for (const entity of article.entities) {
      for (const mention of entity.mentions) {
        expect(text.slice(mention.span.start, mention.span.end)).toBe(mention.text)
        if (mention.form === 'name') expect(mention.text).not.toMatch(/^the |['’]s$|[.,;:]$/i)
      }
    }

    const group = entityWith(article.entities, 'OSCE Minsk Group')
    expect(group?.mentions.map((mention) => mention.text)).toEqual(['OSCE Minsk Group', 'Minsk Group'])
    expect(entityWith(article.entities, 'European Union')?.type).toBe('organization')
    expect(entityWith(article.entities, 'NATO')?.mentions[0]?.form).toBe('acronym')
  })

  it('joins a well-known acronym to its expansion', function () {
    const text = 'The European Union set new rules. EU ministers will meet in June.'
    const union = entityWith(parseDispatch(text).entities, 'European Union')
    expect(union?.mentions.map((mention) => [mention.text, mention.form])).toEqual([
      ['European Union', 'name'],
      ['EU', 'acronym']
    ])
    expect(union?.name).toBe('European Union')
  })

  it('finds names in a headline in capitals', function () {
    const text = 'KAZAKHSTAN AND NATO SIGN GRAIN PACT\n\nASTANA, March 3 (Reuters) - Kazakhstan signed a pact with NATO on Monday.'
    const entities = parseDispatch(text).entities
    const country = entityWith(entities, 'KAZAKHSTAN')
    expect(country?.country).toBe('KZ')
    expect(country?.mentions.map((mention) => mention.text)).toContain('Kazakhstan')
    expect(entityWith(entities, 'NATO')?.mentions).toHaveLength(2)
  })

  it('keeps a misspelt word inside an organisation name', function () {
    const text = 'The Kazakh Foreing Ministry said on Monday that talks would go on.'
    const ministry = entityWith(parseDispatch(text).entities, 'Kazakh Foreing Ministry')
    expect(ministry).toMatchObject({type: 'organization', country: 'KZ'})
  })

  it('numbers entities in order of first mention', function () {
    const text = 'Norway and Sweden signed. Later Norway left.'
    const entities = parseDispatch(text).entities
    expect(entities.map((entity) => entity.id)).toEqual(entities.map((_, index) => 'e' + (index + 1)))
    expect(entities.map((entity) => entity.name).slice(0, 2)).toEqual(['Norway', 'Sweden'])
  })
})

/** A span as slice arguments. */
function bounds(span: {start: number; end: number}): [number, number] {
  return [span.start, span.end]
}

describe('a title run into a name', function () {
  it('reads "Minister of Energy Bakhtiyor Rakhimov" as the person when the surname recurs alone', function () {
    const text =
      "The memorandum was signed in Tashkent by Uzbekistan's Deputy Minister of Energy Bakhtiyor Rakhimov and officials of the grid operator.\n\n" +
      'Rakhimov said the new line would carry power to the Fergana valley from next spring.'
    const entities = parseDispatch(text).entities
    const person = entities.find((entity) => entity.name === 'Bakhtiyor Rakhimov')
    expect(person?.type).toBe('person')
    expect(person?.mentions.map((mention) => mention.text)).toEqual(['Bakhtiyor Rakhimov', 'Rakhimov'])
    expect(entities.some((entity) => entity.name.includes('Energy'))).toBe(false)
  })
})

describe('types by the form of a name', function () {
  it('makes a "person" with an ampersand an organisation', function () {
    const text = 'The appeal was filed by Kessler & Morrow on Monday.'
    const context = createContext(readDocument(text).document)
    const start = text.indexOf('Kessler')
    const [candidate] = typeMentions(context, [{span: {start, end: start + 'Kessler & Morrow'.length}, label: 'PER'}])
    expect(candidate?.type).toBe('organization')
  })

  it('makes "Isle of …" a place, whatever the tagger called it', function () {
    const text = 'The ferry to the Isle of Arran was cancelled for a second day.'
    const arran = parseDispatch(text).entities.find((entity) => entity.name === 'Isle of Arran')
    expect(arran?.type).toBe('location')
  })
})

describe('mergeCandidates', function () {
  /** A candidate over a stretch of a text. */
  function over(text: string, name: string, source: Candidate['source']): Candidate {
    const start = text.indexOf(name)
    return {start, end: start + name.length, type: 'organization', form: 'name', source}
  }

  it('lets an organisation found by its head noun finish a name the tagger ended at a connector', function () {
    const text = 'Filings with the Ohio Board of Pharmacy showed it.'
    const merged = mergeCandidates([over(text, 'Ohio Board', 'tagger')], [over(text, 'Ohio Board of Pharmacy', 'pattern')], text)
    expect(merged.map((item) => text.slice(item.start, item.end))).toEqual(['Ohio Board of Pharmacy'])
  })

  it('keeps the tagger name when what follows the connector is a date', function () {
    const text = 'The Treasury Department on Wednesday said so.'
    const merged = mergeCandidates([over(text, 'Treasury Department', 'tagger')], [over(text, 'Treasury Department on Wednesday', 'pattern')], text)
    expect(merged.map((item) => text.slice(item.start, item.end))).toEqual(['Treasury Department'])
  })
})

