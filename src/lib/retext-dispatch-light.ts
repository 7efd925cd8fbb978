import type {Processor} from 'unified'
import {dispatchTransformer, guardParser, type Transformer} from './dispatch-plugin.js'
import {authorMentions} from './3-entities/authors.js'
import type {ParseOptions} from './types.js'

/**
 * The unified plugin of `wirecopy/light`: as `retextDispatch` of `wirecopy`,
 * without the learned entity tagger (entities from the byline, dateline,
 * gazetteers and rules only) and the learned speaker ranker (the rules'
 * speakers).
 *
 * It also guards the parser used before it (`guardParser`): a file longer
 * than 8,192 characters is parsed block by block, so that hostile text
 * neither overflows the call stack nor takes quadratic time in parse-latin.
 *
 * @param options Optional settings, as for `parseDispatch`.
 * @returns The transformer.
 */
export default function retextDispatch(this: Processor | void, options?: ParseOptions | null | undefined): Transformer {
  guardParser(this)
  return dispatchTransformer(options, authorMentions)
}
