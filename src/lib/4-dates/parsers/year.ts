/**
 * Years: “1994”, “fiscal 1989”, “early 1997”, “mid-1996”, “the end of 1994”,
 * “1994 or later”, “post-1959”, the second year of a range (“2023-2024”,
 * “1994-95”), and spelled “nineteen ninety-four”, “the year two thousand”.
 * Numbers that are counts, codes or money are not years.
 */

import {formatYear} from '../calendar-math.js'
import {candidateOf, lazyPattern, pointModifier, wordsBefore} from '../match.js'
import {readSpelledYear} from '../numbers.js'
import {spelledYear, year4} from '../patterns.js'
import type {Parser} from '../types.js'

/** Words before a number that make it a code or count, not a year. */
const notYearBefore = new Set([
  'no', 'no.', 'nos', 'nos.', 'number', 'flight', 'flights', 'route', 'highway', 'room', 'resolution', 'resolutions',
  'section', 'article', 'articles', 'model', 'boeing', 'airbus', 'pages', 'page', 'p.', 'pp.', 'chapter', 'rule',
  'bill', 'law', 'code', 'act', 'item', 'unit', 'units', 'box', 'suite', 'apt', 'interstate', 'i-', 'car', 'train',
  'bus', 'vol', 'vol.', 'volume', 'issue', 'file', 'case', 'docket', 'serial', 'dlrs', 'us$', 'c$', 'a$', 'hk$',
  'rupees', 'yen', 'euros', 'pounds', 'francs', 'marks', 'about', 'some', 'nearly', 'almost', 'than', 'over',
  'under', 'just', 'only', 'exactly', 'approximately', 'roughly', 'around', 'least', 'most', 'top', 'score',
  'version', 'windows', 'patrol', 'squad', 'lot', 'grade', 'mig', 'su', 'f', 'b'
])

/** Words after a number that make it a count or measure. */
const notYearAfter =
  /^\s{0,3}(?:%|percent|per\b|people|persons|men|women|children|troops|soldiers|police|officers|students|workers|employees|staff|members|delegates|voters|votes|residents|refugees|tons|tonnes|feet|ft|foot|meters|metres|miles|kilometers|kilometres|km|acres|hectares|dollars|dlrs|yen|marks|francs|pounds|euros|rupees|shares|points|cars|vehicles|units|jobs|copies|barrels|calories|pages|words|households|families|homes|houses|cases|deaths|dead|births|patients|seats|kg|kilograms|lbs|mph|cc|hp|rpm|gmt|utc|est|edt|cdt|cst|pdt|pst|hours|hrs|local|a\.m|p\.m|am|pm|degrees|inches|cm|mm|yards|guests|fans|spectators|visitors|tourists|pilgrims|protesters|demonstrators|prisoners|inmates|detainees|civilians|villagers|companies|firms|stores|branches|outlets|plants|ships|planes|aircraft|tanks|weapons|rockets|missiles|bombs|sheep|cattle|head|strong|plus|-plus|times|sq|square|megawatts|mw|kw|gigawatts|bpd|barrels)\b/i

/** Parser: Years (“1994”, “fiscal 1989”, “mid-1996”, “nineteen ninety-four”). */
export const yearParser: Parser = {
  name: 'year',
  triggers: ['nineteen', 'eighteen', 'twenty', 'thousand'],
  digits: true,
  reach: 40,
  pattern: lazyPattern(
    '(?<![\\d$£€¥#.,:/-])\\b(?<x>(?:(?<mod>early|mid|late)[-\\s]{1,3}|(?<pos>(?:the\\s{1,3})?(?:beginning|start|middle|end|close)\\s{1,3}of)\\s{1,3}|(?<pre>post|pre)-)?' +
      '(?:(?<fiscal>fiscal|calendar|fy|model)\\s{1,3})?(?<y>' + year4 + ')' +
      '(?<suffix>\\s{1,3}or\\s{1,3}(?:later|earlier|before|after|beyond)|\\s{1,3}and\\s{1,3}(?:beyond|later|after))?)' +
      '(?![.,]\\d|[\\d%])' +
      '|\\b(?<sx>(?:the\\s{1,3}year\\s{1,3})?(?<s>' + spelledYear + '))\\b' +
      '|(?<=\\b(?<first>(?:1\\d|20)\\d\\d)\\s?[-–/]\\s?)(?<second>(?:1\\d|20)\\d\\d|\\d\\d)(?![\\d%]|[.,]\\d)'
  ),
  extract(match, context) {
    const groups = match.groups ?? {}
    if (groups.second && groups.first) {
      const first = Number(groups.first)
      let second = Number(groups.second)
      if (groups.second.length === 2) {
        second += Math.floor(first / 100) * 100
        if (second < first) second += 100
      }
      if (second <= first || second - first > 50) return undefined
      const start = context.offset + match.index
      return {start, end: start + match[0].length, type: 'date', value: formatYear(second), parser: 'year', grain: 'year', explicit: true}
    }
    if (groups.sx) {
      const spelled = readSpelledYear(groups.s ?? '')
      if (spelled === undefined) return undefined
      if (/^two\s/i.test(groups.s ?? '') && !/^the\s/i.test(groups.sx)) return undefined
      const start = context.offset + match.index
      return {start, end: start + match[0].length, type: 'date', value: formatYear(spelled), parser: 'year', grain: 'year', explicit: true}
    }
    const year = Number(groups.y)
    const extent = candidateOf(match, context, {type: 'date', value: formatYear(year), parser: 'year', grain: 'year', explicit: true})
    const yearStart = extent.end - (groups.suffix?.length ?? 0) - (groups.y?.length ?? 0)
    const before = wordsBefore(context.input, yearStart, 1)[0]
    const after = context.input.slice(extent.end, extent.end + 40)
    if (groups.fiscal?.toLowerCase() === 'model') return undefined
    const framed = Boolean(groups.mod || groups.pos || groups.pre || groups.fiscal || groups.suffix)
    if (!framed) {
      if (before && notYearBefore.has(before)) return undefined
      if (notYearAfter.test(after)) return undefined
      if (/^\s{0,2}[-–]\s{0,2}\d{1,2}\s{0,3}(?:score|win|victory|lead|defeat|loss)/i.test(after)) return undefined
      if (/^\s{0,2}(?:[x×*+=]|\s-\s)\s{0,2}\d/.test(after)) return undefined
      if (/^[-/.]\d{1,2}[-/.]\d/.test(after)) return undefined
      if (year < 1900 || year > 2050) {
        if (!before || !/^(?:in|since|from|until|till|by|of|before|after|between|and|to|the|circa|c\.|year|around|during|through)$/.test(before)) return undefined
      }
    }
    const suffix = groups.suffix?.toLowerCase() ?? ''
    let mod = pointModifier(groups.mod ?? groups.pos)
    if (/later|after|beyond/.test(suffix)) mod = 'ON_OR_AFTER'
    else if (/earlier|before/.test(suffix)) mod = 'ON_OR_BEFORE'
    else if (groups.pre?.toLowerCase() === 'post') mod = 'AFTER'
    else if (groups.pre?.toLowerCase() === 'pre') mod = 'BEFORE'
    return {...extent, ...(mod ? {mod} : {})}
  }
}
