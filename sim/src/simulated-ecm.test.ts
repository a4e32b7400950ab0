import { describe, expect, it } from 'vitest';
import type { ArmDriver, ArmReading, Pose } from '@farhand/latency-core';
import { DVRK_ECM_TRACKING_TOLERANCE, ECM_ENCODER_QUANTUM, ECM_SERVO, SimulatedEcm, type SimulatedEcmOptions } from './simulated-ecm.js';
import { DVRK_PSM_SERVO } from './servo.js';
import { fromPose, rotationAngleBetween, toPose } from './math.js';

const MS = 1_000_000;
const DEG = Math.PI / 180;

async function ready(options: SimulatedEcmOptions = {}): Promise<SimulatedEcm> {
  const arm = new SimulatedEcm(options);
  await arm.configure();
  await arm.enable();
  await arm.home();
  return arm;
}

const tipDistance = (a: Pose, b: Pose): number =>
  Math.hypot(a.position[0] - b.position[0], a.position[1] - b.position[1], a.position[2] - b.position[2]);

describe('SimulatedEcm lifecycle and interface', () => {
  it('is an ArmDriver that starts DISABLED, un-homed, at the dVRK simulated ECM home; no jaw (reads 0)', async () => {
    const arm: ArmDriver = new SimulatedEcm({ noise: { enabled: false } });
    expect(arm.name).toBe('sim-ecm');
    const r = arm.read(0);
    expect(r).toMatchObject({ operating_state: 'DISABLED', is_homed: false, is_busy: false, timeNs: 0, ageNs: 0, jaw_measured_rad: 0 });
    expect(r.measured_js).toEqual([0, 0, 0.12, 0]);
    // camera 12.07 cm down the shaft, looking down
    expect(r.measured_cp.position[2]).toBeCloseTo(-0.1207, 12);
  });

  it('configure -> enable -> home, with clear errors out of order; commands refused until homed', async () => {
    const arm = new SimulatedEcm({ homeJoints: [0.1, 0.2, 0.1, -0.3], noise: { enabled: false } });
    await expect(arm.enable()).rejects.toThrow(/SimulatedEcm.enable: not configured/);
    await arm.configure();
    await expect(arm.home()).rejects.toThrow(/must be ENABLED to home; it is DISABLED/);
    await arm.enable();
    arm.write({ kind: 'servo_jp', q: [0, 0, 0.1, 0], jaw_rad: 0 }, 1 * MS);
    expect(arm.lastCommand).toMatchObject({ accepted: false, reason: 'arm is not homed: call home()' });
    await arm.home();
    expect(arm.read(2 * MS).measured_js).toEqual([0.1, 0.2, 0.1, -0.3]);
    await arm.disable();
    arm.write({ kind: 'servo_jp', q: [0, 0, 0.1, 0], jaw_rad: 0 }, 3 * MS);
    expect(arm.lastCommand).toMatchObject({ accepted: false, reason: 'arm is DISABLED' });
  });

  it('refuses bad options and malformed commands with clear errors; jaw_rad must be finite but is ignored', async () => {
    expect(() => new SimulatedEcm({ endoscope: 'X' as never })).toThrow(/endoscope must be 'STRAIGHT', 'UP' or 'DOWN'/);
    expect(() => new SimulatedEcm({ homeJoints: [0, 0, 0.3, 0] })).toThrow(/homeJoints\[2\] \(insertion\) = 0.3 is outside the joint limits/);
    expect(() => new SimulatedEcm({ homeJoints: [0, 0, 0.1, 0, 0, 0] })).toThrow(/homeJoints must be 4 finite numbers/);
    expect(() => new SimulatedEcm({ seed: -1 })).toThrow(/seed must be an integer in \[0, 4294967295\]/);
    expect(() => new SimulatedEcm({ noise: { extraStd: [0, 0, 0, 0, 0, 0, 0] } })).toThrow(/extraStd must be 4 non-negative numbers/);
    expect(() => new SimulatedEcm({ servo: { trackingErrorTolerance: [1, 2, 3, 4, 5, 6, 7] } })).toThrow(/trackingErrorTolerance must be 4 positive numbers/);
    expect(() => new SimulatedEcm({ servo: { channels: [{}, {}, {}, {}, {}] } })).toThrow(/at most 4 per-joint overrides/);
    expect(() => new SimulatedEcm({ minCartesianInsertionM: -1 })).toThrow(/minCartesianInsertionM must be a number in \[0, 0.255\]/);
    const arm = await ready({ noise: { enabled: false } });
    arm.read(0);
    expect(() => arm.write({ kind: 'servo_jp', q: [0, 0, 0.1, 0, 0, 0], jaw_rad: 0 }, MS)).toThrow(/servo_jp.q must be 4 finite numbers \(yaw, pitch rad, insertion m, roll rad\)/);
    expect(() => arm.write({ kind: 'servo_jp', q: [0, 0, 0.1, 0], jaw_rad: NaN }, MS)).toThrow(/jaw_rad must be a finite number \(the ECM has no jaw/);
    expect(() => arm.write({ kind: 'servo_cp', pose: { position: [0, 0, -0.1], orientation: [0, 0, 0, 3] }, jaw_rad: 0 }, MS)).toThrow(/unit quaternion/);
    expect(() => arm.write({ kind: 'servo_cp', pose: { position: [0, 0], orientation: [0, 0, 0, 1] } as never, jaw_rad: 0 }, MS)).toThrow(/position must be 3 finite numbers/);
    expect(() => arm.write({ kind: 'move_jp' } as never, MS)).toThrow(/kind must be 'servo_cp' or 'servo_jp'/);
    expect(() => arm.read(NaN)).toThrow(/time must be a finite number/);
    expect(arm.setpointJoints()).toEqual([0, 0, 0.12, 0]); // held
    arm.write({ kind: 'servo_jp', q: [0, 0, 0.12, 0], jaw_rad: 1.2 }, 2 * MS);
    expect(arm.lastCommand).toMatchObject({ accepted: true, clamped: false });
    expect(arm.read(3 * MS).jaw_measured_rad).toBe(0);
  });
});

describe('SimulatedEcm servo (dynamics borrowed from the PSM fit)', () => {
  it('borrows the PSM omega/zeta, uses the dVRK ECM velocity limits and tolerances', () => {
    expect(ECM_SERVO.map((c) => c.omegaRadPerS)).toEqual([DVRK_PSM_SERVO[0]!.omegaRadPerS, DVRK_PSM_SERVO[1]!.omegaRadPerS, DVRK_PSM_SERVO[2]!.omegaRadPerS, DVRK_PSM_SERVO[0]!.omegaRadPerS]);
    expect(ECM_SERVO.map((c) => c.maxVelocity)).toEqual([30 * DEG, 30 * DEG, 0.06, 30 * DEG]);
    expect(DVRK_ECM_TRACKING_TOLERANCE).toEqual([7 * DEG, 7 * DEG, 0.01, 7 * DEG]);
  });

  it('follows a slow servo_jp ramp with the PSM-like lag and settles on the goal; never faster than 30 deg/s', async () => {
    const arm = await ready({ noise: { enabled: false } });
    const start = [0, 0, 0.12, 0];
    const goal = [0.3, 0.2, 0.15, -0.4];
    let prev = arm.read(0).measured_js;
    let maxRate = 0;
    // 2 s ramp at <= 0.2 rad/s, then hold 1 s
    for (let t = 0; t <= 3000; t++) {
      const f = Math.min(1, t / 2000);
      const q = start.map((s, i) => s + (goal[i]! - s) * f);
      const r = arm.read(t * MS);
      for (const i of [0, 1, 3]) maxRate = Math.max(maxRate, Math.abs(r.measured_js[i]! - prev[i]!) / 1e-3);
      prev = r.measured_js;
      if (t === 1000) {
        // ramp lag 2 zeta / omega = 46 ms on yaw (PSM yaw fit): error ~ 0.15 rad/s * 46 ms
        const lag = q[0]! - r.measured_js[0]!;
        expect(lag).toBeGreaterThan(0.15 * 0.04);
        expect(lag).toBeLessThan(0.15 * 0.055);
      }
      arm.write({ kind: 'servo_jp', q, jaw_rad: 0 }, t * MS);
    }
    const end = arm.read(3001 * MS);
    end.measured_js.forEach((v, i) => expect(Math.abs(v - goal[i]!)).toBeLessThan(1e-6));
    expect(maxRate).toBeLessThanOrEqual(30 * DEG + 1e-9);
    expect(end.operating_state).toBe('ENABLED');
  });

  it('servo_cp reaches a reachable camera pose; measured_cp is FK of measured_js', async () => {
    const arm = await ready({ noise: { enabled: false } });
    const goalQ = [0.2, 0.3, 0.1, 0.25];
    const target = toPose(arm.ecm.forwardKinematics(goalQ));
    arm.read(0);
    // a 2 s joint-space ramp of camera poses (a jump would trip the 7 deg PID tolerance), then hold
    for (let t = 0; t <= 3000; t++) {
      const f = Math.min(1, t / 2000);
      const q = [0, 0, 0.12, 0].map((s, i) => s + (goalQ[i]! - s) * f);
      arm.read(t * MS);
      arm.write({ kind: 'servo_cp', pose: toPose(arm.ecm.forwardKinematics(q)), jaw_rad: 0 }, t * MS);
    }
    expect(arm.read(3000 * MS).operating_state).toBe('ENABLED');
    expect(arm.lastCommand.ik?.reachable).toBe(true);
    expect(arm.lastCommand.clamped).toBe(false);
    const r = arm.read(3001 * MS);
    expect(tipDistance(r.measured_cp, target)).toBeLessThan(1e-6);
    const fk = arm.ecm.forwardKinematics(r.measured_js);
    expect(tipDistance(r.measured_cp, toPose(fk))).toBeLessThan(1e-15);
    expect(rotationAngleBetween(fromPose(r.measured_cp).rotation, fk.rotation)).toBeLessThan(1e-9);
  });

  it('servo_cp: unreachable poses and insertions under 40 mm are clamped and flagged (the dVRK ECM rule), not faulted', async () => {
    // PID tolerance off: these are single jumps, which would fault a real ECM (tested below)
    const arm = await ready({ noise: { enabled: false }, servo: { trackingErrorTolerance: null } });
    arm.read(0);
    const shallow = toPose(arm.ecm.forwardKinematics([0, 0, 0.01, 0]));
    arm.write({ kind: 'servo_cp', pose: shallow, jaw_rad: 0 }, MS);
    expect(arm.lastCommand.ik?.reachable).toBe(true);
    expect(arm.lastCommand.clamped).toBe(true);
    expect(arm.setpointJoints()[2]).toBe(0.04);
    const off = new SimulatedEcm({ minCartesianInsertionM: 0 });
    await off.configure(); await off.enable(); await off.home();
    off.read(0);
    off.write({ kind: 'servo_cp', pose: shallow, jaw_rad: 0 }, MS);
    expect(off.setpointJoints()[2]).toBeCloseTo(0.01, 12);
    // far out of the yaw cone: nearest reachable, flagged
    const far: Pose = { position: [0.3, 0.05, 0.05], orientation: [0, 0, 0, 1] };
    arm.write({ kind: 'servo_cp', pose: far, jaw_rad: 0 }, 2 * MS);
    expect(arm.lastCommand).toMatchObject({ accepted: true, clamped: true });
    expect(arm.lastCommand.ik?.reachable).toBe(false);
    expect(arm.setpointJoints()[0]).toBeCloseTo(1.5708, 9);
  });

  it('a setpoint jump past the dVRK ECM tolerance (7 deg) faults the arm like its PID', async () => {
    const arm = await ready({ noise: { enabled: false } });
    arm.read(0);
    arm.write({ kind: 'servo_jp', q: [0.5, 0, 0.12, 0], jaw_rad: 0 }, 0);
    const r = arm.read(2 * MS);
    expect(r.operating_state).toBe('FAULT');
    expect(r.fault).toBe('ARM_TRACKING_ERROR');
    expect(r.faultMessage).toMatch(/Joint 0 \(yaw\) tracking error 0.50\d rad exceeds the PID tolerance 0.122 rad/);
  });
});

describe('SimulatedEcm noise, faults, determinism', () => {
  it('quantises to the (borrowed) encoder resolution; same seed bit-identical, another seed other noise', async () => {
    const run = async (seed: number): Promise<ArmReading[]> => {
      const arm = await ready({ seed });
      const out: ArmReading[] = [];
      for (let t = 0; t < 300; t++) {
        out.push(arm.read(t * MS));
        arm.write({ kind: 'servo_jp', q: [0.1 * Math.sin(t / 50), 0.05, 0.12 + 0.01 * Math.sin(t / 80), -0.1], jaw_rad: 0 }, t * MS);
      }
      return out;
    };
    const a = await run(3), b = await run(3), c = await run(4);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    for (const r of a) {
      r.measured_js.forEach((v, i) => {
        const counts = v / ECM_ENCODER_QUANTUM[i]!;
        expect(Math.abs(counts - Math.round(counts))).toBeLessThan(1e-6);
      });
    }
  });

  it('stuck joint, encoder glitch, power loss (no sag by default), slow joint: as on the PSM', async () => {
    // stuck yaw: the setpoint moves, the joint does not, the PID tolerance trips
    const stuck = await ready({ noise: { enabled: false } });
    stuck.read(0);
    stuck.injectFault({ kind: 'stuck_joint', joint: 0 });
    let faulted: ArmReading | null = null;
    for (let t = 0; t < 2000 && !faulted; t++) {
      const r = stuck.read(t * MS);
      if (r.operating_state === 'FAULT') faulted = r;
      stuck.write({ kind: 'servo_jp', q: [Math.min(0.5, t * 0.0003), 0, 0.12, 0], jaw_rad: 0 }, t * MS);
    }
    expect(faulted?.fault).toBe('ARM_TRACKING_ERROR');
    expect(faulted?.measured_js[0]).toBe(0);

    // glitch: one read off by the magnitude, then back
    const g = await ready({ noise: { enabled: false } });
    g.read(0);
    g.injectFault({ kind: 'encoder_glitch', joint: 2, magnitudeRad: 0.005 });
    expect(g.read(MS).measured_js[2]).toBeCloseTo(0.125, 12);
    expect(g.read(2 * MS).measured_js[2]).toBeCloseTo(0.12, 12);

    // power loss: FAULT, refused writes, no sag by default, latched until disable/enable after clearing
    const p = await ready({ noise: { enabled: false } });
    p.read(0);
    p.injectFault({ kind: 'power_loss' });
    p.write({ kind: 'servo_jp', q: [0.1, 0, 0.12, 0], jaw_rad: 0 }, MS);
    expect(p.lastCommand).toMatchObject({ accepted: false, reason: 'arm is FAULT (ARM_POWER_LOSS)' });
    const r = p.read(1000 * MS);
    expect(r.fault).toBe('ARM_POWER_LOSS');
    expect(r.measured_js).toEqual([0, 0, 0.12, 0]);
    p.clearFaults();
    await expect(p.enable()).rejects.toThrow(/call disable\(\) to acknowledge/);
    await p.disable();
    await p.enable();
    expect(p.read(1001 * MS).operating_state).toBe('ENABLED');

    // slow insertion: 4x the lag
    const lagOf = async (factor: number | null): Promise<number> => {
      const arm = await ready({ noise: { enabled: false } });
      arm.read(0);
      if (factor) arm.injectFault({ kind: 'slow_joint', joint: 2, factor });
      let lag = 0;
      for (let t = 0; t <= 1000; t++) {
        const q2 = 0.12 + 0.005 * (t / 1000);
        const m = arm.read(t * MS).measured_js[2]!;
        if (t === 1000) lag = q2 - m;
        arm.write({ kind: 'servo_jp', q: [0, 0, q2, 0], jaw_rad: 0 }, t * MS);
      }
      return lag;
    };
    const ratio = (await lagOf(4)) / (await lagOf(null));
    expect(ratio).toBeGreaterThan(3.5);
    expect(ratio).toBeLessThan(4.5);

    // faults name ECM joints only
    expect(() => p.injectFault({ kind: 'stuck_joint', joint: 6 })).toThrow(/joint must be an integer 0..3 \(yaw, pitch, insertion, roll; the ECM has no jaw\)/);
    expect(() => p.injectFault({ kind: 'power_loss', sagVelocity: [0, 0, 0.001, 0, 0, 0] })).toThrow(/sagVelocity must be 4 finite numbers/);
  });
});
