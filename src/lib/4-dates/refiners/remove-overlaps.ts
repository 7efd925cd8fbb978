import type {Candidate, Refiner} from '../types.js'
import {append} from '../../util/append.js'

/** Clusters larger than this (only seen in hostile input) are resolved left to right, to stay linear. */
const largestCluster = 64

/**
 * Keep one candidate where several overlap: the longest, and on a tie the one
 * that came first (the candidates arrive in parser order within an offset).
 * Overlapping candidates are gathered into clusters in one sweep, so the work
 * stays linear in the number of candidates.
 *
 * @param candidates Candidates sorted by offset.
 * @returns Candidates that do not overlap, sorted by offset.
 */
export const removeOverlaps: Refiner = function (candidates) {
  const kept: Candidate[] = []
  let cluster: Candidate[] = []
  let clusterEnd = -1
  for (const candidate of candidates) {
    if (candidate.end <= candidate.start) continue
    if (cluster.length > 0 && candidate.start >= clusterEnd) {
      append(kept, resolveCluster(cluster))
      cluster = []
    }
    cluster.push(candidate)
    clusterEnd = Math.max(cluster.length === 1 ? candidate.end : clusterEnd, candidate.end)
  }
  if (cluster.length > 0) append(kept, resolveCluster(cluster))
  return kept
}

/**
 * Choose among candidates that overlap one another, directly or in a chain.
 *
 * @param cluster The candidates, sorted by offset.
 * @returns The chosen ones, sorted by offset.
 */
function resolveCluster(cluster: Candidate[]): Candidate[] {
  if (cluster.length === 1) return cluster
  if (cluster.length > largestCluster) {
    const chosen: Candidate[] = []
    for (const candidate of cluster) {
      const last = chosen[chosen.length - 1]
      if (!last || candidate.start >= last.end) chosen.push(candidate)
      else if (candidate.end - candidate.start > last.end - last.start && candidate.start === last.start) chosen[chosen.length - 1] = candidate
    }
    return chosen
  }
  const ranked = cluster
    .map((candidate, order) => ({candidate, order}))
    .sort((a, b) => b.candidate.end - b.candidate.start - (a.candidate.end - a.candidate.start) || a.order - b.order)
  const chosen: Candidate[] = []
  for (const {candidate} of ranked) {
    if (chosen.some((other) => candidate.start < other.end && other.start < candidate.end)) continue
    chosen.push(candidate)
  }
  return chosen.sort((a, b) => a.start - b.start)
}
