import {once} from 'node:events'
import {open, readFile} from 'node:fs/promises'
import {createInterface} from 'node:readline'
import {Readable, type Writable} from 'node:stream'
import {parseArgs} from 'node:util'
import {version} from '../../package.json'
import {parseDispatch, toHtml, type Article, type ParseOptions} from '../index.js'
import {isUserError, lineRecord, message, type LineRecord, type LineTask} from './line-record.js'
import {createPool} from './pool.js'
import {decodeChunks, encodingName} from './decode.js'
import {summarize} from './summary.js'

/** The streams `run` reads and writes, injected so that tests need no process. */
export interface Streams {
  /** Where input comes from when there is no file or the file is `-`. */
  stdin: Readable
  /** Where the JSON goes. */
  stdout: Writable
  /** Where messages for people go. */
  stderr: Writable
  /** The worker module for `--workers` (default: `cli-worker.js` beside the CLI). */
  workerFile?: string
}

/** What the command line asks for. */
interface Settings {
  /** Inputs in order; `-` stands for standard input. */
  files: string[]
  /** Whether to indent the JSON. */
  pretty: boolean
  /** Whether the input is JSON Lines. */
  jsonl: boolean
  /** Whether to write the HTML view instead of JSON. */
  html: boolean
  /** Whether to write a listing for people instead of JSON. */
  summary: boolean
  /** Worker threads for `--jsonl` (1: parse in this thread). */
  workers: number
  /** Whether to print the usage text. */
  help: boolean
  /** Whether to print the version. */
  version: boolean
  /** The `--encoding` label, when given. */
  encoding?: string
  /** Options for `parseDispatch`. */
  options: ParseOptions
  /** The JSON file of `options.names`, read before the first input. */
  namesFile?: string
}

/** A mistake in the arguments: exit status 2. */
class UsageError extends Error {}

/** An input that cannot be read or parsed: exit status 1. */
class InputError extends Error {}

/** The text `--help` prints. */
export const usage = `Usage: wirecopy [options] [file...]

Turn raw news dispatches into Article JSON.

Reads each file (standard input when no file is given or the file is \`-\`)
as UTF-8, or as UTF-16 when it opens with a byte order mark, parses it as one
dispatch and writes its Article as JSON to standard output: one line per
dispatch, in the order of the files (JSON Lines). Spans count UTF-16 code
units of the decoded text (the byte order mark is dropped). Stops at the
first input that cannot be read or parsed, or that is binary.

Options:
  --pretty          Indent the JSON with 2 spaces. With several files, write
                    one JSON array of their Articles instead of JSON Lines.
  --jsonl           The input is JSON Lines: each line is a JSON string (the
                    dispatch) or an object {"text", "published"?, "id"?}.
                    Writes one Article per line, as it goes, with the "id" of
                    the line added first when the line has one. Blank lines
                    are skipped. A bad line writes {"error", "file"?, "line",
                    "id"?} instead, and the run goes on. Not with --pretty.
                    Ends with one line on standard error: how many lines
                    were parsed and how many failed.
  --summary         Write a short listing for people instead of JSON: the
                    headline, byline, dateline, source and date, then the
                    entities, dates and quotes with their text, and the
                    diagnostics. Not with --jsonl, --pretty or --html.
  --html            Write the Article as one self-contained HTML page (the
                    text with entities, dates and quotes highlighted) instead
                    of JSON. One input only; not with --jsonl or --pretty.
  --workers N       With --jsonl, parse on N worker threads (default 1: in
                    this thread). Output keeps the input's order; at most
                    4×N lines are in flight, so memory stays bounded.
  --published DATE  Publication date, ISO 8601 (options.published). A
                    --jsonl line's own "published" wins over it.
  --max-length N    Longest accepted dispatch, in characters
                    (options.maxLength).
  --names FILE      A JSON file of names you know (options.names): an array
                    of {"name", "type", "country"?, "aliases"?}.
  --encoding LABEL  Decode input without a byte order mark from this
                    encoding (a TextDecoder label: utf-8, utf-16le,
                    utf-16be, windows-1252, latin1, shift_jis, …). Default
                    utf-8.
  -h, --help        Print this help and exit.
  -v, --version     Print the version and exit.

Exit status: 0 on success; 1 when an input cannot be read or parsed (with
--jsonl: when any line failed); 2 on a usage error.
`

