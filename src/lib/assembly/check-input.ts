import type {Diagnostic, ParseOptions} from '../types.js'

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
}

/**
 * Check the text and options, throwing a clear error for what cannot be used.
 *
 * @param text What the caller passed as the dispatch.
 * @param options What the caller passed as options.
 * @returns The settled options.
 * @throws {TypeError} When `text` is not a string or an option has the wrong type.
 * @throws {RangeError} When `text` is longer than `maxLength` or `published` is not a date.
 */
export function checkInput(text: unknown, options: ParseOptions | undefined): Settings {
  if (typeof text !== 'string') {
    throw new TypeError('Expected `text` to be a string, got ' + describe(text))
  }
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new TypeError('Expected `options` to be an object, got ' + describe(options))
  }
  const maxLength = options?.maxLength ?? defaultMaxLength
  if (typeof maxLength !== 'number' || !(maxLength >= 0)) {
    throw new TypeError('Expected `options.maxLength` to be a non-negative number, got ' + describe(maxLength))
  }
  if (text.length > maxLength) {
    throw new RangeError(
      'Expected `text` to be at most `maxLength` (' + maxLength + ') characters, got ' + text.length
    )
  }
  const settings: Settings = {maxLength}
  const published = checkPublished(options?.published)
  if (published) settings.published = published
  return settings
}

/**
 * Settle `options.published` as an ISO 8601 date or date-time.
 *
 * @param value What the caller passed.
 * @returns The ISO string, or `undefined` when none was passed.
 */
function checkPublished(value: unknown): string | undefined {
  if (value === undefined) return undefined
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) {
      throw new RangeError('Expected `options.published` to be a valid date, got an invalid `Date`')
    }
    const iso = value.toISOString()
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso
  }
  if (typeof value !== 'string') {
    throw new TypeError('Expected `options.published` to be an ISO 8601 string or a `Date`, got ' + describe(value))
  }
  const trimmed = value.trim()
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(trimmed)
  if (!match || !validDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
    throw new RangeError('Expected `options.published` to be an ISO 8601 date such as `2020-04-07`, got `' + value.slice(0, 40) + '`')
  }
  return trimmed
}

/**
 * Diagnostics about the text itself: empty, or holding control characters.
 *
 * @param text The caller's text.
 * @returns Diagnostics, maybe none.
 */
export function inputDiagnostics(text: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
  if (text.trim() === '' || /^[\s\p{Cc}\p{Cf}]*$/u.test(text)) {
    diagnostics.push({code: 'empty-input', message: 'Cannot find any text in the input', severity: 'warning'})
    return diagnostics
  }
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

function validDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

function describe(value: unknown): string {
  if (value === null) return '`null`'
  if (Array.isArray(value)) return 'an array'
  return '`' + typeof value + '`'
}
