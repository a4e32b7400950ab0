import { describe, expect, it } from 'vitest';
import { qAngleBetween, qMul, qRotate } from '@farhand/latency-core';
import { qAxisAngle } from './geom.js';

describe('qAxisAngle', () => {
  it('is right-handed and accepts a non-unit axis', () => {
    const v = qRotate(qAxisAngle([0, 0, 2], Math.PI / 2), [1, 0, 0]);
    expect(v[0]).toBeCloseTo(0, 12);
    expect(v[1]).toBeCloseTo(1, 12);
    expect(qAngleBetween(qMul(qAxisAngle([1, 0, 0], 0.3), qAxisAngle([3, 0, 0], 0.2)), qAxisAngle([1, 0, 0], 0.5))).toBeLessThan(1e-12);
  });

  it('gives the identity for degenerate input', () => {
    expect(qAxisAngle([0, 0, 0], 1)).toEqual([0, 0, 0, 1]);
    expect(qAxisAngle([NaN, 0, 0], 1)).toEqual([0, 0, 0, 1]);
    expect(qAxisAngle([1, 0, 0], NaN)).toEqual([0, 0, 0, 1]);
  });
});
