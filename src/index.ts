export {parseDispatch} from './lib/parse-dispatch.js'
export {default as retextDispatch} from './lib/retext-dispatch.js'
export * from './lib/entry-exports.js'
