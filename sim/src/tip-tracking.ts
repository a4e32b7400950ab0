// How far the simulated tool tip trails a setpoint moving at constant speed: the figure the agent's
// tracking-error rule (5 mm for > 50 ms) has to live with. Drives servo_cp at 1 kHz along a straight
// line, as the agent would, and compares measured_cp with the setpoint of the same tick.
// Browser-safe.

import { SimulatedPsm, type SimulatedPsmOptions } from './simulated-psm.js';
import { rotationToQuat } from './math.js';
import type { Vec3 } from '@farhand/latency-core';

export interface TipTrackingInput {
  /** Tip speed along the line, m/s. */
  speedMps: number;
  /** Unit direction of motion in the RCM frame. */
  direction: Vec3;
  /** Motion time, s (default 0.6). */
  durationS?: number;
  /** Start joints (default [0, 0, 0.15, 0, 0, 0]: tool straight down, 15 cm inserted). */
  startJoints?: readonly number[];
  /** Steady state is taken after this time, s (default 0.3, > 5 lags). */
  settleS?: number;
  sim?: SimulatedPsmOptions;
}

export interface TipTrackingResult {
  /** Largest |measured - setpoint| tip distance over the whole motion, m. */
  peakErrorM: number;
  /** Mean distance after settleS, m. */
  steadyErrorM: number;
  /** Longest time the distance stayed above 5 mm, s (the core's rule: fault past 50 ms). */
  longestAbove5mmS: number;
  /** Any setpoint clamped by the workspace (the line left the reachable set). */
  clamped: boolean;
}

export async function measureTipTracking(input: TipTrackingInput): Promise<TipTrackingResult> {
  const arm = new SimulatedPsm({ ...input.sim, homeJoints: input.startJoints ?? [0, 0, 0.15, 0, 0, 0] });
  await arm.configure();
  await arm.enable();
  await arm.home();
  const start = arm.psm.forwardKinematics(arm.trueJoints());
  const orientation = rotationToQuat(start.rotation);
  const dir = input.direction;
  const n = Math.hypot(dir[0], dir[1], dir[2]);
  if (!(n > 0)) throw new RangeError('measureTipTracking: direction must be a non-zero vector');
  const d: Vec3 = [dir[0] / n, dir[1] / n, dir[2] / n];
  const durationS = input.durationS ?? 0.6;
  const settleS = input.settleS ?? 0.3;
  const stepNs = 1_000_000;
  let peak = 0;
  let steadySum = 0;
  let steadyN = 0;
  let above = 0;
  let longestAbove = 0;
  let clamped = false;
  let setpoint: Vec3 = [...start.position];
  for (let k = 0; k * stepNs <= durationS * 1e9; k++) {
    const tNs = k * stepNs;
    const r = arm.read(tNs);
    const p = r.measured_cp.position;
    const e = Math.hypot(p[0] - setpoint[0], p[1] - setpoint[1], p[2] - setpoint[2]);
    peak = Math.max(peak, e);
    if (tNs * 1e-9 >= settleS) { steadySum += e; steadyN++; }
    above = e > 0.005 ? above + stepNs * 1e-9 : 0;
    longestAbove = Math.max(longestAbove, above);
    const s = input.speedMps * tNs * 1e-9;
    setpoint = [start.position[0] + s * d[0], start.position[1] + s * d[1], start.position[2] + s * d[2]];
    arm.write({ kind: 'servo_cp', pose: { position: setpoint, orientation }, jaw_rad: 0 }, tNs);
    if (arm.lastCommand.clamped) clamped = true;
  }
  return { peakErrorM: peak, steadyErrorM: steadyN ? steadySum / steadyN : NaN, longestAbove5mmS: longestAbove, clamped };
}
