/**
 * The refiners in order.
 */

import {anchorClockTimes} from './anchor-clock-times.js'
import {mergeTimeAndDay} from './merge-time-and-day.js'
import {removeOverlaps} from './remove-overlaps.js'
import {resolveAnaphora} from './resolve-anaphora.js'
import {restatePeriods} from './restate-periods.js'
import type {Refiner} from '../types.js'

/** The refiners, applied in order to the candidates sorted by offset. */
export const refiners: readonly Refiner[] = [removeOverlaps, mergeTimeAndDay, anchorClockTimes, restatePeriods, resolveAnaphora]
