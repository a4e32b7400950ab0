import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { JawLimiter, JumpDetector, MotionLimiter, TrackingMonitor, clampToWorkspace, workspaceDistance } from './limiters.js';
import { coreConfig } from './config.js';
import { qConj, qFromRotVec, qMul, qToRotVec } from './math/quat.js';
import type { MasterFrame, Pose, Vec3 } from './types.js';

const C = coreConfig({});
const L = C.limits;
const WS = L.workspace;
const HOME: Pose = { position: [0, 0, -0.1135], orientation: [Math.SQRT1_2, Math.SQRT1_2, 0, 0] };
const DT = 0.001;

function checker() {
  let prev: Pose | null = null;
  let v: Vec3 = [0, 0, 0];
  let w: Vec3 = [0, 0, 0];
  return (p: Pose) => {
    if (prev) {
      const nv: Vec3 = [(p.position[0] - prev.position[0]) / DT, (p.position[1] - prev.position[1]) / DT, (p.position[2] - prev.position[2]) / DT];
      const r = qToRotVec(qMul(p.orientation, qConj(prev.orientation)));
      const nw: Vec3 = [r[0] / DT, r[1] / DT, r[2] / DT];
      expect(Math.hypot(...nv)).toBeLessThanOrEqual(L.maxLinearSpeedMps * (1 + 1e-9));
      expect(Math.hypot(nv[0] - v[0], nv[1] - v[1], nv[2] - v[2]) / DT).toBeLessThanOrEqual(L.maxLinearAccelMps2 * (1 + 1e-6) + 1e-6);
      expect(Math.hypot(...nw)).toBeLessThanOrEqual(L.maxAngularSpeedRadps * (1 + 1e-9));
      expect(Math.hypot(nw[0] - w[0], nw[1] - w[1], nw[2] - w[2]) / DT).toBeLessThanOrEqual(L.maxAngularAccelRadps2 * (1 + 1e-6) + 1e-5);
      v = nv;
      w = nw;
    }
    expect(workspaceDistance(p.position, WS)).toBeLessThanOrEqual(1e-12);
    prev = p;
  };
}

