/**
 * Accuracy harness: `npm run eval` (`tsx scripts/eval.ts`).
 *
 * Runs `parseDispatch`, from source, over the annotated corpora in
 * `../shared/corpora` (or `$WIRECOPY_CORPORA`) and scores it by the rules of
 * that folder's README: entities on CoNLL-2003 (dev), on wikigold (dev, the
 * same scoring) and on GUM's non-news genres (`gum-other` dev: overlap,
 * lenient types, clustering), time expressions on
 * TempEval-3 (train, `dct` passed as `published`), quotes on PolNeAR (dev),
 * quantities on NewsQuant (dev), and
 * a small section of layout checks. Missing corpora or splits are skipped and
 * said so. A document on which the parser throws counts as a failure (its gold
 * items as missed) and is named in the report.
 *
 * Options: `--corpus conll2003|wikigold|gum-other|tempeval3|polnear|newsquant|layout` (repeatable),
 * `--split train|dev`, `--limit N`, `--json`, `--errors N`; `--help` lists them.
 *
 * Regression floors: `scripts/eval/floors.json` is a committed JSON object
 * mapping metric names to the least value each may take, in percent as the
 * report prints them (compared at one decimal), for example
 * `{"conll2003.dev.f1": 46.9, "tempeval3.train.value.f1": 40}`. Metric names
 * are `<corpus>.<split>.<metric>`; `--json` lists every name this run measured.
 * When a measured metric falls below its floor the harness prints it and exits
 * with code 1. Floors of metrics not measured in a run (corpus skipped or not
 * asked for) are listed, not failed; with `--limit` floors are not checked.
 * It starts as `{}`: raise a floor when an extractor lands.
 */

import {parseDispatch as parseFull} from '../src/index.js'
import {parseDispatch as parseLight} from '../src/light.js'
import {readArgs, usage, type EvalArgs} from './eval/args.js'
import {
  corporaRoot,
  defaultSplits,
  loadCorpus,
  type CorpusDocs,
  type CorpusName,
  type Loaded,
  type SplitName
} from './eval/corpora.js'
import {
  evaluateConll,
  evaluateGum,
  evaluateLayout,
  evaluateNewsquant,
  evaluatePolnear,
  evaluateTempeval,
  type EvalResult,
  type LayoutInput
} from './eval/evaluate.js'
import {checkFloors, readFloors, type FloorCheck} from './eval/floors.js'
import {formatExamples, formatFloors, formatResult} from './eval/report.js'
import {charsPerSecond, resultMetrics, type Metrics} from './eval/summary.js'

/** A corpus split that could not be scored. */
interface Skip {
  section: string
  corpus: CorpusName
  split: SplitName
  file: string
  reason: string
}

main()

/**
 * Run the harness and set the exit code.
 */
