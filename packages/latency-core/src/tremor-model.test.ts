import { describe, expect, it } from 'vitest';
import { TremorModel, type TremorModelOptions } from './tremor-model.js';

const OPT: TremorModelOptions = { lowHz: 6, highHz: 12, channels: 7, positionChannels: 3, dtS: 0.01, maxPoints: 31, minPoints: 21, weightTauS: 0.15, maxAccel: 10, maxRotationRate: 10, holdS: 0.0295, horizonS: 0.1, maxSpeed: 2 };
const Q = [0.1, 0.2, 0.3, Math.sqrt(1 - 0.14)];

const LAG = OPT.holdS;
type Signal = (t: number, c: number) => number;
/** Voluntary motion: ramp + slow curve, a fixed orientation. */
const voluntary: Signal = (t, c) => (c >= 3 ? Q[c - 3]! : 0.1 * c + 0.03 * t + 0.003 * Math.sin(2 * Math.PI * 0.5 * t + c));
/** Tremor: a sine of amplitude a at f along (1, 0.6, 0.8). */
const sineTremor = (f: number, a: number, phase: number): Signal => (t, c) => (c >= 3 ? 0 : [1, 0.6, 0.8][c]! * a * Math.sin(2 * Math.PI * f * t + phase));

/**
 * Fits as the look-ahead does: the grid is e = x - y from LAG before u backwards, where the filter's
 * voluntary estimate y misses the hand's by a small slow error (here 1 % of the ramp); anchored at x(u).
 */
function fitTo(m: TremorModel, trem: Signal, u: number, n = OPT.maxPoints): boolean {
  for (let i = 0; i < n; i++) {
    const t = u - LAG - i * OPT.dtS;
    for (let c = 0; c < 7; c++) m.grid[i * 7 + c] = trem(t, c) + (c < 3 ? 0.0003 * t : 0);
  }
  const x = (t: number) => Array.from({ length: 7 }, (_, c) => voluntary(t, c) + trem(t, c));
  return m.fit(n, LAG, x(u), x(u - 0.01), 0.01);
}

/** Linear extrapolation of the newest two samples 10 ms apart (the 'input' bridge's guess). */
const linear = (x: (t: number, c: number) => number, u: number, h: number, c: number): number => x(u, c) + ((x(u, c) - x(u - 0.01, c)) / 0.01) * h;

