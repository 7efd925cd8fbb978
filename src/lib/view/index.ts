export {toHtml, type HtmlOptions} from './to-html.js'
