import {tagMentions} from './3-entities/tagger/index.js'
import {rankSpeakers} from './6-quotes/speaker-model.js'
import {runPipeline} from './pipeline.js'
import type {Article, ParseOptions} from './types.js'

/**
 * Turn one raw news dispatch into an `Article`.
 *
 * The stages run in order: layout (header, headline, byline, dateline,
 * trailers, paragraphs) → text (NLCST trees and sentences) → entities →
 * dates → quotes → assembly. The function is pure: it reads no clock,
 * environment, file or network.
 *
 * @param text The dispatch as plain text.
 * @param options Optional settings: `published`, `maxLength`.
 * @returns The Article; every span in it indexes `text`.
 * @throws {TypeError} When `text` is not a string, or an option has the wrong type.
 * @throws {RangeError} When `text` is longer than `maxLength`, or `published` is no date.
 */
export function parseDispatch(text: string, options?: ParseOptions): Article {
  return runPipeline(text, options, tagMentions, undefined, rankSpeakers)
}
