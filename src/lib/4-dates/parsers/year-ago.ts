/**
 * “Year-earlier” and “year-ago” used as adjectives (“year-earlier profit”,
 * “the year-ago results”): the same period a year before, which a refiner
 * restates as a quarter when the text is about a quarter.
 */

import {lazyPattern, candidateOf} from '../match.js'
import {yearFromReference} from '../resolve.js'
import type {Parser} from '../types.js'

/** Parser: “Year-earlier” and “year-ago” as adjectives. */
export const yearAgoParser: Parser = {
  name: 'year-ago',
  triggers: ['year'],
  reach: 0,
  pattern: lazyPattern('\\b(?<x>year[-\\s](?:earlier|ago))\\b(?![-\'’]\\w)'),
  extract(match, context) {
    const start = context.offset + match.index
    const before = context.input.slice(Math.max(0, start - 3), start)
    if (/\d\s$/.test(before) || (/\ba\s$/i.test(before) && !match[0].includes('-'))) return undefined
    return candidateOf(match, context, {type: 'date', value: yearFromReference(context.reference, -1), parser: 'year-ago', grain: 'year', restate: 'year-before'})
  }
}