/**
 * Run the command line.
 *
 * @param argv The arguments, without `node` and the script.
 * @param streams The streams to read and write.
 * @returns The exit status: `0`, `1` (bad input) or `2` (bad usage).
 */
export async function run(argv: string[], streams: Streams): Promise<number> {
  let settings: Settings

  try {
    settings = parseArguments(argv)
  } catch (error) {
    if (error instanceof UsageError) {
      await write(
        streams.stderr,
        'wirecopy: ' + error.message + '\nTry `wirecopy --help`.\n'
      )
      return 2
    }

    throw error
  }

  if (settings.help) {
    await write(streams.stdout, usage)
    return 0
  }

  if (settings.version) {
    await write(streams.stdout, version + '\n')
    return 0
  }

  try {
    if (settings.namesFile !== undefined) settings.options.names = await readNames(settings.namesFile)
    return settings.jsonl
      ? await runLines(settings, streams)
      : await runDocuments(settings, streams)
  } catch (error) {
    if (error instanceof InputError) {
      await write(streams.stderr, 'wirecopy: ' + error.message + '\n')
      return 1
    }

    throw error
  }
}

/**
 * Read the file of `--names` and check it as `parseDispatch` would.
 *
 * @param file The JSON file.
 * @returns The names.
 * @throws {InputError} When it cannot be read, is not JSON or has a wrong shape.
 */
async function readNames(file: string): Promise<ParseOptions['names']> {
  let names: unknown

  try {
    names = JSON.parse(await readFile(file, 'utf8')) as unknown
    // Checked here, once, so that a wrong shape stops the run before any input.
    parseDispatch('', {names: names as ParseOptions['names']})
  } catch (error) {
    throw new InputError('Cannot use `--names` file ' + file + ': ' + (error instanceof Error ? error.message : String(error)))
  }

  return names as ParseOptions['names']
}

/** The options of the command line, as `parseArgs` reads them. */
const argumentOptions = {
  pretty: {type: 'boolean'},
  jsonl: {type: 'boolean'},
  html: {type: 'boolean'},
  summary: {type: 'boolean'},
  workers: {type: 'string'},
  published: {type: 'string'},
  'max-length': {type: 'string'},
  names: {type: 'string'},
  encoding: {type: 'string'},
  help: {type: 'boolean', short: 'h'},
  version: {type: 'boolean', short: 'v'}
} as const

/** The values of the options given. */
type ArgumentValues = ReturnType<typeof readArguments>['values']

/**
 * Turn the arguments into settings.
 *
 * @param argv The arguments, without `node` and the script.
 * @returns The settings.
 * @throws {UsageError} When an option is unknown, lacks its value or has a bad one.
 */
function parseArguments(argv: string[]): Settings {
  const {values, positionals} = readArguments(argv)
  const options: ParseOptions = {}
  checkOutputs(values, positionals.length)
  const workers = readWorkers(values)
  if (values.published !== undefined) options.published = values.published

  if (values.encoding !== undefined && !encodingName(values.encoding)) {
    throw new UsageError('Unknown encoding `' + values.encoding + '` for `--encoding`; expected a TextDecoder label such as `utf-8`, `utf-16le` or `windows-1252`')
  }

  if (values['max-length'] !== undefined) {
    const value = values['max-length']
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) {
      throw new UsageError(
        'Expected a whole number for `--max-length`, got `' + value + '`'
      )
    }

    options.maxLength = Number(value)
  }

  const settings: Settings = {
    files: positionals.length > 0 ? positionals : ['-'],
    pretty: values.pretty === true,
    jsonl: values.jsonl === true,
    html: values.html === true,
    summary: values.summary === true,
    workers,
    help: values.help === true,
    version: values.version === true,
    options
  }
  if (values.encoding !== undefined) settings.encoding = values.encoding
  if (values.names !== undefined) settings.namesFile = values.names
  return settings
}

/**
 * Read the options and inputs from the arguments.
 *
 * @param argv The arguments, without `node` and the script.
 * @returns The options' values and the inputs.
 * @throws {UsageError} When an option is unknown or lacks its value.
 */
function readArguments(argv: string[]) {
  try {
    return parseArgs({args: argv, allowPositionals: true, options: argumentOptions})
  } catch (error) {
    // `parseArgs` throws `TypeError`s with `ERR_PARSE_ARGS_*` codes for bad usage;
    // its message for an unknown option is long and misses a quote.
    if (error instanceof TypeError) {
      const unknown = /^Unknown option '([^']+)'/.exec(error.message)
      throw new UsageError(
        unknown ? 'Unknown option `' + unknown[1] + '`' : error.message
      )
    }

    throw error
  }
}

