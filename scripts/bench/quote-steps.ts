/**
 * Time the steps of the quotes stage over a corpus, each alone, on parsed
 * documents: reading the paragraphs, the rules (`ruleDrafts`), the span
 * model (`applySpanModel`), the overlap model (`settlePairs`) and the
 * speaker ranker (`rankSpeakers`), beside the whole parse (`runPipeline`,
 * without the ranker). Bundled with esbuild, as the package is.
 *
 * `npx tsx scripts/bench/quote-steps.ts [corpus] [rounds]` (default
 * `polnear/dev.jsonl`, 15 rounds after 5): CPU milliseconds per round of
 * each step and of the whole parse, the median round, and the span model's,
 * the overlap model's and the speaker ranker's shares of the parse (each
 * round's ratio, the median).
 */
import {readFileSync} from 'node:fs'
import {importBundled} from './import-bundled.js'

const corpus = process.argv[2] ?? 'polnear/dev.jsonl'
const rounds = Number(process.argv[3] ?? 15)
const module = await importBundled<typeof import('./quote-steps-run.js')>(new URL('./quote-steps-run.ts', import.meta.url))
const texts = readFileSync(new URL('../../../shared/corpora/' + corpus, import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => (JSON.parse(line) as {text: string}).text)
console.log(corpus + ': ' + texts.length + ' documents, median of ' + rounds + ' rounds after 5, CPU ms per round, and ratios')
for (const [step, value] of Object.entries(module.timeQuoteSteps(texts, rounds))) console.log('  ' + step.padEnd(22) + ' ' + value)
