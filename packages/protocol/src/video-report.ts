// VideoReport (issue 14): a console's figures of the field's video it displayed. The agent turns them
// into metrics, telemetry and recording, never into an input of the core; still, every field is bounded
// here so a hostile or broken console cannot poison the figures (a histogram fed 1e308, a counter fed
// 2^53) or make the agent do unbounded work.
import type { farhand } from './gen/farhand.js';
import { fmt, refuse, type Refusal } from './refusal.js';

export const VIDEO_REPORT_LIMITS = {
  minIntervalS: 0.1,
  maxIntervalS: 10,
  /** Samples per report (one per displayed frame: 60 fps for 10 s). */
  maxSamples: 600,
  maxGlassToGlassMs: 10_000,
  /** Frames displayed per second of interval (a 240 Hz display at most). */
  maxFrameRateHz: 240,
  maxFramesLost: 100_000,
  maxLongestFreezeMs: 60_000,
  maxBitrateBps: 1e9,
  maxStageMs: 10_000,
  maxSidePx: 8192,
  maxPacketsLost: 1e7,
  maxFeedback: 100_000,
} as const;

/** A validated report: plain numbers, NaN for "unknown" where the schema allows it. */
export interface ValidVideoReport {
  seq: number;
  intervalS: number;
  glassToGlassMs: number[];
  framesDisplayed: number;
  framesLost: number;
  framesUnreadable: number;
  freezes: number;
  longestFreezeMs: number;
  bitrateBps: number;
  frameRateHz: number;
  /** NaN: the browser did not say. */
  jitterBufferMs: number;
  decodeMs: number;
  width: number;
  height: number;
  packetsLost: number;
  nacks: number;
  plis: number;
}

export type VideoReportCheck = { ok: true; report: ValidVideoReport } | Refusal;

function num(v: unknown): number {
  return v == null ? 0 : typeof v === 'number' ? v : NaN;
}

function inRange(v: unknown, field: string, lo: number, hi: number, unit: string, nanOk = false): Refusal | number {
  const x = num(v);
  if (Number.isNaN(x) && nanOk) return NaN;
  if (!Number.isFinite(x)) return refuse('NOT_FINITE', field, `${field} is ${fmt(x)}; expected a finite number of ${unit}${nanOk ? ' (or NaN: unknown)' : ''}.`);
  if (x < lo || x > hi) return refuse('OUT_OF_RANGE', field, `${field} is ${fmt(x)} ${unit}; accepted: ${fmt(lo)} to ${fmt(hi)} ${unit}.`);
  return x;
}

/**
 * Checks one VideoReport: every field within its bound (see teleop.proto and VIDEO_REPORT_LIMITS),
 * counts consistent with the interval (no more frames displayed, lost or frozen than the interval can
 * hold). Says what was wrong and what is accepted.
 */
