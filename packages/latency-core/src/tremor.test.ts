import { describe, expect, it } from 'vitest';
import { BiquadCascade, LookAheadTremor, TremorFilter, designBandStop, frequencyResponse, type TremorBridge } from './tremor.js';
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

describe('tremor filter (Chebyshev II band-stop, 6-12 Hz, 25 dB, order 4x2)', () => {
  it('attenuates the tremor band by at least 25 dB (measured on sines)', () => {
    const rows: string[] = [];
    for (const f of [6, 8, 10, 12]) {
      const m = measure(f);
      rows.push(`${f} Hz: ${m.gainDb.toFixed(1)} dB`);
      expect(m.gainDb).toBeLessThan(-24.5);
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
    // 35.8 ms as designed (25 dB, the look-ahead's: it reads that far ahead). Causal, the core runs
    // the causalStopbandDb design (20 dB: 28.9 ms; test/core-tremor-mode.test.ts).
    expect(one.delayS).toBeGreaterThan(0.03);
    expect(one.delayS).toBeLessThan(0.04);
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

/**
 * LookAheadTremor fed a sine sampled as 100 Hz frames (linear between them), its input read advanceS
 * ahead of the playout point, with the newest frame `shortMs`..`shortMs + 10` ms short of that point
 * (the buffer lacking future; negative: the buffer holds enough). Returns gain (dB) and the phase delay
 * (s) of its output against the sine at the playout point.
 */
function lookAheadResponse(f: number, shortMs: number, bridge: TremorBridge, rampMps = 0): { gainDb: number; delayS: number } {
  const o = { ...coreConfig({}).mapping.tremor, sampleRateHz: FS };
  const la = new LookAheadTremor(o, { velocityBaseS: 0.01, horizonS: 0.1, bridge, recoveryS: 0.2 });
  const advNs = Math.round(new TremorFilter(o).advanceS * 1e9);
  const A = 1e-3;
  const x = (tNs: number) => A * Math.sin(2 * Math.PI * f * tNs * 1e-9) + rampMps * tNs * 1e-9;
  const frame = (tNs: number) => {
    const k = Math.floor(tNs / 1e7);
    const a = x(k * 1e7), b = x((k + 1) * 1e7);
    return a + (b - a) * (tNs / 1e7 - k);
  };
  la.reset({ position: [0, 0, 0], orientation: [0, 0, 0, 1] }, advNs);
  let si = 0, co = 0, n = 0;
  for (let k = 1; k < 6000; k++) {
    const c = k * 1e6;
    const xNs = c + advNs;
    const newest = Math.floor((xNs - shortMs * 1e6) / 1e7) * 1e7;
    // What the jitter buffer answers: frames up to the newest, then the newest two frames' velocity.
    const peek = (t: number, out: Float64Array): boolean => {
      out.fill(0);
      out[6] = 1;
      out[0] = t <= newest ? frame(t) : frame(newest) + ((t - newest) * (frame(newest) - frame(newest - 1e7))) / 1e7;
      return true;
    };
    const y = la.step(xNs, Math.min(c, newest), peek, newest)!.position[0] - rampMps * c * 1e-9;
    if (k > 2000) {
      const w = 2 * Math.PI * f * c * 1e-9;
      si += y * Math.sin(w);
      co += y * Math.cos(w);
      n++;
    }
  }
  return { gainDb: 20 * Math.log10(((2 / n) * Math.hypot(si, co)) / A), delayS: Math.atan2(-co, si) / (2 * Math.PI * f) };
}

describe('LookAheadTremor: frequency response with and without the future it reads', () => {
  it('with the future there: >= 20 dB at the band edges and centre, 0-2 Hz flat with no delay', () => {
    const rows: string[] = [];
    for (const f of [6, 9, 12]) {
      const r = lookAheadResponse(f, -10, 'output');
      rows.push(`${f} Hz ${r.gainDb.toFixed(1)} dB`);
      expect(r.gainDb).toBeLessThan(-19.5);
    }
    for (const f of [0.5, 1, 2]) {
      const r = lookAheadResponse(f, -10, 'output');
      rows.push(`${f} Hz ${r.gainDb.toFixed(3)} dB ${(r.delayS * 1000).toFixed(2)} ms`);
      expect(Math.abs(r.gainDb)).toBeLessThan(0.1);
      expect(Math.abs(r.delayS)).toBeLessThan(0.002);
    }
    console.log(`look-ahead, future held: ${rows.join(', ')}`);
  });

  it('buffer short of the look-ahead: extrapolating the output keeps the stop band; extrapolating the raw hand lets the tremor through', () => {
    const rows: string[] = [];
    for (const short of [0, 10, 20]) {
      const out = lookAheadResponse(9, short, 'output');
      const inp = lookAheadResponse(9, short, 'input');
      rows.push(`${short}-${short + 10} ms short: 9 Hz ${out.gainDb.toFixed(1)} dB (input bridged ${inp.gainDb.toFixed(1)} dB)`);
      expect(out.gainDb).toBeLessThan(inp.gainDb - 4);
    }
    expect(lookAheadResponse(9, 0, 'output').gainDb).toBeLessThan(-18);
    expect(lookAheadResponse(9, 10, 'output').gainDb).toBeLessThan(-16);
    // Voluntary motion: the extrapolated output is exact to first order; 1 Hz keeps its gain, and the
    // delay stays within ~3 ms even 20-30 ms short.
    const v = lookAheadResponse(1, 20, 'output');
    rows.push(`1 Hz 20-30 ms short: ${v.gainDb.toFixed(3)} dB, ${(v.delayS * 1000).toFixed(2)} ms`);
    expect(Math.abs(v.gainDb)).toBeLessThan(0.2);
    expect(Math.abs(v.delayS)).toBeLessThan(0.004);
    console.log(`look-ahead, buffer short: ${rows.join('; ')}`);
  });
});

describe('LookAheadTremor with the tremor-model bridge', () => {
  it('a sine tremor on a ramp, buffer short: the model keeps the stop band that a straight line loses; 1 Hz kept', () => {
    const rows: string[] = [];
    for (const short of [0, 10, 20]) {
      const mod = lookAheadResponse(9, short, 'tremor-model', 0.05);
      const inp = lookAheadResponse(9, short, 'input', 0.05);
      rows.push(`${short}-${short + 10} ms short: 9 Hz ${mod.gainDb.toFixed(1)} dB (input bridged ${inp.gainDb.toFixed(1)} dB)`);
      expect(mod.gainDb).toBeLessThan(-16);
      expect(mod.gainDb).toBeLessThan(inp.gainDb - 3);
    }
    const v = lookAheadResponse(1, 20, 'tremor-model');
    rows.push(`1 Hz 20-30 ms short: ${v.gainDb.toFixed(3)} dB, ${(v.delayS * 1000).toFixed(2)} ms`);
    expect(Math.abs(v.gainDb)).toBeLessThan(0.2);
    expect(Math.abs(v.delayS)).toBeLessThan(0.004);
    console.log(`look-ahead, tremor-model bridge: ${rows.join('; ')}`);
  });

  it('a starved buffer (no frame for 1 s): the output stays bounded and stops; repeated runs are bit-identical', () => {
    const o = { ...coreConfig({}).mapping.tremor, sampleRateHz: FS };
    let fits = 0;
    const run = (): number[] => {
      const la = new LookAheadTremor(o, { velocityBaseS: 0.01, horizonS: 0.1, bridge: 'tremor-model', recoveryS: 0.2, maxHandSpeedMps: 2 });
      const advNs = Math.round(new TremorFilter(o).advanceS * 1e9);
      // A hand moving at 0.2 m/s with 0.4 mm of 9 Hz tremor; frames stop at 2 s.
      const hand = (tNs: number) => 0.2 * tNs * 1e-9 + 4e-4 * Math.sin(2 * Math.PI * 9 * tNs * 1e-9);
      const frame = (tNs: number) => {
        const k = Math.floor(tNs / 1e7);
        return hand(k * 1e7) + (hand((k + 1) * 1e7) - hand(k * 1e7)) * (tNs / 1e7 - k);
      };
      la.reset({ position: [0, 0, 0], orientation: [0, 0, 0, 1] }, advNs);
      const ys: number[] = [];
      for (let k = 1; k < 3000; k++) {
        const c = k * 1e6;
        const xNs = c + advNs;
        const newest = Math.min(2e9, Math.floor((xNs - 5e6) / 1e7) * 1e7);
        const peek = (t: number, out: Float64Array): boolean => {
          out.fill(0);
          out[6] = 1;
          out[0] = t <= newest ? frame(t) : frame(newest) + ((t - newest) * (frame(newest) - frame(newest - 1e7))) / 1e7;
          return true;
        };
        ys.push(la.step(xNs, Math.min(c, newest), peek, newest)!.position[0]);
      }
      fits = la.modelFits;
      return ys;
    };
    const a = run();
    expect(run()).toEqual(a);
    // The model was at work: refitted at (nearly) every frame of the 2 s with frames, none after.
    expect(fits).toBeGreaterThan(150);
    expect(fits).toBeLessThanOrEqual(200);
    // Bounded: from the newest frame (0.4 m at 2 s) no further than the travel the bridge allows (speed
    // over the look-ahead and half the horizon, the acceleration bound over it), plus the tremor.
    const travelS = 0.0295 + 0.05;
    const bound = 0.2 * travelS + 0.5 * 10 * travelS * travelS + 0.001;
    for (const y of a.slice(1999)) expect(Math.abs(y - 0.4)).toBeLessThan(bound);
    // It stops by itself: the hand goes on at 0.2 m/s; the output's speed (the band-stop ringing out
    // from the kink where the bridge stopped; ~1 s, README) is under 5 mm/s after 2.6 s, and decaying.
    const speed = (from: number) => Math.max(...a.slice(from).map((y, i, t) => (i ? Math.abs(y - t[i - 1]!) * 1000 : 0)));
    expect(speed(2600)).toBeLessThan(0.005);
    expect(speed(2850)).toBeLessThan(0.6 * speed(2600));
    console.log(`starved buffer: output ${(a[1999]! * 1000).toFixed(2)} mm at the last frame, ${(a[a.length - 1]! * 1000).toFixed(2)} mm 1 s later (hand ${(0.2 * 2.999 * 1000).toFixed(0)} mm)`);
  });
});