function main(): void {
  let args: EvalArgs

  try {
    args = readArgs(process.argv.slice(2))
  } catch (error) {
    console.error(String(error instanceof Error ? error.message : error) + '\n\n' + usage)
    process.exitCode = 2
    return
  }

  if (args.help) {
    console.log(usage)
    return
  }

  const parseDispatch = args.light ? parseLight : parseFull

  const root = corporaRoot()
  const loaded = new Map<string, Loaded<CorpusDocs[CorpusName]>>()
  const skipped: Skip[] = []
  const results: EvalResult[] = []
  const metrics: Metrics = {}
  const print = args.json ? function () {} : function (lines: string[]) {
    for (const line of lines) console.log(line)
  }

  print([
    'wirecopy eval: corpora in ' + root + (args.limit === undefined ? '' : ', first ' + args.limit + ' docs each')
  ])

  for (const section of args.sections) {
    const result = section === 'layout' ? runLayout() : runCorpus(section)
    if (!result) continue
    results.push(result)
    Object.assign(metrics, resultMetrics(result))
    print(formatResult(result))
    if (args.errors > 0 && 'examples' in result) print(formatExamples(result.corpus, result.examples))
  }

  let floors: FloorCheck | undefined
  let floorsSkipped: string | undefined

  if (args.limit !== undefined) {
    floorsSkipped = '--limit given'
  } else if (args.light) {
    floorsSkipped = '--light given'
  } else {
    floors = checkFloors(metrics, readFloors())
  }

  print([''])

  if (skipped.length > 0) {
    print(['skipped (not scored):'])
    print(skipped.map(function (skip) {
      const where = skip.section === skip.corpus ? '' : skip.section + ': '
      return '  ' + where + skip.corpus + ' ' + skip.split + ' (' + skip.reason + ': ' + skip.file + ')'
    }))
  } else {
    print(['skipped: none'])
  }

  print(formatFloors(floors, floorsSkipped))

  if (args.json) {
    console.log(JSON.stringify(jsonSummary(), null, 2))
  }

  if (floors && floors.failures.length > 0) process.exitCode = 1

  /**
   * Load a corpus split once per run.
   *
   * @param corpus The corpus.
   * @param split The split.
   * @returns Its documents (cut to `--limit`), or why there are none.
   */
  function load<Name extends CorpusName>(corpus: Name, split: SplitName): Loaded<CorpusDocs[Name]> {
    const key = corpus + '/' + split
    let value = loaded.get(key) as Loaded<CorpusDocs[Name]> | undefined

    if (!value) {
      value = loadCorpus(root, corpus, split)
      if (value.status === 'ok' && args.limit !== undefined) value.docs = value.docs.slice(0, args.limit)
      loaded.set(key, value)
    }

    return value
  }

  /**
   * Load a corpus split for a section, noting a skip when it is not there.
   *
   * @param section The section asking.
   * @param corpus The corpus.
   * @returns The split and its documents, or `undefined` when skipped.
   */
  function docsFor<Name extends CorpusName>(
    section: string,
    corpus: Name
  ): {split: SplitName; docs: Array<CorpusDocs[Name]>} | undefined {
    const split = args.split ?? defaultSplits[corpus]
    const value = load(corpus, split)
    if (value.status === 'ok') return {split, docs: value.docs}
    skipped.push({
      section,
      corpus,
      split,
      file: value.file,
      reason: value.status === 'missing' ? 'missing' : 'unreadable, ' + value.reason
    })
    print(['', section + ' ' + (section === corpus ? '' : corpus + ' ') + split + ': SKIPPED, ' + value.status + ' ' + value.file])
    return undefined
  }

  /**
   * Score one corpus.
   *
   * @param corpus The corpus.
   * @returns Its result, or `undefined` when skipped.
   */
  function runCorpus(corpus: CorpusName): EvalResult | undefined {
    switch (corpus) {
      case 'conll2003': {
        const input = docsFor('conll2003', 'conll2003')
        return input && evaluateConll(input.docs, input.split, parseDispatch, args.errors)
      }

      case 'wikigold': {
        const input = docsFor('wikigold', 'wikigold')
        return input && evaluateConll(input.docs, input.split, parseDispatch, args.errors, 'wikigold')
      }

      case 'gum-other': {
        const input = docsFor('gum-other', 'gum-other')
        return input && evaluateGum(input.docs, input.split, parseDispatch, args.errors)
      }

      case 'tempeval3': {
        const input = docsFor('tempeval3', 'tempeval3')
        return input && evaluateTempeval(input.docs, input.split, parseDispatch, args.errors)
      }

      case 'polnear': {
        const input = docsFor('polnear', 'polnear')
        return input && evaluatePolnear(input.docs, input.split, parseDispatch, args.errors)
      }

      case 'newsquant': {
        const input = docsFor('newsquant', 'newsquant')
        return input && evaluateNewsquant(input.docs, input.split, parseDispatch, args.errors)
      }
    }
  }

  /**
   * Run the layout checks on every corpus present.
   *
   * @returns The result.
   */
  function runLayout(): EvalResult {
    const input: LayoutInput = {}
    const polnear = docsFor('layout', 'polnear')
    const tempeval3 = docsFor('layout', 'tempeval3')
    const conll2003 = docsFor('layout', 'conll2003')
    if (polnear) input.polnear = polnear
    if (tempeval3) input.tempeval3 = tempeval3
    if (conll2003) input.conll2003 = conll2003
    return evaluateLayout(input, parseDispatch)
  }

  /**
   * The machine-readable summary.
   *
   * @returns A JSON-ready object.
   */
  function jsonSummary() {
    return {
      corporaRoot: root,
      limit: args.limit ?? null,
      skipped,
      sections: results.map(function (result) {
        const runs = result.corpus === 'layout' ? result.parts.map(function (part) {
          return {corpus: part.corpus, split: part.split, stats: part.stats}
        }) : [{corpus: result.corpus, split: result.split, stats: result.stats}]

        return {
          section: result.corpus,
          runs: runs.map(function (run) {
            return {
              corpus: run.corpus,
              split: run.split,
              docs: run.stats.docs,
              chars: run.stats.chars,
              parseMs: Math.round(run.stats.parseMs),
              totalMs: Math.round(run.stats.totalMs),
              charsPerSecond: Math.round(charsPerSecond(run.stats)),
              failures: run.stats.failures
            }
          }),
          ...('examples' in result && args.errors > 0 ? {examples: result.examples} : {})
        }
      }),
      metrics,
      floors: floors ?? {notChecked: floorsSkipped}
    }
  }
}
