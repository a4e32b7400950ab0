// The rate of imported motion, and resampling it. A console streams at 100-500 Hz; a tracker log may be
// 30 Hz. Imported as is, a 30 Hz track reaches the core as 30 Hz frames: the core sizes its playout
// delay and its stale-link hold for that rate, so in what-if runs it holds far longer than it would
// with a real console. `--resample 100Hz` interpolates the track onto a regular grid first (position
// linear, orientation slerp, grip linear, clutch and operator presence held from the sample before).
import { qSlerp } from '@farhand/latency-core';
import type { PoseSample, PoseTrack } from './track.js';

export interface InputRate {
  /** 1 / median interval, Hz. */
  rateHz: number;
  medianIntervalS: number;
  minIntervalS: number;
  maxIntervalS: number;
  /** Intervals over 1.5 x the median (gaps), count. */
  gaps: number;
}

/** The rate a track was sampled at (it needs 2 samples or more). */
export function detectInputRate(samples: readonly PoseSample[]): InputRate {
  if (samples.length < 2) throw new RangeError('detectInputRate needs at least 2 samples');
  const d: number[] = [];
  for (let i = 1; i < samples.length; i++) d.push((samples[i]!.timeNs - samples[i - 1]!.timeNs) / 1e9);
  const sorted = [...d].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return {
    rateHz: 1 / median,
    medianIntervalS: median,
    minIntervalS: sorted[0]!,
    maxIntervalS: sorted[sorted.length - 1]!,
    gaps: d.filter((x) => x > 1.5 * median).length,
  };
}

/** "30.0 Hz (median interval 33.3 ms, 33.1..34.0 ms, 2 gaps over 1.5x)": the range is min..max interval. */
export function describeInputRate(r: InputRate): string {
  const ms = (s: number): string => (s * 1e3).toFixed(s < 0.01 ? 2 : 1);
  return `${r.rateHz.toFixed(1)} Hz (median interval ${ms(r.medianIntervalS)} ms, ${ms(r.minIntervalS)}..${ms(r.maxIntervalS)} ms${r.gaps > 0 ? `, ${r.gaps} gap${r.gaps > 1 ? 's' : ''} over 1.5x` : ''})`;
}

/** Accepted --resample values: "100Hz", "100 Hz", "100", "1kHz". */
export function parseRateHz(text: string, what = '--resample'): number {
  const m = /^\s*([0-9]+(?:\.[0-9]+)?)\s*(hz|khz)?\s*$/i.exec(text);
  const v = m ? Number(m[1]) * (m[2]?.toLowerCase() === 'khz' ? 1000 : 1) : NaN;
  if (!(v >= 1 && v <= 4000)) throw new RangeError(`${what} "${text}" must be a rate from 1 to 4000 Hz, e.g. 100Hz`);
  return v;
}

/** The track on a regular grid at rateHz from its first sample to its last (the last is included when on the grid). */
export function resampleTrack(track: PoseTrack, rateHz: number): PoseTrack {
  const s = track.samples;
  if (s.length < 2) return track;
  const stepNs = 1e9 / rateHz;
  const t0 = s[0]!.timeNs;
  const span = s[s.length - 1]!.timeNs - t0;
  const n = Math.floor(span / stepNs + 1e-9) + 1;
  const out: PoseSample[] = [];
  let k = 0;
  for (let i = 0; i < n; i++) {
    const t = t0 + Math.round(i * stepNs);
    while (k + 1 < s.length - 1 && s[k + 1]!.timeNs <= t) k++;
    const a = s[k]!;
    const b = s[Math.min(k + 1, s.length - 1)]!;
    const u = b.timeNs === a.timeNs ? 0 : Math.min(1, Math.max(0, (t - a.timeNs) / (b.timeNs - a.timeNs)));
    const held = u >= 1 ? b : a;
    out.push({
      timeNs: t,
      position: [lerp(a.position[0], b.position[0], u), lerp(a.position[1], b.position[1], u), lerp(a.position[2], b.position[2], u)],
      orientation: u === 0 ? a.orientation : u === 1 ? b.orientation : qSlerp(a.orientation, b.orientation, u),
      grip: lerp(a.grip, b.grip, u),
      clutch: held.clutch,
      operatorPresent: held.operatorPresent,
    });
  }
  return { ...track, samples: out };
}

function lerp(a: number, b: number, u: number): number {
  return a + (b - a) * u;
}
