/**
 * Clock times: “10:35 a.m.”, “10 p.m.”, “around 7:15 p.m.”, “noon”,
 * “midnight”, “4 in the morning”, “5 p.m. EST”. The day comes later, from a
 * refiner: the day written next to the time, or the reference.
 */

import {pad} from '../../util/calendar.js'
import {cardinals} from '../locale-en.js'
import {candidateOf, lazyPattern} from '../match.js'
import {dayFromReference} from '../resolve.js'
import type {Parser} from '../types.js'

const zones = 'EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|CEST|local\\s{1,3}time|Eastern\\s{1,3}time'

/** Parser: Clock times (“10:35 a.m.”, “noon”, “4 in the morning”). */
export const timeOfDayParser: Parser = {
  name: 'time-of-day',
  triggers: ['noon', 'midnight', 'midday', "o'clock", 'morning', 'afternoon', 'evening', 'night'],
  digits: true,
  reach: 32,
  pattern: lazyPattern(
    '(?<![\\d:.])\\b(?<x>(?:(?<hedge>around|approximately|shortly\\s{1,3}(?:before|after)|just\\s{1,3}(?:before|after))\\s{1,3})?' +
      '(?:(?<h>[01]?\\d|2[0-3])(?:[:.](?<mi>[0-5]\\d))?\\s{0,2}(?<ap>[ap]\\.?\\s?m\\b\\.?)' +
      '|(?<h2>[01]?\\d|2[0-3]):(?<mi2>[0-5]\\d)(?![\\d:])(?=\\s{0,2}(?:' + zones + '|hours|hrs|o\'clock)\\b)' +
      '|(?<named>noon|midnight|midday)' +
      '|(?<h3>\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s{1,3}(?:o\'clock|in\\s{1,3}the\\s{1,3}(?<part>morning|afternoon|evening|night)))' +
      '(?:\\s{1,3}(?<tz>' + zones + ')\\b)?)'
  ),
  extract(match, context) {
    const groups = match.groups ?? {}
    let clock: string
    if (groups.named) {
      const named = groups.named.toLowerCase()
      clock = named === 'midnight' ? 'T24:00' : 'T12:00'
    } else {
      const hourText = groups.h ?? groups.h2 ?? groups.h3 ?? ''
      let hour = /^\d+$/.test(hourText) ? Number(hourText) : (cardinals.get(hourText.toLowerCase()) ?? -1)
      if (hour < 0 || hour > 23) return undefined
      const minute = Number(groups.mi ?? groups.mi2 ?? 0)
      const meridiem = (groups.ap ?? '').toLowerCase().charAt(0)
      const part = groups.part?.toLowerCase()
      if (meridiem === 'p' || part === 'afternoon' || part === 'evening' || (part === 'night' && hour >= 6)) {
        if (hour > 12) return undefined
        if (hour < 12) hour += 12
      } else if (meridiem === 'a' || part === 'morning') {
        if (hour > 12) return undefined
        if (hour === 12) hour = 0
      }
      clock = 'T' + pad(hour) + ':' + pad(minute)
    }
    const mod = /^around|^approximately/i.test(groups.hedge ?? '') ? 'APPROX' : /before/i.test(groups.hedge ?? '') ? 'BEFORE' : /after/i.test(groups.hedge ?? '') ? 'AFTER' : undefined
    return candidateOf(match, context, {
      type: 'time',
      value: dayFromReference(context.reference, 0) + clock,
      ...(mod ? {mod} : {}),
      parser: 'time-of-day',
      grain: 'time',
      clock
    })
  }
}