/**
 * Check that the output options go together.
 *
 * @param values The options' values.
 * @param inputs How many inputs are named.
 * @throws {UsageError} When two outputs are asked for, or `--html` with more than one input.
 */
function checkOutputs(values: ArgumentValues, inputs: number): void {
  if (values.pretty && values.jsonl) {
    throw new UsageError('Cannot combine `--pretty` with `--jsonl`')
  }

  if (values.html && (values.jsonl || values.pretty)) {
    throw new UsageError('Cannot combine `--html` with `--jsonl` or `--pretty`')
  }

  if (values.summary && (values.jsonl || values.pretty || values.html)) {
    throw new UsageError('Cannot combine `--summary` with `--jsonl`, `--pretty` or `--html`')
  }

  if (values.html && inputs > 1) {
    throw new UsageError('Expected one input with `--html`, got ' + inputs)
  }
}

/**
 * Read `--workers`.
 *
 * @param values The options' values.
 * @returns How many workers (1 when not given).
 * @throws {UsageError} When it is no whole number from 1 to 256, or comes without `--jsonl`.
 */
function readWorkers(values: ArgumentValues): number {
  if (values.workers === undefined) return 1
  if (!/^\d+$/.test(values.workers) || Number(values.workers) < 1 || Number(values.workers) > 256) {
    throw new UsageError('Expected a whole number from 1 to 256 for `--workers`, got `' + values.workers + '`')
  }
  if (!values.jsonl) throw new UsageError('Expected `--workers` with `--jsonl`')
  return Number(values.workers)
}

/**
 * Parse each input as one dispatch and write its Article.
 *
 * @param settings The settings.
 * @param streams The streams.
 * @returns The exit status.
 * @throws {InputError} When an input cannot be read or parsed.
 */
async function runDocuments(
  settings: Settings,
  streams: Streams
): Promise<number> {
  // Several pretty Articles make one array, written once all are parsed.
  const array = settings.pretty && settings.files.length > 1
  const articles: Article[] = []

  for (const file of settings.files) {
    const text = await readText(file, streams.stdin, settings.encoding)
    let article: Article

    try {
      article = parseDispatch(text, settings.options)
    } catch (error) {
      if (isUserError(error)) {
        throw new InputError('Cannot parse ' + name(file) + ': ' + error.message)
      }

      throw error
    }

    refuseUnreadable(file, article)

    if (settings.html) {
      await write(streams.stdout, toHtml(article, text))
    } else if (settings.summary) {
      const title = settings.files.length > 1 ? '==> ' + (file === '-' ? 'standard input' : file) + ' <==\n' : ''
      const gap = settings.files.length > 1 && file !== settings.files[0] ? '\n' : ''
      await write(streams.stdout, gap + title + summarize(article))
    } else if (array) {
      articles.push(article)
    } else {
      await write(
        streams.stdout,
        JSON.stringify(article, undefined, settings.pretty ? 2 : undefined) +
          '\n'
      )
    }
  }

  if (array) {
    await write(streams.stdout, JSON.stringify(articles, undefined, 2) + '\n')
  }

  return 0
}

/**
 * Parse each line of each JSON Lines input and write one line for it.
 *
 * @param settings The settings.
 * @param streams The streams.
 * @returns The exit status: `1` when any line failed.
 * @throws {InputError} When an input cannot be read.
 */
async function runLines(settings: Settings, streams: Streams): Promise<number> {
  const convert = settings.workers > 1
    ? createPool(settings.workers, streams.workerFile ?? new URL('cli-worker.js', import.meta.url))
    : undefined
  // Lines in flight, oldest first: output keeps input order, memory stays bounded.
  const pending: Array<Promise<LineRecord>> = []
  const limit = settings.workers * 4
  let parsed = 0
  let failed = 0

  async function flush(count: number): Promise<void> {
    while (pending.length > count) {
      const record = await (pending.shift() as Promise<LineRecord>)
      if (record.failed) failed++
      else parsed++
      await write(streams.stdout, record.json + '\n')
    }
  }

  try {
    for (const file of settings.files) {
      let number = 0

      for await (let line of readLines(file, streams.stdin, settings.encoding)) {
        number++
        if (number === 1 && line.charCodeAt(0) === 0xfe_ff) line = line.slice(1)
        if (line.trim() === '') continue
        const task: LineTask = {line, options: settings.options, number}
        if (file !== '-') task.file = file
        pending.push(convert ? convert.run(task) : Promise.resolve(lineRecord(task)))
        await flush(limit - 1)
      }
    }

    await flush(0)
  } finally {
    await convert?.destroy()
  }

  await write(streams.stderr, 'wirecopy: ' + count(parsed, 'line') + ' parsed, ' + failed + ' failed\n')
  return failed > 0 ? 1 : 0
}

