// The option checks SimulatedPsm and SimulatedEcm share: the same rules, each arm's own channel count,
// defaults and wording (the class name leads every message, so a user knows which arm refused what).
import { describe } from './math.js';
import type { NoiseOptions } from './encoder.js';
import { DEFAULT_SERVO_PERIOD_NS, DEFAULT_UNPOWERED_DECAY_S, type ServoChannelParams } from './servo.js';

export function checkTime(className: string, t: unknown, what: string): asserts t is number {
  if (typeof t !== 'number' || !Number.isFinite(t)) {
    throw new RangeError(`${className}.${what}: time must be a finite number of ns on the agent's monotonic clock; got ${describe(t)}`);
  }
}

export function checkSeed(className: string, seed: unknown): number {
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new RangeError(`${className}: seed must be an integer in [0, 4294967295] (uint32); got ${describe(seed)}`);
  }
  return seed;
}

/** extraStd: `channels` values, described by `channelsText` (e.g. '6 joints then jaw'). */
export function checkNoise(className: string, n: unknown, channels: number, channelsText: string): NoiseOptions {
  if (typeof n !== 'object' || n === null) throw new RangeError(`${className}: noise must be an object; got ${describe(n)}`);
  const o = n as Record<string, unknown>;
  if (o['enabled'] !== undefined && typeof o['enabled'] !== 'boolean') throw new RangeError(`${className}: noise.enabled must be a boolean; got ${describe(o['enabled'])}`);
  if (o['quantize'] !== undefined && typeof o['quantize'] !== 'boolean') throw new RangeError(`${className}: noise.quantize must be a boolean; got ${describe(o['quantize'])}`);
  const j = o['jitterCounts'];
  if (j !== undefined && (typeof j !== 'number' || !Number.isFinite(j) || j < 0 || j > 1e6)) {
    throw new RangeError(`${className}: noise.jitterCounts must be a number in [0, 1e6] (std in encoder counts); got ${describe(j)}`);
  }
  const e = o['extraStd'];
  if (e !== undefined && (!Array.isArray(e) || e.length !== channels || !e.every((v) => typeof v === 'number' && Number.isFinite(v) && v >= 0))) {
    throw new RangeError(`${className}: noise.extraStd must be ${channels} non-negative numbers (${channelsText}; rad or m); got ${describe(e)}`);
  }
  return o as NoiseOptions;
}

export interface CheckedServo {
  channels: ServoChannelParams[];
  periodNs: number;
  velocityFeedforward: number;
  tolerance: Float64Array | null;
  unpoweredDecayS: number;
}

/** What an arm's servo options are checked against. */
export interface ServoRules {
  className: string;
  /** The arm's own parameters, one per channel; overrides replace fields of these. */
  base: readonly Readonly<ServoChannelParams>[];
  defaultTolerance: readonly number[];
  /** e.g. 'at most 7 per-channel overrides (6 joints then jaw)'. */
  overridesText: string;
  /** e.g. '6 joints then jaw'. */
  channelsText: string;
}

export function checkServo(rules: ServoRules, s: unknown): CheckedServo {
  const { className, base } = rules;
  const n = base.length;
  if (typeof s !== 'object' || s === null) throw new RangeError(`${className}: servo must be an object; got ${describe(s)}`);
  const o = s as {
    channels?: ReadonlyArray<Partial<ServoChannelParams> | undefined>;
    periodNs?: number;
    velocityFeedforward?: number;
    trackingErrorTolerance?: readonly number[] | null;
    unpoweredDecayS?: number;
  };
  const overrides = o.channels ?? [];
  if (!Array.isArray(overrides) || overrides.length > n) {
    throw new RangeError(`${className}: servo.channels must be an array of ${rules.overridesText}; got ${describe(overrides)}`);
  }
  const channels = base.map((b, i) => {
    const p = { ...b, ...(overrides[i] ?? {}) };
    for (const k of ['omegaRadPerS', 'dampingRatio', 'maxVelocity', 'maxAcceleration'] as const) {
      const v = p[k];
      if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) {
        throw new RangeError(`${className}: servo.channels[${i}].${k} must be a finite number > 0; got ${describe(v)}`);
      }
    }
    return p;
  });
  const periodNs = o.periodNs ?? DEFAULT_SERVO_PERIOD_NS;
  if (!Number.isInteger(periodNs) || periodNs < 10_000 || periodNs > 1_000_000) {
    throw new RangeError(`${className}: servo.periodNs must be an integer in [10000, 1000000] ns; got ${describe(periodNs)}`);
  }
  // Semi-implicit Euler needs the fastest pole well inside its stability region.
  for (const [i, p] of channels.entries()) {
    const h = periodNs * 1e-9;
    if (2 * p.dampingRatio * p.omegaRadPerS * h > 1 || p.omegaRadPerS * h > 0.5) {
      throw new RangeError(`${className}: servo.channels[${i}] (omega ${p.omegaRadPerS}, zeta ${p.dampingRatio}) is too stiff for periodNs ${periodNs}: need 2*zeta*omega*h <= 1 and omega*h <= 0.5; lower periodNs`);
    }
  }
  const ff = o.velocityFeedforward ?? 0;
  if (typeof ff !== 'number' || !(ff >= 0 && ff <= 1)) {
    throw new RangeError(`${className}: servo.velocityFeedforward must be a number in [0, 1]; got ${describe(ff)}`);
  }
  let tolerance: Float64Array | null;
  if (o.trackingErrorTolerance === null) tolerance = null;
  else {
    const t = o.trackingErrorTolerance ?? rules.defaultTolerance;
    if (!Array.isArray(t) || t.length !== n || !t.every((v) => typeof v === 'number' && v > 0)) {
      throw new RangeError(`${className}: servo.trackingErrorTolerance must be ${n} positive numbers (${rules.channelsText}; rad or m) or null; got ${describe(t)}`);
    }
    tolerance = Float64Array.from(t);
  }
  const decay = o.unpoweredDecayS ?? DEFAULT_UNPOWERED_DECAY_S;
  if (typeof decay !== 'number' || !Number.isFinite(decay) || decay < 0) {
    throw new RangeError(`${className}: servo.unpoweredDecayS must be a number >= 0 (s); got ${describe(decay)}`);
  }
  return { channels, periodNs, velocityFeedforward: ff, tolerance, unpoweredDecayS: decay };
}
