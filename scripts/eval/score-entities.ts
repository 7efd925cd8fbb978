/**
 * Scoring of named entities as CoNLL-2003: exact span and type, micro-averaged
 * over PER, LOC and ORG, with MISC reported apart.
 */

import type {Article, EntityType} from '../../src/index.js'
import {prf, type Prf} from './metrics.js'
import type {Span} from './spans.js'

/** The entity types of CoNLL-2003. */
export type ConllType = 'PER' | 'LOC' | 'ORG' | 'MISC'

/** The CoNLL types, in report order. */
export const conllTypes: readonly ConllType[] = ['PER', 'LOC', 'ORG', 'MISC']

/** The types that make up the main (micro-averaged) score. */
export const mainConllTypes: readonly ConllType[] = ['PER', 'LOC', 'ORG']

/** A span labelled with a CoNLL type. */
export interface TypedSpan extends Span {
  /** Its CoNLL type. */
  type: ConllType
}

/** Counts for one CoNLL type. */
export interface TypeCounts {
  /** Predictions with the exact span and type of a gold entity. */
  truePositives: number
  /** Predictions of this type. */
  predicted: number
  /** Gold entities of this type. */
  gold: number
}

/** Counts per CoNLL type; sums over documents give micro averages. */
export type EntityCounts = Record<ConllType, TypeCounts>

/** The scores of one document or one corpus. */
export interface EntitySummary {
  /** Micro-averaged over PER, LOC and ORG. */
  main: Prf & TypeCounts
  /** Per type, MISC included. */
  byType: Record<ConllType, Prf & TypeCounts>
}

/** What scoring one document yields. */
export interface EntityScore {
  /** The counts to add to the corpus totals. */
  counts: EntityCounts
  /** Predictions with no gold entity of the same span and type. */
  falsePositives: TypedSpan[]
  /** Gold entities with no prediction of the same span and type. */
  falseNegatives: TypedSpan[]
}

/**
 * Map one of our entity types to its CoNLL type.
 *
 * @param type Our entity type.
 * @returns `PER`, `ORG`, `LOC` or `MISC` (for `group` and `misc`).
 */
export function conllType(type: EntityType): ConllType {
  switch (type) {
    case 'person': {
      return 'PER'
    }

    case 'organization': {
      return 'ORG'
    }

    case 'location': {
      return 'LOC'
    }

    default: {
      return 'MISC'
    }
  }
}

/**
 * Collect the mentions of an Article that CoNLL would call entities: those of
 * form `name` or `acronym`, typed with `conllType`, without duplicates, in
 * text order.
 *
 * @param article What `parseDispatch` returned.
 * @returns The typed mention spans.
 */
export function predictedEntities(article: Pick<Article, 'entities'>): TypedSpan[] {
  const seen = new Set<string>()
  const result: TypedSpan[] = []

  for (const entity of article.entities) {
    const type = conllType(entity.type)

    for (const mention of entity.mentions) {
      if (mention.form !== 'name' && mention.form !== 'acronym') continue
      const item: TypedSpan = {start: mention.span.start, end: mention.span.end, type}
      const key = typedKey(item)
      if (seen.has(key)) continue
      seen.add(key)
      result.push(item)
    }
  }

  return result.sort(function (a, b) {
    return a.start - b.start || a.end - b.end
  })
}

/**
 * Counts with every type at zero.
 *
 * @returns Fresh zero counts.
 */
export function emptyEntityCounts(): EntityCounts {
  return {
    PER: {truePositives: 0, predicted: 0, gold: 0},
    LOC: {truePositives: 0, predicted: 0, gold: 0},
    ORG: {truePositives: 0, predicted: 0, gold: 0},
    MISC: {truePositives: 0, predicted: 0, gold: 0}
  }
}

/**
 * Add the counts of one document to running totals, in place.
 *
 * @param total The running totals.
 * @param counts The counts to add.
 */
export function addEntityCounts(total: EntityCounts, counts: EntityCounts): void {
  for (const type of conllTypes) {
    total[type].truePositives += counts[type].truePositives
    total[type].predicted += counts[type].predicted
    total[type].gold += counts[type].gold
  }
}

/**
 * Score predicted entities against gold ones by exact span and type.
 * Duplicates (same span and type) count once on each side.
 *
 * @param gold The gold entities.
 * @param predicted The predicted entities.
 * @returns Counts per type and the mismatches.
 */
export function scoreEntities(
  gold: readonly TypedSpan[],
  predicted: readonly TypedSpan[]
): EntityScore {
  const counts = emptyEntityCounts()
  const goldUnique = unique(gold)
  const predictedUnique = unique(predicted)
  const goldKeys = new Set(goldUnique.map(typedKey))
  const predictedKeys = new Set(predictedUnique.map(typedKey))
  const falsePositives: TypedSpan[] = []
  const falseNegatives: TypedSpan[] = []

  for (const item of goldUnique) {
    counts[item.type].gold++
    if (!predictedKeys.has(typedKey(item))) falseNegatives.push(item)
  }

  for (const item of predictedUnique) {
    counts[item.type].predicted++

    if (goldKeys.has(typedKey(item))) {
      counts[item.type].truePositives++
    } else {
      falsePositives.push(item)
    }
  }

  return {counts, falsePositives, falseNegatives}
}

/**
 * Turn counts into scores: micro-averaged over PER, LOC and ORG, and per type.
 *
 * @param counts Counts per type.
 * @returns The summary.
 */
export function summarizeEntities(counts: EntityCounts): EntitySummary {
  const main: TypeCounts = {truePositives: 0, predicted: 0, gold: 0}

  for (const type of mainConllTypes) {
    main.truePositives += counts[type].truePositives
    main.predicted += counts[type].predicted
    main.gold += counts[type].gold
  }

  return {
    main: withPrf(main),
    byType: {
      PER: withPrf(counts.PER),
      LOC: withPrf(counts.LOC),
      ORG: withPrf(counts.ORG),
      MISC: withPrf(counts.MISC)
    }
  }
}

/**
 * Attach precision, recall and F1 to counts.
 *
 * @param counts The counts.
 * @returns The counts with their scores.
 */
function withPrf(counts: TypeCounts): Prf & TypeCounts {
  return {...counts, ...prf(counts.truePositives, counts.predicted, counts.gold)}
}

/**
 * Drop repeated span-and-type items, keeping the first.
 *
 * @param items The items.
 * @returns The items without repeats.
 */
function unique(items: readonly TypedSpan[]): TypedSpan[] {
  const seen = new Set<string>()
  return items.filter(function (item) {
    const key = typedKey(item)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/**
 * A key that is equal for items of the same span and type.
 *
 * @param item The item.
 * @returns The key.
 */
function typedKey(item: TypedSpan): string {
  return item.start + ':' + item.end + ':' + item.type
}
