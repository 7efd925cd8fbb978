/**
 * `npm run bench`: speed and size of wirecopy, measured in one process, as
 * ratios against peers on the same text — a benchmark, not a timed test.
 *
 * - Speed: `parseDispatch` (the built package) over the CoNLL-2003 dev
 *   documents and the PolNeAR dev articles (read from ../shared/corpora),
 *   beside compromise (people, places, organisations, quotations),
 *   chrono-node (dates) and the bare retext-english parse of the same texts,
 *   in characters per CPU-second: the median of several rounds after
 *   warm-up rounds (the optimising compiler needs a few passes over the
 *   corpus before the speed settles, for every peer). Also the mean time per
 *   dispatch.
 * - Stages: the share of each stage of parseDispatch (layout, text, entities,
 *   dates, quotes, assembly), timed from the source modules bundled by esbuild.
 * - Growth: time per character of one 1 MB dispatch against the same
 *   characters cut into 10 kB dispatches (at paragraph breaks), so that only
 *   the size differs, not the text; and of one 10 kB sample repeated to 1 MB
 *   against the sample itself.
 * - Hostile inputs (`scripts/bench/hostile.ts`): CPU time per character of
 *   each shape at 50 kB and 1.6 MB, their ratio, and CPU time at 2,000,000
 *   characters (`--hostile a,b` times only the shapes whose names hold those).
 * - Memory: peak resident memory of a child process that parses 10 MB of
 *   prose in paragraphs, and of one that parses one 5 MB paragraph.
 * - Size: the browser bundle of the package (esbuild, minified, every
 *   dependency included), raw and gzipped.
 *
 * Options: `--rounds N` (default 7), `--warmup N` (rounds before those,
 * default 6), `--json` (machine-readable summary),
 * `--quick` (one corpus round, no peers: for a fast look).
 */
