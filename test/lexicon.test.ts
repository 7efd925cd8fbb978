import {describe, expect, it} from 'vitest'
import {holidayPattern, holidays, unitPattern, unitWords} from '../src/lib/4-dates/locale-en.js'
import {monthNames, monthNumbers, monthPattern, weekdayNumbers, weekdayPattern} from '../src/lib/lexicon/calendar.js'
import {anyOf} from '../src/lib/lexicon/pattern.js'

/**
 * The lexicon: word lists in one place, and the patterns built from them
 * rather than copied by hand.
 */
describe('the lexicon', function () {
  it('builds a pattern that tries the longest word first and reads spaces loosely', function () {
    const source = anyOf(['sep', 'september', 'sept', "st. patrick's day"])
    expect(source).toBe("(?:st\\.\\s{1,3}patrick's\\s{1,3}day|september|sept|sep)")
    expect(new RegExp('^' + source, 'i').exec('September 9')?.[0]).toBe('September')
    expect(new RegExp('^' + source + '$', 'i').test('St.  Patrick\'s day')).toBe(true)
  })

  it('numbers months and weekdays from their lists', function () {
    expect(monthNames).toHaveLength(12)
    expect(monthNumbers.get('sept')).toBe(9)
    expect(monthNumbers.get('may')).toBe(5)
    expect([...monthNumbers.keys()].slice(0, 4)).toEqual(['january', 'jan', 'february', 'feb'])
    expect(weekdayNumbers.get('thurs')).toBe(4)
    expect(weekdayNumbers.get('sunday')).toBe(7)
  })

  it('matches every word of each list with the pattern built from it, and nothing longer', function () {
    const cases: Array<[string, Iterable<string>]> = [
      [monthPattern, monthNumbers.keys()],
      [weekdayPattern, weekdayNumbers.keys()],
      [unitPattern, unitWords],
      [holidayPattern, holidays.keys()]
    ]
    for (const [source, words] of cases) {
      const whole = new RegExp('^' + source + '$', 'i')
      for (const word of words) expect(whole.test(word.toUpperCase()), word).toBe(true)
      expect(whole.test('decembers')).toBe(false)
    }
  })
})
