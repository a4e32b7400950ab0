// Drive recorded joint setpoints through the simulated arm the way the agent drives it (servo_jp at a
// fixed rate, read then write per tick) and sample the arm where the recording measured the real
// one. Used by the servo fit (scripts/fit-servo.mjs), the fidelity test and replay tooling.
// Browser-safe.

import { SimulatedPsm, type SimulatedPsmOptions } from './simulated-psm.js';

export interface JointReplayInput {
  /** Setpoint sample times, s (increasing), and the six setpoint joints at each. */
  setpointTimeS: readonly number[];
  setpoint: readonly (readonly number[])[];
  /** Times at which to sample the simulated arm, s (increasing), e.g. the real measured_js stamps. */
  readTimeS: readonly number[];
  /** Where the arm starts (homed there), e.g. the first real measured joints. */
  initialJoints: readonly number[];
  /** Servo rate of the writes, Hz. Default 1000 (the agent's loop). */
  writeRateHz?: number;
  /** Simulator options (tool, seed, noise, servo); homeJoints is replaced by initialJoints. */
  sim?: SimulatedPsmOptions;
}

export interface JointReplayResult {
  /** measured_js at each read time. */
  measured: number[][];
  /** The arm's operating_state at the end (a replay that faulted says so). */
  finalState: string;
}

/** Linear interpolation of the setpoint at t (held constant outside the recording). */
function interpolate(ts: readonly number[], xs: readonly (readonly number[])[], t: number, hint: { i: number }): number[] {
  const n = ts.length;
  if (t <= ts[0]!) return [...xs[0]!];
  if (t >= ts[n - 1]!) return [...xs[n - 1]!];
  let i = hint.i;
  while (i + 1 < n - 1 && ts[i + 1]! <= t) i++;
  hint.i = i;
  const t0 = ts[i]!, t1 = ts[i + 1]!;
  const u = t1 > t0 ? (t - t0) / (t1 - t0) : 1;
  const a = xs[i]!, b = xs[i + 1]!;
  return a.map((v, k) => v + (b[k]! - v) * u);
}

export async function replayJointSetpoints(input: JointReplayInput): Promise<JointReplayResult> {
  const { setpointTimeS, setpoint, readTimeS } = input;
  if (setpointTimeS.length < 2 || setpointTimeS.length !== setpoint.length) {
    throw new RangeError('replayJointSetpoints: setpointTimeS and setpoint must have the same length (>= 2)');
  }
  const rate = input.writeRateHz ?? 1000;
  if (!(rate > 0 && rate <= 100_000)) throw new RangeError(`replayJointSetpoints: writeRateHz must be in (0, 100000]; got ${rate}`);
  const arm = new SimulatedPsm({ ...input.sim, homeJoints: input.initialJoints });
  await arm.configure();
  await arm.enable();
  await arm.home();
  const periodNs = Math.round(1e9 / rate);
  const endS = Math.max(setpointTimeS[setpointTimeS.length - 1]!, readTimeS[readTimeS.length - 1] ?? 0);
  const measured: number[][] = [];
  const hint = { i: 0 };
  let r = 0;
  const toNs = (s: number): number => Math.round(s * 1e9);
  for (let tNs = 0; tNs <= toNs(endS) + periodNs; tNs += periodNs) {
    // Samples due up to and including this tick, read before the tick's write (the agent's order).
    while (r < readTimeS.length && toNs(readTimeS[r]!) <= tNs) {
      measured.push(arm.read(Math.max(0, toNs(readTimeS[r]!))).measured_js);
      r++;
    }
    arm.read(tNs);
    const q = interpolate(setpointTimeS, setpoint, tNs * 1e-9, hint);
    arm.write({ kind: 'servo_jp', q, jaw_rad: 0 }, tNs);
  }
  return { measured, finalState: arm.read(toNs(endS) + 2 * periodNs).operating_state };
}

/** Per-joint RMS of (simulated - real) over samples with time >= fromS. */
export function rmsPerJoint(sim: readonly (readonly number[])[], real: readonly (readonly number[])[], timeS: readonly number[], fromS = 0): number[] {
  const acc = [0, 0, 0, 0, 0, 0];
  let n = 0;
  for (let i = 0; i < Math.min(sim.length, real.length); i++) {
    if (timeS[i]! < fromS) continue;
    for (let j = 0; j < 6; j++) acc[j]! += (sim[i]![j]! - real[i]![j]!) ** 2;
    n++;
  }
  return acc.map((s) => Math.sqrt(s / Math.max(1, n)));
}
