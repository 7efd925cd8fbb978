/**
 * Sets, times that repeat: “daily”, “annually”, “every day”, “each month”,
 * “each Thursday”, “each July”, and “a year” after an amount (“$33 million a
 * year”, “hundreds of interviews a day”).
 */

import {monthNumbers} from '../../lexicon/calendar.js'
import {pad} from '../../util/calendar.js'
import {weekdayNumbers} from '../locale-en.js'
import {candidateOf, lazyPattern, wordsBefore} from '../match.js'
import {fullMonth, weekday} from '../patterns.js'
import type {Parser} from '../types.js'

const adverbs: Record<string, string> = {
  daily: 'P1D', nightly: 'P1D', weekly: 'P1W', biweekly: 'P2W', monthly: 'P1M', yearly: 'P1Y', annually: 'P1Y',
  hourly: 'PT1H', semiannually: 'P6M', 'semi-annually': 'P6M'
}

/** Adverbs the annotators did not mark after a rate (“rising 8.5% annually”): left out there. */
const afterAmount = new Set(['annually', 'yearly'])

const periods: Record<string, string> = {
  second: 'PT1S', minute: 'PT1M', hour: 'PT1H', day: 'P1D', night: 'P1D', morning: 'P1D', evening: 'P1D', week: 'P1W',
  weekend: 'P1W', month: 'P1M', quarter: 'P1Q', year: 'P1Y', decade: 'P10Y', season: 'P1Y', summer: 'P1Y',
  winter: 'P1Y', spring: 'P1Y', fall: 'P1Y', autumn: 'P1Y'
}

const amountWord = /^(?:\$?[\d,.]+|[\d,.]+%?|million|billion|trillion|thousand|hundred|dozen|percent|cents|dollars|dlrs|times|once|twice|thrice|pounds|yen|euros|marks|francs|tons|tonnes|barrels|miles|kilometers|hours|minutes|calls|visits|trips|flights|meals|cigarettes|shifts)$/

/** Parser: Sets (“daily”, “every July”, “$33 million a year”). */
export const setParser: Parser = {
  name: 'set',
  triggers: ['daily', 'nightly', 'weekly', 'biweekly', 'monthly', 'yearly', 'annually', 'hourly', 'semiannually', 'semi', 'second', 'minute', 'hour', 'day', 'night', 'morning', 'evening', 'week', 'weekend', 'month', 'quarter', 'year', 'decade', 'season', 'spring', 'summer', 'fall', 'autumn', 'winter', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  reach: 20,
  pattern: lazyPattern(
    '\\b(?<x>(?<adverb>daily|nightly|weekly|biweekly|monthly|yearly|annually|hourly|semi-?annually)' +
      '|(?<q>every|each|per|a)\\s{1,3}(?:(?<other>other)\\s{1,3})?(?<p>second|minute|hour|day|night|morning|evening|week|weekend|month|quarter|year|decade|season|summer|winter|spring|fall|autumn|(?<wd>' +
      weekday + ')|(?<m>' + fullMonth + ')))\\b(?![-\'’])'
  ),
  extract(match, context) {
    const groups = match.groups ?? {}
    if (groups.adverb) {
      const value = adverbs[groups.adverb.toLowerCase()]
      if (!value) return undefined
      const before = wordsBefore(context.input, context.offset + match.index, 1)[0]
      if ((before === 'average' && value === 'P1D') || before === 'plans') return undefined
      if (afterAmount.has(groups.adverb.toLowerCase()) && before && /^(?:[\d.,]+%|percent)$/.test(before)) return undefined
      return candidateOf(match, context, {type: 'set', value, parser: 'set'})
    }
    const quantifier = (groups.q ?? '').toLowerCase()
    const start = context.offset + match.index
    const before = wordsBefore(context.input, start, 1)[0] ?? ''
    if (quantifier === 'a') {
      const plural = before.length > 3 && before.endsWith('s') && !/(?:ss|us|is)$/.test(before)
      const amount = wordsBefore(context.input, start, 4).some((word) => /^\$?\d/.test(word) || amountWord.test(word))
      if (!plural && !amount) return undefined
      if (/^(?:for|in|within|over|after|about|nearly|almost|than|under|of|during|only|just|barely|least|to|by)$/.test(before)) return undefined
      if (/^\s{1,3}(?:ago|earlier|later|before|after)\b/i.test(context.input.slice(start + match[0].length, start + match[0].length + 12))) return undefined
    }
    if (quantifier === 'each' && before === 'of') return undefined
    if ((quantifier === 'every' || quantifier === 'each') && /^\s{1,3}of\b/i.test(context.input.slice(start + match[0].length, start + match[0].length + 5))) return undefined
    if (groups.wd) {
      const number = weekdayNumbers.get(groups.wd.toLowerCase())
      return number ? candidateOf(match, context, {type: 'set', value: 'XXXX-WXX-' + number, parser: 'set'}) : undefined
    }
    if (groups.m) {
      const number = monthNumbers.get(groups.m.toLowerCase())
      return number ? candidateOf(match, context, {type: 'set', value: 'XXXX-' + pad(number), parser: 'set'}) : undefined
    }
    const period = periods[(groups.p ?? '').toLowerCase()]
    if (!period) return undefined
    const value = groups.other ? period.replace(/\d+/, (digits) => String(Number(digits) * 2)) : period
    return candidateOf(match, context, {type: 'set', value, parser: 'set'})
  }
}
