import type {Processor} from 'unified'
import {dispatchTransformer, guardParser, type Transformer} from './dispatch-plugin.js'
import {tagMentions} from './3-entities/tagger/index.js'
import {rankSpeakers} from './6-quotes/speaker-model.js'
import type {ParseOptions} from './types.js'

/**
 * A unified plugin that reads the file as a news dispatch, over the NLCST
 * tree the processor parsed: `retext().use(retextDispatch, options)` or
 * `unified().use(retextEnglish).use(retextDispatch, options)`.
 *
 * The stretches of the dispatch that are paragraphs of the tree are taken
 * from it, with their sentence breaks repaired in place (so the tree changes
 * where parse-english splits after an abbreviation, as `parseDispatch`
 * repairs it); the rest is parsed alone. The Article goes on
 * `file.data.article`; each diagnostic is a vfile message (`source:
 * 'wirecopy'`, `ruleId` its code): `info` ones through `file.info`, warnings
 * through `file.message` (`fatal: false`).
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
  return dispatchTransformer(options, tagMentions, rankSpeakers)
}
