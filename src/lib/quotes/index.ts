import type {Document} from '../text/index.js'
import type {Diagnostic, Entity, Quote} from '../types.js'

/**
 * The quotes stage: direct, indirect and mixed quotes with cue and speaker.
 *
 * @param document The parsed dispatch.
 * @param entities The entities, to resolve speakers to.
 * @returns The quotes in text order, and diagnostics (unclosed quote marks).
 */
export function findQuotes(document: Document, entities: Entity[]): {quotes: Quote[]; diagnostics: Diagnostic[]} {
  void document
  void entities
  return {quotes: [], diagnostics: []}
}
