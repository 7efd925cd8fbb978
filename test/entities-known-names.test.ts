import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {parseDispatch, retextDispatch, type Entity, type KnownName, type ParseOptions} from '../src/index.js'
import {growthPerCharacter} from './helpers/growth.js'

/**
 * `options.names`: the caller's own gazetteer. Its names win where the text
 * writes them, their mentions make one entity named as the caller names it,
 * and a wrong shape is a TypeError naming the field.
 */

const story = `SAN FRANCISCO, Feb 2 (Reuters) - Halcyon Robotics, the maker of warehouse robots, said on Friday it would cut 300 jobs.

HR chief Dana Whitcombe said the cuts would fall on its Oakland plant. Halcyon expects sales to recover next year, Whitcombe said.

HALCYON SHARES FELL 6% IN EARLY TRADE.
`

const names: KnownName[] = [
  {name: 'Halcyon Robotics Inc.', type: 'organization', country: 'US', aliases: ['Halcyon Robotics', 'Halcyon']},
  {name: 'Oakland', type: 'location', country: 'US'}
]

/**
 * The entity with a name mention of this text.
 *
 * @param entities The entities.
 * @param text The mention's text.
 * @returns The entity, if any.
 */
function entityWith(entities: Entity[], text: string): Entity | undefined {
  return entities.find((entity) => entity.mentions.some((mention) => mention.form !== 'pronoun' && mention.text === text))
}

describe('options.names', function () {
  it('makes every mention of a known name and its aliases one entity, of its type, named as given', function () {
    const entities = parseDispatch(story, {names}).entities
    const halcyon = entityWith(entities, 'Halcyon Robotics')
    expect(halcyon).toMatchObject({type: 'organization', name: 'Halcyon Robotics Inc.', country: 'US'})
    const texts = halcyon?.mentions.filter((mention) => mention.form === 'name').map((mention) => mention.text)
    expect(texts).toEqual(['Halcyon Robotics', 'Halcyon', 'HALCYON'])
    for (const mention of halcyon?.mentions ?? []) {
      expect(story.slice(mention.span.start, mention.span.end)).toBe(mention.text)
    }
    expect(entityWith(entities, 'Oakland')).toMatchObject({type: 'location', country: 'US'})
  })

  it('matches a name as listed or in capitals, never in lower case', function () {
    const text = 'LONDON, May 3 (Reuters) - Apple said it sold more phones. An apple a day is good, APPLE staff joked.'
    const entities = parseDispatch(text, {names: [{name: 'Apple', type: 'organization'}]}).entities
    const apple = entityWith(entities, 'Apple')
    expect(apple?.mentions.filter((mention) => mention.form === 'name').map((mention) => mention.text)).toEqual(['Apple', 'APPLE'])
    expect(entityWith(entities, 'apple')).toBeUndefined()
  })

  it('wins over the tagger where they overlap, and leaves the rest as it was', function () {
    const text = 'NEW YORK, May 3 (Reuters) - Ford said on Monday that Jordan Ellis would lead its battery unit.'
    const plain = parseDispatch(text).entities
    const known = parseDispatch(text, {names: [{name: 'Ford Motor Co', type: 'organization', aliases: ['Ford']}]}).entities
    expect(entityWith(known, 'Ford')).toMatchObject({type: 'organization', name: 'Ford Motor Co'})
    expect(entityWith(known, 'Jordan Ellis')?.type).toBe(entityWith(plain, 'Jordan Ellis')?.type)
  })

  it('is respected by the unified plugin', async function () {
    const file = new VFile(story)
    const processor = unified().use(retextEnglish).use(retextDispatch, {names})
    await processor.run(processor.parse(file), file)
    expect(entityWith(file.data.article?.entities ?? [], 'Halcyon')?.name).toBe('Halcyon Robotics Inc.')
  })

  it('throws a TypeError naming the field for a wrong shape', function () {
    const cases: Array<[unknown, string]> = [
      ['Halcyon', '`options.names`'],
      [[null], '`options.names[0]`'],
      [[{type: 'organization'}], '`options.names[0].name`'],
      [[{name: 'Halcyon', type: 'company'}], '`options.names[0].type`'],
      [[{name: 'Halcyon', type: 'organization', country: 'usa'}], '`options.names[0].country`'],
      [[{name: 'Halcyon', type: 'organization', aliases: 'Hal'}], '`options.names[0].aliases`'],
      [[{name: 'Halcyon', type: 'organization', aliases: ['Hal', 7]}], '`options.names[0].aliases[1]`'],
      [[{name: 'Halcyon', type: 'organization', ticker: 'HAL'}], '`options.names[0].ticker`'],
      [[{name: '  ', type: 'person'}], '`options.names[0].name`']
    ]
    for (const [value, field] of cases) {
      expect(() => parseDispatch(story, {names: value} as ParseOptions)).toThrow(TypeError)
      expect(() => parseDispatch(story, {names: value} as ParseOptions)).toThrow(field)
    }
  })

  it('stays linear in the text with many names and a long text', function () {
    const many = Array.from({length: 2000}, (_, index) => ({name: 'Firm' + index + ' Holdings', type: 'organization' as const}))
    const text = (count: number) => 'PARIS, May 3 (Reuters) - ' + 'Firm7 Holdings and Firm1999 Holdings rose. '.repeat(count)
    const entities = parseDispatch(text(2000), {names: many}).entities
    expect(entities.filter((entity) => entity.name === 'Firm7 Holdings')).toHaveLength(1)
    expect(entityWith(entities, 'Firm1999 Holdings')?.mentions.filter((mention) => mention.form === 'name')).toHaveLength(2000)
    // A character of ten times the text costs at most three times as much, the 2,000 names read once.
    const growth = growthPerCharacter((input) => parseDispatch(input, {names: many}), text(200), text(2000), 3)
    expect(growth).toBeLessThan(3)
  })
})
