export {parseParagraph} from './parse-paragraph.js'
export {sentenceSpans} from './sentence-spans.js'
export {splitSentences} from './split-sentences.js'
