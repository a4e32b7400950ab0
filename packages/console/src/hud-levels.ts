// HUD thresholds and formatting, from the design's numbers table. A figure is 'ok' (green), 'warn'
// (amber), 'bad' (red) or 'unknown' (grey: not measured yet / clocks not synced). Colour is never the
// only signal: the HUD also prints the level in words for colour-blind users and screenshots.

export type Level = 'ok' | 'warn' | 'bad' | 'unknown';

export interface Thresholds {
  /** One-way delay above this warns, s (design: 150 ms; the agent's Limits.warn_one_way_delay_s). */
  warnOneWayS: number;
  /** One-way delay above this is red, s (design: the stack works to 300 ms). */
  badOneWayS: number;
  /** The agent refuses ENGAGE above this one-way delay, s (Limits.max_one_way_delay_engage_s, 500 ms). */
  refuseEngageOneWayS: number;
  warnJitterS: number;
  badJitterS: number;
  warnLoss: number;
  badLoss: number;
  /** Below this frame rate (while the operator is present) warns, Hz (design: >= 100 Hz). */
  warnFrameRateHz: number;
  badFrameRateHz: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  warnOneWayS: 0.15,
  badOneWayS: 0.3,
  refuseEngageOneWayS: 0.5,
  warnJitterS: 0.02,
  badJitterS: 0.05,
  warnLoss: 0.01,
  badLoss: 0.05,
  warnFrameRateHz: 100,
  badFrameRateHz: 50,
};

/** Thresholds with the agent's own limits (Welcome.limits) where it states them. */
export function thresholdsFromLimits(limits: { warn_one_way_delay_s?: number | null; max_one_way_delay_engage_s?: number | null } | null | undefined): Thresholds {
  const t = { ...DEFAULT_THRESHOLDS };
  const warn = limits?.warn_one_way_delay_s;
  const refuse = limits?.max_one_way_delay_engage_s;
  if (typeof warn === 'number' && warn > 0 && Number.isFinite(warn)) t.warnOneWayS = warn;
  if (typeof refuse === 'number' && refuse > 0 && Number.isFinite(refuse)) t.refuseEngageOneWayS = refuse;
  // Red sits between warning and refusal; keep the design's 300 ms unless the agent's limits contradict it.
  if (!(t.badOneWayS > t.warnOneWayS && t.badOneWayS <= t.refuseEngageOneWayS)) {
    t.badOneWayS = (t.warnOneWayS + t.refuseEngageOneWayS) / 2;
  }
  return t;
}

function upward(v: number, warn: number, bad: number): Level {
  if (!Number.isFinite(v)) return 'unknown';
  if (v > bad) return 'bad';
  if (v > warn) return 'warn';
  return 'ok';
}

export function oneWayLevel(s: number, t: Thresholds = DEFAULT_THRESHOLDS): Level {
  return upward(s, t.warnOneWayS, t.badOneWayS);
}
/** RTT is judged as twice the one-way budget (a symmetric link). */
export function rttLevel(s: number, t: Thresholds = DEFAULT_THRESHOLDS): Level {
  return upward(s, 2 * t.warnOneWayS, 2 * t.badOneWayS);
}
/** Playout delay is the delay the tool actually follows with (capture -> play), so the one-way budget applies. */
export function playoutLevel(s: number, t: Thresholds = DEFAULT_THRESHOLDS): Level {
  return upward(s, t.warnOneWayS, t.badOneWayS);
}
export function jitterLevel(s: number, t: Thresholds = DEFAULT_THRESHOLDS): Level {
  return upward(s, t.warnJitterS, t.badJitterS);
}
export function lossLevel(ratio: number, t: Thresholds = DEFAULT_THRESHOLDS): Level {
  return upward(ratio, t.warnLoss, t.badLoss);
}
/** Frame rate only matters while frames should stream at full rate (operator present). */
export function frameRateLevel(hz: number, streaming: boolean, t: Thresholds = DEFAULT_THRESHOLDS): Level {
  if (!Number.isFinite(hz) || !streaming) return 'unknown';
  if (hz < t.badFrameRateHz) return 'bad';
  if (hz < t.warnFrameRateHz) return 'warn';
  return 'ok';
}
export function refusesEngage(oneWayS: number, t: Thresholds = DEFAULT_THRESHOLDS): boolean {
  return Number.isFinite(oneWayS) && oneWayS > t.refuseEngageOneWayS;
}

export const LEVEL_WORDS: Record<Level, string> = { ok: 'good', warn: 'warning', bad: 'poor', unknown: 'not measured' };

/** Seconds as milliseconds for people: '—' when unknown, 1 decimal below 10 ms. */
export function formatMs(s: number): string {
  if (!Number.isFinite(s)) return '—';
  const ms = s * 1000;
  return Math.abs(ms) < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`;
}
export function formatPercent(ratio: number): string {
  if (!Number.isFinite(ratio)) return '—';
  return `${(ratio * 100).toFixed(ratio < 0.1 ? 1 : 0)} %`;
}
export function formatHz(hz: number): string {
  if (!Number.isFinite(hz)) return '—';
  return `${Math.round(hz)} Hz`;
}
export function formatBytes(n: number): string {
  if (!Number.isFinite(n) || n < 0) return '—';
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} kB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(2)} GB`;
}

/** Motion scale as the surgeon says it: 0.2 -> '5:1'. */
export function formatScale(scale: number): string {
  if (!(scale > 0) || !Number.isFinite(scale)) return '—';
  const r = 1 / scale;
  const txt = Math.abs(r - Math.round(r)) < 0.05 ? String(Math.round(r)) : r.toFixed(1);
  return `${txt}:1`;
}

/** Scale steps offered by [ and ]: 10:1 .. 1:1. */
export const SCALE_STEPS: readonly number[] = [0.1, 0.125, 0.2, 0.25, 1 / 3, 0.5, 1];

/** The next scale step up (+1: coarser, bigger tool motion) or down (-1), inside [min, max]. */
export function stepScale(current: number, dir: 1 | -1, min = 0.1, max = 1): number {
  const steps = SCALE_STEPS.filter((s) => s >= min - 1e-9 && s <= max + 1e-9);
  if (steps.length === 0) return current;
  if (dir > 0) return steps.find((s) => s > current + 1e-6) ?? steps[steps.length - 1]!;
  for (let i = steps.length - 1; i >= 0; i--) if (steps[i]! < current - 1e-6) return steps[i]!;
  return steps[0]!;
}
