import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { qAngleBetween, qConj, qFromMatrix, qFromRotVec, qMul, qNormalize, qRotate, qSlerp, qToRotVec } from './quat.js';
import type { Quat, Vec3 } from '../types.js';

const rotvec = fc.tuple(fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: -3, max: 3, noNaN: true }));

describe('quaternion helpers', () => {
  it('exp and log are inverses (angles below pi)', () => {
    fc.assert(
      fc.property(rotvec, (r) => {
        const n = Math.hypot(...r);
        fc.pre(n < Math.PI - 1e-6);
        const back = qToRotVec(qFromRotVec(r as Vec3));
        for (let i = 0; i < 3; i++) expect(back[i]!).toBeCloseTo(r[i]!, 9);
      }),
    );
  });

  it('multiplication composes rotations; the conjugate inverts', () => {
    const a = qFromRotVec([0.3, -0.2, 0.1]);
    const b = qFromRotVec([-0.1, 0.4, 0.5]);
    const v: Vec3 = [0.1, -0.2, 0.3];
    const ab = qRotate(qMul(a, b), v);
    const a_b = qRotate(a, qRotate(b, v));
    for (let i = 0; i < 3; i++) expect(ab[i]!).toBeCloseTo(a_b[i]!, 14);
    const id = qMul(a, qConj(a));
    expect(id[3]).toBeCloseTo(1, 15);
    expect(qRotate(qFromRotVec([0, 0, Math.PI / 2]), [1, 0, 0])[1]).toBeCloseTo(1, 14);
  });

  it('slerp moves at constant angular rate along the shorter arc', () => {
    const a = qFromRotVec([0, 0, 0.2]);
    const b = qFromRotVec([0, 0, 1.2]);
    for (const t of [0, 0.25, 0.5, 1]) expect(qAngleBetween(a, qSlerp(a, b, t))).toBeCloseTo(t, 12);
    const bNeg: Quat = [-b[0], -b[1], -b[2], -b[3]];
    expect(qAngleBetween(a, qSlerp(a, bNeg, 0.5))).toBeCloseTo(0.5, 12);
  });

  it('angle between is accurate near 0 and pi', () => {
    expect(qAngleBetween([0, 0, 0, 1], qFromRotVec([1e-9, 0, 0]))).toBeCloseTo(1e-9, 20);
    expect(qAngleBetween([0, 0, 0, 1], [1, 0, 0, 0])).toBeCloseTo(Math.PI, 12);
  });

  it('matrix to quaternion (the dVRK home orientation)', () => {
    const q = qFromMatrix([0, 1, 0, 1, 0, 0, 0, 0, -1]);
    expect(qAngleBetween(q, qNormalize([1, 1, 0, 0]))).toBeLessThan(1e-12);
  });
});
