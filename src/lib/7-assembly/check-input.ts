import type {Diagnostic, KnownName, ParseOptions} from '../types.js'
import {isCalendarDay} from '../util/calendar.js'
import {encodingDiagnostics} from './check-encoding.js'
import {checkOptions, show, type OptionChecks} from '../util/check-options.js'

/**
 * The checks on what the caller passes, before any work is done.
 */

/** Longest accepted input by default, in characters. */
export const defaultMaxLength = 5_000_000

/** Settled options. */
export interface Settings {
  maxLength: number
  /** `options.published` as ISO 8601, when given. */
  published?: string
  /** `options.names`, when given and not empty. */
  names?: readonly KnownName[]
}

/**
 * The options `parseDispatch` knows, each with its check: a new option is one
 * more line here (the type asks for a check for every field of
 * `ParseOptions`), and one more field in `Settings` if it needs settling.
 */
const parseOptionChecks: OptionChecks<ParseOptions> = {
  published: checkPublishedType,
  maxLength: checkMaxLength,
  names: checkNames
}

/**
 * Check the text and options, throwing a clear error for what cannot be used.
 *
 * @param text What the caller passed as the dispatch.
 * @param options What the caller passed as options.
 * @returns The settled options.
 * @throws {TypeError} When `text` is not a string, `options` is not an
 *   object, or an option is unknown or has the wrong type.
 * @throws {RangeError} When `text` is longer than `maxLength` or `published` is not a date.
 */
export function checkInput(text: unknown, options: unknown): Settings {
  if (typeof text !== 'string') {
    throw new TypeError('Expected `text` to be a string, got ' + show(text))
  }
  const checked = checkOptions(options, parseOptionChecks)
  const maxLength = checked?.maxLength ?? defaultMaxLength
  if (text.length > maxLength) {
    throw new RangeError(
      'Expected `text` to be at most `maxLength` (' + maxLength + ') characters, got ' + text.length
    )
  }
  const settings: Settings = {maxLength}
  const published = settlePublished(checked?.published)
  if (published) settings.published = published
  if (checked?.names && checked.names.length > 0) settings.names = checked.names
  return settings
}

/** `options.maxLength`: a whole number of characters, 0 or more, or `Infinity`. */
function checkMaxLength(value: unknown, name: string): void {
  if (typeof value !== 'number' || !(Number.isInteger(value) || value === Number.POSITIVE_INFINITY) || value < 0) {
    throw new TypeError('Expected `' + name + '` to be a whole number of characters, 0 or more, got ' + show(value))
  }
}

/** The types a known name may have. */
const entityTypes: ReadonlySet<unknown> = new Set(['person', 'organization', 'location', 'group', 'misc'])

/** The fields of a known name, each with its check. */
const knownNameChecks: OptionChecks<KnownName> = {
  name: checkNameText,
  type(value, name) {
    if (!entityTypes.has(value)) {
      throw new TypeError('Expected `' + name + '` to be one of `person`, `organization`, `location`, `group`, `misc`, got ' + show(value))
    }
  },
  country(value, name) {
    if (typeof value !== 'string' || !/^[A-Z]{2}$/.test(value)) {
      throw new TypeError('Expected `' + name + '` to be an ISO 3166-1 alpha-2 code such as `US`, got ' + show(value))
    }
  },
  aliases(value, name) {
    if (!Array.isArray(value)) throw new TypeError('Expected `' + name + '` to be an array of strings, got ' + show(value))
    for (const [index, alias] of value.entries()) checkNameText(alias, name + '[' + index + ']')
  }
}

/** `options.names`: an array of `{name, type, country?, aliases?}`. */
function checkNames(value: unknown, name: string): void {
  if (!Array.isArray(value)) {
    throw new TypeError('Expected `' + name + '` to be an array of `{name, type, country?, aliases?}`, got ' + show(value))
  }
  for (const [index, item] of value.entries()) {
    const field = name + '[' + index + ']'
    const checked = checkOptions(item, knownNameChecks, field)
    if (!checked) throw new TypeError('Expected `' + field + '` to be an object `{name, type, country?, aliases?}`, got `undefined`')
    if (checked.name === undefined) throw new TypeError('Expected `' + field + '.name` to be a string with a letter or digit, got `undefined`')
    if (checked.type === undefined) throw new TypeError('Expected `' + field + '.type` to be one of `person`, `organization`, `location`, `group`, `misc`, got `undefined`')
  }
}

