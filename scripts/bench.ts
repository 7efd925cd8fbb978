/**
 * `npm run bench`: speed and size of wirecopy, measured in one process.
 *
 * Speed: `parseDispatch` over the CoNLL-2003 dev documents and the PolNeAR dev
 * articles (read from ../shared/corpora), beside the bare retext-english
 * parse of the same texts, in characters per CPU-second: the median of
 * several rounds after a warm-up round. Also the mean time per dispatch.
 * Size: the browser bundle of the package (esbuild, minified, every
 * dependency included), raw and gzipped.
 *
 * Options: `--rounds N` (default 5), `--json` (machine-readable summary).
 */
import {existsSync, readFileSync} from 'node:fs'
import {gzipSync} from 'node:zlib'
import {build} from 'esbuild'
import retextEnglish from 'retext-english'
import {unified} from 'unified'

interface Corpus {
  name: string
  texts: string[]
  characters: number
}

/** The built package, as users get it (`npm run bench` builds it first). */
const {parseDispatch} = (await import(new URL('../dist/index.js', import.meta.url).href)) as typeof import('../src/index.js')

const rounds = Number(readFlag('--rounds') ?? 5)
const asJson = process.argv.includes('--json')
const corpora = new URL('../../shared/corpora/', import.meta.url)

const results: Record<string, unknown> = {machine: machine(), rounds}
const loaded = [load('conll2003/dev.jsonl', 'CoNLL-2003 dev'), load('polnear/dev.jsonl', 'PolNeAR dev')].filter(
  (corpus): corpus is Corpus => corpus !== undefined
)

const processor = unified().use(retextEnglish)
for (const corpus of loaded) {
  const ours = measure(corpus, (text) => parseDispatch(text))
  const bare = measure(corpus, (text) => processor.parse(text))
  results[corpus.name] = {
    documents: corpus.texts.length,
    characters: corpus.characters,
    wirecopyCharsPerSecond: Math.round(ours),
    retextCharsPerSecond: Math.round(bare),
    wirecopyMsPerDispatch: round((corpus.characters / ours / corpus.texts.length) * 1000, 3),
    ratioToRetext: round(bare / ours, 2)
  }
}
results.bundle = await bundleSize()
report(results)

/**
 * Characters per CPU-second of a function over a corpus: the median round.
 */
function measure(corpus: Corpus, run: (text: string) => unknown): number {
  const speeds: number[] = []
  for (let round = 0; round <= rounds; round++) {
    const before = process.cpuUsage()
    for (const text of corpus.texts) run(text)
    const used = process.cpuUsage(before)
    const seconds = (used.user + used.system) / 1e6
    if (round > 0) speeds.push(corpus.characters / seconds)
  }
  speeds.sort((a, b) => a - b)
  return speeds[Math.floor(speeds.length / 2)] ?? 0
}

/** The browser bundle: ESM, minified, dependencies included. */
async function bundleSize(): Promise<{raw: number; gzip: number}> {
  const output = await build({
    entryPoints: [new URL('../dist/index.js', import.meta.url).pathname],
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
    console.warn('skipped ' + name + ': ' + file.pathname + ' is absent')
    return undefined
  }
  const texts = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as {text: string}).text)
  return {name, texts, characters: texts.reduce((sum, text) => sum + text.length, 0)}
}

function report(summary: Record<string, unknown>): void {
  if (asJson) {
    console.log(JSON.stringify(summary, null, 2))
    return
  }
  console.log('machine: ' + String(summary.machine) + '; rounds: ' + rounds + ' (median, after a warm-up)')
  for (const corpus of loaded) {
    const row = summary[corpus.name] as Record<string, number>
    console.log(
      corpus.name.padEnd(16) +
        ` ${row.documents} docs, ${format(row.characters)} chars | wirecopy ${format(row.wirecopyCharsPerSecond)} chars/CPU-s` +
        ` (${row.wirecopyMsPerDispatch} ms/dispatch) | bare retext-english ${format(row.retextCharsPerSecond)} chars/CPU-s` +
        ` | wirecopy costs ${row.ratioToRetext}× the bare parse`
    )
  }
  const bundle = summary.bundle as {raw: number; gzip: number}
  console.log(`browser bundle (esbuild, minified, with dependencies): ${kb(bundle.raw)} raw, ${kb(bundle.gzip)} gzipped`)
}

function machine(): string {
  return `${process.platform} ${process.arch}, node ${process.version}`
}

function readFlag(name: string): string | undefined {
  const index = process.argv.indexOf(name)
  return index === -1 ? undefined : process.argv[index + 1]
}

function format(value: number | undefined): string {
  return (value ?? 0).toLocaleString('en-US')
}

function kb(bytes: number): string {
  return (bytes / 1024).toFixed(1) + ' KB'
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}
