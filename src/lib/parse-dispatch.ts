import type {Article, ParseOptions} from './types.js'

/**
 * Turn one raw news dispatch into an `Article`.
 *
 * @param text The dispatch as plain text.
 * @param options Optional settings.
 * @returns The Article; every span in it indexes `text`.
 */
export function parseDispatch(text: string, options?: ParseOptions): Article {
  if (typeof text !== 'string') {
    throw new TypeError('Expected `text` to be a string, got ' + typeof text)
  }
  void options
  return {
    authors: [],
    body: {start: 0, end: text.length},
    paragraphs: [],
    entities: [],
    dates: [],
    quotes: [],
    diagnostics: []
  }
}
