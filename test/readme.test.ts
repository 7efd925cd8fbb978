import {execFile} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {promisify} from 'node:util'
import {afterAll, describe, expect, it} from 'vitest'
import {codeBlocks, runnableExamples, sectionsUnder} from './helpers/markdown.js'
import {dist, hasDist, root, warnSkip} from './helpers/paths.js'

/*
 * The examples in README.md are run, so that they never drift from the code.
 * Conventions: a fenced block with the info string `js` and nothing else is
 * run with Node (as an ES module, against the built `dist/index.js`); when
 * the first non-blank line after it is `Yields:` and a `txt` or `json` block
 * follows, that block is its expected standard output (`txt`: the same text,
 * trailing white space aside; `json`: the same JSON value). Other blocks
 * (`sh`, `js twoslash`, …) are not run. A `ts` block is run the same way,
 * through tsx. The `sh` block of the command-line example is checked by
 * running the built CLI on the TypeScript example's dispatch.
 */

const run = promisify(execFile)
const readmePath = path.join(root, 'README.md')
const readme = existsSync(readmePath) ? readFileSync(readmePath, 'utf8') : undefined
const examples = readme === undefined ? [] : runnableExamples(readme)
const typescriptExamples = readme === undefined ? [] : runnableExamples(readme, 'ts')
const skip = readme === undefined || !hasDist()

if (readme === undefined) {
  warnSkip('test/readme.test.ts', 'no README.md; its examples are not run')
} else if (!hasDist()) {
  warnSkip('test/readme.test.ts', 'no dist/; run `npx tsup` (or `npm test`) to run the README examples')
}

const sample = [
  '# Title',
  '',
  '```sh',
  'npm install wirecopy',
  '```',
  '',
  'Say `example.js` contains:',
  '',
  '```js',
  "import {parseDispatch} from 'wirecopy'",
  '',
  "console.log(parseDispatch('x').body)",
  '```',
  '',
  'Yields:',
  '',
  '```txt',
  '{ start: 0, end: 1 }',
  '```',
  '',
  '```js twoslash',
  'not run',
  '```',
  '',
  '```ts',
  'const typed: string = 1',
  '```',
  '',
  '````js',
  '```',
  'console.log(1)',
  '````',
  '',
  'The output is not shown here:',
  '',
  '```txt',
  'not an expectation',
  '```',
  '',
  '~~~js',
  '## not a heading',
  'console.log(JSON.stringify([1, 2]))',
  '~~~',
  '',
  'Yields:',
  '',
  '```json',
  '[1, 2]',
  '```',
  '',
  '```js',
  'console.log(0)',
  '```',
  '',
  'Yields:',
  '',
  'nothing, as the next block is not right after.',
  '',
  '```txt',
  '0',
  '```',
  '',
  '```js',
  '```',
  '',
  'Yields:',
  '',
  '```txt',
  '```',
  '',
  '## API',
  '',
  '### `parseDispatch(text[, options])`',
  '',
  'Text.',
  '',
  '#### Parameters',
  '',
  '```js',
  '### `inCode`',
  '```',
  '',
  '### `retextDispatch([options])` ###',
  '',
  '### Not code',
  '',
  '### `Article`',
  '',
  '## Next',
  '',
  '### `outside`',
  ''
].join('\n')

describe('Markdown helpers', function () {
  it('find fenced code blocks with their info strings and lines', function () {
    expect(codeBlocks(sample).map((block) => [block.info, block.line, block.end])).toEqual([
      ['sh', 3, 5],
      ['js', 9, 13],
      ['txt', 17, 19],
      ['js twoslash', 21, 23],
      ['ts', 25, 27],
      ['js', 29, 32],
      ['txt', 36, 38],
      ['js', 40, 43],
      ['json', 47, 49],
      ['js', 51, 53],
      ['txt', 59, 61],
      ['js', 63, 64],
      ['txt', 68, 69],
      ['js', 79, 81]
    ])
    expect(codeBlocks(sample)[5]?.value).toBe('```\nconsole.log(1)')
    expect(codeBlocks(sample)[11]?.value).toBe('')
  })

  it('pick the `js` blocks and the output after `Yields:`', function () {
    const found = runnableExamples(sample).map((example) => ({
      line: example.code.line,
      output: example.output ? [example.output.info, example.output.value] : undefined
    }))

    expect(found).toEqual([
      {line: 9, output: ['txt', '{ start: 0, end: 1 }']},
      {line: 29, output: undefined},
      {line: 40, output: ['json', '[1, 2]']},
      {line: 51, output: undefined},
      {line: 63, output: ['txt', '']},
      {line: 79, output: undefined}
    ])
  })

  it('list the `###` sections under a `##` heading', function () {
    const sections = sectionsUnder(sample, 'api')
    expect(sections?.map((section) => section.name)).toEqual([
      'parseDispatch',
      'retextDispatch',
      'Article'
    ])
    expect(sections?.[0]?.body).toContain('#### Parameters')
    expect(sections?.[0]?.body).toContain('### `inCode`')
    expect(sectionsUnder(sample, 'Missing')).toBeUndefined()
  })

  it('rewrite imports of `wirecopy` to a file', function () {
    const target = 'file:///repo/dist/index.js'
    expect(
      toModule(
        [
          "import {parseDispatch} from 'wirecopy'",
          'import {retextDispatch} from "wirecopy"',
          "const api = await import('wirecopy')",
          "import {unified} from 'unified'",
          "import x from 'wirecopy-other'"
        ].join('\n'),
        target
      )
    ).toBe(
      [
        "import {parseDispatch} from 'file:///repo/dist/index.js'",
        "import {retextDispatch} from 'file:///repo/dist/index.js'",
        "const api = await import('file:///repo/dist/index.js')",
        "import {unified} from 'unified'",
        "import x from 'wirecopy-other'"
      ].join('\n')
    )
  })
})

