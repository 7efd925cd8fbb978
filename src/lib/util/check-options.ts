/**
 * Strict checks of what callers pass: an options object is a plain object
 * whose every name is known, and each value passes its option's check. A
 * function's options are a table of checks (`OptionChecks`), one line per
 * option, so a new option is one new line; the table's type asks for a check
 * for every field of the options' type.
 */

/**
 * A check of one option's value, never `undefined` (that stands for the
 * default): throws a `TypeError` (or a `RangeError` for a value of the
 * right type out of range) that names the option and shows the value.
 *
 * @param value The value passed.
 * @param name The option's full name, such as `options.maxLength`.
 */
export type OptionCheck = (value: unknown, name: string) => void

/** A check for every option of an options type. */
export type OptionChecks<Options> = {readonly [Name in keyof Required<Options>]: OptionCheck}

/**
 * Check an options argument: `undefined`, or an object (not an array) whose
 * own names are all in the table and whose values pass their checks.
 *
 * @param options What the caller passed.
 * @param checks The table of checks.
 * @param name The argument's name in messages.
 * @returns The options, typed, or `undefined` when none were passed.
 * @throws {TypeError} For what is not an object, an unknown name or a wrong type.
 */
export function checkOptions<Options>(options: unknown, checks: OptionChecks<Options>, name = 'options'): Partial<Options> | undefined {
  if (options === undefined) return undefined
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError('Expected `' + name + '` to be an object, got ' + show(options))
  }

  const table = checks as Readonly<Record<string, OptionCheck>>
  for (const key of Object.keys(options)) {
    const value = (options as Record<string, unknown>)[key]
    const check = Object.hasOwn(table, key) ? table[key] : undefined
    if (!check) {
      const known = Object.keys(table).map((option) => '`' + option + '`')
      throw new TypeError('Unexpected option `' + name + '.' + key + '` (' + show(value) + '), expected one of ' + known.join(', '))
    }
    if (value !== undefined) check(value, name + '.' + key)
  }

  return options as Partial<Options>
}

/**
 * Show a value in an error message, short: `null`, `NaN`, `"2020"`, an
 * array, an object, a function.
 *
 * @param value Any value.
 * @returns Its description.
 */
export function show(value: unknown): string {
  if (value === null) return '`null`'
  if (Array.isArray(value)) return 'an array (`[' + (value.length > 0 ? '…' : '') + ']`)'
  switch (typeof value) {
    case 'string': {
      const quoted = JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)
      return 'the string `' + quoted + '`'
    }
    case 'number':
    case 'boolean':
    case 'undefined':
    case 'bigint':
      return '`' + String(value) + (typeof value === 'bigint' ? 'n' : '') + '`'
    case 'symbol':
      return 'a symbol'
    case 'function':
      return 'a function'
    default:
      return value instanceof Date ? 'a `Date` (`' + String(value.getTime()) + '`)' : 'an object'
  }
}
