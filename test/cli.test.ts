import {execFile} from 'node:child_process'
import {existsSync} from 'node:fs'
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {Readable, Writable} from 'node:stream'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {afterAll, beforeAll, beforeEach, describe, expect, it, vi} from 'vitest'
import {run, usage} from '../src/cli/run.js'
import {parseDispatch} from '../src/index.js'

// Spy on the library so that tests can see the options the CLI passes and make
// it throw; by default the spy runs the real `parseDispatch`.
vi.mock('../src/index.js', async function (importOriginal) {
  const actual = await importOriginal<typeof import('../src/index.js')>()
  return {...actual, parseDispatch: vi.fn(actual.parseDispatch)}
})

// Made-up dispatches written for these tests.
const story = `FRANKFURT, March 3 (Reuters) - Norddach Bank, a regional lender, said on Tuesday it would close 40 of its branches by the end of the year as more customers move to banking online.

"Our customers have already made this choice for us," chief executive Jana Oberholz said in a statement.

The bank, which employs about 2,100 people, said no jobs would be cut.

(Reporting by Tom Beispiel; Editing by Ann Muster)
`

const brief = `LIMA, June 9 (Reuters) - Peru's central bank held its benchmark rate at 4.75% on Thursday, as expected by all eight analysts polled last week.
`

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const workerFile = fileURLToPath(new URL('../dist/cli-worker.js', import.meta.url))
const packageUrl = new URL('../package.json', import.meta.url)
let folder = ''
let storyFile = ''
let briefFile = ''

beforeAll(async function () {
  folder = await mkdtemp(join(tmpdir(), 'wirecopy-cli-'))
  storyFile = join(folder, 'story.txt')
  briefFile = join(folder, 'brief.txt')
  await writeFile(storyFile, story)
  await writeFile(briefFile, brief)
})

afterAll(async function () {
  await rm(folder, {recursive: true, force: true})
})

beforeEach(function () {
  vi.mocked(parseDispatch).mockClear()
})

