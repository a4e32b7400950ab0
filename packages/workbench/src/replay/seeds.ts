// What-if over several seeds: one seeded link is one draw of the losses, bursts and jitter, and the
// figures of a single draw vary a lot (13.5-51.8 s held across seeds in one review). A safety review
// needs the spread, so the impaired run is repeated with consecutive seeds and every figure is given as
// min / median / max beside the per-seed rows.
import type { RetimeResult } from './retime.js';
import type { RunResult } from './engine.js';
import { motionFigures, safetyEvents, stateTimes, trackingFigures, type SpeedLimits } from './figures.js';
import type { Trace } from './trace.js';

/** Seeds a what-if runs by default. */
export const DEFAULT_WHATIF_SEEDS = 5;

export interface SeedFigures {
  seed: number;
  heldS: number;
  /** Entries into HOLDING. */
  holds: number;
  trackingRmsM: number;
  trackingMaxM: number;
  peakSpeedMps: number;
  peakAccelMps2: number;
  linearClippedS: number;
  angularClippedS: number;
  /** Motion frames the link lost, share of those sent. */
  lossRatio: number;
  safetyEvents: number;
}

export type SpreadKey = Exclude<keyof SeedFigures, 'seed'>;
export interface Spread {
  min: number;
  median: number;
  max: number;
}

export function seedFigures(seed: number, run: RunResult, retime: RetimeResult, reference: Trace, limits: SpeedLimits): SeedFigures {
  const tr = trackingFigures(run.trace, reference);
  const m = motionFigures(run.trace, limits);
  const events = safetyEvents(run.trace);
  return {
    seed,
    heldS: stateTimes(run.trace).heldS,
    holds: run.trace.transitions.filter((x) => x.to === 'HOLDING').length,
    trackingRmsM: tr.rmsM,
    trackingMaxM: tr.maxM,
    peakSpeedMps: m.peakSpeedMps,
    peakAccelMps2: m.peakAccelMps2,
    linearClippedS: m.linearClippedS,
    angularClippedS: m.angularClippedS,
    lossRatio: retime.frameStats.lossRatio,
    safetyEvents: events.length,
  };
}

export function spreadOf(rows: readonly SeedFigures[]): Record<SpreadKey, Spread> {
  const keys = Object.keys(rows[0] ?? {}).filter((k) => k !== 'seed') as SpreadKey[];
  const out = {} as Record<SpreadKey, Spread>;
  for (const k of keys) {
    const v = rows.map((r) => r[k]).sort((a, b) => a - b);
    const mid = v.length >> 1;
    out[k] = { min: v[0] as number, median: v.length % 2 === 1 ? (v[mid] as number) : ((v[mid - 1] as number) + (v[mid] as number)) / 2, max: v[v.length - 1] as number };
  }
  return out;
}