describe('MotionLimiter', () => {
  it('tracks a target within the limits exactly (no lag)', () => {
    const m = new MotionLimiter(L, WS, HOME);
    let worst = 0;
    for (let k = 1; k < 3000; k++) {
      const t = k * DT;
      const target: Pose = { position: [0.02 * Math.sin(2 * t), 0.01 * (1 - Math.cos(3 * t)), -0.1135], orientation: qMul(qFromRotVec([0, 0, 0.2 * Math.sin(t)]), HOME.orientation) };
      const p = m.track(target, DT);
      if (k > 300) worst = Math.max(worst, Math.hypot(p.position[0] - target.position[0], p.position[1] - target.position[1]));
    }
    expect(worst).toBeLessThan(1e-9);
  });

  it('reaches a far target within the speed and acceleration limits, without overshoot', () => {
    const m = new MotionLimiter(L, WS, HOME);
    const check = checker();
    const target: Pose = { position: [0.1, 0.05, -0.2], orientation: qMul(qFromRotVec([0, 1.5, 0]), HOME.orientation) };
    check(m.pose());
    let maxX = 0;
    for (let k = 0; k < 3000; k++) {
      const p = m.track(target, DT);
      check(p);
      maxX = Math.max(maxX, p.position[0]);
    }
    expect(m.pose().position).toEqual(target.position);
    expect(maxX).toBeLessThanOrEqual(0.1 + 1e-9);
    expect(m.atRest).toBe(true);
  });

  it('never leaves the workspace nor breaks a limit, whatever the targets (box and cylinder)', () => {
    for (const ws of [WS, coreConfig({ limits: { workspace: { shape: 'cylinder', radiusM: 0.05, zMinM: -0.2, zMaxM: -0.05 } } }).limits.workspace]) {
      fc.assert(
        fc.property(
          fc.array(fc.record({ x: fc.double({ min: -1, max: 1, noNaN: true }), y: fc.double({ min: -1, max: 1, noNaN: true }), z: fc.double({ min: -1, max: 1, noNaN: true }), r: fc.double({ min: -3, max: 3, noNaN: true }), hold: fc.integer({ min: 1, max: 300 }), brake: fc.boolean() }), { minLength: 1, maxLength: 8 }),
          (targets) => {
            const start: Pose = { position: clampToWorkspace(HOME.position, ws), orientation: HOME.orientation };
            const m = new MotionLimiter(L, ws, start);
            let prev = m.pose();
            let v: Vec3 = [0, 0, 0];
            for (const t of targets) {
              const target: Pose = { position: [t.x, t.y, t.z], orientation: qMul(qFromRotVec([t.r, 0, t.r / 2]), HOME.orientation) };
              for (let k = 0; k < t.hold; k++) {
                const p = t.brake && k > t.hold / 2 ? m.brake(DT) : m.track(target, DT);
                const nv: Vec3 = [(p.position[0] - prev.position[0]) / DT, (p.position[1] - prev.position[1]) / DT, (p.position[2] - prev.position[2]) / DT];
                if (Math.hypot(...nv) > L.maxLinearSpeedMps * (1 + 1e-9)) return false;
                if (Math.hypot(nv[0] - v[0], nv[1] - v[1], nv[2] - v[2]) / DT > L.maxLinearAccelMps2 * (1 + 1e-6) + 1e-6) return false;
                if (workspaceDistance(p.position, ws) > 1e-12) return false;
                v = nv;
                prev = p;
              }
            }
            return true;
          },
        ),
        { numRuns: 150 },
      );
    }
  });

  it('brakes along its velocity and is at rest within v / a', () => {
    const m = new MotionLimiter(L, WS, HOME);
    for (let k = 0; k < 400; k++) m.track({ position: [0.15, 0, -0.1135], orientation: HOME.orientation }, DT);
    const v0 = m.linearSpeedMps;
    expect(v0).toBeCloseTo(L.maxLinearSpeedMps, 6);
    const dir = m.linearVelocity;
    let k = 0;
    while (!m.atRest) {
      m.brake(DT);
      const v = m.linearVelocity;
      if (!m.atRest) expect(Math.abs(v[0] * dir[1] - v[1] * dir[0])).toBeLessThan(1e-12);
      k++;
    }
    expect(k * DT).toBeLessThanOrEqual(v0 / L.maxLinearAccelMps2 + DT);
  });

  it('from outside the workspace it moves inside and never further out', () => {
    const m = new MotionLimiter(L, WS, { position: [0.3, 0, -0.1], orientation: HOME.orientation });
    let d = workspaceDistance(m.pose().position, WS);
    for (let k = 0; k < 3000; k++) {
      m.track({ position: [0.5, 0, -0.1], orientation: HOME.orientation }, DT);
      const nd = workspaceDistance(m.pose().position, WS);
      expect(nd).toBeLessThanOrEqual(d + 1e-15);
      d = nd;
    }
    expect(d).toBe(0);
  });
});

describe('JawLimiter', () => {
  it('limits the rate and the range', () => {
    const j = new JawLimiter(-0.698132, 1.39626, 2, 0);
    expect(j.track(1, 0.001)).toBeCloseTo(0.002, 15);
    for (let k = 0; k < 2000; k++) j.track(5, 0.001);
    expect(j.value).toBe(1.39626);
  });
});

