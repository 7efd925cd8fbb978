import type {Article, ParseOptions} from '../../src/index.js'
import {createState, runStages, stages} from '../../src/lib/pipeline.js'

/** The stages a layout test runs: the layout, the text stage's paragraphs and sentences, and the assembly. */
const layoutStages = stages.filter((stage) => stage.name === 'layout' || stage.name === 'text' || stage.name === 'assembly')

/**
 * The Article of a dispatch as the layout stage reads it: header, headline,
 * byline, dateline, trailers, paragraphs and their sentences, the publication
 * date, assembled as `parseDispatch` assembles them, without the entities,
 * dates, quantities and quotes stages (their fields stay empty).
 *
 * @param text The dispatch.
 * @param options The options, as `parseDispatch` takes them.
 * @returns The Article.
 */
export function layoutArticle(text: string, options?: ParseOptions): Article {
  const state = createState(text, options, () => [])
  runStages(state, layoutStages)
  if (!state.article) throw new Error('The assembly stage made no Article')
  return state.article
}
