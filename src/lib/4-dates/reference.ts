import type {Reference} from './types.js'

const isoPattern = /^(\d{4}|X{4})(?:-(\d{2})(?:-(\d{2}))?)?/

/**
 * Read the reference date from `document.published`: `2020-04-07`,
 * `2020-04-07T10:00Z`, `XXXX-03-31` (year unknown), `2020-04` or `2020`.
 * What the string does not give stays unknown; nothing is taken from a clock.
 *
 * @param published ISO 8601 date or date-time, possibly with an `XXXX` year.
 * @returns The known parts.
 */
export function readReference(published: string | undefined): Reference {
  const match = published ? isoPattern.exec(published) : null
  if (!match) return {}
  const reference: Reference = {}
  if (match[1] && match[1] !== 'XXXX') reference.year = Number(match[1])
  const month = match[2] ? Number(match[2]) : undefined
  const day = match[3] ? Number(match[3]) : undefined
  if (month && month >= 1 && month <= 12) {
    reference.month = month
    if (day && day >= 1 && day <= 31) reference.day = day
  }
  return reference
}