/** A known name or alias: a string with a letter or a digit, at most 200 characters. */
function checkNameText(value: unknown, name: string): void {
  if (typeof value !== 'string' || !/[\p{L}\p{N}]/u.test(value) || value.length > 200) {
    throw new TypeError('Expected `' + name + '` to be a string with a letter or digit (at most 200 characters), got ' + show(value))
  }
}

/** `options.published`: a string or a `Date` (what they hold is checked by `settlePublished`). */
function checkPublishedType(value: unknown, name: string): void {
  if (typeof value !== 'string' && !(value instanceof Date)) {
    throw new TypeError('Expected `' + name + '` to be an ISO 8601 string or a `Date`, got ' + show(value))
  }
}

/** An ISO 8601 date, with an optional time of day and zone, years 0000–9999. */
const isoDateTime = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-](\d{2}):?(\d{2}))?)?$/

/**
 * Settle `options.published` as an ISO 8601 date or date-time. A `Date` is
 * written as ISO 8601 first (a date alone at midnight UTC), then checked as
 * a string is: a day that exists, a time of day from 00:00 to 23:59:59, a
 * zone offset under 24 hours, a year from 0000 to 9999.
 *
 * @param value What the caller passed, of the right type.
 * @returns The ISO string, or `undefined` when none was passed.
 * @throws {RangeError} When it is not such a date.
 */
function settlePublished(value: string | Date | undefined): string | undefined {
  if (value === undefined) return undefined
  let written: string
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) {
      throw new RangeError('Expected `options.published` to be a valid date, got an invalid `Date`')
    }
    const iso = value.toISOString()
    written = iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso
  } else {
    written = value.trim()
  }
  if (!isIsoDate(written)) {
    throw new RangeError(
      'Expected `options.published` to be an ISO 8601 date from year 0000 to 9999 such as `2020-04-07`, got ' + show(value instanceof Date ? written : value)
    )
  }
  return written
}

/**
 * Whether a string is an ISO 8601 date, or date-time, that exists.
 *
 * @param value The string.
 * @returns Whether it is.
 */
function isIsoDate(value: string): boolean {
  const match = isoDateTime.exec(value)
  if (!match || !isCalendarDay(Number(match[1]), Number(match[2]), Number(match[3]))) return false
  if (match[4] !== undefined && (Number(match[4]) > 23 || Number(match[5]) > 59 || Number(match[6] ?? 0) > 59)) return false
  return match[8] === undefined || (Number(match[8]) <= 23 && Number(match[9]) <= 59)
}

/**
 * Diagnostics about the text itself: empty, decoded with the wrong encoding
 * (`utf16-read-as-utf8`, `binary-content`, `replacement-characters`), or
 * holding control characters.
 *
 * @param text The caller's text.
 * @returns Diagnostics, maybe none.
 */
export function inputDiagnostics(text: string): Diagnostic[] {
  if (text.trim() === '' || /^[\s\p{Cc}\p{Cf}]*$/u.test(text)) {
    return [{code: 'empty-input', message: 'Cannot find any text in the input', severity: 'warning'}]
  }
  const {diagnostics, explainsControls} = encodingDiagnostics(text)
  if (explainsControls) return diagnostics
  const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F]/g
  const first = control.exec(text)
  if (first) {
    let count = 1
    while (control.exec(text)) count++
    diagnostics.push({
      code: 'control-characters',
      message: 'Unexpected ' + count + ' control character' + (count === 1 ? '' : 's') + ' in the input, read as white space',
      severity: 'info',
      span: {start: first.index, end: first.index + 1}
    })
  }
  return diagnostics
}
