import {describe, expect, it} from 'vitest'
import {parseDispatch, type Entity} from '../src/index.js'

/**
 * Nominal ("the ministry") and pronoun ("he", "she") mentions: linked to
 * their entity when the evidence is clear, left out when it is not.
 */

/** The entity that has a mention with this text. */
function entityWith(entities: Entity[], text: string): Entity | undefined {
  return entities.find((entity) => entity.mentions.some((mention) => mention.text === text))
}

/** The mentions of an entity as `text/form` strings. */
function forms(entity: Entity | undefined): string[] {
  return entity?.mentions.map((mention) => mention.text + '/' + mention.form) ?? []
}

describe('nominal mentions', function () {
  it('link "the ministry" to the ministry named earlier', function () {
    const text =
      'The Latvian Transport Ministry said on Monday that rail fares would rise.\n\nThe rise would pay for new trains, the ministry said.'
    const ministry = entityWith(parseDispatch(text).entities, 'Latvian Transport Ministry')
    expect(forms(ministry)).toEqual(['Latvian Transport Ministry/name', 'the ministry/nominal'])
  })

  it('link "the region" to a place written with that noun before', function () {
    const text = 'Fighting flared in the Kashmir region on Friday.\n\nAid could not reach the region, officials said.'
    expect(forms(entityWith(parseDispatch(text).entities, 'Kashmir'))).toContain('the region/nominal')
  })

  it('link "the company" to a company named with a company suffix', function () {
    const text = 'Shares of Halvorsen Shipping Group fell sharply. The company blamed fuel costs.'
    expect(forms(entityWith(parseDispatch(text).entities, 'Halvorsen Shipping Group'))).toContain('The company/nominal')
  })

  it('stay unlinked when two entities answer to the noun in the same sentence', function () {
    const text = 'The Estonian Finance Ministry and the Latvian Finance Ministry disagreed. The ministry declined to comment.'
    const entities = parseDispatch(text).entities
    const nominals = entities.flatMap((entity) => entity.mentions.filter((mention) => mention.form === 'nominal'))
    expect(nominals).toEqual([])
  })

  it('stay unlinked when nothing answers to the noun', function () {
    const text = 'The committee met in Oslo on Tuesday.'
    const nominals = parseDispatch(text).entities.flatMap((entity) => entity.mentions.filter((mention) => mention.form === 'nominal'))
    expect(nominals).toEqual([])
  })
})

describe('pronoun mentions', function () {
  it('link "she" to the last woman named, by her title', function () {
    const text = 'Mrs. Okonkwo arrived in Lagos on Monday. She met traders there.'
    expect(forms(entityWith(parseDispatch(text).entities, 'Okonkwo'))).toEqual(['Okonkwo/name', 'She/pronoun'])
  })

  it('link "he" to the only man among the persons named, by given name', function () {
    const text = 'Margaret Ellison and Thomas Whitlow spoke in Geneva. He said the talks had failed.'
    const entities = parseDispatch(text).entities
    expect(forms(entityWith(entities, 'Thomas Whitlow'))).toContain('He/pronoun')
    expect(forms(entityWith(entities, 'Margaret Ellison'))).not.toContain('He/pronoun')
  })

  it('stay unlinked when two persons of the same gender could be meant', function () {
    const text = 'Thomas Whitlow met Richard Ames in Geneva. He said the talks had failed.'
    const pronouns = parseDispatch(text).entities.flatMap((entity) => entity.mentions.filter((mention) => mention.form === 'pronoun'))
    expect(pronouns).toEqual([])
  })

  it('stay unlinked when no person was named nearby', function () {
    const text = 'Trade fell in March. He said nothing.'
    const pronouns = parseDispatch(text).entities.flatMap((entity) => entity.mentions.filter((mention) => mention.form === 'pronoun'))
    expect(pronouns).toEqual([])
  })

  it('do not count as CoNLL names: forms stay nominal and pronoun', function () {
    const text = 'Mr. Halloran flew to Oslo. He was tired.'
    const person = entityWith(parseDispatch(text).entities, 'Halloran')
    expect(person?.type).toBe('person')
    expect(person?.name).toBe('Halloran')
    expect(person?.mentions.map((mention) => mention.form)).toEqual(['name', 'pronoun'])
  })
})
