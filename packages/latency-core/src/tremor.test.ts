import { describe, expect, it } from 'vitest';
import { BiquadCascade, TremorFilter, designBandStop, frequencyResponse } from './tremor.js';
import { coreConfig } from './config.js';

const FS = 1000;

/** Runs a unit sine through the default filter; returns measured gain (dB) and delay (s) at f. */
function measure(f: number): { gainDb: number; delayS: number } {
  const c = coreConfig({}).mapping.tremor;
  const cascade = new BiquadCascade(designBandStop(c.lowHz, c.highHz, c.order, c.stopbandDb, FS), 1);
  cascade.resetTo([0]);
  const settle = Math.round(4 * FS); // 4 s: the slowest pole has decayed by far more than 60 dB
  const n = Math.round(Math.max(4, 10 / f) * FS);
  let si = 0, co = 0;
  for (let k = 0; k < settle + n; k++) {
    const w = 2 * Math.PI * f * (k / FS);
    const y = cascade.step(0, Math.sin(w));
    if (k >= settle) {
      si += y * Math.sin(w);
      co += y * Math.cos(w);
    }
  }
  // y = A sin(w t - phi): projections give A cos(phi) and -A sin(phi).
  const a = (2 / n) * Math.hypot(si, co);
  const phi = Math.atan2(-co, si);
  return { gainDb: 20 * Math.log10(a), delayS: phi / (2 * Math.PI * f) };
}

describe('tremor filter (Chebyshev II band-stop, 6-12 Hz, 20 dB, order 4x2)', () => {
  it('attenuates the tremor band by at least 20 dB (measured on sines)', () => {
    const rows: string[] = [];
    for (const f of [6, 8, 10, 12]) {
      const m = measure(f);
      rows.push(`${f} Hz: ${m.gainDb.toFixed(1)} dB`);
      expect(m.gainDb).toBeLessThan(-19.5);
      // The transfer function agrees with the simulation.
      expect(frequencyResponse(new TremorFilter({ ...coreConfig({}).mapping.tremor, sampleRateHz: FS }).sections, f, FS).gainDb).toBeCloseTo(m.gainDb, 1);
    }
    console.log(`tremor filter attenuation (measured): ${rows.join(', ')}`);
  });

  it('passes voluntary motion: unity gain below 3 Hz, and reports its delay at 1 Hz', () => {
    const one = measure(1);
    const two = measure(2);
    const three = measure(3);
    console.log(`tremor filter pass band (measured): 1 Hz ${one.gainDb.toFixed(3)} dB, delay ${(one.delayS * 1000).toFixed(1)} ms; 2 Hz ${two.gainDb.toFixed(3)} dB, delay ${(two.delayS * 1000).toFixed(1)} ms; 3 Hz ${three.gainDb.toFixed(2)} dB`);
    expect(Math.abs(one.gainDb)).toBeLessThan(0.01);
    expect(Math.abs(two.gainDb)).toBeLessThan(0.05);
    expect(Math.abs(three.gainDb)).toBeLessThan(0.2);
    expect(one.delayS).toBeGreaterThan(0.02);
    expect(one.delayS).toBeLessThan(0.035);
  });

  it('holds a constant exactly (unity DC gain) and restarts without a transient', () => {
    const f = new TremorFilter({ ...coreConfig({}).mapping.tremor, sampleRateHz: FS });
    const p = { position: [0.1, -0.2, 0.3] as [number, number, number], orientation: [0, 0, Math.SQRT1_2, Math.SQRT1_2] as [number, number, number, number] };
    f.reset(p);
    for (let k = 0; k < 500; k++) {
      const y = f.step(p);
      for (let i = 0; i < 3; i++) expect(Math.abs(y.position[i]! - p.position[i]!)).toBeLessThan(1e-12);
      for (let i = 0; i < 4; i++) expect(Math.abs(y.orientation[i]! - p.orientation[i]!)).toBeLessThan(1e-12);
    }
  });

  it('keeps quaternions on one hemisphere (q and -q are the same rotation)', () => {
    const f = new TremorFilter({ ...coreConfig({}).mapping.tremor, sampleRateHz: FS });
    const q = [0.1, 0.2, 0.3, 0.9273618495495703] as [number, number, number, number];
    const neg = q.map((x) => -x) as [number, number, number, number];
    f.reset({ position: [0, 0, 0], orientation: q });
    for (let k = 0; k < 50; k++) {
      const y = f.step({ position: [0, 0, 0], orientation: k % 2 ? neg : q });
      expect(Math.abs(Math.abs(y.orientation[0] * q[0] + y.orientation[1] * q[1] + y.orientation[2] * q[2] + y.orientation[3] * q[3]) - 1)).toBeLessThan(1e-12);
    }
  });

  it('disabled is a pass-through', () => {
    const f = new TremorFilter({ ...coreConfig({}).mapping.tremor, enabled: false, sampleRateHz: FS });
    const p = { position: [1, 2, 3] as [number, number, number], orientation: [0, 0, 0, 1] as [number, number, number, number] };
    expect(f.step(p)).toEqual(p);
    expect(f.sections).toHaveLength(0);
  });

  it('other orders and bands give their designed stop-band attenuation', () => {
    for (const [lo, hi, order, db] of [[6, 12, 2, 15], [6, 12, 3, 30], [4, 14, 5, 40]] as const) {
      const s = designBandStop(lo, hi, order, db, FS);
      expect(s).toHaveLength(order);
      for (let f = lo; f <= hi; f += 0.5) expect(frequencyResponse(s, f, FS).gainDb).toBeLessThan(-db + 0.05);
      expect(Math.abs(frequencyResponse(s, 0.5, FS).gainDb)).toBeLessThan(0.5);
    }
  });
});
