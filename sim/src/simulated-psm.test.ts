import { describe, expect, it } from 'vitest';
import type { ArmDriver, ArmReading, Pose } from '@farhand/latency-core';
import { SimulatedPsm, type SimulatedPsmOptions } from './simulated-psm.js';
import { ARM_ENCODER_QUANTUM } from './encoder.js';
import { DVRK_PSM_SERVO } from './servo.js';
import { rotationToQuat } from './math.js';

const MS = 1_000_000;

async function ready(options: SimulatedPsmOptions = {}): Promise<SimulatedPsm> {
  const arm = new SimulatedPsm(options);
  await arm.configure();
  await arm.enable();
  await arm.home();
  return arm;
}

function tipDistance(a: Pose, b: Pose): number {
  return Math.hypot(a.position[0] - b.position[0], a.position[1] - b.position[1], a.position[2] - b.position[2]);
}

describe('SimulatedPsm lifecycle', () => {
  it('is an ArmDriver named sim that starts DISABLED, un-homed, at the home joints', async () => {
    const arm: ArmDriver = new SimulatedPsm({ noise: { enabled: false } });
    expect(arm.name).toBe('sim');
    const r = arm.read(0);
    expect(r.operating_state).toBe('DISABLED');
    expect(r.is_homed).toBe(false);
    expect(r.is_busy).toBe(false);
    expect(r.timeNs).toBe(0);
    expect(r.ageNs).toBe(0);
    expect(r.measured_js).toEqual([0, 0, 0.12, 0, 0, 0]);
    expect(r.fault).toBeUndefined();
  });

  it('configure -> enable -> home, with clear errors when called out of order', async () => {
    const arm = new SimulatedPsm({ homeJoints: [0.1, -0.1, 0.1, 0.2, 0.1, -0.1], noise: { enabled: false } });
    await expect(arm.enable()).rejects.toThrow(/configure\(\) first/);
    await expect(arm.home()).rejects.toThrow(/configure\(\)/);
    await arm.configure();
    await expect(arm.home()).rejects.toThrow(/must be ENABLED to home; it is DISABLED/);
    await arm.enable();
    expect(arm.read(0).operating_state).toBe('ENABLED');
    // Enabled but not homed: the arm holds, commands are refused with the reason.
    arm.write({ kind: 'servo_jp', q: [0, 0, 0.1, 0, 0, 0], jaw_rad: 0 }, 1 * MS);
    expect(arm.lastCommand).toMatchObject({ accepted: false, reason: 'arm is not homed: call home()' });
    await arm.home();
    const r = arm.read(2 * MS);
    expect(r.is_homed).toBe(true);
    expect(r.measured_js).toEqual([0.1, -0.1, 0.1, 0.2, 0.1, -0.1]);
    await arm.disable();
    expect(arm.read(3 * MS).operating_state).toBe('DISABLED');
    arm.write({ kind: 'servo_jp', q: [0, 0, 0.1, 0, 0, 0], jaw_rad: 0 }, 4 * MS);
    expect(arm.lastCommand).toMatchObject({ accepted: false, reason: 'arm is DISABLED' });
  });

  it('refuses bad options with a clear error', () => {
    expect(() => new SimulatedPsm({ seed: -1 })).toThrow(/seed must be an integer in \[0, 4294967295\]/);
    expect(() => new SimulatedPsm({ seed: 1.5 })).toThrow(/uint32/);
    expect(() => new SimulatedPsm({ tool: 'X' as never })).toThrow(/tool must be 'LND400006' or 'LND420006'/);
    expect(() => new SimulatedPsm({ homeJoints: [0, 0, 0.3, 0, 0, 0] })).toThrow(/homeJoints\[2\] \(outer_insertion\) = 0.3 is outside the joint limits/);
    expect(() => new SimulatedPsm({ homeJoints: [0, 0, 0.1] })).toThrow(/homeJoints must be 6 finite numbers/);
    expect(() => new SimulatedPsm({ servo: { periodNs: 5 } })).toThrow(/periodNs must be an integer in \[10000, 1000000\]/);
    expect(() => new SimulatedPsm({ servo: { periodNs: 1_000_000, channels: [{ omegaRadPerS: 400, dampingRatio: 2 }] } })).toThrow(/too stiff for periodNs/);
    expect(() => new SimulatedPsm({ servo: { channels: [{ omegaRadPerS: -1 }] } })).toThrow(/channels\[0\]\.omegaRadPerS must be a finite number > 0/);
    expect(() => new SimulatedPsm({ servo: { velocityFeedforward: 2 } })).toThrow(/velocityFeedforward must be a number in \[0, 1\]/);
    expect(() => new SimulatedPsm({ servo: { trackingErrorTolerance: [1, 2] } })).toThrow(/trackingErrorTolerance must be 7 positive numbers/);
    expect(() => new SimulatedPsm({ noise: { jitterCounts: -1 } })).toThrow(/jitterCounts must be a number in \[0, 1e6\]/);
    expect(() => new SimulatedPsm({ noise: { extraStd: [0] } })).toThrow(/extraStd must be 7 non-negative numbers/);
  });
});

