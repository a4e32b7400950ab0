import { describe, expect, it } from 'vitest';
import { ORIENTATION_WEIGHT_M_PER_RAD, createPsm, type Psm } from './kinematics.js';
import { fromPose, quatToRotation, rotationAngleBetween, rotationToQuat, toPose } from './math.js';
import { loadFkReference, rotvecToMatrix, testRng } from '../test/fixtures.js';

const DEG = Math.PI / 180;

function randomJoints(psm: Psm, rnd: () => number): number[] {
  const { lower, upper } = psm.jointLimits;
  return lower.map((lo, i) => lo + (upper[i]! - lo) * rnd());
}

describe('forward kinematics against real dVRK recordings', () => {
  for (const tool of ['LND400006', 'LND420006'] as const) {
    it(`${tool}: 25 reference rows within 1e-5 m and 0.01 deg`, () => {
      const psm = createPsm({ tool });
      const rows = loadFkReference(tool);
      expect(rows).toHaveLength(25);
      let worstPos = 0;
      let worstRot = 0;
      for (const row of rows) {
        const fk = psm.forwardKinematics(row.q);
        const dp = Math.hypot(fk.position[0] - row.position[0], fk.position[1] - row.position[1], fk.position[2] - row.position[2]);
        const dr = rotationAngleBetween(fk.rotation, rotvecToMatrix(row.rotvec));
        worstPos = Math.max(worstPos, dp);
        worstRot = Math.max(worstRot, dr);
      }
      expect(worstPos).toBeLessThan(1e-5);
      expect(worstRot).toBeLessThan(0.01 * DEG);
      // The fit is far tighter than the tolerance: ~1 um, the rounding of the recording itself.
      expect(worstPos).toBeLessThan(2e-6);
    });
  }

  it('the two tools differ only by the 50.8 mm longer Si shaft along the tool axis', () => {
    const classic = createPsm({ tool: 'LND400006' });
    const si = createPsm({ tool: 'LND420006' });
    const q = [0.3, -0.2, 0.1, 0.5, 0.2, -0.3];
    const a = classic.forwardKinematics(q);
    const b = si.forwardKinematics(q);
    expect(rotationAngleBetween(a.rotation, b.rotation)).toBeLessThan(1e-12);
    expect(Math.hypot(b.position[0] - a.position[0], b.position[1] - a.position[1], b.position[2] - a.position[2])).toBeCloseTo(0.467 - 0.4162, 12);
  });

  it('at zero joints the shaft points down -z and the tip is on it', () => {
    const psm = createPsm();
    const fk = psm.forwardKinematics([0, 0, 0.12, 0, 0, 0]);
    // wrist point at s = q3 - 0.0156 below the RCM, tip 9.1 mm further along the wrist link
    expect(fk.position[0]).toBeCloseTo(0, 12);
    expect(fk.position[1]).toBeCloseTo(0, 12);
    expect(fk.position[2]).toBeCloseTo(-(0.12 - 0.4318 + 0.4162) - 0.0091, 12);
    const frames = psm.linkFrames([0, 0, 0.12, 0, 0, 0]);
    expect(frames).toHaveLength(7);
    expect(frames[6]!.position).toEqual(fk.position);
    // joint 3 (insertion) axis is the shaft: -z
    expect(frames[2]!.rotation[2]![2]).toBeCloseTo(-1, 12);
  });
});

