import { describe, expect, it } from 'vitest';
import { TremorModeBlend } from './tremor-mode-blend.js';
import { qAngleBetween, qFromRotVec, qMul } from './math/quat.js';
import type { Pose } from './types.js';

describe('TremorModeBlend (a change of the tremor filter mode, blended out)', () => {
  const q0 = qFromRotVec([0.1, -0.2, 0.3]);
  const from: Pose = { position: [0.01, 0.02, -0.1], orientation: qMul(qFromRotVec([0, 0.02, 0]), q0) };
  const to: Pose = { position: [0.012, 0.02, -0.101], orientation: q0 };

  it('starts on the old output, ends on the new one (position and orientation), smoothly, and stops', () => {
    const b = new TremorModeBlend(0.5);
    expect(b.active).toBe(false);
    b.start(from, to, 1e9);
    expect(b.active).toBe(true);
    const first = b.apply(to, 1e9);
    for (let i = 0; i < 3; i++) expect(first.position[i]).toBeCloseTo(from.position[i]!, 15);
    expect(qAngleBetween(first.orientation, from.orientation)).toBeLessThan(1e-12);
    // Monotone towards the new output, no step larger than a raised cosine's largest (pi / 2 per duration).
    let prevD = Infinity;
    let maxStep = 0;
    let prev = first;
    for (let k = 1; k <= 500; k++) {
      const p = b.apply(to, 1e9 + k * 1e6);
      const d = Math.hypot(p.position[0] - to.position[0], p.position[1] - to.position[1], p.position[2] - to.position[2]);
      expect(d).toBeLessThanOrEqual(prevD + 1e-15);
      maxStep = Math.max(maxStep, Math.hypot(p.position[0] - prev.position[0], p.position[1] - prev.position[1], p.position[2] - prev.position[2]));
      prevD = d;
      prev = p;
    }
    const gap = Math.hypot(0.002, 0, 0.001);
    expect(maxStep).toBeLessThan(((Math.PI / 2) * gap) / 500 + 1e-12);
    // Over: the new output itself, and the blend has ended.
    expect(prev.position).toEqual(to.position);
    expect(b.active).toBe(false);
    expect(b.apply(to, 3e9)).toBe(to);
  });

  it('cancel() drops what is left; a zero duration never blends', () => {
    const b = new TremorModeBlend(0.5);
    b.start(from, to, 0);
    b.cancel();
    expect(b.apply(to, 1e6)).toBe(to);
    const z = new TremorModeBlend(0);
    z.start(from, to, 0);
    expect(z.active).toBe(false);
    expect(z.apply(to, 0)).toBe(to);
  });
});
