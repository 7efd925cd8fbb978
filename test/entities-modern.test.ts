import {describe, expect, it} from 'vitest'
import {parseDispatch, type Entity} from '../src/index.js'

/**
 * Entities in dispatches of this decade: companies and platforms the 1996
 * training text never saw, names typed by the way the text uses them, short
 * names after a possessive, and best-cased entity names.
 */

const techStory = `Tech giants face new EU rules on artificial intelligence

By Foo Yun Chee

BRUSSELS, March 13 (Reuters) - Google, TikTok and Nvidia will have to disclose how their artificial intelligence models are trained under rules approved by European Union lawmakers on Wednesday.

Elon Musk's X said it would comply. Shares of Tesla fell 2% in New York, while Microsoft rose.

"We will work with Brussels to make this a success," Sundar Pichai, Google's chief executive, told reporters.

Thierry Breton, the EU industry commissioner, said Meta Platforms had until June to adapt. Meta said it was reviewing the rules.

(Reporting by Foo Yun Chee; Editing by Jan Harvey)
`

const riverStory = `Drought shrinks Amazon river to lowest level in a century

By Gabriel Stargardter

MANAUS, Brazil, Oct 16 (Reuters) - The Amazon river fell to its lowest level in more than a century on Monday, stranding riverside communities as a drought scorched the world's largest rainforest.

Farmers said they had lost their crops of cassava, banana and apple trees.

"An apple a day will not feed my family," said Raimundo Silva, 54, a fisherman.
`

/**
 * The entity that has a name mention with this text.
 *
 * @param entities The entities.
 * @param text The mention's text.
 * @returns The entity, if any.
 */
function entityNamed(entities: Entity[], text: string): Entity | undefined {
  return entities.find((entity) => entity.mentions.some((mention) => mention.form !== 'pronoun' && mention.text === text))
}

/**
 * `type name` of the entity with a mention of this text.
 *
 * @param entities The entities.
 * @param text The mention's text.
 * @returns The type and name, or `none`.
 */
function typed(entities: Entity[], text: string): string {
  const entity = entityNamed(entities, text)
  return entity ? entity.type + ' ' + entity.name : 'none'
}

describe('entities in today\'s news', function () {
  const tech = parseDispatch(techStory).entities
  const river = parseDispatch(riverStory).entities

  it('types today\'s companies and platforms as organisations', function () {
    expect(typed(tech, 'TikTok')).toBe('organization TikTok')
    expect(typed(tech, 'Nvidia')).toBe('organization Nvidia')
    expect(typed(tech, 'Tesla')).toBe('organization Tesla')
    expect(typed(tech, 'Microsoft')).toBe('organization Microsoft')
  })

  it('types a name the text gives a chief executive as an organisation, every mention of it', function () {
    const google = entityNamed(tech, 'Google')
    expect(google?.type).toBe('organization')
    expect(google?.mentions.filter((mention) => mention.text === 'Google')).toHaveLength(2)
  })

  it('finds a short name after a possessive: a person and an organisation', function () {
    expect(typed(tech, 'Elon Musk')).toBe('person Elon Musk')
    expect(typed(tech, 'X')).toBe('organization X')
  })

  it('names an entity in its best-cased full form, and joins a company\'s short name to its full one', function () {
    expect(typed(tech, 'BRUSSELS')).toBe('location Brussels')
    const meta = entityNamed(tech, 'Meta')
    expect(meta?.name).toBe('Meta Platforms')
    expect(meta?.type).toBe('organization')
  })

  it('keeps a river a place and a fruit no name', function () {
    expect(typed(river, 'Amazon')).toBe('location Amazon')
    expect(river.filter((entity) => /apple/i.test(entity.name))).toEqual([])
    expect(typed(river, 'Raimundo Silva')).toBe('person Raimundo Silva')
  })
})

describe('types by usage', function () {
  it('reads an organisation from "shares of" and a possessive chief executive', function () {
    const text =
      'OSLO, May 2 (Reuters) - Shares of Veltrix jumped 9% on Thursday.\n\n' +
      "Veltrix's chief executive, Ana Duarte, said demand was strong. Veltrix makes batteries."
    const entities = parseDispatch(text).entities
    expect(typed(entities, 'Veltrix')).toBe('organization Veltrix')
    expect(entityNamed(entities, 'Veltrix')?.mentions.filter((mention) => mention.form === 'name')).toHaveLength(3)
  })

  it('reads a person from an age between commas', function () {
    const text = 'LAGOS, May 2 (Reuters) - Adaeze Okonkwo-Bright, 45, a trader, said prices had doubled.'
    expect(typed(parseDispatch(text).entities, 'Adaeze Okonkwo-Bright')).toBe('person Adaeze Okonkwo-Bright')
  })

  it('does not take a place for the organisation it opens', function () {
    const text = 'COLUMBUS, Ohio, May 2 (AP) - Ohio University said on Friday that Ohio would fund the new campus.'
    const entities = parseDispatch(text).entities
    expect(entityNamed(entities, 'Ohio University')?.type).toBe('organization')
    expect(entities.filter((entity) => entity.mentions.some((mention) => mention.text === 'Ohio')).map((entity) => entity.type)).toEqual([
      'location'
    ])
  })

  it('takes no term defined in lower case, no common abbreviation and no sentence adverb for a name', function () {
    const text =
      'BOSTON, May 2 (Reuters) - Satellites that measure sea surface salinity (SSS) will launch next year, NASA said.\n\n' +
      'Furthermore, SSS maps will be free. The champion won by a KO in the third round and signed a CD deal.'
    const names = parseDispatch(text).entities.map((entity) => entity.name)
    expect(names).toContain('NASA')
    expect(names).not.toContain('SSS')
    expect(names).not.toContain('KO')
    expect(names).not.toContain('CD')
    expect(names).not.toContain('Furthermore')
  })
})
