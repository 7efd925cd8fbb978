import {buildArticle} from './7-assembly/build-article.js'
import {checkInput, inputDiagnostics, type Settings} from './7-assembly/check-input.js'
import {findDates} from './4-dates/index.js'
import {findEntitiesWith, type MentionFinder} from './3-entities/find-entities.js'
import {datesOf, readLayout, type Layout} from './1-layout/index.js'
import {findQuantities} from './5-quantities/index.js'
import {findQuotes} from './6-quotes/index.js'
import type {SpeakerRanker} from './6-quotes/speaker-model.js'
import type {Paragraph as TreeParagraph, Root} from 'nlcst'
import {createCursor, cutWindows, documentStretches, givenParagraphs, readSegments, readTokenTable, type Cursor, type Document, type Stretch} from './2-text/index.js'
import type {Article, Diagnostic, Entity, Paragraph, ParseOptions, Quantity, Quote, TimeExpression} from './types.js'
import {append} from './util/append.js'

/**
 * The pipeline, declared once: a list of stages over one state object, run
 * by one function (`runStages`). `parseDispatch` runs the whole list; tests,
 * scripts and the bench run it, or a prefix of it, the same way.
 *
 * A stage that works on the whole dispatch (layout, assembly) runs once; a
 * stage that works on parsed text (text, entities, dates, quotes) runs once
 * per window, in list order: a news article is one window, a very long text
 * is cut between paragraphs into windows so that one window's trees at a
 * time are alive.
 */

/** The window the per-window stages are working on. */
export interface Window {
  /** Its place in the dispatch's windows, from 0. */
  index: number
  /** What the text stage parses. */
  stretches: Stretch[]
  /** The text stage's product: what the later stages read. */
  document?: Document
  /** The entities stage's product, numbered after the earlier windows'. */
  entities?: Entity[]
  /** The dates stage's product. */
  dates?: TimeExpression[]
}

/** What the stages read and write. */
export interface State {
  /** The caller's input. */
  input: string
  /** The checked options. */
  settings: Settings
  /** What finds names in the entities stage (the learned tagger, or not). */
  findMentions: MentionFinder
  /** What ranks the quotes' candidate speakers (the learned ranker, or none: the rules' speakers). */
  rankSpeakers?: SpeakerRanker
  /** Most characters of stretches in one window. */
  windowSize?: number
  /** The layout stage's product. */
  layout?: Layout
  /** The publication date, chosen once by the layout stage (ISO 8601, or `XXXX-MM-DD`). */
  published?: string
  /** The dateline's date with a year where one can be had. */
  datelineDate?: string
  /** The windows of stretches the text stage parses, in text order. */
  windows: Stretch[][]
  /** Where the text stage's parser stands in the input. */
  cursor?: Cursor
  /**
   * An NLCST tree a processor parsed from the whole input (`retextDispatch`):
   * the text stage takes the stretches that are its paragraphs from it.
   */
  tree?: Root
  /** The paragraphs of `tree` by start offset, read on first use. */
  given?: Map<number, TreeParagraph>
  /** The window being worked on. */
  window?: Window
  entities: Entity[]
  dates: TimeExpression[]
  quotes: Quote[]
  quantities: Quantity[]
  paragraphs: Paragraph[]
  diagnostics: Diagnostic[]
  /** The assembly stage's product. */
  article?: Article
}

/** One step of the pipeline. */
export interface Stage {
  /** Its name, as `docs/design.md` and the bench give it. */
  name: string
  /** Whether it runs once per window (after the text stage) or once per dispatch. */
  perWindow: boolean
  /** Do the work: read and write the state. */
  run: (state: State) => void
}

/** The layout stage: header, headline, byline, dateline, trailers, paragraphs; the publication date. */
const layoutStage: Stage = {
  name: 'layout',
  perWindow: false,
  run(state) {
    const layout = readLayout(state.input)
    const {published, datelineDate} = datesOf(layout, state.settings.published)
    state.layout = layout
    state.published = published
    state.datelineDate = datelineDate
    state.windows = cutWindows(documentStretches(layout), state.windowSize, state.input)
  }
}

