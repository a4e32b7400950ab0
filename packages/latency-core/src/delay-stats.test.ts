import { describe, expect, it } from 'vitest';
import { DelayStats } from './delay-stats.js';
import { Prng } from './testing/prng.js';

describe('DelayStats', () => {
  it('sliding-window quantiles agree with sorting (to the 0.5 ms bin)', () => {
    const rng = new Prng(5);
    const ds = new DelayStats(2, [0.95, 0.5, 0.99]);
    const window: Array<[number, number]> = [];
    for (let i = 0; i < 20000; i++) {
      const t = i * 1e6; // one sample per ms
      const d = (0.05 + rng.next() * rng.next() * 0.2 + (rng.chance(0.01) ? 0.5 : 0)) * 1e9;
      ds.add(t, d + 123e9, d);
      window.push([t, d]);
      ds.evict(t);
      while (window[0]![0] < t - 2e9) window.shift();
      if (i % 997 === 0) {
        const sorted = window.map((w) => w[1]).sort((a, b) => a - b);
        for (const [k, q] of [[0, 0.95], [1, 0.5], [2, 0.99]] as const) {
          const exact = sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]! * 1e-9;
          const got = ds.quantileS(k);
          expect(got).toBeGreaterThanOrEqual(exact - 1e-12);
          expect(got - exact).toBeLessThanOrEqual(0.0005 + 1e-12);
        }
        expect(ds.count).toBe(window.length);
      }
    }
  });

  it('rebuilds the histogram with a new clock offset', () => {
    const ds = new DelayStats(10, [0.5]);
    for (let i = 0; i < 100; i++) ds.add(i * 1e6, 1000e9 + 0.1e9, 0.1e9);
    expect(ds.quantileS(0)).toBeCloseTo(0.1005, 6);
    ds.rebuild(() => 1000e9 + 0.06e9);
    expect(ds.quantileS(0)).toBeCloseTo(0.0405, 6);
    ds.reset();
    expect(ds.quantileS(0)).toBeNaN();
  });

  it('clamps out-of-range delays into the end bins', () => {
    const ds = new DelayStats(10, [0.5]);
    ds.add(0, 0, -5e9);
    expect(ds.quantileS(0)).toBeCloseTo(-0.1995, 6);
    ds.add(1, 0, 50e9);
    ds.add(2, 0, 50e9);
    expect(ds.quantileS(0)).toBeCloseTo(3, 3);
  });
});
