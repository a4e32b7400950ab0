import { describe, expect, it } from 'vitest';
import { ECM_ORIENTATION_TOLERANCE_RAD, createEcm, type Ecm } from './ecm-kinematics.js';
import { ENDOSCOPE_TYPES } from './ecm-tables.js';
import { rotationAngleBetween, toPose } from './math.js';
import { composeFrames } from './frames.js';
import { testRng } from '../test/fixtures.js';

const DEG = Math.PI / 180;

function randomJoints(ecm: Ecm, rnd: () => number): number[] {
  const { lower, upper } = ecm.jointLimits;
  return lower.map((lo, i) => lo + (upper[i]! - lo) * rnd());
}

/** Independent reference: ECM.json rows multiplied as plain 4x4 matrices (modified DH). */
function reference4x4(q: readonly number[], halfPi: number, tip: number[][]): number[][] {
  // [alpha, a, d, offset, prismatic] straight from ECM.json
  const rows: [number, number, number, number, boolean][] = [
    [halfPi, 0, 0, halfPi, false],
    [-halfPi, 0, 0, -halfPi, false],
    [halfPi, 0, 0, -0.3822, true],
    [0, 0, 0.3829, 0, false],
  ];
  let M = eye4();
  rows.forEach(([alpha, a, d, offset, prismatic], i) => {
    const theta = prismatic ? 0 : q[i]! + offset;
    const dd = prismatic ? q[i]! + offset + d : d;
    M = mul4(M, mul4(mul4(rotX(alpha), trans(a, 0, 0)), mul4(rotZ(theta), trans(0, 0, dd))));
  });
  const T = eye4();
  for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) T[i]![j] = tip[i]![j]!;
  return mul4(M, T);
}
function eye4(): number[][] { return [[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]]; }
function mul4(a: number[][], b: number[][]): number[][] {
  return a.map((row) => [0, 1, 2, 3].map((j) => row[0]! * b[0]![j]! + row[1]! * b[1]![j]! + row[2]! * b[2]![j]! + row[3]! * b[3]![j]!));
}
function rotX(t: number): number[][] { const c = Math.cos(t), s = Math.sin(t); return [[1, 0, 0, 0], [0, c, -s, 0], [0, s, c, 0], [0, 0, 0, 1]]; }
function rotZ(t: number): number[][] { const c = Math.cos(t), s = Math.sin(t); return [[c, -s, 0, 0], [s, c, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]]; }
function trans(x: number, y: number, z: number): number[][] { return [[1, 0, 0, x], [0, 1, 0, y], [0, 0, 1, z], [0, 0, 0, 1]]; }
const STRAIGHT_TIP = [[0, 1, 0], [-1, 0, 0], [0, 0, 1]];
const dist = (a: readonly number[], b: readonly number[]): number => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

