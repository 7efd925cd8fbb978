/**
 * Scoring of named entities on GUM (`gum-other/`), as that folder's README
 * says: lenient, by overlap. A name mention of ours (form `name` or
 * `acronym`) matches a gold mention it overlaps, one to one; the match counts
 * when the types agree, when GUM says organisation and we say location with a
 * country code (a country or city acting as a government or a team: GUM
 * types by role, CoNLL and wirecopy by what the name is), and when GUM says
 * person and we say group ("Muslims"). Group mentions are not predictions
 * of their own: they count only where they match a gold person.
 *
 * Clustering: among the gold mentions that were matched, every pair is a
 * same-entity decision; pairwise precision, recall and F1 of ours against
 * GUM's clusters.
 */

import type {Article, EntityType} from '../../src/index.js'
import {prf, type Prf} from './metrics.js'
import {pairSpans, type Span} from './spans.js'

/** A GUM document. */
export interface GumDoc {
  id: string
  text: string
  entities: Array<{start: number; end: number; type: string; text?: string}>
  /** Indices of `entities` that GUM marks as one entity. */
  clusters?: number[][]
}

/** A name mention of ours, with its entity. */
export interface GumPrediction extends Span {
  /** Our type. */
  type: EntityType
  /** Whether its entity has a country code. */
  country: boolean
  /** Its entity's id. */
  entity: string
}

/** Counts over documents. */
export interface GumCounts {
  /** Gold mentions. */
  gold: number
  /** Our mentions (groups only where matched). */
  predicted: number
  /** Matched with an acceptable type. */
  truePositives: number
  /** Matched, whatever the type. */
  overlaps: number
  /** Same-entity pairs on both sides. */
  pairsBoth: number
  /** Same-entity pairs of ours among matched gold mentions. */
  pairsOurs: number
  /** Same-entity pairs of GUM among matched gold mentions. */
  pairsGold: number
}

/** The scores. */
export interface GumSummary {
  /** Overlap match with an acceptable type. */
  main: Prf
  /** Overlap match, any type. */
  spans: Prf
  /** Pairwise same-entity decisions among matched gold mentions. */
  clusters: Prf
}

/** What scoring one document yields. */
export interface GumScore {
  counts: GumCounts
  /** Gold mentions without an acceptable match. */
  falseNegatives: Array<Span & {type: string}>
  /** Our mentions without an acceptable match. */
  falsePositives: Array<Span & {type: string}>
}

/**
 * Counts with everything at zero.
 *
 * @returns Fresh counts.
 */
export function emptyGumCounts(): GumCounts {
  return {gold: 0, predicted: 0, truePositives: 0, overlaps: 0, pairsBoth: 0, pairsOurs: 0, pairsGold: 0}
}

/**
 * Add one document's counts to running totals, in place.
 *
 * @param total The totals.
 * @param counts The counts to add.
 */
export function addGumCounts(total: GumCounts, counts: GumCounts): void {
  for (const key of Object.keys(total) as Array<keyof GumCounts>) total[key] += counts[key]
}

/**
 * The name mentions of an Article that GUM's scoring reads.
 *
 * @param article What `parseDispatch` returned.
 * @returns Its person, organisation, location and group name mentions.
 */
export function gumPredictions(article: Pick<Article, 'entities'>): GumPrediction[] {
  const result: GumPrediction[] = []

  for (const entity of article.entities) {
    if (entity.type === 'misc') continue

    for (const mention of entity.mentions) {
      if (mention.form !== 'name' && mention.form !== 'acronym') continue
      const {start, end} = mention.span
      result.push({start, end, type: entity.type, country: entity.country !== undefined, entity: entity.id})
    }
  }

  return result.sort((a, b) => a.start - b.start || a.end - b.end)
}

/**
 * Whether our type is acceptable for GUM's.
 *
 * @param gold GUM's type (`PER`, `ORG`, `LOC`).
 * @param ours Our mention.
 * @returns Whether the match counts.
 */