describe('JumpDetector', () => {
  const f = (seq: number, tMs: number, x: number, angle = 0): MasterFrame => ({
    armId: 0, seq, captureTimeNs: tMs * 1e6, position: [x, 0, 0], orientation: qFromRotVec([0, 0, angle]), grip: 0, clutch: false, operatorPresent: true,
  });

  it('refuses frames implying an impossible hand speed; a persistent jump becomes a resync', () => {
    const j = new JumpDetector(2, 25, 0.5);
    expect(j.check(f(0, 0, 0))).toBe('ok');
    expect(j.check(f(1, 10, 0.015))).toBe('ok'); // 1.5 m/s
    expect(j.check(f(2, 20, 0.1))).toBe('jump'); // 8.5 m/s
    // The allowance does not grow while the jump persists.
    for (let i = 3; i < 50; i++) expect(j.check(f(i, i * 10, 0.1))).toBe('jump');
    expect(j.check(f(52, 520, 0.1))).toBe('resync');
    expect(j.check(f(53, 530, 0.1))).toBe('ok');
    expect(j.check(f(54, 540, 0.1, 1))).toBe('jump'); // 100 rad/s
  });

  it('a lost stretch of frames allows proportionally more motion', () => {
    const j = new JumpDetector(2, 25, 0.5);
    j.check(f(0, 0, 0));
    expect(j.check(f(30, 300, 0.5))).toBe('ok'); // 0.5 m in 300 ms
  });
});

describe('TrackingMonitor', () => {
  it('faults only when the error lasts longer than the time, against the setpoint before the measurement', () => {
    const t = new TrackingMonitor(0.005, 0.05);
    for (let k = 0; k < 100; k++) {
      t.record(k * 1e6, [k * 0.001, 0, 0]);
      expect(t.check((k + 1) * 1e6, [k * 0.001, 0, 0], (k + 1) * 1e6)).toBe(false);
    }
    expect(t.errorM).toBe(0);
    let faultAt = -1;
    for (let k = 100; k < 200; k++) {
      t.record(k * 1e6, [0.1, 0, 0]);
      if (t.check((k + 1) * 1e6, [0.11, 0, 0], (k + 1) * 1e6) && faultAt < 0) faultAt = k;
    }
    expect(faultAt).toBe(151);
  });

  it('lets a healthy arm trail its setpoint by the lag window, as a real PSM does', () => {
    // 0.1 m/s of steady motion, the arm 47 ms behind (the real PSM2 lag): 4.7 mm behind the newest setpoint.
    const t = new TrackingMonitor(0.005, 0.05, 0.1);
    const strict = new TrackingMonitor(0.005, 0.05, 0);
    let faults = 0;
    let strictFaults = 0;
    for (let k = 0; k < 2000; k++) {
      const sp = k * 1e-4; // 0.1 m/s at 1 kHz
      t.record(k * 1e6, [sp, 0, 0]);
      strict.record(k * 1e6, [sp, 0, 0]);
      const measured: [number, number, number] = [Math.max(0, sp - 0.0047 - 0.0006), 0, 0];
      if (t.check((k + 1) * 1e6, measured, (k + 1) * 1e6)) faults++;
      if (strict.check((k + 1) * 1e6, measured, (k + 1) * 1e6)) strictFaults++;
    }
    expect(faults).toBe(0);
    expect(t.errorM).toBeLessThan(1e-9);
    expect(strictFaults).toBeGreaterThan(0); // the same arm against the newest setpoint alone would fault
  });

  it('still faults on a stuck arm within the lag window plus the time', () => {
    const t = new TrackingMonitor(0.005, 0.05, 0.1);
    let faultAt = -1;
    for (let k = 0; k < 1000; k++) {
      t.record(k * 1e6, [k * 1e-4, 0, 0]); // 0.1 m/s
      // Stuck at 0 from the start: the nearest setpoint in the window is 100 ms of travel away.
      if (t.check((k + 1) * 1e6, [0, 0, 0], (k + 1) * 1e6) && faultAt < 0) faultAt = k;
    }
    // Error passes 5 mm once the window's oldest setpoint is 5 mm away: 50 ms + 100 ms window, then 50 ms.
    expect(faultAt).toBeGreaterThan(150);
    expect(faultAt).toBeLessThan(220);
  });
});
