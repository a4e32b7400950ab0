// Fault injection specs for the simulated arm (sim-only; a real arm has no such call). Each fault is
// seen through the arm interface only as a real arm would show it; see SimulatedPsm.injectFault.

import { describe } from './math.js';

export type FaultSpec =
  /** The joint stops moving (seized gear, snapped cable). measured_js stops following; the tracking error grows. */
  | { kind: 'stuck_joint'; joint: number }
  /** The joint's encoder reads off by magnitudeRad (m for insertion) for `samples` reads (default 1). */
  | { kind: 'encoder_glitch'; joint: number; magnitudeRad: number; samples?: number }
  /**
   * Motor power is cut (e-stop chain, amplifier fault). The arm reports FAULT / ARM_POWER_LOSS, the
   * joints coast to a stop and sag at sagVelocity (per joint, rad/s or m/s; default 1 mm/s insertion
   * under gravity). Encoders stay powered, so measured_js keeps reporting. Latched: after
   * clearFaults() it takes disable() then enable() to run again.
   */
  | { kind: 'power_loss'; sagVelocity?: readonly number[] }
  /** The joint's servo is `factor` times slower (bandwidth / factor, limits / factor): its lag grows. */
  | { kind: 'slow_joint'; joint: number; factor: number };

export type FaultKind = FaultSpec['kind'];

/** Sag of an unpowered PSM after a power loss, per joint: the insertion stage slides 1 mm/s. Illustrative, not identified. */
export const DEFAULT_POWER_LOSS_SAG: readonly number[] = [0, 0, 0.001, 0, 0, 0];

/** Which channels an arm's faults may name, and its default sag (the PSM's unless another arm says). */
export interface FaultChannels {
  /** Highest channel index accepted. */
  maxChannel: number;
  /** How the accepted indices read in an error message. */
  channelsText: string;
  /** Length of power_loss.sagVelocity (the joints of measured_js). */
  joints: number;
  defaultSag: readonly number[];
}

/** PSM: 0-5 the joints of measured_js, 6 the jaw. */
export const PSM_FAULT_CHANNELS: FaultChannels = {
  maxChannel: 6,
  channelsText: '0..5 (joints of measured_js) or 6 (jaw)',
  joints: 6,
  defaultSag: DEFAULT_POWER_LOSS_SAG,
};

export function checkFaultSpec(spec: unknown, channels: FaultChannels = PSM_FAULT_CHANNELS): FaultSpec {
  const where = 'injectFault';
  const MAX_CHANNEL = channels.maxChannel;
  if (typeof spec !== 'object' || spec === null) {
    throw new RangeError(`${where}: fault must be an object with kind 'stuck_joint' | 'encoder_glitch' | 'power_loss' | 'slow_joint'; got ${describe(spec)}`);
  }
  const s = spec as Record<string, unknown>;
  const joint = (): number => {
    const j = s['joint'];
    if (typeof j !== 'number' || !Number.isInteger(j) || j < 0 || j > MAX_CHANNEL) {
      throw new RangeError(`${where}: ${String(s['kind'])}.joint must be an integer ${channels.channelsText}; got ${describe(j)}`);
    }
    return j;
  };
  switch (s['kind']) {
    case 'stuck_joint':
      return { kind: 'stuck_joint', joint: joint() };
    case 'encoder_glitch': {
      const j = joint();
      const m = s['magnitudeRad'];
      if (typeof m !== 'number' || !Number.isFinite(m) || m === 0) {
        throw new RangeError(`${where}: encoder_glitch.magnitudeRad must be a finite non-zero number (rad, or m for insertion); got ${describe(m)}`);
      }
      const n = s['samples'] ?? 1;
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 1_000_000) {
        throw new RangeError(`${where}: encoder_glitch.samples must be an integer 1..1000000 (reads that see the glitch); got ${describe(n)}`);
      }
      return { kind: 'encoder_glitch', joint: j, magnitudeRad: m, samples: n };
    }
    case 'power_loss': {
      const sag = s['sagVelocity'] ?? channels.defaultSag;
      if (!Array.isArray(sag) || sag.length !== channels.joints || !sag.every((v) => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= 1)) {
        throw new RangeError(`${where}: power_loss.sagVelocity must be ${channels.joints} finite numbers with |v| <= 1 (rad/s, insertion m/s); got ${describe(sag)}`);
      }
      return { kind: 'power_loss', sagVelocity: [...(sag as number[])] };
    }
    case 'slow_joint': {
      const j = joint();
      const f = s['factor'];
      if (typeof f !== 'number' || !Number.isFinite(f) || f < 1 || f > 1000) {
        throw new RangeError(`${where}: slow_joint.factor must be a number in [1, 1000] (how many times slower); got ${describe(f)}`);
      }
      return { kind: 'slow_joint', joint: j, factor: f };
    }
    default:
      throw new RangeError(`${where}: unknown fault kind ${describe(s['kind'])}; accepted: 'stuck_joint', 'encoder_glitch', 'power_loss', 'slow_joint'`);
  }
}