describe('tremor model (bridge for the look-ahead filter)', () => {
  it('finds a sine tremor on a ramp within 0.5 Hz, and bridges 10-30 ms far better than a straight line', () => {
    const rows: string[] = [];
    for (const f of [6.5, 8, 9.3, 11]) {
      let errModel = 0, errLin = 0, cnt = 0;
      for (const phase of [0, 1, 2, 3, 4, 5]) {
        const trem = sineTremor(f, 0.0004, phase);
        const x: Signal = (t, c) => voluntary(t, c) + trem(t, c);
        const m = new TremorModel(OPT);
        const u = 3 + phase * 0.037;
        expect(fitTo(m, trem, u)).toBe(true);
        expect(Math.abs(m.frequencyHz - f)).toBeLessThan(0.5);
        const out = new Float64Array(7);
        for (const h of [0.01, 0.02, 0.0295]) {
          m.predict(h, out);
          for (let c = 0; c < 3; c++) {
            errModel += (out[c]! - x(u + h, c)) ** 2;
            errLin += (linear(x, u, h, c) - x(u + h, c)) ** 2;
            cnt++;
          }
        }
        // Continuous at the newest sample.
        m.predict(0, out);
        for (let c = 0; c < 7; c++) expect(Math.abs(out[c]! - x(u, c))).toBeLessThan(1e-12);
      }
      const rm = Math.sqrt(errModel / cnt), rl = Math.sqrt(errLin / cnt);
      rows.push(`${f} Hz: model ${(rm * 1e6).toFixed(1)} um vs linear ${(rl * 1e6).toFixed(1)} um`);
      expect(rm).toBeLessThan(rl / 4);
    }
    console.log(`tremor model bridge error 10-30 ms ahead (0.4 mm tremor): ${rows.join('; ')}`);
  });

  it('without tremor adds no oscillation (weight 0) and extrapolates the voluntary motion', () => {
    const m = new TremorModel(OPT);
    expect(fitTo(m, sineTremor(9, 0, 0), 2)).toBe(true);
    expect(m.oscillatorWeight).toBe(0);
    const out = new Float64Array(7);
    for (const h of [0.005, 0.02, 0.0295]) {
      m.predict(h, out);
      // Exactly the straight line through x(u - 10 ms) and x(u).
      for (let c = 0; c < 7; c++) expect(out[c]).toBeCloseTo(linear(voluntary, 2, h, c), 12);
    }
  });

  it('is bounded on a starved buffer: the bridge stops by itself and never exceeds the observed tremor', () => {
    const trem = sineTremor(9, 0.0004, 0.3);
    const x: Signal = (t, c) => voluntary(t, c) + trem(t, c);
    const m = new TremorModel(OPT);
    expect(fitTo(m, trem, 2)).toBe(true);
    const out = new Float64Array(7);
    const far = new Float64Array(7);
    m.predict(OPT.holdS + OPT.horizonS, far);
    // Past the look-ahead and the horizon: constant (voluntary travel spent, tremor faded).
    for (const h of [0.2, 1, 10, 1e4]) {
      m.predict(h, out);
      for (let c = 0; c < 7; c++) expect(out[c]).toBe(far[c]);
    }
    // Travel at most the hand speed for holdS + horizonS / 2, plus the tremor's excursion and its slope's travel.
    const a = 0.0004 * Math.hypot(1, 0.6, 0.8);
    const bound = OPT.maxSpeed * (OPT.holdS + OPT.horizonS / 2) + 2 * a + 2 * Math.PI * 12 * a * (OPT.holdS + OPT.horizonS / 2);
    for (let h = 0; h < 1; h += 0.001) {
      m.predict(h, out);
      const d = Math.hypot(out[0]! - x(2, 0), out[1]! - x(2, 1), out[2]! - x(2, 2));
      expect(d).toBeLessThan(bound);
    }
  });

  it('caps a glitch: amplitude at most the residual observed, voluntary speed at the hand bound', () => {
    const m = new TremorModel(OPT);
    // A 5 m/s glitch between the newest two samples: speed clamped to maxSpeed.
    for (let i = 0; i < OPT.maxPoints; i++) for (let c = 0; c < 7; c++) m.grid[i * 7 + c] = c < 3 ? 0.0002 * Math.sin(2 * Math.PI * 9 * i * OPT.dtS) : 0;
    expect(m.fit(OPT.maxPoints, LAG, [0.05, 0, 0, ...Q], [0, 0, 0, ...Q], 0.01)).toBe(true);
    // The sinusoid is capped at the residual observed (0.2 mm).
    const amp = Math.hypot((m as unknown as { amA: Float64Array }).amA[0]!, (m as unknown as { amB: Float64Array }).amB[0]!);
    expect(amp).toBeLessThanOrEqual(0.0002 * (1 + 1e-9));
    const a = new Float64Array(7), b = new Float64Array(7);
    m.predict(0.01, a);
    m.predict(0.02, b);
    // Voluntary part at the hand bound; the tremor part adds at most its own speed (2 pi f A).
    expect(Math.hypot(b[0]! - a[0]!, b[1]! - a[1]!, b[2]! - a[2]!) / 0.01).toBeLessThanOrEqual(OPT.maxSpeed + 2 * 2 * Math.PI * 12 * 0.0002);
  });

  it('refuses too few points, and repeated fits are bit-identical', () => {
    const trem = sineTremor(8.7, 0.0003, 1);
    const m = new TremorModel(OPT);
    expect(fitTo(m, trem, 5, OPT.minPoints - 1)).toBe(false);
    expect(m.valid).toBe(false);
    const runs: number[][] = [];
    for (let r = 0; r < 2; r++) {
      const k = new TremorModel(OPT);
      fitTo(k, trem, 5);
      const out = new Float64Array(7);
      const row: number[] = [k.frequencyHz, k.oscillatorWeight];
      for (let h = 0; h < 0.2; h += 0.003) {
        k.predict(h, out);
        row.push(...out);
      }
      runs.push(row);
    }
    expect(runs[0]).toEqual(runs[1]);
    expect(() => new TremorModel({ ...OPT, minPoints: 3 })).toThrow(/minPoints/);
  });
});
