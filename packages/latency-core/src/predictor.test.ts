import { describe, expect, it } from 'vitest';
import { PosePredictor, decayedTravelS, extrapolatePose } from './predictor.js';
import { qAngleBetween, qFromRotVec } from './math/quat.js';
import type { Pose } from './types.js';

const pose = (x: number, angle = 0): Pose => ({ position: [x, 0, 0], orientation: qFromRotVec([0, 0, angle]) });

describe('predictor', () => {
  it('decays the velocity linearly to zero over the horizon', () => {
    expect(decayedTravelS(0, 0.1)).toBe(0);
    expect(decayedTravelS(0.05, 0.1)).toBeCloseTo(0.0375, 15);
    expect(decayedTravelS(0.1, 0.1)).toBeCloseTo(0.05, 15);
    expect(decayedTravelS(5, 0.1)).toBeCloseTo(0.05, 15);
    expect(decayedTravelS(0.05, 0)).toBe(0);
  });

  it('extrapolates a constant motion, then stops at the horizon', () => {
    const p = new PosePredictor({ horizonS: 0.1, velocityBaseS: 0.02 });
    for (let i = 0; i <= 10; i++) p.push(i * 10e6, pose(0.5 * i * 0.01, 2 * i * 0.01)); // 0.5 m/s, 2 rad/s
    const v = p.velocity();
    expect(v.linear[0]).toBeCloseTo(0.5, 9);
    expect(v.angular[2]).toBeCloseTo(2, 9);
    const a = p.predict(100e6 + 1e6)!;
    expect(a.pose.position[0]).toBeCloseTo(0.05 + 0.5 * (0.001 - 0.000001 / 0.2), 9);
    const far = p.predict(100e6 + 1e9)!;
    expect(far.saturated).toBe(true);
    expect(far.pose.position[0]).toBeCloseTo(0.05 + 0.5 * 0.05, 9);
    expect(qAngleBetween(far.pose.orientation, qFromRotVec([0, 0, 0.2 + 2 * 0.05]))).toBeLessThan(1e-9);
    // Before the newest sample: the newest sample itself (never back in time).
    expect(p.predict(0)!.pose.position[0]).toBeCloseTo(0.05, 12);
  });

  it('ignores samples that are not newer and caps the estimated speed', () => {
    const p = new PosePredictor({ horizonS: 0.1, velocityBaseS: 0.02, maxSpeedMps: 1 });
    expect(p.push(10e6, pose(0))).toBe(true);
    expect(p.push(10e6, pose(1))).toBe(false);
    expect(p.push(5e6, pose(1))).toBe(false);
    p.push(20e6, pose(1)); // 100 m/s glitch
    expect(p.velocity().linear[0]).toBeCloseTo(1, 12);
    expect(p.size).toBe(2);
  });

  it('extrapolatePose is continuous at zero', () => {
    const e = extrapolatePose(pose(0.3, 0.1), [1, 0, 0], [0, 0, 1], 0, 0.1);
    expect(e.position[0]).toBe(0.3);
  });
});
