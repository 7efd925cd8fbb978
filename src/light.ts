export {parseDispatch} from './lib/parse-dispatch-light.js'
export {default as retextDispatch} from './lib/retext-dispatch-light.js'
export * from './lib/entry-exports.js'
