// Each injected fault, seen only through the arm interface (read()), as the agent would see it on a
// real arm.
import { describe, expect, it } from 'vitest';
import type { ArmReading, Pose } from '@farhand/latency-core';
import { SimulatedPsm, SIM_FAULT_CODES } from './simulated-psm.js';
import { rotationToQuat } from './math.js';

const MS = 1_000_000;

async function ready(seed = 3): Promise<SimulatedPsm> {
  const arm = new SimulatedPsm({ seed });
  await arm.configure();
  await arm.enable();
  await arm.home();
  return arm;
}

function dist(a: Pose, b: Pose): number {
  return Math.hypot(a.position[0] - b.position[0], a.position[1] - b.position[1], a.position[2] - b.position[2]);
}

/** Drive a slow sinusoid on every joint (tip ~3 cm/s) from tStart for n ms; return readings and setpoint poses. */
function drive(arm: SimulatedPsm, tStartMs: number, n: number, onTick?: (tMs: number) => void): { readings: ArmReading[]; setpoints: Pose[] } {
  const readings: ArmReading[] = [];
  const setpoints: Pose[] = [];
  let last: Pose | null = null;
  for (let k = 0; k < n; k++) {
    const tMs = tStartMs + k;
    onTick?.(tMs);
    readings.push(arm.read(tMs * MS));
    setpoints.push(last ?? readings[0]!.measured_cp);
    const s = Math.sin((2 * Math.PI * tMs) / 2000);
    const q = [0.15 * s, 0.1 * s, 0.12 + 0.01 * s, 0.3 * s, 0.2 * s, 0.2 * s];
    arm.write({ kind: 'servo_jp', q, jaw_rad: 0.2 }, tMs * MS);
    const fk = arm.psm.forwardKinematics(arm.setpointJoints());
    last = { position: fk.position, orientation: rotationToQuat(fk.rotation) };
  }
  return { readings, setpoints };
}

