/**
 * The words the quotes stage reads when it looks at the shape of a clause
 * around a cue (`../6-quotes/clause-shape.ts`), at what follows a cue
 * (`../6-quotes/after-cue.ts`), at the side clause between two quoted
 * parts (`../6-quotes/continue-quotes.ts`) and at the two clauses of an
 * overlapping pair (`../6-quotes/pair-features.ts`).
 */

/** Auxiliaries before a passive cue (`was reported by`). */
export const passiveAuxiliaries: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being'])

/** Words that open a sentence before its subject (`On Monday, …`, `However, …`). */
export const sentenceOpeners: ReadonlySet<string> = new Set([
  'on', 'in', 'at', 'after', 'before', 'during', 'however', 'but', 'and', 'meanwhile', 'still', 'also', 'yet',
  'so', 'then', 'now', 'later', 'earlier', 'while', 'when', 'as', 'since', 'if', 'although', 'though', 'with',
  'for', 'by', 'last', 'this', 'despite', 'instead', 'asked', 'speaking'
])

/** Prepositions and time words that open an adverbial before the subject (`In a speech to farmers, …`), not a clause. */
export const adverbialOpeners: ReadonlySet<string> = new Set([
  'on', 'in', 'at', 'after', 'before', 'during', 'with', 'for', 'by', 'despite', 'last', 'this', 'later', 'earlier',
  'while', 'when', 'as', 'since', 'if', 'although', 'though', 'asked', 'speaking'
])

/** Words that open a clause subordinate to the sentence's main clause (`While the minister said …, engineers …`). */
export const subordinators: ReadonlySet<string> = new Set(['while', 'although', 'though', 'whereas', 'when', 'whenever', 'if', 'because', 'since', 'once', 'unless'])

/** Past participles not in `-ed` that make a passive after `was` (`he was said to have …`). */
export const irregularParticiples: ReadonlySet<string> = new Set(['said', 'told', 'shown', 'seen', 'known', 'thought', 'heard', 'written'])

/** Verbs whose subject draws what a noun cue says (`The plan drew criticism from …`). */
export const drawingVerbs: ReadonlySet<string> = new Set([
  'draw', 'draws', 'drew', 'drawn', 'drawing', 'attract', 'attracts', 'attracted', 'attracting', 'spark', 'sparks', 'sparked',
  'faced', 'faces', 'face', 'facing', 'received', 'receives', 'under'
])

/** Words that open a question after an adjunct (`asked on the radio whether …`). */
export const questionWords: ReadonlySet<string> = new Set(['whether', 'who', 'what', 'why', 'how', 'which'])

/** Finite verbs that follow a relative `that` (`talks that were held`). */
export const finiteAuxiliaries: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might'])

/** Words that open a side clause after an attribution (`…, who …`), besides participles. */
export const sideOpeners: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which'])

/** Relative pronouns, which open a side clause without a comma (`said a member who supports …`). */
export const relativePronouns: ReadonlySet<string> = new Set(['who', 'whom', 'whose'])

/** Words in `-ing` that are no participles. */
export const notParticiples: ReadonlySet<string> = new Set(['according', 'during', 'nothing', 'something', 'anything', 'everything', 'thing', 'morning', 'evening', 'spring', 'bring', 'string'])

/** Words right before a cue that mark it as the finite verb of a clause of its own (`had warned`, `would say`, `also told`). */
export const verbMarkers: ReadonlySet<string> = new Set(['has', 'have', 'had', 'is', 'was', 'are', 'were', 'will', 'would', 'could', 'also', 'not', 'did', 'does', 'be', 'been', 'to'])

/** Words that open a content that is a question (`asked whether …`, `wondered if …`, `explained how …`). */
export const questionOpeners: ReadonlySet<string> = new Set(['whether', 'if', 'why', 'how', 'what', 'who', 'when', 'where'])
