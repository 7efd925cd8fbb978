import {describe, expect, it} from 'vitest'
import {matchGazetteer} from '../src/lib/3-entities/gazetteer.js'
import {growthPerCharacter} from './helpers/growth.js'

/**
 * The gazetteer API the tagger reads features from: token-index ranges of
 * phrase matches, case-insensitive, with kinds and ids.
 */

/** The matches of a sentence cut at spaces, as `text kind id` strings. */
function found(sentence: string): string[] {
  const words = sentence.split(' ')
  return matchGazetteer(words).map((match) => [words.slice(match.start, match.end).join(' '), match.kind, match.id ?? '-'].join(' '))
}

describe('matchGazetteer', function () {
  it('finds countries with their ISO codes, in any case', function () {
    expect(found('troops left Azerbaijan for GERMANY')).toEqual(
      expect.arrayContaining(['Azerbaijan country AZ', 'GERMANY country DE'])
    )
  })

  it('matches a country with its form of state, and the short name inside', function () {
    const result = found('the Republic of Azerbaijan and the Islamic Republic of Iran')
    expect(result).toEqual(
      expect.arrayContaining([
        'Republic of Azerbaijan country AZ',
        'Azerbaijan country AZ',
        'Islamic Republic of Iran country IR',
        'Iran country IR'
      ])
    )
    expect(result).not.toContain('the Republic of Azerbaijan country AZ')
  })

  it('knows demonyms and their plurals, with the country code', function () {
    expect(found('Azerbaijanis and Armenian farmers')).toEqual(['Azerbaijanis demonym AZ', 'Armenian demonym AM'])
  })

  it('knows religious and political groups', function () {
    expect(found('Muslims and Republicans')).toEqual(['Muslims group -', 'Republicans group -'])
  })

  it('knows organisations by name and by acronym', function () {
    const result = found('the Non-Aligned Movement , NATO and the OSCE Minsk Group')
    expect(result).toEqual(
      expect.arrayContaining([
        'Non-Aligned Movement organization nam',
        'NATO org-acronym nato',
        'OSCE Minsk Group organization osce-minsk-group',
        'Minsk Group organization osce-minsk-group'
      ])
    )
  })

  it('takes acronyms as listed or in capitals, never in lower case', function () {
    expect(found('WHO said who')).toEqual(['WHO org-acronym who'])
    expect(found('Nato')).toEqual(['Nato org-acronym nato'])
  })

  it('knows large cities and given names', function () {
    expect(found('Baku')).toEqual(['Baku city AZ'])
    expect(found('Margaret')).toEqual(['Margaret given-name -'])
  })

  it('ignores diacritics and curly apostrophes', function () {
    expect(found('Cote d’Ivoire')).toContain("Cote d’Ivoire country CI")
  })

  it('matches a phrase that ends on a possessive, as its stem', function () {
    const words = ['Azerbaijan’s', 'army']
    expect(matchGazetteer(words)).toEqual([{start: 0, end: 1, kind: 'country', id: 'AZ'}])
  })

  it('returns ranges by start, longest first, end exclusive', function () {
    const matches = matchGazetteer(['in', 'New', 'York', 'City'])
    for (const [index, match] of matches.entries()) {
      expect(match.end).toBeGreaterThan(match.start)
      const previous = matches[index - 1]
      if (previous) expect(previous.start < match.start || previous.end >= match.end).toBe(true)
    }

    expect(matches[0]?.start).toBe(1)
  })

  it('is safe with words that name Object properties', function () {
    expect(matchGazetteer(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'])).toEqual([])
  })

  it('copes with empty input and empty tokens', function () {
    expect(matchGazetteer([])).toEqual([])
    expect(matchGazetteer(['', ' ', '’s', "'s"])).toEqual([])
  })

  it('stays linear: a token of 200,000 costs at most three times one of 20,000', function () {
    const phrase = ['Republic', 'of', 'Azerbaijan', 'and', 'NATO']
    const tokens = (input: string) => Array.from({length: input.length / phrase.length}, () => phrase).flat()
    const matches = matchGazetteer(tokens('x'.repeat(200_000)))
    expect(matches.filter((match) => match.kind === 'country' && match.end - match.start === 3)).toHaveLength(40_000)
    // The input's length stands for the number of tokens.
    const growth = growthPerCharacter((input) => matchGazetteer(tokens(input)), 'x'.repeat(20_000), 'x'.repeat(200_000), 3)
    expect(growth).toBeLessThan(3)
  })
})
