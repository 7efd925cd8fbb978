import {describe, expect, it} from 'vitest'
import {parseDispatch, type Quantity} from '../src/index.js'

/*
 * Numbers written in more than one figure, ages and shares, on a dispatch
 * written for these tests in AP's layout (every name, figure and event in it
 * is invented).
 */
const ap = [
  'Coach returns to dugout after health scare',
  '',
  'By MARK HALE AP Sports Writer',
  '',
  'CHICAGO (AP) — Dale Maddox, 66, has used the downtime to get in better shape. His assistant Tina Ruiz, 41, said the club was aged 12 and the rules bar players under the age of 21.',
  '',
  'One out of three fans renewed, and one in five children came free. The firm employs 600 people, almost half of which are in Ohio.',
  '',
  'It was one of the most spectacular catches of the season, and one of them was shown twice.',
  '',
  'The mass of the ball is approximately 1.45×10−1 kilograms, and a cup is 1/16 of a US gallon.',
  ''
].join('\n')

function rows(quantities: readonly Quantity[]): unknown[][] {
  return quantities.map((quantity) => [quantity.text, quantity.value, quantity.kind, quantity.unit, quantity.mod, quantity.about?.text])
}

describe('quantities: ages, shares and numbers of several figures', () => {
  const article = parseDispatch(ap)
  const found = rows(article.quantities)

  it('reads ages after a name, after "aged" and after "the age of", about the person named', () => {
    expect(found.slice(0, 4)).toEqual([
      ['66', 66, 'measure', 'year of age', undefined, 'Dale Maddox'],
      ['41', 41, 'measure', 'year of age', undefined, 'Tina Ruiz'],
      ['12', 12, 'measure', 'year of age', undefined, undefined],
      ['21', 21, 'measure', 'year of age', undefined, undefined]
    ])
    expect(article.quantities[0]?.about?.entity).toBe(article.entities.find((entity) => entity.name === 'Dale Maddox')?.id)
  })

  it('reads "N out of M" and "N in M" as shares, and a fraction of what was named before', () => {
    expect(found.slice(4, 8)).toEqual([
      ['One out of three fans', 1 / 3, 'count', 'fan', undefined, 'fans'],
      ['one in five children', 0.2, 'count', 'child', undefined, 'children'],
      ['600 people', 600, 'count', 'people', undefined, 'people'],
      ['almost half', 0.5, 'count', undefined, 'approx', undefined]
    ])
  })

  it('reads "one of the" and a superlative as one of what follows, and not "one of them"', () => {
    expect(found.slice(8, 9)).toEqual([['one of the most spectacular catches', 1, 'count', 'catch', undefined, 'spectacular catches']])
  })

  it('reads scientific notation and slash fractions', () => {
    expect(found.slice(9)).toEqual([
      ['approximately 1.45×10−1 kilograms', 0.145, 'measure', 'kilogram', 'approx', 'mass of the ball'],
      ['1/16 of a US gallon', 0.0625, 'measure', 'gallon', undefined, undefined]
    ])
  })
})

// A 1996-style Reuters sports report: list numbers, bowling figures, an age at a sentence's end.
const sports = [
  'ATHLETICS - RESULTS FROM THE MEETING IN OSLO.',
  'OSLO 1996-08-30',
  'Results of the women\'s 5,000 metres:',
  '1. Anna Berg (Norway) 15:04.12',
  '2. Lisa Holm (Sweden) 15:06.33',
  'Off-spinner Kerr took four for 24 in 48 balls, said coach Ian Marsh, 71.',
  'He is one of the most famous and respected coaches, and one of the most successful businessmen in Oslo.'
].join('\n')

describe('quantities: what only looks like an age, a share or a list of counts', () => {
  const article = parseDispatch(sports)
  const found = rows(article.quantities)

  it('reads no list number and no share in bowling figures, and an age at the end of a sentence', () => {
    expect(found.some((row) => row[0] === '1' || row[0] === '2')).toBe(false)
    expect(found.some((row) => String(row[0]).includes(' in 48'))).toBe(false)
    expect(found).toContainEqual(['71', 71, 'measure', 'year of age', undefined, 'Ian Marsh'])
  })

  it('reads one of a plural noun only', () => {
    expect(found.filter((row) => String(row[0]).startsWith('one of'))).toEqual([
      ['one of the most successful businessmen', 1, 'count', 'businessman', undefined, 'successful businessmen']
    ])
  })
})
