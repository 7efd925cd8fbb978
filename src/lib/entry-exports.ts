/**
 * What both entries (`wirecopy` and `wirecopy/light`) export alike: the
 * view, `toDate` and the types. Each entry adds its own `parseDispatch` and
 * `retextDispatch`.
 */

export {toHtml} from './view/index.js'
export type {HtmlOptions} from './view/index.js'
export {toDate} from './to-date.js'
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
} from './types.js'