describe('inverse kinematics', () => {
  for (const tool of ['LND400006', 'LND420006'] as const) {
    it(`${tool}: round trip over 10,000 random joint vectors inside the limits, < 1e-6 m`, () => {
      const psm = createPsm({ tool });
      const rnd = testRng(tool === 'LND400006' ? 1 : 2);
      let worstPos = 0;
      let worstRot = 0;
      let notReachable = 0;
      for (let n = 0; n < 10_000; n++) {
        const q = randomJoints(psm, rnd);
        const pose = psm.forwardKinematics(q);
        const sol = psm.inverseKinematicsDetailed(pose, { seed: q });
        if (!sol.reachable) notReachable++;
        const back = psm.forwardKinematics(sol.q);
        worstPos = Math.max(worstPos, Math.hypot(back.position[0] - pose.position[0], back.position[1] - pose.position[1], back.position[2] - pose.position[2]));
        worstRot = Math.max(worstRot, rotationAngleBetween(back.rotation, pose.rotation));
        for (let i = 0; i < 6; i++) {
          expect(sol.q[i]).toBeGreaterThanOrEqual(psm.jointLimits.lower[i]!);
          expect(sol.q[i]).toBeLessThanOrEqual(psm.jointLimits.upper[i]!);
        }
      }
      expect(notReachable).toBe(0);
      expect(worstPos).toBeLessThan(1e-6);
      expect(worstRot).toBeLessThan(1e-9);
    });
  }

  it('recovers the joints themselves (the solution is unique inside the limits) without a seed', () => {
    const psm = createPsm();
    const rnd = testRng(7);
    for (let n = 0; n < 2000; n++) {
      const q = randomJoints(psm, rnd);
      // keep roll inside one turn so that "no seed" (seed roll 0) picks the same turn
      q[3] = (rnd() - 0.5) * 2 * 3;
      const back = psm.inverseKinematics(psm.forwardKinematics(q));
      for (let i = 0; i < 6; i++) expect(Math.abs(back[i]! - q[i]!)).toBeLessThan(1e-7);
    }
  });

  it('accepts a quaternion orientation as well as a rotation matrix', () => {
    const psm = createPsm();
    const q = [0.2, 0.1, 0.15, -0.4, 0.3, 0.2];
    const pose = toPose(psm.forwardKinematics(q));
    const back = psm.inverseKinematics(pose);
    for (let i = 0; i < 6; i++) expect(back[i]).toBeCloseTo(q[i]!, 9);
  });

  it('picks the roll turn nearest the seed (roll spans 520 deg)', () => {
    const psm = createPsm();
    const q = [0.1, 0.1, 0.1, 3.5, 0.1, 0.1];
    const pose = psm.forwardKinematics(q);
    expect(psm.inverseKinematics(pose, { seed: q })[3]).toBeCloseTo(3.5, 9);
    expect(psm.inverseKinematics(pose, { seed: [0, 0, 0.1, -3, 0, 0] })[3]).toBeCloseTo(3.5 - 2 * Math.PI, 9);
  });

  it('singular pose (wrist-yaw axis through the RCM, tool tip inside the cannula) is still solved near the seed', () => {
    const psm = createPsm();
    // Singular when the wrist point is behind the RCM at |s| >= 9.1 mm and cos(q5) = 0.0091 / |s|.
    const s = -0.0156; // q3 = 0
    const q = [0.2, -0.1, 0, 0.3, Math.acos(0.0091 / Math.abs(s)), 0.4];
    const pose = psm.forwardKinematics(q);
    const near = q.map((v, i) => v + (i === 2 ? 0.002 : 0.05));
    const sol = psm.inverseKinematicsDetailed(pose, { seed: near });
    expect(sol.positionErrorM).toBeLessThan(1e-9);
    expect(sol.rotationErrorRad).toBeLessThan(1e-8);
    expect(sol.reachable).toBe(true);
  });

  it('unreachable pose: nearest reachable inside the limits, flagged, no wild motion', () => {
    const psm = createPsm();
    const seed = [0.3, 0.2, 0.2, 0.1, 0.1, 0.1];
    const base = psm.forwardKinematics(seed);
    // 1) Too deep: 5 cm beyond full insertion along the shaft.
    const deepQ = [0.3, 0.2, 0.24, 0.1, 0.1, 0.1];
    const deep = psm.forwardKinematics(deepQ);
    const shaft = psm.linkFrames(deepQ)[2]!.rotation.map((r) => r[2]!);
    const target = { position: deep.position.map((v, i) => v + 0.05 * shaft[i]!) as [number, number, number], rotation: deep.rotation };
    const sol = psm.inverseKinematicsDetailed(target, { seed });
    expect(sol.reachable).toBe(false);
    expect(sol.clamped).toBe(true);
    expect(sol.q[2]).toBeCloseTo(0.24, 9);
    expect(sol.positionErrorM).toBeCloseTo(0.05, 4);
    // the other joints stay where they were: no tilt of the tool buys micrometres
    for (let i = 0; i < 6; i++) if (i !== 2) expect(Math.abs(sol.q[i]! - deepQ[i]!)).toBeLessThan(1e-6);
    expect(sol.rotationErrorRad).toBeLessThan(1e-6);

    // 2) Outside the yaw cone: far to the side.
    const side = { position: [0.5, 0, -0.02] as [number, number, number], rotation: base.rotation };
    const s2 = psm.inverseKinematicsDetailed(side, { seed });
    expect(s2.reachable).toBe(false);
    for (let i = 0; i < 6; i++) {
      expect(s2.q[i]).toBeGreaterThanOrEqual(psm.jointLimits.lower[i]!);
      expect(s2.q[i]).toBeLessThanOrEqual(psm.jointLimits.upper[i]!);
    }
    // Nearest in the documented metric (|dp| + 1 mm/deg * angle): no sampled reachable configuration
    // does better.
    const dist = (q: number[]): number => {
      const f = psm.forwardKinematics(q);
      return Math.hypot(f.position[0] - 0.5, f.position[1], f.position[2] + 0.02) +
        rotationAngleBetween(f.rotation, base.rotation) * ORIENTATION_WEIGHT_M_PER_RAD;
    };
    const found = s2.positionErrorM + s2.rotationErrorRad * ORIENTATION_WEIGHT_M_PER_RAD;
    expect(found).toBeCloseTo(dist(s2.q), 12);
    const rnd = testRng(3);
    let bestSampled = Infinity;
    for (let n = 0; n < 20_000; n++) bestSampled = Math.min(bestSampled, dist(randomJoints(psm, rnd)));
    expect(found).toBeLessThanOrEqual(bestSampled);

    // 3) Wrist beyond +-80 deg: orientation unreachable, the position is kept.
    const bentQ = [0.1, -0.1, 0.15, 0.2, 1.39626, 0.3];
    const bent = psm.forwardKinematics(bentQ);
    const more = psm.forwardKinematics([0.1, -0.1, 0.15, 0.2, 1.39626 + 0.2, 0.3]);
    const s3 = psm.inverseKinematicsDetailed({ position: bent.position, rotation: more.rotation }, { seed: bentQ });
    expect(s3.reachable).toBe(false);
    expect(s3.positionErrorM).toBeLessThan(1e-3);
    expect(Math.abs(s3.q[4]! - 1.39626)).toBeLessThan(0.05);
  });

  it('a target moving smoothly out of reach gives joints that move smoothly', () => {
    const psm = createPsm();
    let seed = [0, 0, 0.2, 0, 0, 0];
    const start = psm.forwardKinematics(seed);
    let prev = seed;
    let maxStep = 0;
    let sawClamp = false;
    for (let k = 0; k <= 400; k++) {
      // 1 mm steps sideways, from inside to 30 cm outside the workspace
      const p: [number, number, number] = [start.position[0] + 0.001 * k, start.position[1], start.position[2]];
      const sol = psm.inverseKinematicsDetailed({ position: p, rotation: start.rotation }, { seed: prev });
      if (!sol.reachable) sawClamp = true;
      const step = Math.max(...sol.q.map((v, i) => Math.abs(v - prev[i]!) * (i === 2 ? 10 : 1)));
      maxStep = Math.max(maxStep, step);
      prev = sol.q;
      seed = sol.q;
    }
    expect(sawClamp).toBe(true);
    // no joint jumps more than ~3 deg (or 3 mm) for a 1 mm target step, in or out of reach
    expect(maxStep).toBeLessThan(0.05);
  });

  it('refuses malformed input with a clear error', () => {
    const psm = createPsm();
    expect(() => psm.forwardKinematics([0, 0, 0])).toThrow(/exactly 6 values/);
    expect(() => psm.forwardKinematics([0, 0, NaN, 0, 0, 0])).toThrow(/joint 2 must be a finite number/);
    expect(() => psm.inverseKinematics({ position: [0, 0, Infinity], orientation: [0, 0, 0, 1] })).toThrow(/position must be 3 finite numbers/);
    expect(() => psm.inverseKinematics({ position: [0, 0, -0.1], orientation: [0, 0, 0, 2] })).toThrow(/unit quaternion/);
    expect(() => psm.inverseKinematics({ position: [0, 0, -0.1], rotation: [[1, 0, 0], [0, 1, 0], [0, 0, -1]] })).toThrow(/determinant \+1/);
    expect(() => psm.inverseKinematics({ position: [0, 0, -0.1] } as never)).toThrow(/either rotation .* or orientation/);
    expect(() => createPsm({ tool: 'LND999' as never })).toThrow(/tool must be 'LND400006'.*'LND420006'/);
  });
});

describe('pose helpers', () => {
  it('quaternion <-> rotation round trip', () => {
    const rnd = testRng(11);
    for (let n = 0; n < 1000; n++) {
      const v = [rnd() - 0.5, rnd() - 0.5, rnd() - 0.5].map((x) => x * 6);
      const R = rotvecToMatrix(v);
      const q = rotationToQuat(R);
      expect(Math.hypot(...q)).toBeCloseTo(1, 14);
      expect(q[3]).toBeGreaterThanOrEqual(0);
      expect(rotationAngleBetween(quatToRotation(q), R)).toBeLessThan(1e-12);
    }
    const pose = { position: [1, 2, 3] as [number, number, number], rotation: rotvecToMatrix([0.1, 0.2, 0.3]) };
    const back = fromPose(toPose(pose));
    expect(back.position).toEqual([1, 2, 3]);
    expect(rotationAngleBetween(back.rotation, pose.rotation)).toBeLessThan(1e-14);
  });
});
