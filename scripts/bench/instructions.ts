/**
 * Instructions per document: a measure of speed that does not move with the
 * machine's load. Each build's `dist/index.js` parses the first documents of a
 * corpus (read from ../shared/corpora) in a process run under valgrind's
 * callgrind (`scripts/bench/instructions-run.mjs`); loading, the first
 * compilation and the warm-up rounds are left out by dumping the counts at a
 * marker call between them, and the measured rounds' instructions are divided
 * by the documents parsed. V8 runs with `--predictable` (no background
 * threads, a fixed garbage-collection schedule and seeds) and an old space
 * large enough that each round holds one full collection, the one asked for
 * at its end, so that the same build gives about the same count twice.
 *
 * Usage:
 *
 * ```sh
 * npx tsx scripts/bench/instructions.ts [options] BUILD [BUILD …]
 * npx tsx scripts/bench/instructions.ts ../wt-base/dist/index.js dist/index.js
 * ```
 *
 * Options: `--corpus FILE:N` (a corpus under ../shared/corpora and how many
 * documents from its start; repeatable; default `polnear/dev.jsonl:20` and
 * `conll2003/dev.jsonl:60`), `--warmup N` (rounds left out, default 4),
 * `--rounds N` (rounds counted, default 4), `--repeat N` (processes per build
 * and corpus, default 1), `--json`. The first build is the reference of the
 * ratios. Each process takes a few minutes (valgrind runs node about 50
 * times slower); they run one at a time.
 */
