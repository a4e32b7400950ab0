import { describe, expect, it } from 'vitest';
import type { Pose } from '@farhand/latency-core';
import { compareTraces, describeDifference } from './compare.js';
import { motionFigures, plotSeries, stateTimes, trackingFigures } from './figures.js';
import { Trace } from './trace.js';

/** The next double above x (one bit of difference). */
function nextUp(x: number): number {
  const b = new Float64Array([x]);
  const u = new BigInt64Array(b.buffer);
  u[0] = (u[0] as bigint) + 1n;
  return b[0] as number;
}

const pose = (x: number, y = 0, z = 0): Pose => ({ position: [x, y, z], orientation: [0, 0, 0, 1] });

/** n ticks at 1 kHz from t = 1 s, x(t) = f(i). */
function trace(n: number, f: (i: number) => number, state: (i: number) => string = () => 'FOLLOWING'): Trace {
  const t = new Trace(4); // grows
  for (let i = 0; i < n; i++) {
    t.push(i, 1e9 + i * 1e6, pose(f(i)), 0.5, pose(f(i)), state(i), state(i) === 'HOLDING' ? 'LINK_STALE' : 'ENGAGED', i);
    t.setArm(i, [0, 0, 0.1, 0, 0, 0], 0.5, 'ENABLED');
  }
  return t;
}

describe('bit-for-bit comparison', () => {
  it('identical traces', () => {
    const c = compareTraces(trace(100, (i) => i * 1e-4), trace(100, (i) => i * 1e-4));
    expect(c).toEqual({ ticksCompared: 100, identical: true, first: null, ticksDiffering: 0 });
    expect(describeDifference(c, 1e9)).toBe('identical: 100 ticks reproduced bit for bit');
  });

  it('names the first tick and every field that differs there; the last bit and -0 count', () => {
    const a = trace(100, (i) => i * 1e-4);
    const b = trace(100, (i) => (i === 40 ? nextUp(40 * 1e-4) : i === 70 ? -0 : i * 1e-4));
    b.jaw[40] = 0.25;
    const aZero = trace(100, (i) => (i === 70 ? 0 : i * 1e-4));
    const c = compareTraces(a, b);
    expect(c.identical).toBe(false);
    expect(c.first?.tick).toBe(40);
    expect(c.first?.differences.map((d) => d.field)).toEqual(['setpoint_cp.position.x', 'jaw_setpoint_rad', 'measured_cp.position.x']);
    expect(c.ticksDiffering).toBe(2);
    expect(compareTraces(aZero, b).first?.tick).toBe(40);
    expect(compareTraces(aZero, trace(100, (i) => (i === 70 ? -0 : i * 1e-4))).first?.tick).toBe(70);
    expect(describeDifference(c, 1e9)).toMatch(/^first difference at tick 40 \(t = 0\.040 s\): setpoint_cp\.position\.x recorded 0\.004, replayed 0\.00400000000000000\d* \(\+2 more fields: jaw_setpoint_rad, measured_cp\.position\.x\); 2 of 100 ticks differ$/);
  });

  it('state and reason differences', () => {
    const a = trace(10, () => 0);
    const b = trace(10, () => 0, (i) => (i >= 5 ? 'HOLDING' : 'FOLLOWING'));
    const c = compareTraces(a, b);
    expect(c.first?.tick).toBe(5);
    expect(c.first?.differences).toEqual([
      { field: 'state', expected: 'FOLLOWING', actual: 'HOLDING' },
      { field: 'reason', expected: 'ENGAGED', actual: 'LINK_STALE' },
    ]);
  });
});

describe('figures', () => {
  it('peak speed, acceleration, path length and time per state', () => {
    // 0.1 m/s for 500 ticks, then standing.
    const t = trace(1000, (i) => Math.min(i, 500) * 1e-4, (i) => (i < 800 ? 'FOLLOWING' : 'HOLDING'));
    const m = motionFigures(t);
    expect(m.peakSpeedMps).toBeCloseTo(0.1, 9);
    expect(m.pathLengthM).toBeCloseTo(0.05, 12);
    // 0.1 m/s to 0 in one tick, seen through the 10 ms window: 0.1 m/s over 10 ms.
    expect(m.peakAccelMps2).toBeCloseTo(10, 6);
    expect(m.peakAccelAtS).toBeCloseTo(0.51, 9);
    expect(m.linearClippedS).toBeNaN();
    const s = stateTimes(t);
    expect(s.followingS).toBeCloseTo(0.8, 9);
    expect(s.heldS).toBeCloseTo(0.199, 9);
    expect(s.totalS).toBeCloseTo(0.999, 9);
  });

  it('a loop stall followed by a short tick does not make an acceleration the arm never had', () => {
    // 0.05 m/s, one 0.05 mm step per tick; one tick late by 140 ms (a stall: the core stepped once), then a
    // 0.46 ms tick as the grid catches up. Per tick that reads 0.108 m/s after 0.00036 m/s: 234 m/s^2.
    const t = new Trace(4);
    let timeNs = 1e9;
    for (let i = 0; i < 600; i++) {
      timeNs += i === 300 ? 140e6 : i === 301 ? 0.46e6 : 1e6;
      const x = i * 0.05e-3;
      t.push(i, timeNs, pose(x), 0.5, pose(x), 'FOLLOWING', 'ENGAGED', i);
      t.setArm(i, [0, 0, 0.1, 0, 0, 0], 0.5, 'ENABLED');
    }
    const m = motionFigures(t);
    expect(m.peakSpeedMps).toBeCloseTo(0.05, 6);
    // Over the 10 ms window: from ~0 to 0.05 m/s at most once per window.
    expect(m.peakAccelMps2).toBeLessThanOrEqual(5.01);
  });

  it('time at the linear and the angular speed limits (clipping)', () => {
    const t = trace(1000, (i) => Math.min(i, 500) * 1e-4); // 0.1 m/s for 0.5 s
    const m = motionFigures(t, { maxLinearSpeedMps: 0.1, maxAngularSpeedRadps: 1 });
    expect(m.linearClippedS).toBeGreaterThan(0.48);
    expect(m.linearClippedS).toBeLessThan(0.5);
    expect(m.angularClippedS).toBe(0);
    const none = motionFigures(t, { maxLinearSpeedMps: 0.25, maxAngularSpeedRadps: 1 });
    expect(none.linearClippedS).toBe(0);
  });

  it('tracking error and the lag that explains it', () => {
    const ref = trace(3000, (i) => 0.01 * Math.sin(i / 100));
    const run = trace(3000, (i) => 0.01 * Math.sin(Math.max(0, i - 70) / 100));
    const f = trackingFigures(run, ref);
    expect(f.lagS).toBeCloseTo(0.07, 9);
    expect(f.rmsAtLagM).toBeLessThan(1e-12);
    expect(f.rmsM).toBeGreaterThan(0.004);
    expect(f.maxM).toBeGreaterThan(f.rmsM);
    expect(f.p95M).toBeLessThanOrEqual(f.maxM);
    const same = trackingFigures(ref, ref);
    expect(same).toMatchObject({ rmsM: 0, maxM: 0, lagS: 0, rmsAtLagM: 0 });
  });

  it('plot series keep peaks when decimating', () => {
    const t = trace(10_000, (i) => (i === 5001 ? 0.001 : 0));
    const p = plotSeries(t, trace(10_000, () => 0), 100);
    expect(p.timeS).toHaveLength(100);
    expect(Math.max(...p.speedMps)).toBeCloseTo(1, 6); // 1 mm in 1 ms
    expect(Math.max(...p.errorM)).toBeCloseTo(0.001, 12);
  });
});
