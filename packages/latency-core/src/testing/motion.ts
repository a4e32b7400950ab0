// Hand motions for tests and benchmarks: seeded random smooth motion, and recorded trajectories.
import type { Pose, Quat, Vec3 } from '../types.js';
import { Prng } from './prng.js';
import { qFromRotVec, qMul, qNormalize, qSlerp } from '../math/quat.js';

export interface HandSample {
  position: Vec3;
  orientation: Quat;
  grip: number;
}

/** Hand pose as a function of true time since the start, s. */
export type HandMotion = (tS: number) => HandSample;

export interface RandomHandOptions {
  origin: Vec3;
  orientation: Quat;
  /** Peak translation amplitude per axis, m (master side). */
  amplitudeM: number;
  /** Peak rotation amplitude per axis, rad. */
  rotationRad: number;
  /** Highest voluntary frequency, Hz. */
  maxHz: number;
  /** Tremor amplitude at ~9 Hz, m. */
  tremorM: number;
  /** The hand holds still (at origin, orientation) until this time, s. */
  startS?: number;
}

/** Sum of sinusoids per axis with random amplitudes, frequencies and phases; starts at origin. */
export function randomHand(seed: number, o: RandomHandOptions): HandMotion {
  const rng = new Prng(seed);
  const comps = (amp: number) =>
    Array.from({ length: 3 }, () =>
      Array.from({ length: 3 }, () => ({ a: rng.uniform(0, amp / 3), f: rng.uniform(0.05, o.maxHz), ph: rng.uniform(0, 2 * Math.PI) })),
    );
  const pos = comps(o.amplitudeM);
  const rot = comps(o.rotationRad);
  const tremorF = rng.uniform(7, 11);
  const tremorPh = rng.uniform(0, 6.28);
  const gripF = rng.uniform(0.1, 1);
  const eval3 = (cs: Array<Array<{ a: number; f: number; ph: number }>>, t: number): Vec3 =>
    cs.map((axis) => axis.reduce((s, c) => s + c.a * (Math.sin(2 * Math.PI * c.f * t + c.ph) - Math.sin(c.ph)), 0)) as Vec3;
  const t0 = o.startS ?? 0;
  return (tAbs) => {
    const t = tAbs > t0 ? tAbs - t0 : 0;
    const p = eval3(pos, t);
    const r = eval3(rot, t);
    const tr = o.tremorM * (Math.sin(2 * Math.PI * tremorF * t + tremorPh) - Math.sin(tremorPh));
    return {
      position: [o.origin[0] + p[0] + tr, o.origin[1] + p[1], o.origin[2] + p[2] + tr],
      orientation: qNormalize(qMul(qFromRotVec(r), o.orientation)),
      grip: 0.5 - 0.5 * Math.cos(2 * Math.PI * gripF * t),
    };
  };
}

export interface Trajectory {
  /** Sample times, s from the first sample. */
  tS: number[];
  poses: Pose[];
}

/**
 * Parses "t_s,x_m,y_m,z_m,qx,qy,qz,qw" CSV (header line first; # comment lines allowed).
 */
export function parsePoseCsv(text: string): Trajectory {
  const tS: number[] = [];
  const poses: Pose[] = [];
  const lines = text.split(/\r?\n/);
  let header = true;
  for (const line of lines) {
    if (line.length === 0 || line.startsWith('#')) continue;
    if (header) {
      header = false;
      continue;
    }
    const v = line.split(',').map(Number);
    if (v.length < 8 || v.some((x) => !Number.isFinite(x))) throw new Error(`bad trajectory line: ${line}`);
    tS.push(v[0]!);
    poses.push({ position: [v[1]!, v[2]!, v[3]!], orientation: qNormalize([v[4]!, v[5]!, v[6]!, v[7]!]) });
  }
  return { tS, poses };
}

/** Trajectory pose at time t (lerp + slerp between samples; held at the ends). */
export function trajectoryAt(tr: Trajectory, t: number): Pose {
  const n = tr.tS.length;
  if (t <= tr.tS[0]!) return tr.poses[0]!;
  if (t >= tr.tS[n - 1]!) return tr.poses[n - 1]!;
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (tr.tS[mid]! <= t) lo = mid;
    else hi = mid;
  }
  const a = tr.poses[lo]!;
  const b = tr.poses[hi]!;
  const u = (t - tr.tS[lo]!) / (tr.tS[hi]! - tr.tS[lo]!);
  return {
    position: [a.position[0] + (b.position[0] - a.position[0]) * u, a.position[1] + (b.position[1] - a.position[1]) * u, a.position[2] + (b.position[2] - a.position[2]) * u],
    orientation: qSlerp(a.orientation, b.orientation, u),
  };
}

/**
 * A recorded TOOL trajectory played as the surgeon's hand: master = masterOrigin + (tool - tool0) / scale,
 * orientation = tool orientation (registration identity), so that the ideal tool motion is the recording.
 * The hand holds the first pose until startS, then plays the recording.
 */
export function trajectoryHand(tr: Trajectory, scale: number, masterOrigin: Vec3, startS = 0): HandMotion {
  const p0 = tr.poses[0]!.position;
  return (t) => {
    const p = trajectoryAt(tr, t - startS);
    return {
      position: [
        masterOrigin[0] + (p.position[0] - p0[0]) / scale,
        masterOrigin[1] + (p.position[1] - p0[1]) / scale,
        masterOrigin[2] + (p.position[2] - p0[2]) / scale,
      ],
      orientation: p.orientation,
      grip: 0.3,
    };
  };
}