describe.skipIf(skip)('README.md examples', function () {
  it('has a TypeScript example, run through tsx', function () {
    expect(typescriptExamples.length).toBeGreaterThan(0)
    expect(typescriptExamples[0]?.output).toBeDefined()
  })

  it('shows what `wirecopy --summary` prints for the TypeScript example’s dispatch', async function () {
    const blocks = codeBlocks(readme ?? '')
    const index = blocks.findIndex((block) => block.info === 'sh' && block.value.startsWith('npx wirecopy --summary'))
    expect(index).toBeGreaterThan(-1)
    const command = blocks[index]?.value.replace(/^npx wirecopy /, '').split(' ') ?? []
    const shown = blocks[index + 1]
    expect(shown?.info).toBe('txt')
    const dispatch = /const text = `([^`]*)`/.exec(typescriptExamples[0]?.code.value ?? '')?.[1]
    expect(dispatch).toBeDefined()
    const cache = path.join(root, 'node_modules', '.cache')
    mkdirSync(cache, {recursive: true})
    const folder = mkdtempSync(path.join(cache, 'wirecopy-readme-cli-'))
    try {
      writeFileSync(path.join(folder, 'story.txt'), (dispatch ?? '') + '\n')
      const {stdout} = await run(process.execPath, [dist.cli, ...command], {cwd: folder, timeout: 15_000})
      expect(stdout.trimEnd()).toBe(shown?.value.trimEnd())
    } finally {
      rmSync(folder, {recursive: true, force: true})
    }
  })

  let directory: string | undefined

  afterAll(function () {
    if (directory) rmSync(directory, {recursive: true, force: true})
  })

  it('has at least one runnable example', function () {
    expect(examples.length).toBeGreaterThan(0)
  })

  for (const [example, language] of [...examples.map((example) => [example, 'js'] as const), ...typescriptExamples.map((example) => [example, 'ts'] as const)]) {
    it('runs the ' + language + ' example at README.md:' + example.code.line, async function () {
      // Inside the repository's `node_modules`, so that the example resolves the
      // packages it imports (`unified`, `vfile`, …) from this repository.
      if (!directory) {
        const cache = path.join(root, 'node_modules', '.cache')
        mkdirSync(cache, {recursive: true})
        directory = mkdtempSync(path.join(cache, 'wirecopy-readme-'))
      }

      const file = path.join(directory, 'line-' + example.code.line + (language === 'ts' ? '.mts' : '.mjs'))
      writeFileSync(file, toModule(example.code.value, pathToFileURL(dist.esm).href))

      let stdout: string

      try {
        const loader = language === 'ts' ? ['--import', 'tsx'] : []
        stdout = (await run(process.execPath, [...loader, file], {cwd: root, timeout: 15_000})).stdout
      } catch (error) {
        const failure = error as {stderr?: string, message: string}
        throw new Error('README.md:' + example.code.line + ' fails: ' + (failure.stderr || failure.message))
      }

      if (!example.output) return

      if (example.output.info === 'json') {
        let actual: unknown

        try {
          actual = JSON.parse(stdout)
        } catch {
          throw new Error('README.md:' + example.code.line + ' shows JSON but prints: ' + stdout)
        }

        expect(actual).toEqual(JSON.parse(example.output.value))
      } else {
        expect(stdout.trimEnd()).toBe(example.output.value.trimEnd())
      }
    })
  }
})

/**
 * Turn a README example into a module that runs against a given build:
 * imports of `wirecopy` are pointed at `target`.
 *
 * @param code The example.
 * @param target URL of the module to use for `wirecopy`.
 * @returns The code to run.
 */
function toModule(code: string, target: string): string {
  return code.replace(
    /(\bfrom\s*|\bimport\s*\(\s*)(['"])wirecopy\2/g,
    function (_, before: string) {
      return before + "'" + target + "'"
    }
  )
}