describe('ECM forward kinematics', () => {
  it('zero and home poses: camera on the shaft, looking down -z, x along the base x', () => {
    const ecm = createEcm();
    const zero = ecm.forwardKinematics([0, 0, 0, 0]);
    // camera at s = q3 - 0.3822 + 0.3829 along the shaft, which points down at q = 0
    expect(zero.position[0]).toBeCloseTo(0, 15);
    expect(zero.position[1]).toBeCloseTo(0, 15);
    expect(zero.position[2]).toBeCloseTo(-0.0007, 15);
    const expectedR = [[1, 0, 0], [0, -1, 0], [0, 0, -1]];
    expect(rotationAngleBetween(zero.rotation, expectedR)).toBeLessThan(1e-12);
    const home = ecm.forwardKinematics([0, 0, 0.12, 0]);
    expect(home.position[2]).toBeCloseTo(-0.1207, 15);
    // yaw +90 deg swings the shaft to +x; pitch +30 deg tilts it towards -y
    const yaw = ecm.forwardKinematics([Math.PI / 2, 0, 0.1, 0]);
    expect(dist(yaw.position, [0.1007, 0, 0])).toBeLessThan(1e-12);
    const pitch = ecm.forwardKinematics([0, 30 * DEG, 0.1, 0]);
    expect(dist(pitch.position, [0, -0.1007 * 0.5, -0.1007 * Math.cos(30 * DEG)])).toBeLessThan(1e-12);
    // roll turns the camera about its viewing axis
    const roll = ecm.forwardKinematics([0, 0, 0.1, 40 * DEG]);
    expect(rotationAngleBetween(roll.rotation, ecm.forwardKinematics([0, 0, 0.1, 0]).rotation)).toBeCloseTo(40 * DEG, 12);
    const frames = ecm.linkFrames([0.2, 0.1, 0.1, 0.3]);
    expect(frames).toHaveLength(5);
    expect(frames[4]).toEqual(ecm.forwardKinematics([0.2, 0.1, 0.1, 0.3]));
  });

  it('matches an independent 4x4 product of the ECM.json rows (exact pi/2: 1e-12; the literal 1.5708: < 5 um)', () => {
    const ecm = createEcm();
    const rnd = testRng(11);
    let worstLiteral = 0;
    for (let k = 0; k < 500; k++) {
      const q = randomJoints(ecm, rnd);
      const fk = ecm.forwardKinematics(q);
      const ref = reference4x4(q, Math.PI / 2, STRAIGHT_TIP);
      expect(dist(fk.position, [ref[0]![3]!, ref[1]![3]!, ref[2]![3]!])).toBeLessThan(1e-12);
      expect(rotationAngleBetween(fk.rotation, ref.slice(0, 3).map((r) => r.slice(0, 3)))).toBeLessThan(1e-12);
      const lit = reference4x4(q, 1.5708, STRAIGHT_TIP);
      worstLiteral = Math.max(worstLiteral, dist(fk.position, [lit[0]![3]!, lit[1]![3]!, lit[2]![3]!]));
    }
    expect(worstLiteral).toBeLessThan(5e-6); // measured 3.0e-6 m
  });

  it('the camera is on the shaft; 30 deg scopes look 30 deg off it (the straight camera turned -30 deg (UP) or +30 deg (DOWN) about its x)', () => {
    const rnd = testRng(12);
    for (const endoscope of ENDOSCOPE_TYPES) {
      const ecm = createEcm({ endoscope });
      for (let k = 0; k < 200; k++) {
        const q = randomJoints(ecm, rnd);
        const fk = ecm.forwardKinematics(q);
        const s = q[2]! + 0.0007;
        expect(Math.hypot(...fk.position)).toBeCloseTo(s, 12);
        const shaft = fk.position.map((v) => v / s);
        const z = [fk.rotation[0]![2]!, fk.rotation[1]![2]!, fk.rotation[2]![2]!];
        const cos = shaft[0]! * z[0]! + shaft[1]! * z[1]! + shaft[2]! * z[2]!;
        expect(cos).toBeCloseTo(endoscope === 'STRAIGHT' ? 1 : Math.cos(30 * DEG), 12);
      }
      // The scope rotation is the straight camera turned about its own x axis.
      const q = [0.1, 0.2, 0.1, 0.3];
      const straight = createEcm().forwardKinematics(q);
      const angled = ecm.forwardKinematics(q);
      const angle = endoscope === 'STRAIGHT' ? 0 : endoscope === 'UP' ? -30 * DEG : 30 * DEG;
      const rx = composeFrames(straight, { position: [0, 0, 0], rotation: [[1, 0, 0], [0, Math.cos(angle), -Math.sin(angle)], [0, Math.sin(angle), Math.cos(angle)]] });
      expect(rotationAngleBetween(rx.rotation, angled.rotation)).toBeLessThan(1e-12);
    }
  });
});

