import { describe, expect, it } from 'vitest';
import { coreConfig, coreConfigSchema, parseCoreConfig } from './config.js';

describe('core config', () => {
  it('parses {} to the design defaults', () => {
    const r = parseCoreConfig({});
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const c = r.config;
    expect(c.controlRateHz).toBe(1000);
    expect(c.staleLinkTimeoutS).toBe(0.1);
    expect(c.mapping.motionScale).toBe(0.2);
    expect(c.mapping.motionScaleMin).toBe(0.1);
    expect(c.mapping.motionScaleMax).toBe(1);
    expect(c.mapping.alignmentToleranceRad).toBeCloseTo((5 * Math.PI) / 180, 12);
    expect(c.mapping.tremor).toMatchObject({ enabled: true, lowHz: 6, highHz: 12 });
    expect(c.link).toMatchObject({ engageMaxOneWayDelayS: 0.5, warnOneWayDelayS: 0.15 });
    expect(c.trackingError).toEqual({ limitM: 0.005, timeS: 0.05, lagWindowS: 0.1 });
    expect(c.limits.workspace).toEqual({ shape: 'box', minM: [-0.15, -0.15, -0.25], maxM: [0.15, 0.15, -0.03] });
    expect(parseCoreConfig(undefined).ok).toBe(true);
  });

  it('the default workspace contains the real dVRK motion (fixture extremes) and the home pose', () => {
    const c = coreConfig({});
    const ws = c.limits.workspace;
    if (ws.shape !== 'box') throw new Error('box expected');
    // Extremes of the 34 s recording (PSM2 base / RCM frame) and the sim home tip.
    for (const p of [[-0.0853, -0.0970, -0.1504], [0.0866, 0.0360, -0.1198], [0, 0, -0.1135], [0, 0, -0.13]]) {
      for (let i = 0; i < 3; i++) {
        expect(p[i]!).toBeGreaterThan(ws.minM[i]!);
        expect(p[i]!).toBeLessThan(ws.maxM[i]!);
      }
    }
  });

  it('names the field, the value and what is accepted', () => {
    const r = parseCoreConfig({ limits: { maxLinearSpeedMps: 7 } });
    expect(r).toEqual({ ok: false, errors: ['limits.maxLinearSpeedMps: 7 is not accepted; expected a number between 0.001 and 1'] });
    const t = parseCoreConfig({ mapping: { motionScale: 'fast' } });
    expect(t.ok).toBe(false);
    if (!t.ok) expect(t.errors).toEqual(['mapping.motionScale: "fast" is not accepted; expected a number between 0.01 and 1']);
    const n = parseCoreConfig({ playout: { quantile: Number.NaN } });
    if (!n.ok) expect(n.errors[0]).toBe('playout.quantile: NaN is not accepted; expected a number between 0.5 and 0.999');
    const i = parseCoreConfig({ armId: 1.5 });
    if (!i.ok) expect(i.errors[0]).toBe('armId: 1.5 is not accepted; expected an integer between 0 and 65535');
    const inf = parseCoreConfig({ staleLinkTimeoutS: Infinity });
    expect(inf.ok).toBe(false);
    const b = parseCoreConfig({ mapping: { tremor: { bridge: 'sideways' } } });
    expect(b).toEqual({ ok: false, errors: [`mapping.tremor.bridge: "sideways" is not accepted; expected 'output', 'input' or 'tremor-model'`] });
    expect(parseCoreConfig({ mapping: { tremor: { bridge: 'input' } } }).ok).toBe(true);
    const cs = parseCoreConfig({ mapping: { tremor: { causalStopbandDb: 2 } } });
    expect(cs).toEqual({ ok: false, errors: ['mapping.tremor.causalStopbandDb: 2 is not accepted; expected a number between 3 and 80'] });
    // Defaults: the tremor model bridges the look-ahead; 25 dB with look-ahead, 20 dB causal.
    const d = coreConfig({}).mapping.tremor;
    expect([d.bridge, d.stopbandDb, d.causalStopbandDb]).toEqual(['tremor-model', 25, 20]);
  });

  it('refuses unknown fields and lists the accepted ones', () => {
    const r = parseCoreConfig({ limits: { maxSpeed: 1 } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(/^limits\.maxSpeed: unknown field; accepted fields here: workspace, maxLinearSpeedMps, /);
    const top = parseCoreConfig({ motionScale: 0.5 });
    if (!top.ok) expect(top.errors[0]).toMatch(/^motionScale: unknown field; accepted fields here: armId, controlRateHz, staleLinkTimeoutS, playout/);
    const ws = parseCoreConfig({ limits: { workspace: { shape: 'cylinder', radius: 1 } } });
    if (!ws.ok) expect(ws.errors[0]).toMatch(/^limits\.workspace\.radius: unknown field; accepted fields here: shape, radiusM, zMinM, zMaxM/);
  });

  it('checks the relations between fields', () => {
    const errs = (x: unknown) => {
      const r = parseCoreConfig(x);
      return r.ok ? [] : r.errors;
    };
    expect(errs({ playout: { minDelayS: 0.5, maxDelayS: 0.2 } })).toEqual(['playout.maxDelayS: 0.2 is not accepted; expected at least playout.minDelayS (0.5)']);
    expect(errs({ limits: { maxLinearSpeedMps: 1, maxLinearAccelMps2: 1 } })[0]).toMatch(/^limits\.stopTimeS: 0\.25 \(default\) is not accepted; expected at least maxLinearSpeedMps \/ maxLinearAccelMps2 = 1 s/);
    expect(errs({ limits: { workspace: { shape: 'box', minM: [0, 0, 0], maxM: [0.1, -0.1, 0.1] } } })).toContain('limits.workspace.maxM.1: -0.1 is not accepted; expected greater than minM[1] (0)');
    expect(errs({ home: { position: [0.5, 0, -0.1] } })).toEqual(['home.position: [0.5,0,-0.1] is not accepted; expected a position inside limits.workspace']);
    expect(errs({ mapping: { motionScale: 0.05 } })[0]).toMatch(/^mapping\.motionScale: 0\.05 is not accepted; expected a number between mapping\.motionScaleMin \(0\.1\)/);
    expect(errs({ mapping: { tremor: { lowHz: 12, highHz: 6 } } })[0]).toMatch(/^mapping\.tremor\.highHz: 6 is not accepted; expected greater than/);
    expect(errs({ mapping: { jaw: { openRad: 1.9 } } })[0]).toMatch(/^mapping\.jaw\.openRad: 1\.9 is not accepted/);
    expect(errs({ mapping: { registration: [0, 0, 0, 2] } })[0]).toBe('mapping.registration: [0,0,0,2] is not accepted; expected a unit quaternion [x, y, z, w] (norm within 1e-6 of 1)');
    expect(errs({ limits: { workspace: { shape: 'sphere' } } })[0]).toMatch(/^limits\.workspace\.shape: "sphere" is not accepted; expected/);
  });

  it('accepts a cylinder workspace with its defaults, and partial sections keep the other defaults', () => {
    const c = coreConfig({ limits: { workspace: { shape: 'cylinder' } }, playout: { quantile: 0.99 } });
    expect(c.limits.workspace).toEqual({ shape: 'cylinder', radiusM: 0.15, zMinM: -0.25, zMaxM: -0.03 });
    expect(c.playout.quantile).toBe(0.99);
    expect(c.playout.maxDelayS).toBe(0.6);
    expect(c.limits.maxLinearSpeedMps).toBe(0.25);
  });

  it('a parsed config parses to itself (what a recording stores replays the same)', () => {
    const c = coreConfig({ mapping: { motionScale: 0.5 } });
    expect(coreConfigSchema.parse(JSON.parse(JSON.stringify(c)))).toEqual(c);
    expect(() => coreConfig({ controlRateHz: 5 })).toThrow(/controlRateHz: 5 is not accepted/);
  });
});
