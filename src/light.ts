export {parseDispatch} from './lib/parse-dispatch-light.js'
export {toHtml} from './lib/view/index.js'
export type {
  Article,
  Author,
  Dateline,
  Diagnostic,
  Entity,
  EntityType,
  Mention,
  Paragraph,
  ParseOptions,
  Quantity,
  QuantityAbout,
  QuantityKind,
  QuantityMod,
  Quote,
  Severity,
  Span,
  TextSpan,
  TimeExpression
} from './lib/types.js'
