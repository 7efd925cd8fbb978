export {toHtml} from './to-html.js'
