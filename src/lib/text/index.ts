export {createCursor, parseParagraph, type Cursor} from './parse-paragraph.js'
export {readSegments, type Document, type Segment, type SegmentKind} from './read-document.js'
export {sentenceSpans} from './sentence-spans.js'
export {splitSentences} from './split-sentences.js'