describe('run', function () {
  it('parses a file into one line of Article JSON', async function () {
    const result = await exec([storyFile])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    const lines = result.stdout.split('\n')
    expect(lines).toHaveLength(2)
    expect(lines[1]).toBe('')
    expectArticle(JSON.parse(lines[0]!), story)
    expect(parseDispatch).toHaveBeenCalledWith(story, {})
  })

  it('reads standard input without files or with `-`, decoding UTF-8 across chunks', async function () {
    const text = 'ZÜRICH, May 2 (Reuters) - Café owners said prices rose.\n'
    const bytes = Buffer.from(text)
    // Split inside the two bytes of `Ü` to check that decoding keeps state.
    const split = bytes.indexOf(Buffer.from('Ü')) + 1
    const chunks = [bytes.subarray(0, split), bytes.subarray(split)]

    for (const argv of [[], ['-']]) {
      vi.mocked(parseDispatch).mockClear()
      const result = await exec(argv, chunks)
      expect(result.code).toBe(0)
      expectArticle(JSON.parse(result.stdout), text)
      expect(parseDispatch).toHaveBeenCalledWith(text, {})
    }
  })

  it('drops a leading byte order mark from a file', async function () {
    const file = join(folder, 'bom.txt')
    await writeFile(file, '\uFEFF' + brief)
    const result = await exec([file])
    expect(result.code).toBe(0)
    expect(parseDispatch).toHaveBeenCalledWith(brief, {})
  })

  it('indents with `--pretty`', async function () {
    const result = await exec(['--pretty', storyFile])
    expect(result.code).toBe(0)
    expect(result.stdout.startsWith('{\n  "')).toBe(true)
    expect(result.stdout.endsWith('}\n')).toBe(true)
    expectArticle(JSON.parse(result.stdout), story)
  })

  it('writes the HTML view with `--html`, for one input only', async function () {
    const result = await exec(['--html', storyFile])
    expect(result.code).toBe(0)
    expect(result.stdout.startsWith('<!doctype html>')).toBe(true)
    expect(result.stdout).toContain('<article class="wirecopy-text">')
    expect(result.stdout).toContain('Norddach Bank')
    const several = await exec(['--html', storyFile, briefFile])
    expect(several.code).toBe(2)
    expect(several.stderr).toContain('`--html`')
    const combined = await exec(['--html', '--pretty', storyFile])
    expect(combined.code).toBe(2)
  })

  it('writes JSON Lines for several files, and one array with `--pretty`', async function () {
    const lines = await exec([storyFile, briefFile])
    expect(lines.code).toBe(0)
    const records = lines.stdout.trimEnd().split('\n').map(parseJson)
    expect(records).toHaveLength(2)
    expectArticle(records[0], story)
    expectArticle(records[1], brief)

    const pretty = await exec(['--pretty', storyFile, briefFile])
    expect(pretty.code).toBe(0)
    const array: unknown = JSON.parse(pretty.stdout)
    expect(array).toEqual(records)
  })

  it('passes `--published` and `--max-length` to `parseDispatch`', async function () {
    const result = await exec([
      '--published',
      '2020-03-03',
      '--max-length',
      '5000',
      storyFile
    ])
    expect(result.code).toBe(0)
    expect(parseDispatch).toHaveBeenCalledWith(story, {
      published: '2020-03-03',
      maxLength: 5000
    })
  })

  it('reads `--names` from a JSON file and passes it as `options.names`', async function () {
    const names = [{name: 'Norddach Bank', type: 'organization', country: 'DE', aliases: ['Norddach']}]
    const file = join(folder, 'names.json')
    await writeFile(file, JSON.stringify(names))
    const result = await exec(['--names', file, storyFile])
    expect(result.code).toBe(0)
    expect(parseDispatch).toHaveBeenLastCalledWith(story, {names})
    const article = parseJson(result.stdout.trimEnd()) as {entities: Array<{name: string; country?: string}>}
    expect(article.entities.find((entity) => entity.name === 'Norddach Bank')?.country).toBe('DE')

    await writeFile(file, JSON.stringify([{name: 'Norddach Bank', type: 'company'}]))
    const wrong = await exec(['--names', file, storyFile])
    expect(wrong.code).toBe(1)
    expect(wrong.stderr).toContain('`options.names[0].type`')
    expect(wrong.stdout).toBe('')
  })

  it('parses `--jsonl` lines that are JSON strings', async function () {
    const input = [story, brief].map((text) => JSON.stringify(text)).join('\n')
    const result = await exec(['--jsonl'], [input])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('wirecopy: 2 lines parsed, 0 failed\n')
    const records = result.stdout.trimEnd().split('\n').map(parseJson)
    expect(records).toHaveLength(2)
    expectArticle(records[0], story)
    expectArticle(records[1], brief)
    expect(records[0]).not.toHaveProperty('id')
  })

  it('parses `--jsonl` objects, keeping `id` and letting `published` win', async function () {
    const input = [
      JSON.stringify({text: story, published: '2021-03-02', id: 'rtr-1'}),
      '',
      JSON.stringify({text: brief, id: 7}),
      JSON.stringify({text: brief, source: 'ignored'})
    ].join('\r\n')
    const result = await exec(
      ['--jsonl', '--published', '2020-01-01'],
      [Buffer.from(input)]
    )
    expect(result.code).toBe(0)
    const records = result.stdout.trimEnd().split('\n').map(parseJson)
    expect(records).toHaveLength(3)
    expect(Object.keys(records[0]!)[0]).toBe('id')
    expect(records[0]).toMatchObject({id: 'rtr-1'})
    expect(records[1]).toMatchObject({id: 7})
    expect(records[2]).not.toHaveProperty('id')
    expectArticle(records[0], story)
    expectArticle(records[1], brief)
    expect(vi.mocked(parseDispatch).mock.calls).toEqual([
      [story, {published: '2021-03-02'}],
      [brief, {published: '2020-01-01'}],
      [brief, {published: '2020-01-01'}]
    ])
  })

  it('writes an error line for a bad `--jsonl` line, goes on, and exits 1', async function () {
    const input = [
      JSON.stringify(brief),
      '{"text": "unclosed',
      '[1, 2]',
      JSON.stringify({text: brief, published: 2020, id: 'x'}),
      JSON.stringify({id: 'y'}),
      JSON.stringify({text: story, id: 'z'})
    ].join('\n')
    const file = join(folder, 'mixed.jsonl')
    await writeFile(file, input)

    const result = await exec(['--jsonl', file])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('wirecopy: 2 lines parsed, 4 failed\n')
    const records = result.stdout.trimEnd().split('\n').map(parseJson)
    expect(records).toHaveLength(6)
    expectArticle(records[0], brief)
    expect(records.slice(1, 5)).toEqual([
      {error: expect.stringMatching(/^Cannot parse JSON/), file, line: 2},
      {error: expect.stringMatching(/string `text`/), file, line: 3},
      {error: expect.stringMatching(/`published`/), file, line: 4, id: 'x'},
      {error: expect.stringMatching(/string `text`/), file, line: 5, id: 'y'}
    ])
    expect(records[5]).toMatchObject({id: 'z'})
    expectArticle(records[5], story)
  })

  it('turns a `RangeError` from `parseDispatch` into an error line with `--jsonl`', async function () {
    vi.mocked(parseDispatch).mockImplementationOnce(function () {
      throw new RangeError('Expected at most 10 characters')
    })
    const input = [
      JSON.stringify({text: story, id: 1}),
      JSON.stringify({text: brief, id: 2})
    ].join('\n')
    const result = await exec(['--jsonl', '--max-length', '10'], [input])
    expect(result.code).toBe(1)
    const records = result.stdout.trimEnd().split('\n').map(parseJson)
    expect(records[0]).toEqual({
      error: 'Expected at most 10 characters',
      line: 1,
      id: 1
    })
    expect(records[1]).toMatchObject({id: 2})
  })

  it('waits for `drain` when stdout is full', async function () {
    const count = 50
    const input = Array.from({length: count}, function (_, index) {
      return JSON.stringify({text: brief, id: index})
    }).join('\n')
    const chunks: string[] = []
    let full = 0
    let waiting = 0
    const stdout = new Writable({
      highWaterMark: 1,
      write(chunk: Buffer, _encoding, callback) {
        chunks.push(String(chunk))
        setImmediate(callback)
      }
    })
    const write = stdout.write.bind(stdout)
    stdout.write = function (chunk: string) {
      // Bytes still buffered when the next line comes: none if `run` awaited `drain`.
      waiting = Math.max(waiting, stdout.writableLength)
      const ok = write(chunk)
      if (!ok) full++
      return ok
    } as typeof stdout.write

    const code = await run(['--jsonl'], {
      stdin: Readable.from([input]),
      stdout,
      stderr: collector([])
    })
    expect(code).toBe(0)
    expect(full).toBe(count)
    expect(waiting).toBe(0)
    const ids = chunks.map((chunk) => (parseJson(chunk) as {id: number}).id)
    expect(ids).toEqual(Array.from({length: count}, (_, index) => index))
  })

  it('prints usage with `--help` and `-h`', async function () {
    for (const flag of ['--help', '-h']) {
      const result = await exec([flag, 'ignored.txt'])
      expect(result.code).toBe(0)
      expect(result.stdout).toBe(usage)
      expect(result.stdout).toMatch(/^Usage: wirecopy/)
      expect(result.stdout).toMatch(/--jsonl/)
    }

    expect(parseDispatch).not.toHaveBeenCalled()
  })

  it('prints the version of package.json with `--version` and `-v`', async function () {
    const {version} = JSON.parse(await readFile(packageUrl, 'utf8')) as {
      version: string
    }
    for (const flag of ['--version', '-v']) {
      const result = await exec([flag])
      expect(result.code).toBe(0)
      expect(result.stdout).toBe(version + '\n')
    }
  })

  it('exits 2 with a hint on stderr for bad usage', async function () {
    const cases = [
      ['--colour', storyFile],
      ['--published'],
      ['--max-length', 'ten', storyFile],
      ['--pretty', '--jsonl']
    ]

    for (const argv of cases) {
      const result = await exec(argv)
      expect(result.code, argv.join(' ')).toBe(2)
      expect(result.stdout).toBe('')
      expect(result.stderr).toMatch(/^wirecopy: .+\nTry `wirecopy --help`\.\n$/)
    }

    const unknown = await exec(['--colour', storyFile])
    expect(unknown.stderr).toMatch(/Unknown option `--colour`/)
    expect(parseDispatch).not.toHaveBeenCalled()
  })

  it('exits 1 naming a file that cannot be read, without a stack trace', async function () {
    const missing = join(folder, 'missing.txt')

    for (const argv of [[missing], ['--jsonl', missing], [folder]]) {
      const result = await exec(argv)
      expect(result.code, argv.join(' ')).toBe(1)
      expect(result.stdout).toBe('')
      expect(result.stderr).toContain(argv.at(-1))
      expect(result.stderr).toMatch(/^wirecopy: Cannot read .+\n$/)
    }
  })

  it('stops at the first file that cannot be read', async function () {
    const missing = join(folder, 'missing.txt')
    const result = await exec([storyFile, missing, briefFile])
    expect(result.code).toBe(1)
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(1)
    expect(result.stderr).toContain(missing)
  })

  it('exits 1 on a `TypeError` or `RangeError` from `parseDispatch`, and rethrows other errors', async function () {
    vi.mocked(parseDispatch).mockImplementationOnce(function () {
      throw new RangeError('Expected at most 10 characters')
    })
    const result = await exec(['--max-length', '10', storyFile])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(
      'wirecopy: Cannot parse `' +
        storyFile +
        '`: Expected at most 10 characters\n'
    )

    vi.mocked(parseDispatch).mockImplementationOnce(function () {
      throw new Error('a bug')
    })
    await expect(exec([storyFile])).rejects.toThrow('a bug')
  })
})