describe('SimulatedPsm servo', () => {
  it('lags behind a moved setpoint, then settles on it, within the velocity limit', async () => {
    const arm = await ready({ noise: { enabled: false } });
    const goal = [0.2, 0.1, 0.14, 0.3, -0.2, 0.2];
    arm.read(0);
    arm.write({ kind: 'servo_jp', q: goal, jaw_rad: 0.5 }, 0);
    let prev = arm.read(0).measured_js;
    let maxYawRate = 0;
    let at20ms: number[] = [];
    for (let t = 1; t <= 1000; t++) {
      const r = arm.read(t * MS);
      maxYawRate = Math.max(maxYawRate, Math.abs(r.measured_js[0]! - prev[0]!) / 1e-3);
      if (t === 20) at20ms = r.measured_js;
      prev = r.measured_js;
      arm.write({ kind: 'servo_jp', q: goal, jaw_rad: 0.5 }, t * MS);
    }
    // 20 ms in: moving, well short of the goal (a step is acceleration-limited, then lags)
    expect(at20ms[0]).toBeGreaterThan(0.001);
    expect(at20ms[0]).toBeLessThan(0.1);
    expect(maxYawRate).toBeLessThanOrEqual(DVRK_PSM_SERVO[0]!.maxVelocity + 1e-9);
    const end = arm.read(1001 * MS);
    for (let i = 0; i < 6; i++) expect(end.measured_js[i]).toBeCloseTo(goal[i]!, 9);
    expect(end.jaw_measured_rad).toBeCloseTo(0.5, 9);
  });

  it('servo_cp reaches a reachable pose; measured_cp is FK of measured_js', async () => {
    const arm = await ready({ noise: { enabled: false } });
    const home = arm.trueJoints();
    const q = [0.3, -0.2, 0.16, 0.4, 0.3, -0.3];
    // Ramp there over 1 s as the core would (a jump past the dVRK PID tolerance faults the arm).
    const cmdAt = (u: number) => {
      const p = arm.psm.forwardKinematics(home.map((h, i) => h + (q[i]! - h) * Math.min(1, u)));
      return { kind: 'servo_cp' as const, pose: { position: p.position, orientation: rotationToQuat(p.rotation) }, jaw_rad: 0.2 };
    };
    let r: ArmReading = arm.read(0);
    for (let t = 0; t <= 2000; t++) {
      r = arm.read(t * MS);
      arm.write(cmdAt(t / 1000), t * MS);
    }
    expect(r.operating_state).toBe('ENABLED');
    expect(arm.lastCommand.accepted).toBe(true);
    expect(arm.lastCommand.clamped).toBe(false);
    expect(arm.lastCommand.ik?.reachable).toBe(true);
    expect(tipDistance(r.measured_cp, cmdAt(1).pose)).toBeLessThan(1e-9);
    for (let i = 0; i < 6; i++) expect(r.measured_js[i]).toBeCloseTo(q[i]!, 9);
    const fk = arm.psm.forwardKinematics(r.measured_js);
    expect(tipDistance(r.measured_cp, { position: fk.position, orientation: rotationToQuat(fk.rotation) })).toBe(0);
  });

  it('an unreachable servo_cp is clamped to the nearest reachable and flagged, not faulted, with no wild motion', async () => {
    const arm = await ready({ noise: { enabled: false } });
    const start = arm.read(0);
    // The target descends straight down the shaft at 5 cm/s to 10 cm beyond full insertion.
    const z0 = start.measured_cp.position[2];
    let prev = start.measured_js;
    let maxStep = 0;
    let r: ArmReading = start;
    let firstClampMs = -1;
    for (let t = 0; t <= 5000; t++) {
      r = arm.read(t * MS);
      maxStep = Math.max(maxStep, ...r.measured_js.map((v, i) => Math.abs(v - prev[i]!)));
      prev = r.measured_js;
      const z = Math.max(-0.45, z0 - 0.05 * t * 1e-3);
      arm.write({ kind: 'servo_cp', pose: { position: [0, 0, z], orientation: start.measured_cp.orientation }, jaw_rad: 0 }, t * MS);
      if (firstClampMs < 0 && arm.lastCommand.clamped) firstClampMs = t;
    }
    expect(r.operating_state).toBe('ENABLED');
    expect(r.fault).toBeUndefined();
    expect(arm.lastCommand.clamped).toBe(true);
    expect(arm.lastCommand.ik?.reachable).toBe(false);
    expect(arm.lastCommand.ik?.positionErrorM).toBeGreaterThan(0.09);
    // clamping starts where the insertion runs out: 12 cm at 5 cm/s
    expect(firstClampMs).toBeGreaterThan(2390);
    expect(firstClampMs).toBeLessThan(2410);
    expect(r.measured_js[2]).toBeCloseTo(0.24, 6);
    for (const i of [0, 1, 3, 4, 5]) expect(Math.abs(r.measured_js[i]!)).toBeLessThan(1e-6);
    // never faster than the commanded 5 cm/s: <= 0.05 mm per 1 ms tick, plus rounding
    expect(maxStep).toBeLessThanOrEqual(0.05e-3 + 1e-9);
  });

  it('velocity feed-forward expires when the setpoints stop: the arm settles on the last target', async () => {
    const arm = await ready({ noise: { enabled: false }, servo: { velocityFeedforward: 1 } });
    let q = 0;
    for (let t = 0; t <= 500; t++) {
      arm.read(t * MS);
      q = 0.1 * t * 1e-3; // 0.1 rad/s ramp on yaw, then the writes stop
      arm.write({ kind: 'servo_jp', q: [q, 0, 0.12, 0, 0, 0], jaw_rad: 0 }, t * MS);
    }
    expect(arm.read(2000 * MS).measured_js[0]).toBeCloseTo(q, 9);
  });

  it('clamps servo_jp and jaw into the limits and says so', async () => {
    const arm = await ready({ noise: { enabled: false } });
    arm.write({ kind: 'servo_jp', q: [0, 0, 0.5, 0, 0, 0], jaw_rad: 3 }, 0);
    expect(arm.lastCommand).toMatchObject({ accepted: true, clamped: true });
    expect(arm.setpointJoints()[2]).toBe(0.24);
  });

  it('refuses a malformed command with a clear RangeError and holds', async () => {
    const arm = await ready({ noise: { enabled: false } });
    arm.write({ kind: 'servo_jp', q: [0.1, 0, 0.12, 0, 0, 0], jaw_rad: 0 }, 0);
    const before = arm.setpointJoints();
    expect(() => arm.write({ kind: 'servo_jp', q: [0, 0, NaN, 0, 0, 0], jaw_rad: 0 }, MS)).toThrow(/servo_jp.q must be 6 finite numbers/);
    expect(() => arm.write({ kind: 'servo_jp', q: [0, 0, 0], jaw_rad: 0 }, MS)).toThrow(/servo_jp.q must be 6 finite numbers/);
    expect(() => arm.write({ kind: 'servo_cp', pose: { position: [0, 0, -0.1], orientation: [0, 0, 0, 3] }, jaw_rad: 0 }, MS)).toThrow(/unit quaternion/);
    expect(() => arm.write({ kind: 'servo_cp', pose: { position: [0, 0] as never, orientation: [0, 0, 0, 1] }, jaw_rad: 0 }, MS)).toThrow(/position must be 3 finite numbers/);
    expect(() => arm.write({ kind: 'servo_jp', q: [0, 0, 0.1, 0, 0, 0], jaw_rad: Infinity }, MS)).toThrow(/jaw_rad must be a finite number/);
    expect(() => arm.write({ kind: 'move_jp' } as never, MS)).toThrow(/kind must be 'servo_cp' or 'servo_jp'/);
    expect(() => arm.write({ kind: 'servo_jp', q: [0, 0, 0.1, 0, 0, 0], jaw_rad: 0 }, NaN)).toThrow(/time must be a finite number/);
    expect(() => arm.read(Infinity)).toThrow(/time must be a finite number/);
    expect(arm.setpointJoints()).toEqual(before);
  });

  it('time running backwards does not rewind the arm', async () => {
    const arm = await ready({ noise: { enabled: false } });
    arm.read(0);
    arm.write({ kind: 'servo_jp', q: [0.2, 0, 0.12, 0, 0, 0], jaw_rad: 0 }, 0);
    const a = arm.read(50 * MS).measured_js;
    const b = arm.read(10 * MS).measured_js;
    expect(b).toEqual(a);
    expect(arm.physicsTimeNs).toBe(50 * MS);
  });
});

