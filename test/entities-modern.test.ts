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

  it('names a place the text writes only in capitals in title case, abbreviations aside', function () {
    expect(typed(river, 'MANAUS')).toBe('location Manaus')
    const text =
      'RIO DE JANEIRO, Nov 18 (Reuters) - Leaders of the G20 met on Monday. The USA sent its treasury secretary.'
    const entities = parseDispatch(text).entities
    expect(typed(entities, 'RIO DE JANEIRO')).toBe('location Rio de Janeiro')
    expect(typed(entities, 'USA')).toBe('location USA')
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

describe('names of this decade', function () {
  const vaccineStory = `Drugmakers race to update COVID-19 shots as new variant spreads

By Michael Erman and Julie Steenhuysen

NEW YORK, Sept 11 (Reuters) - Pfizer and its German partner BioNTech said on Monday their updated COVID-19 vaccine would ship this week, while Moderna expects approval of its own shot within days.

Moderna's chief executive, Stephane Bancel, said demand would be lower than in 2022. OpenAI, the maker of ChatGPT, said it had no plans to enter the field.

Delegates at COP28 in Dubai discussed the pandemic's toll on health budgets.
`
  const entities = parseDispatch(vaccineStory).entities

  it('types drug makers and AI laboratories as organisations', function () {
    expect(typed(entities, 'Pfizer')).toBe('organization Pfizer')
    expect(typed(entities, 'BioNTech')).toBe('organization BioNTech')
    expect(typed(entities, 'Moderna')).toBe('organization Moderna')
    expect(typed(entities, 'OpenAI')).toBe('organization OpenAI')
    expect(typed(entities, 'Stephane Bancel')).toBe('person Stephane Bancel')
  })

  it('types products, diseases and summits of this decade as misc names', function () {
    expect(typed(entities, 'ChatGPT')).toBe('misc ChatGPT')
    expect(typed(entities, 'COVID-19')).toBe('misc COVID-19')
    expect(typed(entities, 'COP28')).toBe('misc COP28')
    expect(typed(entities, 'Dubai')).toBe('location Dubai')
  })

  it('lets the caller\'s names win over the built-in ones', function () {
    const text = 'GAITHERSBURG, Md., May 2 (AP) - Novavax said on Thursday it would cut a third of its staff.'
    expect(typed(parseDispatch(text).entities, 'Novavax')).toBe('organization Novavax')
    const names = [{name: 'Novavax Inc', type: 'organization' as const, aliases: ['Novavax']}]
    expect(typed(parseDispatch(text, {names}).entities, 'Novavax')).toBe('organization Novavax Inc')
  })
})

describe('platforms and companies in the news', function () {
  const story = `Tech giants report earnings as AI spending soars

SEATTLE, Oct 30 (Reuters) - Amazon said on Thursday it would hire 250,000 seasonal workers, a day after Google parent Alphabet beat forecasts.

Google and Microsoft both raised their spending plans. Twitter and Facebook were not part of the survey.
`
  const entities = parseDispatch(story).entities

  it('types a company that shares its name with a river by its business', function () {
    expect(typed(entities, 'Amazon')).toBe('organization Amazon')
  })

  it('finds platforms that open a sentence', function () {
    expect(typed(entities, 'Google')).toBe('organization Google')
    expect(entityNamed(entities, 'Google')?.mentions.filter((mention) => mention.text === 'Google')).toHaveLength(2)
    expect(typed(entities, 'Twitter')).toBe('organization Twitter')
    expect(typed(entities, 'Facebook')).toBe('organization Facebook')
  })

  it('knows Wikinews', function () {
    const text = 'PRESTON, Australia (AP) — The swimmer spoke with Wikinews on Saturday about her training.'
    const found = parseDispatch(text).entities
    expect(typed(found, 'Wikinews')).toBe('organization Wikinews')
  })

  it('names a dateline city in title case, an abbreviation of four letters aside', function () {
    const text = 'KYIV, Ukraine (AP) — Officials in the former USSR republic said drones struck Kharkiv overnight.'
    const found = parseDispatch(text).entities
    expect(typed(found, 'KYIV')).toBe('location Kyiv')
    expect(typed(found, 'Kharkiv')).toBe('location Kharkiv')
  })
})

describe('one type per name in a document', function () {
  it('gives every mention of a name the type most of its mentions have', function () {
    const text =
      'MANILA (Reuters) - Floods hit Pangasinan on Monday. Rescuers reached Aringay, a town in La Union, by boat.\n\n' +
      'Pangasinan governor Ramon Guico said 12,000 people had fled. Officials in Pangasinan asked for help, and Aringay was cut off.'
    const found = parseDispatch(text).entities.filter((entity) => entity.name === 'Pangasinan')
    expect(found.map((entity) => entity.type + ' ' + entity.mentions.length)).toEqual(['location 3'])
  })
})

describe('ensembles, labels and institutions', function () {
  it('are organisations when the tagger reads them as persons', function () {
    const text =
      'JAKARTA, May 2 (Reuters) - Singer Rina Suryani will tour Europe with Twilite Orchestra in June, her label Soleilmoon Recordings said on Friday. Erwin Gutawa Orchestra will open the shows.'
    const entities = parseDispatch(text).entities
    expect(typed(entities, 'Twilite Orchestra')).toBe('organization Twilite Orchestra')
    expect(typed(entities, 'Soleilmoon Recordings')).toBe('organization Soleilmoon Recordings')
    expect(typed(entities, 'Erwin Gutawa Orchestra')).toBe('organization Erwin Gutawa Orchestra')
  })

  it('and so are laboratories, libraries, museums and hospitals', function () {
    const text =
      'MADRID, May 2 (Reuters) - Poems written by software at Lattice Lab fooled most readers, Pablo Ruiz of Lattice Lab said on Monday.'
    expect(typed(parseDispatch(text).entities, 'Lattice Lab')).toBe('organization Lattice Lab')
  })
})

describe('venues', function () {
  it('are places by their head noun when the tagger reads them as persons', function () {
    const text =
      'LEWISBURG, Pa. (AP) — Davis Gym was sold out again on Saturday. Fans lined up outside Davis Gym two hours before the game.'
    expect(typed(parseDispatch(text).entities, 'Davis Gym')).toBe('location Davis Gym')
  })
})

describe('languages', function () {
  it('are misc names when the text says so of one mention, every mention of them', function () {
    const text =
      'ZIGUINCHOR, Senegal (AP) — Fewer than 2,000 people still speak Eegimaa, linguists said on Monday.\n\n' +
      'Elders say young Eegimaa speakers switch to French at school, and Eegimaa is rarely written.'
    const entities = parseDispatch(text).entities
    expect(entities.filter((entity) => entity.name === 'Eegimaa').map((entity) => entity.type)).toEqual(['misc'])
  })
})

describe('a capitalised "The" inside a sentence', function () {
  it('belongs to the name it opens, not at a sentence start', function () {
    const text =
      'MANCHESTER, England, June 3 (Reuters) - Tickets for a reunion tour by The Stone Roses sold out in minutes on Friday.\n\n' +
      'The Stone Roses last played together in 2017, the band\'s promoter said.'
    const mentions = parseDispatch(text).entities.flatMap((entity) => entity.mentions.map((mention) => mention.text))
    expect(mentions).toContain('The Stone Roses')
    expect(mentions).toContain('Stone Roses')
  })
})