/** The text stage: the NLCST tree, sentences and token table of each stretch of the window. */
const textStage: Stage = {
  name: 'text',
  perWindow: true,
  run(state) {
    const window = current(state)
    if (state.tree) state.given ??= givenParagraphs(state.tree)
    const segments = readSegments(state.input, window.stretches, (state.cursor ??= createCursor(state.input)), state.given)
    const document: Document = {
      input: state.input,
      segments,
      authors: window.index === 0 && state.layout ? state.layout.authors : [],
      tokens: readTokenTable(state.input, segments)
    }
    if (state.published) document.published = state.published
    window.document = document
    for (const segment of document.segments) {
      if (segment.kind !== 'paragraph') continue
      // The pieces of a paragraph longer than a window make one paragraph.
      const last = state.paragraphs.at(-1)
      if (segment.paragraph && last?.span.start === segment.paragraph.start) append(last.sentences, segment.sentences)
      else state.paragraphs.push({span: segment.paragraph ?? segment.span, sentences: [...segment.sentences]})
    }
  }
}

/** The entities stage: names, typed, clustered, linked; ids numbered on from the earlier windows'. */
const entitiesStage: Stage = {
  name: 'entities',
  perWindow: true,
  run(state) {
    const window = current(state)
    const entities = findEntitiesWith(documentOf(window), state.findMentions, state.settings.names)
    renumber(entities, state.entities.length)
    window.entities = entities
    append(state.entities, entities)
  }
}

/** The dates stage: time expressions resolved against the publication date. */
const datesStage: Stage = {
  name: 'dates',
  perWindow: true,
  run(state) {
    const window = current(state)
    window.dates = findDates(documentOf(window))
    append(state.dates, window.dates)
  }
}

/**
 * The quantities stage: the numbers the story reports, after the dates
 * stage (its dates, times and durations are not quantities) and the
 * entities stage (numbers inside names are not; counted nouns link to them).
 */
const quantitiesStage: Stage = {
  name: 'quantities',
  perWindow: true,
  run(state) {
    const window = current(state)
    append(state.quantities, findQuantities(documentOf(window), window.dates ?? [], window.entities ?? []))
  }
}

/** The quotes stage: quotations, cues and speakers resolved to the window's entities. */
const quotesStage: Stage = {
  name: 'quotes',
  perWindow: true,
  run(state) {
    const window = current(state)
    const found = findQuotes(documentOf(window), window.entities ?? [], state.rankSpeakers)
    append(state.quotes, found.quotes)
    append(state.diagnostics, found.diagnostics)
  }
}

/** The assembly stage: the Article, deciding between the sources of each field. */
const assemblyStage: Stage = {
  name: 'assembly',
  perWindow: false,
  run(state) {
    if (!state.layout) throw new Error('The assembly stage needs the layout stage first')
    state.article = buildArticle({
      input: state.input,
      layout: state.layout,
      paragraphs: state.paragraphs,
      published: state.published,
      datelineDate: state.datelineDate,
      entities: state.entities,
      dates: state.dates,
      quotes: state.quotes,
      quantities: state.quantities,
      diagnostics: [...inputDiagnostics(state.input), ...state.diagnostics]
    })
  }
}

/** The stages, in the order they run. */
export const stages: readonly Stage[] = [
  layoutStage,
  textStage,
  entitiesStage,
  datesStage,
  quantitiesStage,
  quotesStage,
  assemblyStage
]

/**
 * Make the state the stages start from, checking the input and options.
 *
 * @param text The dispatch as plain text.
 * @param options Optional settings: `published`, `maxLength`.
 * @param findMentions What finds names in the entities stage.
 * @param rankSpeakers What ranks the quotes' candidate speakers, if anything.
 * @returns The state.
 * @throws {TypeError} When `text` is not a string, or an option has the wrong type.
 * @throws {RangeError} When `text` is longer than `maxLength`, or `published` is no date.
 */