export function validateVideoReport(m: farhand.v1.IVideoReport | null | undefined): VideoReportCheck {
  if (m == null) return refuse('MISSING', 'video_report', 'The Envelope has no VideoReport.');
  const L = VIDEO_REPORT_LIMITS;
  const seq = num(m.seq);
  if (!Number.isSafeInteger(seq) || seq < 1) return refuse(seq === 0 ? 'MISSING' : 'OUT_OF_RANGE', 'seq', `seq is ${fmt(seq)}; expected an integer from 1 to 2^53-1, increasing per session.`);
  const intervalS = inRange(m.interval_s, 'interval_s', L.minIntervalS, L.maxIntervalS, 's');
  if (typeof intervalS !== 'number') return intervalS;
  const maxFrames = Math.ceil(intervalS * L.maxFrameRateHz);
  const samplesIn = m.glass_to_glass_ms ?? [];
  if (!Array.isArray(samplesIn)) return refuse('OUT_OF_RANGE', 'glass_to_glass_ms', 'glass_to_glass_ms must be a list of numbers.');
  const maxSamples = Math.min(L.maxSamples, maxFrames);
  if (samplesIn.length > maxSamples) {
    return refuse('OUT_OF_RANGE', 'glass_to_glass_ms', `glass_to_glass_ms has ${samplesIn.length} samples; at most ${maxSamples} are accepted for an interval of ${fmt(intervalS)} s (one per displayed frame, ${L.maxFrameRateHz} fps at most, ${L.maxSamples} per report).`);
  }
  const glassToGlassMs: number[] = [];
  for (let i = 0; i < samplesIn.length; i++) {
    const x = inRange(samplesIn[i], `glass_to_glass_ms[${i}]`, 0, L.maxGlassToGlassMs, 'ms');
    if (typeof x !== 'number') return x;
    glassToGlassMs.push(x);
  }
  const count = (v: unknown, field: string, hi: number, what: string): Refusal | number => {
    const x = num(v);
    if (!Number.isSafeInteger(x) || x < 0 || x > hi) return refuse('OUT_OF_RANGE', field, `${field} is ${fmt(x)}; accepted: an integer from 0 to ${fmt(hi)} (${what}).`);
    return x;
  };
  const framesDisplayed = count(m.frames_displayed, 'frames_displayed', maxFrames, `at most ${L.maxFrameRateHz} frames per second of interval_s`);
  if (typeof framesDisplayed !== 'number') return framesDisplayed;
  if (glassToGlassMs.length > framesDisplayed) {
    return refuse('OUT_OF_RANGE', 'glass_to_glass_ms', `glass_to_glass_ms has ${glassToGlassMs.length} samples but frames_displayed is ${framesDisplayed}; there is at most one sample per displayed frame.`);
  }
  const framesLost = count(m.frames_lost, 'frames_lost', L.maxFramesLost, 'frame-number gaps in the interval');
  if (typeof framesLost !== 'number') return framesLost;
  const framesUnreadable = count(m.frames_unreadable, 'frames_unreadable', framesDisplayed, 'at most the frames displayed');
  if (typeof framesUnreadable !== 'number') return framesUnreadable;
  // A freeze lasts more than 200 ms: at most one per 200 ms of interval, plus one that began before it.
  const maxFreezes = Math.floor(intervalS / 0.2) + 1;
  const freezes = count(m.freezes, 'freezes', maxFreezes, `gaps of more than 200 ms: at most ${maxFreezes} in ${fmt(intervalS)} s`);
  if (typeof freezes !== 'number') return freezes;
  const longestFreezeMs = inRange(m.longest_freeze_ms, 'longest_freeze_ms', 0, L.maxLongestFreezeMs, 'ms');
  if (typeof longestFreezeMs !== 'number') return longestFreezeMs;
  const bitrateBps = inRange(m.bitrate_bps, 'bitrate_bps', 0, L.maxBitrateBps, 'bit/s');
  if (typeof bitrateBps !== 'number') return bitrateBps;
  const frameRateHz = inRange(m.frame_rate_hz, 'frame_rate_hz', 0, L.maxFrameRateHz, 'Hz');
  if (typeof frameRateHz !== 'number') return frameRateHz;
  const jitterBufferMs = inRange(m.jitter_buffer_ms, 'jitter_buffer_ms', 0, L.maxStageMs, 'ms', true);
  if (typeof jitterBufferMs !== 'number') return jitterBufferMs;
  const decodeMs = inRange(m.decode_ms, 'decode_ms', 0, L.maxStageMs, 'ms', true);
  if (typeof decodeMs !== 'number') return decodeMs;
  const width = count(m.width, 'width', L.maxSidePx, 'px, 0 = unknown');
  if (typeof width !== 'number') return width;
  const height = count(m.height, 'height', L.maxSidePx, 'px, 0 = unknown');
  if (typeof height !== 'number') return height;
  const packetsLost = count(m.packets_lost, 'packets_lost', L.maxPacketsLost, 'RTP packets lost in the interval');
  if (typeof packetsLost !== 'number') return packetsLost;
  const nacks = count(m.nacks, 'nacks', L.maxFeedback, 'NACKs sent in the interval');
  if (typeof nacks !== 'number') return nacks;
  const plis = count(m.plis, 'plis', L.maxFeedback, 'PLIs sent in the interval');
  if (typeof plis !== 'number') return plis;
  return {
    ok: true,
    report: { seq, intervalS, glassToGlassMs, framesDisplayed, framesLost, framesUnreadable, freezes, longestFreezeMs, bitrateBps, frameRateHz, jitterBufferMs, decodeMs, width, height, packetsLost, nacks, plis },
  };
}

/** The p-quantile (0..1) of values (nearest rank on a sorted copy); NaN for none. */
export function quantile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))]!;
}
