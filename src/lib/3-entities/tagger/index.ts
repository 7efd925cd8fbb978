import {entityModel} from '../../../data/entity-model.js'
import type {Document} from '../../2-text/index.js'
import type {Span} from '../../types.js'
import {authorMentions} from '../authors.js'
import {readDocumentTokens, type DocumentTokens, type SharedTokens} from './document-tokens.js'
import {labelSpans, types, type TokenSpan} from './labels.js'
import {WordCase} from './lexicon.js'
import {decodeModel, type Model} from './model.js'
import {tagTokens} from './tag-tokens.js'
import {append} from '../../util/append.js'

/** Bit of a token's gazetteer code saying a demonym covers it (see `gazetteerCodes`). */
const demonymBit = 1 << (8 + 1)

/** Label type numbers (see `labels.ts`). */
const organization = 2
const miscellaneous = 3

/**
 * Join a nationality to the ministry it names: CoNLL-2003 mostly tags "the
 * Kazakh Foreign Ministry" as `Kazakh` (MISC) and `Foreign Ministry` (ORG),
 * and the tagger learned so; wirecopy names the ministry whole, with its
 * country. The join costs one name on CoNLL-2003 dev.
 *
 * @param tokens The document's tokens.
 * @param first Index of the sentence's first token.
 * @param spans The sentence's spans (token indices within the sentence).
 * @returns The spans, joined where a demonym stands right before a ministry.
 */
function joinMinistries(tokens: DocumentTokens, first: number, spans: TokenSpan[]): TokenSpan[] {
  const result: TokenSpan[] = []

  for (const span of spans) {
    const previous = result.at(-1)

    if (
      previous &&
      previous.type === miscellaneous &&
      span.type === organization &&
      previous.end === span.start &&
      previous.end - previous.start === 1 &&
      tokens.gazetteer[first + previous.start]! & demonymBit &&
      tokens.vocabulary.lower[tokens.word[first + span.end - 1]!] === 'ministry'
    ) {
      result[result.length - 1] = {start: previous.start, end: span.end, type: organization}
    } else {
      result.push(span)
    }
  }

  return result
}

/** A name the tagger found, with its CoNLL label. */
export interface TaggedMention {
  span: Span
  label: 'PER' | 'LOC' | 'ORG' | 'MISC'
}

/** The decoded model, made on first use: importing the tagger costs nothing. */
let model: Model | undefined

/** How many times the model was decoded (for the tests: once at most, never at import). */
export const modelState = {decodes: 0}

/**
 * The model, decoded on first use.
 *
 * @returns The model.
 */
export function getModel(): Model {
  if (!model) {
    model = decodeModel(entityModel)
    modelState.decodes++
  }

  return model
}

/**
 * Find the names in a document with the learned sequence model (an averaged
 * perceptron over BILOU labels, decoded with Viterbi, with a second pass that
 * reads the first pass's labels of the same words elsewhere in the document),
 * and add the people the byline and trailers credit.
 *
 * @param document The parsed dispatch.
 * @param shared The document's tokens and gazetteer matches, if made already
 *   (the entities stage's context), so they are not made twice.
 * @returns The names, in text order; spans never include a possessive `’s`.
 */
export function tagMentions(document: Document, shared?: SharedTokens): TaggedMention[] {
  const mentions: TaggedMention[] = []

  if (document.segments.length > 0) {
    const model = getModel()
    const tokens = readDocumentTokens(document, model.lexicon, shared)
    const labels = tagTokens(tokens, model)

    for (let s = 0; s < tokens.sentences.length; s++) {
      const first = tokens.sentenceStart[s]!
      const end = tokens.sentenceStart[s + 1]!
      const found = labelSpans(labels.subarray(first, end), end - first)
      const spans = joinMinistries(tokens, first, found)

      for (const span of spans) {
        // A word alone that opens a sentence and is mostly written in lower
        // case ("Furthermore,", "Additionally,") is no name.
        if (span.start === 0 && span.end === 1 && tokens.wordCase[first] === WordCase.Lower) continue
        mentions.push({
          span: {start: tokens.starts[first + span.start]!, end: tokens.ends[first + span.end - 1]!},
          label: types[span.type]!
        })
      }
    }
  }

  append(mentions, authorMentions(document))
  return mentions.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end)
}