describe('SimulatedPsm measurement noise', () => {
  it('quantises to the real encoder resolution and jitters by about one count', async () => {
    const arm = await ready({ seed: 42 });
    const samples: number[] = [];
    for (let t = 0; t < 2000; t++) samples.push(arm.read(t * MS).measured_js[0]!);
    for (const s of samples) expect(Math.abs(s / ARM_ENCODER_QUANTUM[0]! - Math.round(s / ARM_ENCODER_QUANTUM[0]!))).toBeLessThan(1e-6);
    const counts = new Set(samples.map((s) => Math.round(s / ARM_ENCODER_QUANTUM[0]!)));
    expect([...counts].every((c) => Math.abs(c) <= 2)).toBe(true);
    expect(counts.size).toBeGreaterThan(1);
    // Tip noise is micrometres, far below anything the core acts on.
    const tip = [] as number[];
    for (let t = 2000; t < 2100; t++) tip.push(arm.read(t * MS).measured_cp.position[2]);
    expect(Math.max(...tip) - Math.min(...tip)).toBeLessThan(2e-5);
  });

  it('extraStd adds seeded Gaussian-like noise of the requested size', async () => {
    const arm = await ready({ noise: { enabled: true, quantize: false, jitterCounts: 0, extraStd: [1e-3, 0, 0, 0, 0, 0, 0] } });
    const xs: number[] = [];
    for (let t = 0; t < 5000; t++) xs.push(arm.read(t * MS).measured_js[0]!);
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const std = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
    expect(Math.abs(mean)).toBeLessThan(1e-4);
    expect(std).toBeGreaterThan(0.95e-3);
    expect(std).toBeLessThan(1.05e-3);
  });
});

