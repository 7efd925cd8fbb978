import {monthWords, weekdayNames} from './calendar.js'

/**
 * The words the quotes stage reads when it walks a speaker's noun phrase
 * next to a cue (`../6-quotes/speaker-span.ts`).
 */

/** Pronouns and relative pronouns that are a speaker on their own. */
export const speakerPronouns: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which'])

/** Pronouns in the subject case: a subject wherever they stand before a cue. */
export const subjectPronouns: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i'])

/**
 * Adjectives in `-ed` that say what their subject feels or holds after `is`,
 * `are`, `was` (`some Democrats are concerned that …`): the subject speaks;
 * they are no passives.
 */
export const stanceAdjectives: ReadonlySet<string> = new Set([
  'concerned', 'convinced', 'worried', 'pleased', 'surprised', 'disappointed', 'determined', 'impressed', 'interested',
  'alarmed', 'dismayed', 'outraged', 'frustrated', 'excited', 'shocked', 'thrilled', 'angered', 'irritated', 'puzzled',
  'intrigued', 'satisfied', 'delighted', 'confused', 'troubled', 'mystified', 'startled', 'unsettled', 'agitated',
  'enamored', 'inclined', 'opposed', 'committed', 'persuaded', 'scared', 'annoyed', 'relieved', 'heartened'
])

/** Words that end a noun phrase when walking over it. */
export const phraseStops: ReadonlySet<string> = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'but', 'or', 'because', 'when', 'while', 'if', 'as', 'after',
  'before', 'since', 'so', 'where', 'although', 'though', 'than', 'to', 'not', 'is', 'are', 'was', 'were',
  'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'may', 'might',
  'should', 'must', 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'them', 'us', 'me', 'also', 'then',
  'there', 'here', 'said', 'says', 'say', 'told', 'just', 'even', 'only', 'about', 'into', 'by',
  'during', 'over', 'against', 'under', 'between', 'like', 'what', 'how', 'why', 'yet', 'however', 'meanwhile',
  'made', 'took', 'gave', 'went', 'came', 'saw', 'knew', 'thought', 'felt', 'found', 'wrote', 'spoke', 'got',
  'put', 'sent', 'won', 'lost', 'let', 'make', 'take', 'give', 'get', 'go'
])

/** Words that may join two parts of one noun phrase. */
export const phraseJoiners: ReadonlySet<string> = new Set(['of', 'for', 'at', 'in', 'on', 'from', 'and', '&', '-', 'with'])

/** Determiners and possessives: the left edge of a noun phrase. */
export const phraseDeterminers: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'some',
  'many', 'most', 'several', 'both', 'all', 'one', 'two', 'three', 'another', 'other', 'other', 'each', 'any', 'no'
])

/** Names of days and months: time, not speakers (`said Friday`). */
export const speakerTimeWords: ReadonlySet<string> = new Set([
  ...weekdayNames,
  'today', 'yesterday', 'tonight',
  ...monthWords.filter((word) => word !== 'may'),
  'earlier', 'later', 'last', 'recently', 'previously', 'again', 'repeatedly', 'in', 'on', 'at'
])

/** Units of time in an adjunct (`last week`, `in April`). */
export const adjunctTimeUnits: ReadonlySet<string> = new Set(['week', 'month', 'year', 'weekend', 'morning', 'afternoon', 'evening', 'night', 'day'])

/** Words that stand between a possessor and its noun cue (`police’s earlier claim`). */
export const possessedAdjectives: ReadonlySet<string> = new Set([
  'earlier', 'latest', 'new', 'own', 'recent', 'previous', 'public', 'first', 'last', 'repeated', 'frequent',
  'initial', 'original', 'official', 'private', 'past', 'harsh', 'sharp', 'strong', 'renewed'
])

/** Words after which a clause (and its subject) starts. */
export const clauseOpeners: ReadonlySet<string> = new Set([
  'and', 'but', 'or', 'that', 'who', 'which', 'as', 'when', 'while', 'after', 'before', 'because', 'if', 'since',
  'although', 'though', 'so', 'where', 'whom', 'whether', 'then', 'yet', 'also', 'now', 'however', 'meanwhile', 'still'
])

/** Adverbs that may stand between a speaker and the cue besides the learned gap words (`could only quip`). */
export const gapAdverbs: ReadonlySet<string> = new Set(['only', 'just', 'never', 'already', 'first', 'finally', 'since', 'once', 'again', 'ever', 'soon', 'quickly', 'too', 'both', 'publicly', 'privately', 'perhaps', 'together'])

/** The words and marks after which a new clause, and a statement of its own, may start (`…, she said`, `… and Z called for …`). */
export const clauseBoundaries: ReadonlySet<string> = new Set([
  ',', ';', ':', '(', '-', '—', '–', '--', '―', 'and', 'but', 'while', 'as', 'when', 'because', 'after', 'before', 'since', 'though',
  'although', 'which', 'who', 'where', 'whom', 'then', 'so', 'or'
])

/** The words that link a continuation to the statement before it (`…, adding`, `… and also said`, `…, but later said`, `… while chanting`). */
export const continuationLinks: ReadonlySet<string> = new Set([',', ';', 'and', 'but', 'while', 'before', 'after', 'by', '—', '–', '--', 'also', 'then', 'later', 'even', 'further', 'again', 'has', 'have', 'had'])

/**
 * Head nouns of a nominal speaker that stands for an organisation (`the
 * company`, `the chipmaker`, `the ministry`): with no entity named so, it is
 * the organisation the story is about.
 */
export const organizationNouns: ReadonlySet<string> = new Set([
  'company', 'firm', 'chipmaker', 'carmaker', 'automaker', 'group', 'bank', 'lender', 'insurer', 'retailer', 'airline',
  'ministry', 'government', 'agency', 'department', 'party', 'campaign', 'council', 'committee', 'commission', 'union',
  'organization', 'organisation', 'institute', 'university', 'club', 'network', 'newspaper', 'broadcaster', 'regulator',
  'administration', 'foundation', 'alliance', 'coalition', 'association', 'authority', 'embassy', 'operator', 'producer',
  'manufacturer', 'maker', 'developer', 'startup', 'conglomerate', 'giant', 'utility', 'exchange', 'miner', 'refiner',
  'supplier', 'distributor', 'publisher', 'studio', 'carrier', 'broker', 'fund', 'office', 'court', 'military', 'army'
])