import {execFileSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, readdirSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {fileURLToPath} from 'node:url'
import {buildSync} from 'esbuild'

interface Options {
  builds: string[]
  corpora: Array<{file: string; count: number}>
  warmup: number
  rounds: number
  repeat: number
  json: boolean
  stages: boolean
}

interface Count {
  build: string
  corpus: string
  documents: number
  characters: number
  sha256: string
  perRound: number[]
  perDocument: number
  /** With `--stages`: each stage's instructions per document, the round's closing collection last (`gc`). */
  perStage?: Record<string, number>
}

const runner = fileURLToPath(new URL('instructions-run.mjs', import.meta.url))
const stagesRunner = fileURLToPath(new URL('instructions-stages-run.mjs', import.meta.url))
const corpora = fileURLToPath(new URL('../../../shared/corpora/', import.meta.url))
/**
 * V8 flags that take away what varies from run to run: no background
 * threads, fixed seeds, and an old space large enough that no full garbage
 * collection falls inside a round but the one the runner asks for at its
 * end (without it, a round held zero to two more, about 0.3 to 0.5 billion
 * instructions each, and rounds of the same build differed by a third).
 */
const nodeFlags = ['--expose-gc', '--predictable', '--predictable-gc-schedule', '--random-seed=1', '--hash-seed=1', '--initial-old-space-size=1024']

const options = readOptions(process.argv.slice(2))
const counts: Count[] = []
for (const corpus of options.corpora) {
  for (const build of options.builds) {
    for (let repeat = 0; repeat < options.repeat; repeat++) {
      const count = options.stages ? measureStages(build, corpus.file, corpus.count) : measure(build, corpus.file, corpus.count)
      counts.push(count)
      if (!options.json) console.error(`${corpus.file} ${build}: ${format(count.perDocument)} per document (rounds: ${count.perRound.map(format).join(', ')})`)
      if (!options.json && count.perStage) console.error(Object.entries(count.perStage).map(([name, value]) => `${name} ${format(value)}`).join(', '))
    }
  }
}
report(counts)

/**
 * Run one build over one corpus under callgrind.
 *
 * @param build The path of the build's `dist/index.js`.
 * @param file The corpus, relative to ../shared/corpora.
 * @param count How many documents from its start.
 * @returns The measured rounds' instructions.
 */
function measure(build: string, file: string, count: number): Count {
  const folder = mkdtempSync(join(tmpdir(), 'wirecopy-callgrind-'))
  try {
    const output = runCallgrind(folder, [runner, resolve(build), join(corpora, file), String(count), String(options.warmup), String(options.rounds)])
    const facts = JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as {documents: number; characters: number; sha256: string}
    const perRound: number[] = []
    for (let round = 0; round < options.rounds; round++) perRound.push(totalOf(join(folder, `out.${round + 2}`)))
    const total = perRound.reduce((sum, value) => sum + value, 0)
    return {build, corpus: file, ...facts, perRound, perDocument: total / (options.rounds * facts.documents)}
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
}

/**
 * Run one worktree's pipeline stage by stage over one corpus under callgrind
 * (`--stages`): its source bundled with esbuild.
 *
 * @param worktree The worktree's folder.
 * @param file The corpus, relative to ../shared/corpora.
 * @param count How many documents from its start.
 * @returns The measured rounds' instructions, in all and per stage.
 */
function measureStages(worktree: string, file: string, count: number): Count {
  const folder = mkdtempSync(join(tmpdir(), 'wirecopy-callgrind-'))
  try {
    const bundlePath = join(folder, 'pipeline.mjs')
    bundleStages(resolve(worktree), bundlePath)
    const output = runCallgrind(folder, [stagesRunner, bundlePath, join(corpora, file), String(count), String(options.warmup), String(options.rounds)])
    const facts = JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as {documents: number; characters: number; sha256: string; stages: string[]}
    const names = [...facts.stages, 'gc']
    const perStage: Record<string, number> = {}
    const perRound: number[] = []
    for (let round = 0; round < options.rounds; round++) {
      let total = 0
      names.forEach(function (name, index) {
        const value = totalOf(join(folder, `out.${round * names.length + index + 2}`))
        perStage[name] = (perStage[name] ?? 0) + value / (options.rounds * facts.documents)
        total += value
      })
      perRound.push(total)
    }
    const total = perRound.reduce((sum, value) => sum + value, 0)
    return {build: worktree, corpus: file, documents: facts.documents, characters: facts.characters, sha256: facts.sha256, perRound, perDocument: total / (options.rounds * facts.documents), perStage}
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
}

/**
 * Bundle a worktree's pipeline, its tagger and (where it has one) its speaker
 * ranker into one self-contained module.
 *
 * @param worktree The worktree's folder.
 * @param output Where to write the bundle.
 */
function bundleStages(worktree: string, output: string): void {
  const lines = [`export {createState, stages} from './src/lib/pipeline.js'`, `export {tagMentions} from './src/lib/3-entities/tagger/index.js'`]
  if (existsSync(join(worktree, 'src/lib/6-quotes/speaker-model.ts'))) lines.push(`export {rankSpeakers} from './src/lib/6-quotes/speaker-model.js'`)
  buildSync({
    stdin: {contents: lines.join('\n'), resolveDir: worktree, loader: 'ts'},
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'es2022',
    minifyWhitespace: true,
    outfile: output,
    logLevel: 'error'
  })
}

/**
 * Run node under callgrind, dumping at each marker call.
 *
 * @param folder Where the profile's parts go (`out.1`, `out.2`, …).
 * @param args The script and its arguments.
 * @returns What the script printed.
 */
function runCallgrind(folder: string, args: string[]): string {
  return execFileSync('valgrind', ['--tool=callgrind', `--callgrind-out-file=${join(folder, 'out')}`, '--dump-before=uv_os_getpriority', 'node', ...nodeFlags, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 1 << 24
  })
}

/**
 * Read the instruction total of one part of a callgrind profile.
 *
 * @param path The part's file.
 * @returns Its instructions.
 */
function totalOf(path: string): number {
  const match = /^summary: (\d+)$/m.exec(readFileSync(path, 'utf8'))
  if (!match) throw new Error(`Cannot find a summary in ${path} (${readdirSync(join(path, '..')).join(', ')})`)
  return Number(match[1])
}

/**
 * Print each build's instructions per document and its ratio to the first
 * build's, corpus by corpus.
 *
 * @param all Every measurement.
 */
function report(all: Count[]): void {
  const rows = []
  for (const corpus of options.corpora) {
    const reference = mean(all.filter((count) => count.corpus === corpus.file && count.build === options.builds[0]))
    for (const build of options.builds) {
      const mine = all.filter((count) => count.corpus === corpus.file && count.build === build)
      const perDocument = mean(mine)
      rows.push({
        corpus: corpus.file,
        build,
        documents: mine[0]?.documents,
        characters: mine[0]?.characters,
        perDocument: Math.round(perDocument),
        perCharacter: Math.round(perDocument / ((mine[0]?.characters ?? 1) / (mine[0]?.documents ?? 1))),
        runs: mine.map((count) => Math.round(count.perDocument)),
        ratio: Number((perDocument / reference).toFixed(4)),
        perStage: meanStages(mine),
        sha256: mine[0]?.sha256
      })
    }
  }
  if (options.json) {
    console.log(JSON.stringify({warmup: options.warmup, rounds: options.rounds, nodeFlags, rows}, null, 2))
    return
  }
  console.log(`| Corpus | Build | Instructions a document | a character | × ${options.builds[0]} | output sha256 |`)
  console.log('| --- | --- | --- | --- | --- | --- |')
  for (const row of rows) {
    console.log(`| ${row.corpus} (${row.documents} docs) | ${row.build} | ${format(row.perDocument)} (${row.runs.map(format).join(', ')}) | ${row.perCharacter.toLocaleString('en')} | ${row.ratio.toFixed(3)} | ${row.sha256?.slice(0, 12)} |`)
  }
  for (const row of rows) {
    if (row.perStage) console.log(`${row.corpus} ${row.build}: ${Object.entries(row.perStage).map(([name, value]) => `${name} ${format(value)}`).join(', ')}`)
  }
}

/**
 * The mean of some measurements' instructions per document, stage by stage.
 *
 * @param some Measurements (with `--stages`).
 * @returns Each stage's mean, or `undefined`.
 */
function meanStages(some: Count[]): Record<string, number> | undefined {
  if (!some[0]?.perStage) return undefined
  const result: Record<string, number> = {}
  for (const count of some) for (const [name, value] of Object.entries(count.perStage ?? {})) result[name] = (result[name] ?? 0) + Math.round(value / some.length)
  return result
}

/**
 * The mean of some measurements' instructions per document.
 *
 * @param some Measurements.
 * @returns Their mean.
 */
function mean(some: Count[]): number {
  return some.reduce((sum, count) => sum + count.perDocument, 0) / some.length
}

/**
 * Millions of instructions, one decimal.
 *
 * @param value Instructions.
 * @returns The figure.
 */
function format(value: number): string {
  return `${(value / 1e6).toFixed(1)} M`
}

/**
 * Read the command line.
 *
 * @param argv The arguments after the script's path.
 * @returns The options.
 */
function readOptions(argv: string[]): Options {
  const result: Options = {builds: [], corpora: [], warmup: 4, rounds: 4, repeat: 1, json: false, stages: false}
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] ?? ''
    if (argument === '--json') result.json = true
    else if (argument === '--stages') result.stages = true
    else if (argument === '--corpus') {
      const [file = '', count = '20'] = (argv[++index] ?? '').split(':')
      result.corpora.push({file, count: Number(count)})
    } else if (argument === '--warmup') result.warmup = Number(argv[++index])
    else if (argument === '--rounds') result.rounds = Number(argv[++index])
    else if (argument === '--repeat') result.repeat = Number(argv[++index])
    else result.builds.push(argument)
  }
  if (result.corpora.length === 0) result.corpora.push({file: 'polnear/dev.jsonl', count: 20}, {file: 'conll2003/dev.jsonl', count: 60})
  if (result.builds.length === 0) result.builds.push('dist/index.js')
  return result
}
