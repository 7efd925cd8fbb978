export {parseDispatch} from './lib/parse-dispatch-light.js'
export {toHtml} from './lib/view/index.js'
export type {
  Article,
  Author,
  Dateline,
  Diagnostic,
  Entity,
  EntityType,
  KnownName,
  Mention,
  Paragraph,
  ParseOptions,
  Quote,
  Severity,
  Span,
  TextSpan,
  TimeExpression
} from './lib/types.js'
