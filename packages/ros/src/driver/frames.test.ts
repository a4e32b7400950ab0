import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Pose, Quat } from '@farhand/latency-core';
import { BaseFrameMap, IDENTITY_TRANSFORM, matrixToQuat, parseBaseFrame, quatToMatrix } from './frames.js';

// dVRK system-dVRK-cart-simulated.json, PSM1 base frame (CISST licence, JHU; see test/fixtures/ros).
const PSM1 = [
  [1.0, 0.0, 0.0, -0.2],
  [0.0, -0.866025404, 0.5, 0.0],
  [0.0, -0.5, -0.866025404, 0.0],
  [0.0, 0.0, 0.0, 1.0],
];

const unitQuat = fc
  .tuple(fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true }))
  .filter((q) => Math.hypot(...q) > 0.1)
  .map((q): Quat => {
    const n = Math.hypot(...q);
    return [q[0] / n, q[1] / n, q[2] / n, q[3] / n];
  });
const pose = fc.record({
  position: fc.tuple(fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true })),
  orientation: unitQuat,
}) as fc.Arbitrary<Pose>;

describe('parseBaseFrame', () => {
  it('accepts every shape a user may have: dVRK base_frame, nested 4x4, {matrix}, {position, orientation}, nothing', () => {
    const dvrk = parseBaseFrame({ reference_frame: 'ECM', transform: PSM1 });
    expect(dvrk.referenceFrame).toBe('ECM');
    expect(dvrk.translation).toEqual([-0.2, 0, 0]);
    const nested = parseBaseFrame(PSM1);
    const flat = parseBaseFrame({ matrix: PSM1.flat() });
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) {
      expect(nested.rotation[i]![j]).toBeCloseTo(PSM1[i]![j]!, 8);
      expect(flat.rotation[i]![j]).toBe(nested.rotation[i]![j]);
    }
    const q = matrixToQuat(nested.rotation);
    const fromPose = parseBaseFrame({ position: [-0.2, 0, 0], orientation: q });
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) expect(fromPose.rotation[i]![j]).toBeCloseTo(nested.rotation[i]![j]!, 12);
    expect(parseBaseFrame(undefined)).toBe(IDENTITY_TRANSFORM);
  });

  it('refuses what is not a rigid transform, saying what is accepted', () => {
    expect(() => parseBaseFrame({ matrix: [1, 2, 3] })).toThrow(/matrix must be 16 finite numbers; accepted:/);
    expect(() => parseBaseFrame([[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 1, 1]])).toThrow(/last row must be \[0,0,0,1\]/);
    expect(() => parseBaseFrame([[2, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]])).toThrow(/not orthonormal/);
    expect(() => parseBaseFrame([[-1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]])).toThrow(/determinant -1/);
    expect(() => parseBaseFrame({ position: [0, 0, 0], orientation: [0, 0, 0, 2] })).toThrow(/norm 2/);
    expect(() => parseBaseFrame({ position: [0, NaN, 0], orientation: [0, 0, 0, 1] })).toThrow(/position must be 3 finite numbers/);
    expect(() => parseBaseFrame('ECM')).toThrow(/unrecognised value "ECM"; accepted:/);
  });
});

describe('BaseFrameMap', () => {
  it('toLocal inverts toParent (property, 1e-12)', () => {
    const map = new BaseFrameMap(parseBaseFrame({ transform: PSM1 }));
    fc.assert(
      fc.property(pose, (p) => {
        const back = map.toLocal(map.toParent(p));
        for (let i = 0; i < 3; i++) expect(back.position[i]).toBeCloseTo(p.position[i]!, 12);
        // q and -q are the same rotation
        const dot = back.orientation.reduce((s, x, i) => s + x * p.orientation[i]!, 0);
        expect(Math.abs(dot)).toBeCloseTo(1, 12);
      }),
      { numRuns: 300 },
    );
  });

  it('maps the RCM origin to the base translation and rotates axes as the matrix says', () => {
    const map = new BaseFrameMap(parseBaseFrame({ transform: PSM1 }));
    const origin = map.toParent({ position: [0, 0, 0], orientation: [0, 0, 0, 1] });
    expect(origin.position).toEqual([-0.2, 0, 0]);
    const z = map.toParent({ position: [0, 0, 0.1], orientation: [0, 0, 0, 1] });
    expect(z.position[0]).toBeCloseTo(-0.2, 12);
    expect(z.position[1]).toBeCloseTo(0.05, 9);
    expect(z.position[2]).toBeCloseTo(-0.0866025404, 9);
    const R = quatToMatrix(origin.orientation);
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) expect(R[i]![j]).toBeCloseTo(PSM1[i]![j]!, 8);
  });
});
