/**
 * Reading CoNLL-2003 documents from `../shared/corpora` and turning them into
 * the tagger's token sentences with gold labels, cut exactly as the runtime
 * cuts them (layout, then the text stage, then the tagger's tokenizer).
 */

import {readFileSync} from 'node:fs'
import {readDocument as readPipelineDocument} from '../../src/lib/pipeline.js'
import type {Document} from '../../src/lib/2-text/index.js'
import {readDocumentTokens, type DocumentTokens} from '../../src/lib/3-entities/tagger/document-tokens.js'
import type {Lexicon} from '../../src/lib/3-entities/tagger/lexicon.js'
import {labelSpans, types} from '../../src/lib/3-entities/tagger/labels.js'
import {matchGazetteer} from '../../src/lib/3-entities/gazetteer.js'

/** A gold entity of the corpus. */
export interface GoldEntity {
  start: number
  end: number
  type: 'PER' | 'LOC' | 'ORG' | 'MISC'
  text: string
}

/** One document of the corpus as the JSONL file holds it. */
export interface ConllDocument {
  id: string
  text: string
  entities: GoldEntity[]
}

/** A document cut into sentences, each token with its gold BILOU label. */
export interface LabelledDocument {
  id: string
  document: Document
  tokens: DocumentTokens
  /** Per sentence, per token: `O`, or `B-`, `I-`, `L-`, `U-` and the type. */
  labels: string[][]
  /** The gold entities. */
  gold: GoldEntity[]
  /** Gold entities whose edges fall inside a token, or outside every segment. */
  unaligned: GoldEntity[]
}

/**
 * Read a JSONL file of CoNLL documents.
 *
 * @param path The file.
 * @returns Its documents.
 */
export function readConll(path: string): ConllDocument[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as ConllDocument)
}

/**
 * Build the `Document` that `parseDispatch` hands to the entities stage.
 *
 * @param text The dispatch.
 * @returns Its document.
 */
export function readDocument(text: string): Document {
  return readPipelineDocument(text).document
}

/**
 * Tokenize a corpus document and label its tokens from the gold entities.
 *
 * @param item The corpus document.
 * @param lexicon The case lexicon the features read, if any.
 * @param gazetteer Whether the tokens keep what the gazetteers say of them
 *   (default true; false to train and score without the gazetteer features).
 * @returns The labelled document.
 */
export function labelDocument(item: ConllDocument, lexicon?: Lexicon, gazetteer = true): LabelledDocument {
  const document = readDocument(item.text)
  const tokens = readDocumentTokens(document, lexicon)
  if (!gazetteer) tokens.gazetteer.fill(0)
  const sentences = tokens.sentences
  const starts = new Map<number, [number, number]>()
  const ends = new Map<number, [number, number]>()
  const bounds = tokens.sentenceStart

  sentences.forEach(function (_, s) {
    for (let index = bounds[s]!; index < bounds[s + 1]!; index++) {
      starts.set(tokens.starts[index]!, [s, index - bounds[s]!])
      ends.set(tokens.ends[index]!, [s, index - bounds[s]!])
    }
  })

  const labels = sentences.map((_, s) => Array.from({length: bounds[s + 1]! - bounds[s]!}, () => 'O'))
  const unaligned: GoldEntity[] = []

  for (const entity of item.entities) {
    const first = starts.get(entity.start)
    const last = ends.get(entity.end)

    if (!first || !last || first[0] !== last[0] || last[1] < first[1]) {
      unaligned.push(entity)
      continue
    }

    const row = labels[first[0]]!
    if (first[1] === last[1]) {
      row[first[1]] = 'U-' + entity.type
    } else {
      row[first[1]] = 'B-' + entity.type
      for (let t = first[1] + 1; t < last[1]; t++) row[t] = 'I-' + entity.type
      row[last[1]] = 'L-' + entity.type
    }
  }

  return {id: item.id, document, tokens, labels, gold: item.entities, unaligned}
}

/**
 * Read GUM documents (`gum-other/train.jsonl`) as CoNLL documents, mapped to
 * CoNLL's conventions: nested mentions dropped for the outermost
 * ("University of Portsmouth", not also "Portsmouth"), and an organisation
 * that is a country, city or region by name a location (GUM types a country
 * acting as a government by its role; CoNLL by what the name is).
 *
 * @param path The JSONL file.
 * @returns Its documents, mapped.
 */
export function readGum(path: string): ConllDocument[] {
  return readConll(path).map(function (item) {
    const outer = item.entities.filter(
      (entity) =>
        !item.entities.some(
          (other) =>
            other !== entity &&
            other.start <= entity.start &&
            other.end >= entity.end &&
            (other.end - other.start > entity.end - entity.start || item.entities.indexOf(other) < item.entities.indexOf(entity))
        )
    )
    const entities = outer.map((entity) => (entity.type === 'ORG' && isPlaceName(entity.text) ? {...entity, type: 'LOC' as const} : entity))
    return {id: item.id, text: item.text, entities}
  })
}

/**
 * Whether a name is, whole, a country, city or region of the gazetteers.
 *
 * @param text The name.
 * @returns Whether it is a place by name.
 */
function isPlaceName(text: string): boolean {
  const words = text.replace(/^the /i, '').split(/\s+/)
  return matchGazetteer(words).some(
    (match) =>
      match.start === 0 &&
      match.end === words.length &&
      (match.kind === 'country' || match.kind === 'city' || match.kind === 'region')
  )
}

/**
 * Fill the names a corpus does not annotate (GUM has no `MISC`) with the
 * labels a model gives them, where the model's name overlaps no gold name.
 *
 * @param document The labelled document, changed in place.
 * @param predicted The model's flat labels of its tokens.
 * @param type The type to fill (`MISC`).
 */
export function fillUnannotated(document: LabelledDocument, predicted: Int32Array, type: string): void {
  const starts = document.tokens.sentenceStart

  document.labels.forEach(function (row, s) {
    const labels = predicted.subarray(starts[s], starts[s + 1])

    for (const span of labelSpans(labels, row.length)) {
      if (types[span.type] !== type) continue
      let free = true
      for (let t = span.start; t < span.end; t++) if (row[t] !== 'O') free = false
      if (!free) continue
      const last = span.end - 1
      for (let t = span.start; t <= last; t++) {
        row[t] = (span.start === last ? 'U-' : t === span.start ? 'B-' : t === last ? 'L-' : 'I-') + type
      }
    }
  })
}