import {execFileSync} from 'node:child_process'
import {existsSync, readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {gzipSync} from 'node:zlib'
import * as chrono from 'chrono-node'
import nlp from 'compromise'
import {build} from 'esbuild'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {importBundled} from './bench/import-bundled.js'
import type {stageShares as StageShares} from './bench/stages.js'
import {hostileInputs} from './bench/hostile.js'

/** The built package, as users get it (`npm run bench` builds it first). */
const {parseDispatch} = (await import(new URL('../dist/index.js', import.meta.url).href)) as typeof import('../src/index.js')
const light = (await import(new URL('../dist/light.js', import.meta.url).href)) as typeof import('../src/light.js')

interface Corpus {
  name: string
  texts: string[]
  characters: number
}

const quick = process.argv.includes('--quick')
const rounds = quick ? 1 : Number(readFlag('--rounds') ?? 7)
const warmup = quick ? 1 : Number(readFlag('--warmup') ?? 6)
const asJson = process.argv.includes('--json')
const corpora = new URL('../../shared/corpora/', import.meta.url)
const lines: string[] = []
const summary: Record<string, unknown> = {machine: machine(), rounds, warmup}

const loaded = [load('conll2003/dev.jsonl', 'CoNLL-2003 dev'), load('polnear/dev.jsonl', 'PolNeAR dev')].filter(
  (corpus): corpus is Corpus => corpus !== undefined
)

const processor = unified().use(retextEnglish)
const reference = new Date(Date.UTC(2016, 8, 15))
const runners: Record<string, (text: string) => unknown> = {
  wirecopy: (text) => parseDispatch(text),
  'wirecopy/light': (text) => light.parseDispatch(text),
  'retext-english': (text) => processor.parse(text),
  compromise: (text) => {
    const doc = nlp(text)
    return [doc.people().out('offset'), doc.places().out('offset'), doc.organizations().out('offset'), doc.quotations().out('offset')]
  },
  'chrono-node': (text) => chrono.parse(text, reference)
}

for (const corpus of loaded) {
  const speeds: Record<string, number> = {}
  for (const [name, run] of Object.entries(runners)) {
    if (quick && !name.startsWith('wirecopy') && name !== 'retext-english') continue
    speeds[name] = measure(corpus, run)
  }
  const ours = speeds.wirecopy ?? 0
  summary[corpus.name] = {documents: corpus.texts.length, characters: corpus.characters, charsPerCpuSecond: speeds}
  lines.push(`${corpus.name}: ${corpus.texts.length} docs, ${format(corpus.characters)} chars; characters per CPU-second:`)
  for (const [name, speed] of Object.entries(speeds)) {
    const ratio = name.startsWith('wirecopy') ? '' : `   wirecopy is ${round(ours / speed, 2)}× ${name}`
    lines.push(`  ${name.padEnd(15)} ${format(Math.round(speed)).padStart(11)}${ratio}`)
  }
  lines.push(`  wirecopy: ${round((corpus.characters / ours / corpus.texts.length) * 1000, 3)} ms per dispatch`)
}

const conll = loaded[0]
if (conll) {
  const stageShares = await bundledStageShares()
  const shares = stageShares(conll.texts, quick ? 1 : warmup + rounds)
  summary.stages = shares
  lines.push('stages of parseDispatch on ' + conll.name + ' (share of CPU time):')
  lines.push('  ' + Object.entries(shares).map(([stage, share]) => `${stage} ${(share * 100).toFixed(1)}%`).join(', '))
}

const prose = loaded.flatMap((corpus) => corpus.texts).join('\n\n')
if (prose.length > 0) {
  const whole = repeatTo(prose, 1_000_000)
  const small = timePerCharacter(piecesOf(whole, 10_000), 3)
  const large = timePerCharacter([whole], 3)
  summary.growth = {perCharacter10kB: small, perCharacter1MB: large, ratio: round(large / small, 2)}
  lines.push(`growth: time per character, 1 MB in one piece against the same text in 10 kB pieces: ${round(large / small, 2)}× (${round(small * 1e9, 0)} ns/char in pieces, ${round(large * 1e9, 0)} ns/char whole)`)
  // A harder case: one 10 kB sample repeated to 1 MB, so that every window
  // holds many copies of the same names.
  const repeated = [0, 0.25, 0.5].map(function (at) {
    const sample = prose.slice(Math.floor(prose.length * at), Math.floor(prose.length * at) + 10_000)
    return round(timePerCharacter([repeatTo(sample, 1_000_000)], 2) / timePerCharacter(Array.from({length: 10}, () => sample), 3), 2)
  })
  summary.growthRepeated = repeated
  lines.push(`growth, one 10 kB sample repeated to 1 MB, against the sample: ${repeated.map((ratio) => ratio + '×').join(', ')}`)
}

if (!quick) {
  const hostile = hostileInputs((text) => parseDispatch(text, {maxLength: 20_000_000}), readFlag('--hostile')?.split(',') ?? [])
  summary.hostile = hostile
  lines.push('hostile inputs (CPU ns per char at 50 kB and 1.6 MB, growth, CPU time at 2,000,000 chars, spans):')
  for (const row of hostile) lines.push(`  ${row.name.padEnd(36)} ${String(row.nsPerChar50kB).padStart(6)} ${String(row.nsPerChar1600kB).padStart(6)} ns/char  ${row.growth.toFixed(2)}×  ${String(row.ms2M).padStart(6)} ms  ${row.spansTrue ? 'spans true' : 'SPANS WRONG'}`)
  const memory = peakMemory('paragraphs')
  summary.peakMemory10MB = memory
  lines.push(`peak memory parsing 10 MB of prose in a fresh process: ${memory.peakMB} MB resident (baseline ${memory.baselineMB} MB)`)
  const paragraph = peakMemory('paragraph')
  summary.peakMemoryParagraph5MB = paragraph
  lines.push(`peak memory parsing one 5 MB paragraph of prose: ${paragraph.peakMB} MB resident (baseline ${paragraph.baselineMB} MB), ${paragraph.bytesPerCharacter} bytes a character above it`)
}

const bundle = await bundleSize()
const lightBundle = await bundleSize('light.js')
summary.bundle = bundle
summary.lightBundle = lightBundle
lines.push(`browser bundle (esbuild, minified, with dependencies): ${kb(bundle.raw)} raw, ${kb(bundle.gzip)} gzipped`)
lines.push(`  wirecopy/light (no learned entity model): ${kb(lightBundle.raw)} raw, ${kb(lightBundle.gzip)} gzipped`)

console.log(asJson ? JSON.stringify(summary, null, 2) : ['machine: ' + machine() + '; rounds: ' + rounds + ' (median, after ' + warmup + ' warm-up rounds)', ...lines].join('\n'))

/**
 * The stage timer, bundled as the package is (see `bench/import-bundled.ts`).
 */
async function bundledStageShares(): Promise<typeof StageShares> {
  const module = await importBundled<{stageShares: typeof StageShares}>(new URL('./bench/stages.ts', import.meta.url))
  return module.stageShares
}

/** Characters per CPU-second of a function over a corpus: the median round. */
function measure(corpus: Corpus, run: (text: string) => unknown): number {
  const speeds: number[] = []
  for (let round = 0; round < warmup + rounds; round++) {
    const before = process.cpuUsage()
    for (const text of corpus.texts) run(text)
    const used = process.cpuUsage(before)
    if (round >= warmup) speeds.push(corpus.characters / ((used.user + used.system) / 1e6))
  }
  speeds.sort((a, b) => a - b)
  return speeds[Math.floor(speeds.length / 2)] ?? 0
}

/** CPU seconds per character of parseDispatch over some texts: the best of some runs. */
function timePerCharacter(texts: string[], runs: number): number {
  let best = Infinity
  let characters = 0
  for (const text of texts) characters += text.length
  for (let run = 0; run < runs; run++) {
    const before = process.cpuUsage()
    for (const text of texts) parseDispatch(text, {maxLength: 20_000_000})
    const used = process.cpuUsage(before)
    best = Math.min(best, (used.user + used.system) / 1e6)
  }
  return best / characters
}

/** A text cut into pieces of about `size` characters, at paragraph breaks where there are some. */
function piecesOf(text: string, size: number): string[] {
  const pieces: string[] = []
  let start = 0
  while (start < text.length) {
    let end = Math.min(text.length, start + size)
    const brk = text.lastIndexOf('\n\n', end)
    if (end < text.length && brk > start + size / 2) end = brk + 2
    pieces.push(text.slice(start, end))
    start = end
  }
  return pieces
}

/** Peak resident memory of a fresh Node process that parses 10 MB of prose. */
function peakMemory(shape: 'paragraphs' | 'paragraph'): {peakMB: number; baselineMB: number; bytesPerCharacter: number} {
  const script = fileURLToPath(new URL('./bench/memory.mjs', import.meta.url))
  const output = execFileSync(process.execPath, [script, fileURLToPath(new URL('../dist/index.js', import.meta.url)), shape], {
    encoding: 'utf8',
    maxBuffer: 1 << 20
  })
  return JSON.parse(output) as {peakMB: number; baselineMB: number; bytesPerCharacter: number}
}

/** The browser bundle: ESM, minified, dependencies included. */
async function bundleSize(entry = 'index.js'): Promise<{raw: number; gzip: number}> {
  const output = await build({
    entryPoints: [fileURLToPath(new URL('../dist/' + entry, import.meta.url))],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent'
  })
  const code = output.outputFiles[0]?.contents ?? new Uint8Array()
  return {raw: code.length, gzip: gzipSync(code, {level: 9}).length}
}

function load(path: string, name: string): Corpus | undefined {
  const file = new URL(path, corpora)
  if (!existsSync(file)) {
    console.warn('skipped ' + name + ': ' + fileURLToPath(file) + ' is absent')
    return undefined
  }
  const texts = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as {text: string}).text)
  return {name, texts, characters: texts.reduce((sum, text) => sum + text.length, 0)}
}

function repeatTo(text: string, size: number): string {
  let result = ''
  while (result.length < size) result += text + '\n\n'
  return result.slice(0, size)
}

function machine(): string {
  return `${process.platform} ${process.arch}, node ${process.version}`
}

function readFlag(name: string): string | undefined {
  const index = process.argv.indexOf(name)
  return index === -1 ? undefined : process.argv[index + 1]
}

function format(value: number): string {
  return value.toLocaleString('en-US')
}

function kb(bytes: number): string {
  return (bytes / 1024).toFixed(1) + ' KB'
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}
