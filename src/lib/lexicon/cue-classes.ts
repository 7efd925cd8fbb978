/**
 * The words that are a class of their own for the quotes stage's cue model
 * (`../6-quotes/tokens.ts`): the order of `ownClass` numbers the model's
 * classes, so it must not change without learning the cues again.
 */

/** Words whose class is their own form: they steer the reading of a cue. */
export const ownClass: ReadonlySet<string> = new Set(['that', 'to', 'who', 'which', 'in', 'on', 'of', 'for', 'about', 'as', 'by', 'with', 'not', 'and', 'but'])

/** Determiners and possessives. */
export const classDeterminers: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your'])

/** Personal pronouns in subject form. */
export const classPronouns: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you'])

/** Auxiliaries and modals. */
export const classAuxiliaries: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had',
  'do', 'does', 'did', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must'
])
