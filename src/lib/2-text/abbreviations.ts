/**
 * Word lists for the sentence repairs, kept apart from the code that uses
 * them. Every entry is written without its full stop. Lists marked
 * case-sensitive are matched as written; the others are matched in lower case.
 */

/**
 * Titles and place prefixes that stand before a name and never end a
 * sentence: after `Gen.` or `St.` a capitalised word belongs to the same
 * sentence (`Gen. Lee`, `St. Louis`). Case-sensitive.
 */
export const titles: ReadonlySet<string> = new Set([
  'Adm',
  'Amb',
  'Atty',
  'Brig',
  'Capt',
  'Cdr',
  'Cmdr',
  'Col',
  'Cpl',
  'Det',
  'Dr',
  'Drs',
  'Fr',
  'Ft',
  'Gen',
  'Gov',
  'Govs',
  'Hon',
  'Insp',
  'Lt',
  'Maj',
  'Messrs',
  'Mme',
  'Mmes',
  'Mr',
  'Mrs',
  'Ms',
  'Msgr',
  'Mt',
  'Pres',
  'Prof',
  'Pvt',
  'Rep',
  'Reps',
  'Rev',
  'Sen',
  'Sens',
  'Sgt',
  'St',
  'Supt'
])

/**
 * Abbreviations that stand before a number and do not end a sentence there:
 * `No. 5`, `Fig. 3`, `pp. 12`. Matched in lower case.
 */
export const numberPrefixes: ReadonlySet<string> = new Set([
  'art',
  'ch',
  'chap',
  'fig',
  'figs',
  'no',
  'nos',
  'p',
  'para',
  'pp',
  'sec',
  'vol',
  'vols'
])

/**
 * Abbreviations that join what follows to what precedes and so never end a
 * sentence, whatever comes next: `vs. Chicago`, `approx. 40`, `e.g. A hammer`.
 * Matched in lower case.
 */
export const joiners: ReadonlySet<string> = new Set([
  'a.k.a',
  'approx',
  'e.g',
  'esp',
  'i.e',
  'incl',
  'vs'
])

/**
 * Capitalised function words that, after a word ending in a full stop, show
 * that a new sentence has begun: `the U.S. The`, `Acme Inc. It`. Names are
 * left out on purpose (`the U.S. Embassy` is one sentence). Case-sensitive.
 */
export const sentenceStarters: ReadonlySet<string> = new Set([
  'A',
  'After',
  'Also',
  'Although',
  'Among',
  'An',
  'And',
  'As',
  'At',
  'Before',
  'But',
  'By',
  'Despite',
  'During',
  'For',
  'From',
  'He',
  'Her',
  'His',
  'How',
  'However',
  'I',
  'If',
  'In',
  'It',
  'Its',
  'Meanwhile',
  'Now',
  'On',
  'Our',
  'She',
  'Since',
  'So',
  'Some',
  'Still',
  'That',
  'The',
  'Their',
  'Then',
  'There',
  'These',
  'They',
  'This',
  'Those',
  'To',
  'Under',
  'Until',
  'We',
  'What',
  'When',
  'Where',
  'While',
  'Who',
  'Why',
  'With',
  'Yet',
  'You'
])

/**
 * Ordinary words that parse-english takes for abbreviations (`War.` for
 * Warwickshire, `in.` for inches), so that it never ends a sentence after
 * them. In news they end a sentence before any capitalised word
 * (`the Gulf War. Clashes`, `goods going in. Iraq`). Case-sensitive.
 */
export const ordinaryWords: ReadonlySet<string> = new Set(['War', 'in'])

/** Quote marks that, after white space, open a quotation. */
export const openingQuotes: ReadonlySet<string> = new Set([
  '"',
  "'",
  '\u2018',
  '\u201C',
  '\u00AB',
  '\u201E'
])
