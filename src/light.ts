export {parseDispatch} from './lib/parse-dispatch-light.js'
export {default as retextDispatch} from './lib/retext-dispatch-light.js'
export {toHtml} from './lib/view/index.js'
export type {HtmlOptions} from './lib/view/index.js'
export {toDate} from './lib/to-date.js'
export type {
  Article,
  Author,
  AuthorRole,
  Dateline,
  Diagnostic,
  DiagnosticCode,
  Entity,
  EntityType,
  KnownName,
  Mention,
  MentionForm,
  Paragraph,
  ParseOptions,
  Quantity,
  QuantityAbout,
  QuantityKind,
  QuantityMod,
  Quote,
  QuoteKind,
  Severity,
  Span,
  TextSpan,
  TimeExpression,
  TimexMod,
  TimexType
} from './lib/types.js'
