import {describe, expect, it} from 'vitest'
import {parseDispatch} from '../src/index.js'

/**
 * Authors cited by name and year in science news: each is a person,
 * however the tagger read a surname alone, and so is every later mention.
 */

const story = `Video games may sharpen working memory in children, study finds

By Maria Cheng

LONDON (AP) — Children who played action video games for an hour a day did better on memory tests, researchers reported on Wednesday, adding to earlier work on attention (Dye & Bavelier, 2010; Feng, Spence, & Pratt, 2007) and on training programmes (Klingberg et al., 2005).

The new study builds on a design first tested by Carrano & Biewener [7], and on data gathered through Polio and Gass 1997. Santos (1989) had warned that such gains fade.

"We used the same tasks as Carrano and Biewener," said lead author Ana Ruiz of the University of Lisbon.
`

/**
 * The types of the entities that have a name mention with this text.
 *
 * @param text The mention's text.
 * @returns Their types.
 */
function typesOf(text: string): string[] {
  return parseDispatch(story)
    .entities.filter((entity) => entity.mentions.some((mention) => mention.text === text))
    .map((entity) => entity.type)
}

describe('cited authors', function () {
  it('are persons inside brackets, one per author, "et al." aside', function () {
    for (const name of ['Dye', 'Bavelier', 'Feng', 'Spence', 'Pratt', 'Klingberg']) expect(typesOf(name), name).toEqual(['person'])
  })

  it('are persons before a year or a reference number outside brackets', function () {
    for (const name of ['Carrano', 'Biewener', 'Polio', 'Gass', 'Santos']) expect(typesOf(name), name).toEqual(['person'])
  })

  it('leave months, places and other names alone', function () {
    const text = 'LONDON (Reuters) - The album came out in two parts (March, 1999) and was reissued by Polydor (London, 2003).'
    const names = parseDispatch(text).entities.map((entity) => entity.type + ' ' + entity.name)
    expect(names).not.toContain('person March')
    expect(names).not.toContain('person London')
    expect(typesOf('Ana Ruiz')).toEqual(['person'])
  })
})