export function createState(text: string, options: ParseOptions | undefined, findMentions: MentionFinder, rankSpeakers?: SpeakerRanker): State {
  const settings = checkInput(text, options)
  return {
    input: text,
    settings,
    findMentions,
    ...(rankSpeakers && {rankSpeakers}),
    windows: [],
    entities: [],
    dates: [],
    quotes: [],
    quantities: [],
    paragraphs: [],
    diagnostics: []
  }
}

/**
 * Run stages over a state: the stages that work on the whole dispatch once,
 * each run of consecutive per-window stages once per window, in order.
 *
 * @param state The state; changed in place.
 * @param list The stages to run (default all), or a prefix of them.
 * @param after Called after each stage has run (the bench's timer).
 * @returns The state.
 */
export function runStages(state: State, list: readonly Stage[] = stages, after?: (stage: Stage) => void): State {
  let index = 0
  while (index < list.length) {
    let end = index + 1
    if (list[index]?.perWindow) while (end < list.length && list[end]?.perWindow) end++
    const block = list.slice(index, end)
    if (block[0]?.perWindow) {
      for (const [number, stretches] of state.windows.entries()) {
        state.window = {index: number, stretches}
        for (const stage of block) runStage(state, stage, after)
      }
    } else {
      for (const stage of block) runStage(state, stage, after)
    }
    index = end
  }
  return state
}

function runStage(state: State, stage: Stage, after: ((stage: Stage) => void) | undefined): void {
  stage.run(state)
  after?.(stage)
}

/**
 * Run every stage over one dispatch.
 *
 * @param text The dispatch as plain text.
 * @param options Optional settings: `published`, `maxLength`.
 * @param findMentions What finds names in the entities stage.
 * @param tree An NLCST tree of the whole text to take paragraphs from, if any.
 * @param rankSpeakers What ranks the quotes' candidate speakers, if anything.
 * @returns The Article; every span in it indexes `text`.
 * @throws {TypeError} When `text` is not a string, or an option has the wrong type.
 * @throws {RangeError} When `text` is longer than `maxLength`, or `published` is no date.
 */
export function runPipeline(text: string, options: ParseOptions | undefined, findMentions: MentionFinder, tree?: Root, rankSpeakers?: SpeakerRanker): Article {
  const state = createState(text, options, findMentions, rankSpeakers)
  if (tree) state.tree = tree
  runStages(state)
  return state.article as Article
}

/**
 * Run the layout and text stages over a whole dispatch as one window: the
 * `Document` the entities, dates and quotes stages read. Scripts and tests
 * that run one stage alone build their input here.
 *
 * @param text The dispatch.
 * @param published `options.published`, settled, if any.
 * @returns The layout and the document.
 */
export function readDocument(text: string, published?: string): {layout: Layout; document: Document} {
  const settings = published === undefined ? {maxLength: text.length} : {maxLength: text.length, published}
  const state: State = {...createState(text, undefined, () => []), settings, windowSize: Number.POSITIVE_INFINITY}
  runStages(state, stages.slice(0, 2))
  return {layout: state.layout as Layout, document: documentOf(current(state))}
}

/** The window being worked on; a per-window stage runs only inside one. */
function current(state: State): Window {
  if (!state.window) throw new Error('A per-window stage runs inside a window')
  return state.window
}

/** The window's document; the stages after the text stage need it. */
function documentOf(window: Window): Document {
  if (!window.document) throw new Error('The stages after the text stage need its document')
  return window.document
}

/**
 * Give a window's entities ids after the earlier windows' (`e1`, `e2`, …
 * stay in order of first mention).
 */
function renumber(entities: Entity[], offset: number): void {
  if (offset === 0) return
  for (const [index, entity] of entities.entries()) entity.id = 'e' + (offset + index + 1)
}