describe('--summary', function () {
  it('lists the layout, then the entities, dates, quantities and quotes with their text', async function () {
    const result = await exec(['--summary', storyFile])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    const article = parseDispatch(story)
    const lines = result.stdout.split('\n')
    expect(lines.slice(0, 5)).toEqual([
      'Headline   —',
      'Byline     Tom Beispiel (reporting), Ann Muster (editing)',
      'Dateline   FRANKFURT, March 3 (Reuters)  [Frankfurt · XXXX-03-03 · Reuters]',
      'Source     Reuters',
      'Published  XXXX-03-03'
    ])
    const sections = lines.filter((line) => /^\w+ \(\d+\)$/.test(line))
    expect(sections).toEqual(['Entities (' + article.entities.length + ')', 'Dates (' + article.dates.length + ')', 'Quantities (' + article.quantities.length + ')', 'Quotes (' + article.quotes.length + ')'])
    // "40 of its branches": a count with what it counts.
    expect(result.stdout).toContain('  count        40 of its branches → 40 (branch)\n')
    expect(article.entities.length).toBeGreaterThan(3)
    for (const entity of article.entities) {
      expect(lines).toContainEqual(expect.stringMatching(new RegExp('^  ' + entity.type + ' +' + escapeRegExp(entity.name) + ' ×' + entity.mentions.length)))
    }
    for (const date of article.dates) expect(result.stdout).toContain(date.text + ' → ' + date.value)
    expect(result.stdout).toContain('  direct       “Our customers have already made this choice for us” — chief executive Jana Oberholz, said\n')
    expect(result.stdout).toContain('  indirect     “no jobs would be cut” — The bank, said\n')
    // 16 lines or so for a 400-character story, instead of hundreds of lines of offsets.
    expect(lines.length).toBeLessThan(30)
  })

  it('heads each file’s listing with its name when there are several, and lists diagnostics', async function () {
    const result = await exec(['--summary', storyFile, briefFile])
    expect(result.stdout.startsWith('==> ' + storyFile + ' <==\nHeadline')).toBe(true)
    expect(result.stdout).toContain('\n\n==> ' + briefFile + ' <==\nHeadline')
    const plain = await exec(['--summary'], ['Just one line of text, with no layout at all.'])
    expect(plain.stdout).toMatch(/\nDiagnostics \(1\)\n {2}info {9}unknown-layout: Cannot find a header/)
  })

  it('is not combined with --jsonl, --pretty or --html', async function () {
    for (const other of ['--jsonl', '--pretty', '--html']) {
      const result = await exec(['--summary', other, storyFile])
      expect(result.code).toBe(2)
      expect(result.stderr).toMatch(/Cannot combine `--summary`/)
    }
  })
})