describe('SimulatedPsm determinism', () => {
  async function session(seed: number, readEvery: number): Promise<{ readings: ArmReading[]; truth: number[] }> {
    const arm = await ready({ seed });
    const readings: ArmReading[] = [];
    for (let t = 0; t <= 600; t++) {
      const nowNs = 1_000_000_000 + t * MS + (t % 3) * 137; // a little jitter in the tick times
      if (t % readEvery === 0) readings.push(arm.read(nowNs));
      const s = Math.sin(t / 50);
      arm.write({ kind: 'servo_jp', q: [0.3 * s, 0.2 * s, 0.12 + 0.03 * s, s, 0.5 * s, -0.5 * s], jaw_rad: 0.3 + 0.3 * s }, nowNs);
      if (t === 200) arm.injectFault({ kind: 'slow_joint', joint: 1, factor: 3 });
      if (t === 300) arm.injectFault({ kind: 'encoder_glitch', joint: 0, magnitudeRad: 0.01 }, nowNs + 5 * MS);
    }
    return { readings, truth: arm.trueJoints() };
  }

  it('same seed and calls: bit-identical readings', async () => {
    const a = await session(7, 1);
    const b = await session(7, 1);
    expect(b.readings).toEqual(a.readings);
    expect(b.truth).toEqual(a.truth);
  });

  it('another seed changes the noise, not the physics; reading less often does not change the arm', async () => {
    const a = await session(7, 1);
    const c = await session(8, 1);
    const d = await session(7, 10);
    expect(c.readings).not.toEqual(a.readings);
    expect(c.truth).toEqual(a.truth);
    expect(d.truth).toEqual(a.truth);
  });
});