describe('fault injection, seen through the arm interface', () => {
  it('stuck joint while every other joint rests: the PID tolerance still trips (idle steps are not skipped past it)', async () => {
    const arm = new SimulatedPsm({ seed: 3, noise: { enabled: false } });
    await arm.configure();
    await arm.enable();
    await arm.home();
    const home = arm.read(0).measured_js.slice();
    arm.injectFault({ kind: 'stuck_joint', joint: 0 });
    let faulted: ArmReading | null = null;
    for (let t = 1; t < 3000 && !faulted; t++) {
      const r = arm.read(t * MS);
      if (r.operating_state === 'FAULT') faulted = r;
      // Only the stuck joint's setpoint moves; every other joint holds its home value.
      const q = home.slice();
      q[0] = home[0]! + Math.min(0.5, t * 0.0003);
      arm.write({ kind: 'servo_jp', q, jaw_rad: 0 }, t * MS);
    }
    expect(faulted?.fault).toBe(SIM_FAULT_CODES.TRACKING_ERROR);
    expect(faulted?.measured_js[0]).toBe(home[0]);
  });

  it('stuck joint: measured stops following, the tip tracking error grows past the core\'s 5 mm, then the arm faults like a dVRK PID', async () => {
    const arm = await ready();
    drive(arm, 0, 500);
    arm.injectFault({ kind: 'stuck_joint', joint: 0 });
    const { readings, setpoints } = drive(arm, 500, 3000);
    const yaw = readings.map((r) => r.measured_js[0]!);
    // Encoder jitter only: the yaw reading stays within a few counts while the setpoint sweeps.
    expect(Math.max(...yaw) - Math.min(...yaw)).toBeLessThan(1e-4);
    const err = readings.map((r, i) => dist(r.measured_cp, setpoints[i]!));
    const firstOver5mm = err.findIndex((e) => e > 0.005);
    expect(firstOver5mm).toBeGreaterThan(0);
    // The core faults after 50 ms over 5 mm: the error must stay over it, not flicker.
    expect(err.slice(firstOver5mm, firstOver5mm + 60).every((e) => e > 0.005)).toBe(true);
    // The yaw setpoint reaches +-0.15 rad only, under the dVRK's own 20 deg tolerance: no arm fault.
    expect(readings.every((r) => r.operating_state === 'ENABLED')).toBe(true);
    // A bigger move on the stuck joint crosses the PID tolerance: FAULT, motor power cut.
    let r = arm.read(3501 * MS);
    for (let t = 3501; t < 5000 && r.operating_state === 'ENABLED'; t++) {
      arm.write({ kind: 'servo_jp', q: [Math.min(0.5, (t - 3500) * 1e-3), 0, 0.12, 0, 0, 0], jaw_rad: 0 }, t * MS);
      r = arm.read((t + 1) * MS);
    }
    expect(r.operating_state).toBe('FAULT');
    expect(r.fault).toBe(SIM_FAULT_CODES.TRACKING_ERROR);
    expect(r.faultMessage).toMatch(/Joint 0 \(outer_yaw\) tracking error 0.3\d* rad exceeds the PID tolerance 0.349 rad/);
    // Cleared and reset: the joint moves again.
    arm.clearFaults();
    await arm.disable();
    await arm.enable();
    expect(arm.read(5001 * MS).operating_state).toBe('ENABLED');
    arm.write({ kind: 'servo_jp', q: [0.1, 0, 0.12, 0, 0, 0], jaw_rad: 0 }, 5001 * MS);
    expect(arm.read(6000 * MS).measured_js[0]).toBeCloseTo(0.1, 4);
  });

  it('encoder glitch: a jump in measured_js and measured_cp for exactly one sample; the arm itself does not move', async () => {
    const arm = await ready();
    drive(arm, 0, 300);
    arm.injectFault({ kind: 'encoder_glitch', joint: 2, magnitudeRad: 0.01 }, 400 * MS);
    const { readings } = drive(arm, 300, 200);
    const ins = readings.map((r) => r.measured_js[2]!);
    const jumps = ins.slice(1).map((v, i) => v - ins[i]!);
    const big = jumps.map((d, i) => [i + 1, d] as const).filter(([, d]) => Math.abs(d) > 0.005);
    // Up by 1 cm at the 400 ms sample, back down at the next one: two jumps, one sample apart.
    expect(big).toHaveLength(2);
    expect(big[0]![0]).toBe(100);
    expect(big[0]![1]).toBeCloseTo(0.01, 3);
    expect(big[1]![0]).toBe(101);
    expect(big[1]![1]).toBeCloseTo(-0.01, 3);
    // measured_cp is computed from measured_js, as the dVRK does: the tip jumps ~1 cm along the shaft.
    expect(dist(readings[100]!.measured_cp, readings[99]!.measured_cp)).toBeGreaterThan(0.009);
    expect(dist(readings[101]!.measured_cp, readings[99]!.measured_cp)).toBeLessThan(0.001);
    expect(readings.every((r) => r.operating_state === 'ENABLED')).toBe(true);
    expect(arm.injectedFaults).toHaveLength(0); // spent
  });

  it('power loss: FAULT with code and message, joints coast to a stop and sag, commands refused; latched until disable/enable', async () => {
    const arm = await ready();
    drive(arm, 0, 500); // moving at ~0.3 rad/s on yaw when power goes
    arm.injectFault({ kind: 'power_loss' }, 600 * MS);
    const { readings } = drive(arm, 500, 500);
    const before = readings[99]!;
    const at = readings[100]!;
    expect(before.operating_state).toBe('ENABLED');
    expect(at.operating_state).toBe('FAULT');
    expect(at.fault).toBe(SIM_FAULT_CODES.POWER_LOSS);
    expect(at.faultMessage).toMatch(/Motor power lost/);
    expect(at.is_homed).toBe(true); // encoders stay powered
    expect(arm.lastCommand).toMatchObject({ accepted: false, reason: 'arm is FAULT (ARM_POWER_LOSS)' });
    // Yaw coasts a little (friction, 30 ms) then stops; insertion sags at 1 mm/s.
    const y1 = readings[250]!.measured_js[0]!, y2 = readings[499]!.measured_js[0]!;
    expect(Math.abs(y2 - y1)).toBeLessThan(1e-4);
    const ins1 = readings[200]!.measured_js[2]!, ins2 = readings[499]!.measured_js[2]!;
    expect((ins2 - ins1) / 0.299).toBeCloseTo(0.001, 4);
    // Power back but not reset: still FAULT; enable() refuses until disable() acknowledges.
    arm.clearFaults();
    expect(arm.read(1001 * MS).operating_state).toBe('FAULT');
    await expect(arm.enable()).rejects.toThrow(/in FAULT \(ARM_POWER_LOSS\); call disable\(\)/);
    await arm.disable();
    const off = arm.read(1002 * MS);
    expect(off.operating_state).toBe('DISABLED');
    expect(off.fault).toBeUndefined();
    await arm.enable();
    const on = arm.read(1003 * MS);
    expect(on.operating_state).toBe('ENABLED');
    // It holds where it stopped: no jump back to the old setpoint.
    const later = arm.read(1200 * MS);
    // (within encoder jitter: a roll count is 2.1e-4 rad)
    for (let i = 0; i < 6; i++) expect(Math.abs(later.measured_js[i]! - on.measured_js[i]!)).toBeLessThan(5e-4);
  });

  it('power loss not cleared: disable/enable leaves the arm in FAULT', async () => {
    const arm = await ready();
    arm.read(0);
    arm.injectFault({ kind: 'power_loss', sagVelocity: [0, 0, 0, 0, 0, 0] });
    expect(arm.read(MS).fault).toBe('ARM_POWER_LOSS');
    await arm.disable();
    await arm.enable();
    const r = arm.read(2 * MS);
    expect(r.operating_state).toBe('FAULT');
    expect(r.faultMessage).toMatch(/power is absent/);
  });

  it('slow joint: the lag grows by the factor', async () => {
    const lagOf = async (factor: number): Promise<number> => {
      const arm = await ready();
      if (factor > 1) arm.injectFault({ kind: 'slow_joint', joint: 1, factor });
      // pitch ramp at 0.1 rad/s; steady error / speed = lag
      let r = arm.read(0);
      for (let t = 0; t <= 1500; t++) {
        r = arm.read(t * MS);
        arm.write({ kind: 'servo_jp', q: [0, 0.1 * t * 1e-3, 0.12, 0, 0, 0], jaw_rad: 0 }, t * MS);
      }
      return (0.1 * 1.499 - r.measured_js[1]!) / 0.1;
    };
    const normal = await lagOf(1);
    const slow = await lagOf(4);
    expect(normal).toBeGreaterThan(0.045);
    expect(normal).toBeLessThan(0.055);
    expect(slow / normal).toBeGreaterThan(3.8);
    expect(slow / normal).toBeLessThan(4.2);
  });

  it('a fault scheduled for later takes effect then, not before', async () => {
    const arm = await ready();
    arm.read(0);
    const id = arm.injectFault({ kind: 'power_loss' }, 10 * MS);
    expect(arm.injectedFaults).toEqual([{ id, spec: { kind: 'power_loss', sagVelocity: [0, 0, 0.001, 0, 0, 0] }, startNs: 10 * MS, active: false }]);
    expect(arm.read(9.9 * MS).operating_state).toBe('ENABLED');
    expect(arm.read(10 * MS).operating_state).toBe('FAULT');
    expect(arm.injectedFaults[0]!.active).toBe(true);
  });

  it('refuses malformed fault specs with a clear error', async () => {
    const arm = await ready();
    expect(() => arm.injectFault({ kind: 'meteor' } as never)).toThrow(/unknown fault kind "meteor"; accepted: 'stuck_joint', 'encoder_glitch', 'power_loss', 'slow_joint'/);
    expect(() => arm.injectFault({ kind: 'stuck_joint', joint: 7 })).toThrow(/joint must be an integer 0..5 .* or 6 \(jaw\)/);
    expect(() => arm.injectFault({ kind: 'encoder_glitch', joint: 1, magnitudeRad: NaN })).toThrow(/magnitudeRad must be a finite non-zero number/);
    expect(() => arm.injectFault({ kind: 'encoder_glitch', joint: 1, magnitudeRad: 0.1, samples: 0 })).toThrow(/samples must be an integer 1..1000000/);
    expect(() => arm.injectFault({ kind: 'slow_joint', joint: 1, factor: 0.5 })).toThrow(/factor must be a number in \[1, 1000\]/);
    expect(() => arm.injectFault({ kind: 'power_loss', sagVelocity: [1, 2] })).toThrow(/sagVelocity must be 6 finite numbers/);
    expect(() => arm.injectFault({ kind: 'power_loss' }, NaN)).toThrow(/time must be a finite number/);
    expect(arm.injectedFaults).toHaveLength(0);
  });
});
