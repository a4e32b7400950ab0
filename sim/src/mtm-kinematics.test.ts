import { describe, expect, it } from 'vitest';
import { createMtm } from './mtm-kinematics.js';
import { MTM_NAMES } from './mtm-tables.js';
import { rotationAngleBetween } from './math.js';
import { testRng } from '../test/fixtures.js';

// Independent reference: the MTM*.json rows as plain 4x4 products, standard DH
// T_i = RotZ(theta_i) TransZ(d_i) TransX(a_i) RotX(alpha_i), theta_i = q_i + offset_i.
function reference4x4(q: readonly number[], halfPi: number): number[][] {
  // [alpha, A, D, offset] as in MTML.json / MTMR.json (identical in both)
  const rows = [
    [halfPi, 0, 0, -halfPi],
    [0, 0.2794, 0, -halfPi],
    [-halfPi, 0.3645, 0, halfPi],
    [halfPi, 0, 0.1506, 0],
    [-halfPi, 0, 0, 0],
    [halfPi, 0, 0, -halfPi],
    [0, 0, 0, halfPi],
  ];
  let M = eye4();
  rows.forEach(([alpha, a, d, offset], i) => {
    M = mul4(M, mul4(mul4(rotZ(q[i]! + offset!), trans(0, 0, d!)), mul4(trans(a!, 0, 0), rotX(alpha!))));
  });
  return M;
}
function eye4(): number[][] { return [[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]]; }
function mul4(a: number[][], b: number[][]): number[][] {
  return a.map((row) => [0, 1, 2, 3].map((j) => row[0]! * b[0]![j]! + row[1]! * b[1]![j]! + row[2]! * b[2]![j]! + row[3]! * b[3]![j]!));
}
function rotX(t: number): number[][] { const c = Math.cos(t), s = Math.sin(t); return [[1, 0, 0, 0], [0, c, -s, 0], [0, s, c, 0], [0, 0, 0, 1]]; }
function rotZ(t: number): number[][] { const c = Math.cos(t), s = Math.sin(t); return [[c, -s, 0, 0], [s, c, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]]; }
function trans(x: number, y: number, z: number): number[][] { return [[1, 0, 0, x], [0, 1, 0, y], [0, 0, 1, z], [0, 0, 0, 1]]; }
const dist = (a: readonly number[], b: readonly number[]): number => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);
const pos = (m: number[][]): number[] => [m[0]![3]!, m[1]![3]!, m[2]![3]!];
const rot = (m: number[][]): number[][] => m.slice(0, 3).map((r) => r.slice(0, 3));

describe('MTM forward kinematics (standard DH)', () => {
  it('zero pose, derived by hand: upper arm 27.94 cm down, forearm 36.45 cm along -y, wrist platform 15.06 cm up', () => {
    for (const name of MTM_NAMES) {
      const fk = createMtm(name).forwardKinematics([0, 0, 0, 0, 0, 0, 0]);
      expect(dist(fk.position, [0, -0.3645, -0.2794 + 0.1506])).toBeLessThan(1e-15);
      expect(rotationAngleBetween(fk.rotation, rot(reference4x4([0, 0, 0, 0, 0, 0, 0], Math.PI / 2)))).toBeLessThan(1e-12);
    }
  });

  it('a few joint vectors and 1,000 random ones inside the limits match the independent 4x4 products to 1e-12', () => {
    const rnd = testRng(21);
    for (const name of MTM_NAMES) {
      const mtm = createMtm(name);
      const { lower, upper } = mtm.jointLimits;
      const vectors = [
        [0.3, 0.2, -0.1, 0.5, 0.4, 0.2, 1.0],
        [0, 0.5, 0.3, 0, 0, 0, 0],
        [0, 0, 0, 0, 0, 0, 3],
        lower.map((lo, i) => (lo + upper[i]!) / 2),
      ];
      for (let k = 0; k < 1000; k++) vectors.push(lower.map((lo, i) => lo + (upper[i]! - lo) * rnd()));
      for (const q of vectors) {
        const fk = mtm.forwardKinematics(q);
        const ref = reference4x4(q, Math.PI / 2);
        expect(dist(fk.position, pos(ref))).toBeLessThan(1e-12);
        expect(rotationAngleBetween(fk.rotation, rot(ref))).toBeLessThan(1e-12);
      }
    }
  });

  it('known motions: shoulder yaw turns the arm about the base z; the last joint rolls the handle in place', () => {
    const mtm = createMtm('MTMR');
    const q = [0, 0.3, -0.2, 0.4, 0.3, 0.1, 0];
    const a = mtm.forwardKinematics(q);
    const b = mtm.forwardKinematics([0.5, ...q.slice(1)]);
    // joint 1's axis is the base z: the handle turns 0.5 rad about it, height unchanged
    const c = Math.cos(0.5), s = Math.sin(0.5);
    expect(dist(b.position, [c * a.position[0] - s * a.position[1], s * a.position[0] + c * a.position[1], a.position[2]])).toBeLessThan(1e-12);
    const rolled = mtm.forwardKinematics([...q.slice(0, 6), 1.2]);
    expect(dist(rolled.position, a.position)).toBeLessThan(1e-15);
    expect(rotationAngleBetween(rolled.rotation, a.rotation)).toBeCloseTo(1.2, 12);
    const frames = mtm.linkFrames(q);
    expect(frames).toHaveLength(7);
    expect(frames[6]).toEqual(a);
  });

  it('the JSON literal 1.5708 (for pi/2) moves the handle by at most a few micrometres', () => {
    const rnd = testRng(22);
    const mtm = createMtm('MTML');
    const { lower, upper } = mtm.jointLimits;
    let worst = 0;
    for (let k = 0; k < 500; k++) {
      const q = lower.map((lo, i) => lo + (upper[i]! - lo) * rnd());
      worst = Math.max(worst, dist(mtm.forwardKinematics(q).position, pos(reference4x4(q, 1.5708))));
    }
    expect(worst).toBeLessThan(5e-6);
    expect(worst).toBeGreaterThan(0);
  });

  it('MTML and MTMR share the chain and differ in their (mirrored) limits; bad input is refused clearly', () => {
    const l = createMtm('MTML'), r = createMtm('MTMR');
    const q = [0.1, 0.2, 0.1, 0.3, 0.2, 0.1, 0.5];
    expect(l.forwardKinematics(q)).toEqual(r.forwardKinematics(q));
    expect(l.jointLimits.lower[0]).toBe(-0.698132);
    expect(r.jointLimits.upper[0]).toBe(0.698132);
    expect(l.clampJoints([2, 0, 0, 0, 0, 0, 0])).toEqual({ q: [1.13446, 0, 0, 0, 0, 0, 0], clamped: true });
    expect(() => createMtm('MTM' as never)).toThrow(/name must be 'MTML' or 'MTMR'/);
    expect(() => l.forwardKinematics([0, 0, 0, 0, 0, 0])).toThrow(/MTML.forwardKinematics: joints must have exactly 7 values \(outer_yaw, shoulder_pitch, elbow_pitch, wrist_platform, wrist_pitch, wrist_yaw, wrist_roll\); got 6/);
    expect(() => l.forwardKinematics([0, 0, 0, Infinity, 0, 0, 0])).toThrow(/joint 3 \(wrist_platform\) must be a finite number/);
  });
});
