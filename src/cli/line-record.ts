import {parseDispatch, type Article, type ParseOptions} from '../index.js'

/**
 * One line of `--jsonl` input turned into its line of output. Used in
 * process, and by the worker threads of `--workers N`.
 */

/** A line to convert, with where it came from. */
export interface LineTask {
  line: string
  options: ParseOptions
  /** The input file, absent for standard input. */
  file?: string
  /** 1-based line number. */
  number: number
}

/** The output line, and whether the input line failed. */
export interface LineRecord {
  json: string
  failed: boolean
}

/**
 * Convert one line: its Article (with its `id` first, when it has one), or an
 * error record `{error, file?, line, id?}`.
 *
 * @param task The line.
 * @returns The JSON to write, and whether it is an error.
 */
export function lineRecord(task: LineTask): LineRecord {
  const result = convertLine(task.line, task.options)
  if (result.article) {
    const record = result.hasId ? {id: result.id, ...result.article} : result.article
    return {json: JSON.stringify(record), failed: false}
  }
  const record: Record<string, unknown> = {error: result.error}
  if (task.file !== undefined) record.file = task.file
  record.line = task.number
  if (result.hasId) record.id = result.id
  return {json: JSON.stringify(record), failed: true}
}

/** What one JSON Lines line gives: an Article or an error, and the line's `id`. */
interface LineResult {
  /** Whether the line has an `id` (which may be any JSON value). */
  hasId: boolean
  /** The line's `id`. */
  id?: unknown
  /** The Article, when the line parsed. */
  article?: Article
  /** Why there is no Article. */
  error?: string
}

/**
 * Parse one JSON Lines line: a JSON string or a `{text, published?, id?}` object.
 *
 * @param line The line.
 * @param options Options from the command line; the line's `published` wins.
 * @returns The Article or the reason there is none, with the line's `id`.
 */
function convertLine(line: string, options: ParseOptions): LineResult {
  let value: unknown

  try {
    value = JSON.parse(line)
  } catch (error) {
    return {hasId: false, error: 'Cannot parse JSON: ' + message(error)}
  }

  if (typeof value === 'string') return parseLine(value, options, false)

  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {hasId: false, error: 'Expected a JSON string or an object with a string `text`'}
  }

  // The line's `id` goes on its record, an error record too.
  const id: unknown = 'id' in value ? value.id : undefined
  const hasId = 'id' in value

  if (!('text' in value) || typeof value.text !== 'string') {
    return {hasId, id, error: 'Expected a JSON string or an object with a string `text`'}
  }
  const lineOptions = {...options}

  if ('published' in value && value.published !== undefined) {
    if (typeof value.published !== 'string') {
      return {hasId, id, error: 'Expected `published` to be a string'}
    }

    lineOptions.published = value.published
  }

  return {...parseLine(value.text, lineOptions, hasId), id}
}

/**
 * Parse the dispatch of one line, turning user errors into a result.
 *
 * @param text The dispatch.
 * @param options Options for `parseDispatch`.
 * @param hasId Whether the line has an `id`.
 * @returns The Article or the reason there is none.
 */
function parseLine(
  text: string,
  options: ParseOptions,
  hasId: boolean
): LineResult {
  try {
    return {hasId, article: parseDispatch(text, options)}
  } catch (error) {
    if (isUserError(error)) return {hasId, error: error.message}
    throw error
  }
}


/**
 * Whether `parseDispatch` threw because of its input rather than a bug.
 *
 * @param error The thrown value.
 * @returns Whether it is a `TypeError` or a `RangeError`.
 */
export function isUserError(error: unknown): error is TypeError | RangeError {
  return error instanceof TypeError || error instanceof RangeError
}

/**
 * The message of a thrown value.
 *
 * @param error The thrown value.
 * @returns Its message.
 */
export function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