export function gumTypeAgrees(gold: string, ours: GumPrediction): boolean {
  if (gold === 'PER') return ours.type === 'person' || ours.type === 'group'
  if (gold === 'LOC') return ours.type === 'location'
  return ours.type === 'organization' || (ours.type === 'location' && ours.country)
}

/**
 * Score one document.
 *
 * @param doc The gold document.
 * @param predicted Our mentions (`gumPredictions`).
 * @returns Its counts and mismatches.
 */
export function scoreGum(doc: GumDoc, predicted: readonly GumPrediction[]): GumScore {
  const gold = doc.entities
  const {pairs} = pairSpans(gold, predicted)
  const counts = emptyGumCounts()
  const goldMatched = new Set<number>()
  const predictedMatched = new Set<number>()
  const matchedEntity = new Map<number, string>()

  for (const pair of pairs) {
    counts.overlaps++
    matchedEntity.set(pair.gold, predicted[pair.predicted]!.entity)
    if (!gumTypeAgrees(gold[pair.gold]!.type, predicted[pair.predicted]!)) continue
    counts.truePositives++
    goldMatched.add(pair.gold)
    predictedMatched.add(pair.predicted)
  }

  const paired = new Set(pairs.map((pair) => pair.predicted))
  const counted = predicted.filter((item, index) => item.type !== 'group' || paired.has(index))
  counts.gold = gold.length
  counts.predicted = counted.length
  Object.assign(counts, clusterPairs(doc, matchedEntity))

  return {
    counts,
    falseNegatives: gold.filter((_, index) => !goldMatched.has(index)),
    falsePositives: predicted
      .filter((item, index) => !predictedMatched.has(index) && (item.type !== 'group' || paired.has(index)))
      .map((item) => ({start: item.start, end: item.end, type: item.type}))
  }
}

/**
 * Count same-entity pairs among the matched gold mentions.
 *
 * @param doc The gold document.
 * @param matchedEntity Gold mention index → the id of the entity it matched.
 * @returns The pair counts.
 */
function clusterPairs(
  doc: GumDoc,
  matchedEntity: ReadonlyMap<number, string>
): Pick<GumCounts, 'pairsBoth' | 'pairsOurs' | 'pairsGold'> {
  const goldCluster = new Map<number, number>()

  for (const [cluster, members] of (doc.clusters ?? []).entries()) {
    for (const member of members) goldCluster.set(member, cluster)
  }

  const found = [...matchedEntity.keys()].sort((a, b) => a - b)
  const result = {pairsBoth: 0, pairsOurs: 0, pairsGold: 0}
  const byEntity = new Map<string, number>()
  const byCluster = new Map<number, number>()
  const byBoth = new Map<string, number>()

  // Pairs within a group of size n: n (n - 1) / 2, counted as members arrive.
  for (const index of found) {
    const entity = matchedEntity.get(index)!
    const cluster = goldCluster.get(index) ?? -1 - index
    const both = entity + ' ' + cluster
    result.pairsOurs += byEntity.get(entity) ?? 0
    result.pairsGold += byCluster.get(cluster) ?? 0
    result.pairsBoth += byBoth.get(both) ?? 0
    byEntity.set(entity, (byEntity.get(entity) ?? 0) + 1)
    byCluster.set(cluster, (byCluster.get(cluster) ?? 0) + 1)
    byBoth.set(both, (byBoth.get(both) ?? 0) + 1)
  }

  return result
}

/**
 * Turn counts into scores.
 *
 * @param counts The totals.
 * @returns The scores.
 */
export function summarizeGum(counts: GumCounts): GumSummary {
  return {
    main: prf(counts.truePositives, counts.predicted, counts.gold),
    spans: prf(counts.overlaps, counts.predicted, counts.gold),
    clusters: prf(counts.pairsBoth, counts.pairsOurs, counts.pairsGold)
  }
}
