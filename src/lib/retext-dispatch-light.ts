import {dispatchTransformer, type Transformer} from './dispatch-plugin.js'
import {authorMentions} from './entities/authors.js'
import type {ParseOptions} from './types.js'

/**
 * The unified plugin of `wirecopy/light`: as `retextDispatch` of `wirecopy`,
 * without the learned entity tagger (entities from the byline, dateline,
 * gazetteers and rules only).
 *
 * @param options Optional settings, as for `parseDispatch`.
 * @returns The transformer.
 */
export default function retextDispatch(options?: ParseOptions | null | undefined): Transformer {
  return dispatchTransformer(options, authorMentions)
}