/**
 * Escape a string for a regular expression.
 *
 * @param text The string.
 * @returns The pattern that matches it.
 */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

describe('encodings', function () {
  // A made-up dispatch with letters outside ASCII, as a Windows-1252 or UTF-16 file carries them.
  const accented = 'SÃO PAULO, Oct 4 (Reuters) - The café chain Pão Doce said on Tuesday its costs rose in September, chief executive Inês Araújo said.\n'

  function utf16(text: string, bigEndian: boolean): Buffer {
    const bytes = Buffer.from(text, 'utf16le')
    if (bigEndian) bytes.swap16()
    return Buffer.concat([Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), bytes])
  }

  it('decodes UTF-16 by its byte order mark, from a file or from chunks of standard input', async function () {
    const expected = await exec([], [accented])
    for (const bigEndian of [false, true]) {
      const file = join(folder, 'utf16-' + (bigEndian ? 'be' : 'le') + '.txt')
      await writeFile(file, utf16(accented, bigEndian))
      const fromFile = await exec([file])
      expect(fromFile.code).toBe(0)
      expect(fromFile.stdout).toBe(expected.stdout)
      const bytes = utf16(accented, bigEndian)
      const fromStdin = await exec([], [bytes.subarray(0, 1), bytes.subarray(1, 5), bytes.subarray(5)])
      expect(fromStdin.stdout).toBe(expected.stdout)
    }
    const article = JSON.parse(expected.stdout) as {dateline?: {place?: string}; diagnostics: Array<{code: string}>}
    expect(article.dateline?.place).toBe('São Paulo')
    expect(article.diagnostics.map((diagnostic) => diagnostic.code)).toEqual([])
  })

  it('decodes the encoding `--encoding` names, and says what UTF-8 makes of it without', async function () {
    const file = join(folder, 'cp1252.txt')
    await writeFile(file, Buffer.from(accented, 'latin1'))
    const decoded = await exec(['--encoding', 'windows-1252', file])
    expect(decoded.code).toBe(0)
    expect(decoded.stdout).toBe((await exec([], [accented])).stdout)

    const misread = await exec([file])
    expect(misread.code).toBe(0)
    const article = JSON.parse(misread.stdout) as {diagnostics: Array<{code: string}>}
    expect(article.diagnostics.map((diagnostic) => diagnostic.code)).toContain('replacement-characters')
  })

  it('decodes `--jsonl` input by its byte order mark or `--encoding` too', async function () {
    const line = JSON.stringify({id: 'a1', text: accented}) + '\n'
    const expected = await exec(['--jsonl'], [line])
    const file = join(folder, 'lines-utf16.jsonl')
    await writeFile(file, utf16(line, false))
    expect((await exec(['--jsonl', file])).stdout).toBe(expected.stdout)
    const latin = join(folder, 'lines-cp1252.jsonl')
    await writeFile(latin, Buffer.from(line, 'latin1'))
    expect((await exec(['--jsonl', '--encoding', 'latin1', latin])).stdout).toBe(expected.stdout)
  })

  it('exits 2 for an encoding TextDecoder does not know', async function () {
    const result = await exec(['--encoding', 'klingon', storyFile])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^wirecopy: Unknown encoding `klingon` for `--encoding`/)
  })

  it('exits 1 with a clear message, and writes nothing, for binary input', async function () {
    const file = join(folder, 'image.png')
    // A PNG header and seeded noise: what a mistaken `wirecopy photo.png` reads.
    const bytes = Buffer.alloc(8000)
    let state = 88_172_645
    for (let index = 0; index < bytes.length; index++) {
      state ^= state << 13
      state ^= state >>> 17
      state ^= state << 5
      bytes[index] = state & 0xff
    }
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes)
    await writeFile(file, bytes)
    const result = await exec([file])
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/^wirecopy: Cannot read `[^`]*image\.png`: it looks binary, not text \(\d+% of the characters are control, unassigned or replacement characters\); if it is text in another encoding, pass `--encoding`\n$/)
  })

  it('exits 1 for UTF-16 without a byte order mark, naming the encoding to pass', async function () {
    const file = join(folder, 'utf16-no-mark.txt')
    await writeFile(file, Buffer.from(accented, 'utf16le'))
    const result = await exec([file])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/UTF-16 without a byte order mark; pass `--encoding utf-16le`/)
    expect((await exec(['--encoding', 'utf-16le', file])).stdout).toBe((await exec([], [accented])).stdout)
  })
})

describe('--workers', function () {
  it.skipIf(!existsSync(workerFile))('parses --jsonl lines on worker threads, in input order', async function () {
    const lines = Array.from({length: 40}, (_, index) => JSON.stringify({id: index, text: index % 2 ? story : brief}))
    lines.splice(7, 0, '{not json')
    const input = [lines.join('\n') + '\n']
    const single = await exec(['--jsonl'], input)
    const pooled = await exec(['--jsonl', '--workers', '2'], input)
    expect(pooled.code).toBe(1)
    expect(pooled.stdout).toBe(single.stdout)
    expect(pooled.stderr).toBe('wirecopy: 40 lines parsed, 1 failed\n')
    const records = pooled.stdout.trimEnd().split('\n').map(parseJson)
    expect(records).toHaveLength(41)
    expect(records[7]).toMatchObject({line: 8})
  })

  it('asks for a whole number and --jsonl', async function () {
    expect((await exec(['--jsonl', '--workers', '0'])).code).toBe(2)
    expect((await exec(['--workers', '2', storyFile])).code).toBe(2)
  })
})

describe('dist/cli.js', function () {
  const built = existsSync(cli)
  if (!built) {
    console.warn('Skipping the end-to-end CLI test: run `npx tsup` to build ' + cli)
  }

  it.skipIf(!built)('runs as a program on a file', async function () {
    const run = promisify(execFile)
    const result = await run(process.execPath, [cli, '--pretty', storyFile])
    expect(result.stderr).toBe('')
    expectArticle(JSON.parse(result.stdout), story)

    const {version} = JSON.parse(await readFile(packageUrl, 'utf8')) as {
      version: string
    }
    const printed = await run(process.execPath, [cli, '--version'])
    expect(printed.stdout).toBe(version + '\n')

    const failed = await run(process.execPath, [cli, '--nope']).catch(
      (error: {code: number; stderr: string}) => error
    )
    expect(failed).toMatchObject({code: 2})
    expect((failed as {stderr: string}).stderr).not.toMatch(/\n\s+at /)
  })
})

/**
 * Run the CLI on in-memory streams.
 *
 * @param argv The arguments.
 * @param input The chunks of standard input.
 * @returns The exit status and what was written.
 */
async function exec(
  argv: string[],
  input: Array<string | Buffer> = []
): Promise<{code: number; stdout: string; stderr: string}> {
  const out: string[] = []
  const error: string[] = []
  const code = await run(argv, {
    stdin: Readable.from(input),
    stdout: collector(out),
    stderr: collector(error),
    workerFile
  })
  return {code, stdout: out.join(''), stderr: error.join('')}
}

/**
 * A writable stream that collects what is written to it.
 *
 * @param chunks Where to put the chunks.
 * @returns The stream.
 */
function collector(chunks: string[]): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(String(chunk))
      callback()
    }
  })
}

/**
 * Parse one JSON document.
 *
 * @param text The JSON.
 * @returns The value.
 */
function parseJson(text: string): unknown {
  return JSON.parse(text)
}

/**
 * Check that a value has the shape of an Article for `text`.
 *
 * @param value The parsed JSON.
 * @param text The dispatch it came from.
 */
function expectArticle(value: unknown, text: string): void {
  expect(value).toBeTypeOf('object')
  const article = value as Record<string, unknown>

  for (const key of [
    'authors',
    'paragraphs',
    'entities',
    'dates',
    'quotes',
    'diagnostics'
  ]) {
    expect(Array.isArray(article[key]), key).toBe(true)
  }

  const body = article.body as {start: number; end: number}
  expect(Number.isInteger(body.start)).toBe(true)
  expect(Number.isInteger(body.end)).toBe(true)
  expect(body.start).toBeGreaterThanOrEqual(0)
  expect(body.start).toBeLessThanOrEqual(body.end)
  expect(body.end).toBeLessThanOrEqual(text.length)
}