/**
 * Count things in words: `1 line`, `2 lines`.
 *
 * @param number How many.
 * @param noun The noun, singular.
 * @returns The phrase.
 */
function count(number: number, noun: string): string {
  return number + ' ' + noun + (number === 1 ? '' : 's')
}

/**
 * Refuse an input that is not text: binary content, or UTF-16 without a byte
 * order mark read as UTF-8 (the library's diagnostics say which).
 *
 * @param file A path, or `-` for standard input.
 * @param article Its Article.
 * @throws {InputError} When the Article says the input is not text.
 */
function refuseUnreadable(file: string, article: Article): void {
  for (const diagnostic of article.diagnostics) {
    if (diagnostic.code === 'binary-content') {
      throw new InputError('Cannot read ' + name(file) + ': it looks binary, not text (' + diagnostic.message.replace(/^Unexpected binary content: /, '').replace(/; the input is probably not text$/, '') + '); if it is text in another encoding, pass `--encoding`')
    }
    if (diagnostic.code === 'utf16-read-as-utf8') {
      throw new InputError('Cannot read ' + name(file) + ': it looks like UTF-16 without a byte order mark; pass `--encoding utf-16le` (or `utf-16be`)')
    }
  }
}

/**
 * Read a whole input, decoded by its byte order mark or `--encoding`.
 *
 * @param file A path, or `-` for standard input.
 * @param stdin Standard input.
 * @param encoding The `--encoding` label, if any.
 * @returns The text, without a leading byte order mark.
 * @throws {InputError} When it cannot be read.
 */
async function readText(file: string, stdin: Readable, encoding: string | undefined): Promise<string> {
  let input: Readable = stdin

  try {
    if (file !== '-') input = (await open(file)).createReadStream()
    let text = ''
    for await (const piece of decodeChunks(input, encoding)) text += piece
    return text
  } catch (error) {
    throw new InputError(cannotRead(file, error))
  } finally {
    if (input !== stdin) input.destroy()
  }
}

/**
 * Read an input line by line, holding one line (and readline's small buffer) at a time.
 *
 * @param file A path, or `-` for standard input.
 * @param stdin Standard input.
 * @param encoding The `--encoding` label, if any.
 * @returns The lines, without their line endings.
 * @throws {InputError} When the input cannot be read.
 */
async function* readLines(
  file: string,
  stdin: Readable,
  encoding: string | undefined
): AsyncGenerator<string, void, undefined> {
  let input: Readable = stdin

  try {
    if (file !== '-') input = (await open(file)).createReadStream()
    const text = Readable.from(decodeChunks(input, encoding), {objectMode: false})
    // Errors thrown by the caller's loop body do not reach this `catch`.
    yield* createInterface({input: text, crlfDelay: Number.POSITIVE_INFINITY})
  } catch (error) {
    throw new InputError(cannotRead(file, error))
  } finally {
    if (input !== stdin) input.destroy()
  }
}

/**
 * Write a chunk, waiting for `'drain'` when the stream's buffer is full.
 *
 * @param stream The stream.
 * @param chunk The text.
 */
async function write(stream: Writable, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain')
}

/**
 * Say why an input cannot be read, without a stack trace.
 *
 * @param file A path, or `-` for standard input.
 * @param error The thrown value.
 * @returns The message.
 */
function cannotRead(file: string, error: unknown): string {
  const code =
    error instanceof Error && 'code' in error ? String(error.code) : ''
  const reasons: Record<string, string> = {
    EACCES: 'permission denied',
    EISDIR: 'is a directory',
    ENOENT: 'no such file'
  }
  return 'Cannot read ' + name(file) + ': ' + (reasons[code] ?? message(error))
}

/**
 * Name an input for people.
 *
 * @param file A path, or `-` for standard input.
 * @returns The name.
 */
function name(file: string): string {
  return file === '-' ? 'standard input' : '`' + file + '`'
}