describe('ECM inverse kinematics', () => {
  for (const endoscope of ENDOSCOPE_TYPES) {
    it(`${endoscope}: round trip over 5,000 random joint vectors inside the limits`, () => {
      const ecm = createEcm({ endoscope });
      const rnd = testRng(endoscope.length * 7 + 3);
      let worstPos = 0, worstRot = 0, worstJoint = 0;
      for (let k = 0; k < 5000; k++) {
        const q = randomJoints(ecm, rnd);
        const fk = ecm.forwardKinematics(q);
        // no seed: the solution is unique inside the limits
        const sol = ecm.inverseKinematicsDetailed(k % 2 ? fk : toPose(fk));
        expect(sol.reachable).toBe(true);
        expect(sol.clamped).toBe(false);
        const back = ecm.forwardKinematics(sol.q);
        worstPos = Math.max(worstPos, dist(back.position, fk.position));
        worstRot = Math.max(worstRot, rotationAngleBetween(back.rotation, fk.rotation));
        for (let i = 0; i < 4; i++) worstJoint = Math.max(worstJoint, Math.abs(sol.q[i]! - q[i]!));
      }
      expect(worstPos).toBeLessThan(1e-6);
      expect(worstPos).toBeLessThan(1e-14); // in fact: floating-point dust
      expect(worstRot).toBeLessThan(1e-9);
      expect(worstJoint).toBeLessThan(1e-7);
    });
  }

  it('past full insertion: insertion clamps at 0.255 m, the direction is kept, flagged', () => {
    const ecm = createEcm();
    const q = [0.3, 0.2, 0.25, 0.1];
    const fk = ecm.forwardKinematics(q);
    const far = { position: fk.position.map((v) => v * 1.5) as [number, number, number], rotation: fk.rotation };
    const sol = ecm.inverseKinematicsDetailed(far);
    expect(sol.reachable).toBe(false);
    expect(sol.clamped).toBe(true);
    expect(sol.positionReachable).toBe(false);
    expect(sol.q[2]).toBe(0.255);
    expect(Math.abs(sol.q[0]! - 0.3)).toBeLessThan(1e-12);
    expect(Math.abs(sol.q[1]! - 0.2)).toBeLessThan(1e-12);
    expect(sol.positionErrorM).toBeCloseTo(Math.hypot(...far.position) - (0.255 + 0.0007), 12);
    expect(sol.rotationErrorRad).toBeLessThan(1e-9);
  });

  it('outside the yaw/pitch cone: no reachable position among 20,000 random ones is nearer', () => {
    const ecm = createEcm();
    const rnd = testRng(99);
    const samples: number[][] = [];
    for (let k = 0; k < 20000; k++) samples.push(ecm.forwardKinematics(randomJoints(ecm, rnd)).position);
    const targets: [number, number, number][] = [
      [0.15, 0.05, 0.05], // above the RCM plane, far to the side (yaw past 90 deg)
      [0, 0.2, -0.05], // pitch past -44 deg
      [0, -0.2, -0.02], // pitch past 65 deg
      [-0.3, -0.3, 0.1],
      [0, 0, 0.2], // straight up, opposite the cone
    ];
    for (const p of targets) {
      const sol = ecm.inverseKinematicsDetailed({ position: p, rotation: [[1, 0, 0], [0, 1, 0], [0, 0, 1]] });
      expect(sol.reachable).toBe(false);
      expect(sol.positionReachable).toBe(false);
      const nearestSample = Math.min(...samples.map((s) => dist(s, p)));
      expect(sol.positionErrorM).toBeLessThanOrEqual(nearestSample + 1e-12);
      ecm.jointLimits.lower.forEach((lo, i) => {
        expect(sol.q[i]!).toBeGreaterThanOrEqual(lo);
        expect(sol.q[i]!).toBeLessThanOrEqual(ecm.jointLimits.upper[i]!);
      });
    }
  });

  it('a rotation four joints cannot make: position exact, the best roll, flagged not reachable', () => {
    const ecm = createEcm();
    const q = [0.2, 0.3, 0.1, 0.4];
    const fk = ecm.forwardKinematics(q);
    // tilt the camera 10 deg about its own x: the viewing axis leaves the shaft
    const c = Math.cos(10 * DEG), s = Math.sin(10 * DEG);
    const tilted = composeFrames(fk, { position: [0, 0, 0], rotation: [[1, 0, 0], [0, c, -s], [0, s, c]] });
    const sol = ecm.inverseKinematicsDetailed(tilted);
    expect(sol.positionReachable).toBe(true);
    expect(sol.reachable).toBe(false);
    expect(sol.clamped).toBe(true);
    expect(sol.positionErrorM).toBeLessThan(1e-12);
    expect(sol.rotationErrorRad).toBeCloseTo(10 * DEG, 9);
    // no other roll does better
    for (let r = -1.552; r <= 1.552; r += 0.01) {
      const other = ecm.forwardKinematics([sol.q[0]!, sol.q[1]!, sol.q[2]!, r]);
      expect(rotationAngleBetween(other.rotation, tilted.rotation)).toBeGreaterThanOrEqual(sol.rotationErrorRad - 1e-12);
    }
    // a rounding-sized inconsistency is still reached
    const e = 0.5 * ECM_ORIENTATION_TOLERANCE_RAD;
    const nudged = composeFrames(fk, { position: [0, 0, 0], rotation: [[1, 0, 0], [0, Math.cos(e), -Math.sin(e)], [0, Math.sin(e), Math.cos(e)]] });
    expect(ecm.inverseKinematicsDetailed(nudged).reachable).toBe(true);
  });

  it('a roll past its limit clamps to the limit', () => {
    const ecm = createEcm();
    const base = ecm.forwardKinematics([0.1, 0.1, 0.1, 1.552]);
    const c = Math.cos(0.2), s = Math.sin(0.2);
    const past = composeFrames(base, { position: [0, 0, 0], rotation: [[c, -s, 0], [s, c, 0], [0, 0, 1]] });
    const sol = ecm.inverseKinematicsDetailed(past);
    expect(sol.positionReachable).toBe(true);
    expect(sol.reachable).toBe(false);
    expect(sol.q[3]).toBe(1.552);
    expect(sol.rotationErrorRad).toBeCloseTo(0.2, 9);
  });

  it('any target, anywhere: joints always inside the limits, never worse than the seed configuration', () => {
    const ecm = createEcm({ endoscope: 'DOWN' });
    const rnd = testRng(5);
    const { lower, upper } = ecm.jointLimits;
    for (let k = 0; k < 3000; k++) {
      const p: [number, number, number] = [(rnd() - 0.5) * 0.8, (rnd() - 0.5) * 0.8, (rnd() - 0.5) * 0.8];
      const axis = [rnd() - 0.5, rnd() - 0.5, rnd() - 0.5];
      const n = Math.hypot(...axis);
      const th = rnd() * Math.PI;
      const [x, y, z] = axis.map((v) => v / n) as [number, number, number];
      const cc = Math.cos(th), ss = Math.sin(th), C = 1 - cc;
      const R = [
        [cc + x * x * C, x * y * C - z * ss, x * z * C + y * ss],
        [y * x * C + z * ss, cc + y * y * C, y * z * C - x * ss],
        [z * x * C - y * ss, z * y * C + x * ss, cc + z * z * C],
      ];
      const sol = ecm.inverseKinematicsDetailed({ position: p, rotation: R });
      sol.q.forEach((v, i) => {
        expect(v).toBeGreaterThanOrEqual(lower[i]!);
        expect(v).toBeLessThanOrEqual(upper[i]!);
      });
      const seedPose = ecm.forwardKinematics([0, 0, 0.12, 0]);
      expect(sol.positionErrorM).toBeLessThanOrEqual(dist(seedPose.position, p) + 1e-12);
    }
  });

  it('rejects what it cannot use, saying what is accepted', () => {
    expect(() => createEcm({ endoscope: 'SIDEWAYS' as never })).toThrow(/endoscope must be 'STRAIGHT' \(0 deg\), 'UP' or 'DOWN'/);
    const ecm = createEcm();
    expect(() => ecm.forwardKinematics([0, 0, 0.1])).toThrow(/exactly 4 values \(yaw, pitch, insertion, roll\); got 3/);
    expect(() => ecm.forwardKinematics([0, NaN, 0.1, 0])).toThrow(/joint 1 \(pitch\) must be a finite number/);
    expect(() => ecm.inverseKinematics({ position: [0, 0, -0.1] } as never)).toThrow(/needs either rotation/);
    expect(() => ecm.inverseKinematics({ position: [0, 0, -0.1], orientation: [0, 0, 0, 2] })).toThrow(/unit quaternion/);
    expect(() => ecm.inverseKinematics({ position: [0, 0, -0.1], orientation: [1, 0, 0, 0] }, { seed: [0, 0] })).toThrow(/seed: joints must have exactly 4 values/);
  });
});
