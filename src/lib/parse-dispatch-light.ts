import {authorMentions} from './3-entities/authors.js'
import {runPipeline} from './pipeline.js'
import type {Article, ParseOptions} from './types.js'

/**
 * Turn one raw news dispatch into an `Article`, without the learned entity
 * tagger: entities come from the byline, the dateline, the gazetteers and
 * the rules only (about half the bundle, faster, and far fewer names found:
 * see docs/entities.md), and without the learned speaker ranker, which
 * reads the tagger's entities (the rules' speakers). Everything else is as
 * `parseDispatch` gives it.
 *
 * @param text The dispatch as plain text.
 * @param options Optional settings: `published`, `maxLength`.
 * @returns The Article; every span in it indexes `text`.
 * @throws {TypeError} When `text` is not a string, or an option has the wrong type.
 * @throws {RangeError} When `text` is longer than `maxLength`, or `published` is no date.
 */
export function parseDispatch(text: string, options?: ParseOptions): Article {
  return runPipeline(text, options, authorMentions)
}
