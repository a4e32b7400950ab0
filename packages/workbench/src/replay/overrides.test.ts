import { describe, expect, it } from 'vitest';
import { recordedConfigJson } from '@farhand/loop';
import { importConfig } from '../import/build.js';
import { ConfigOverrideError, applyOverrides, parseOverride } from './overrides.js';
import { esc, lineChart, niceStep, timeline } from './svg.js';

const recorded = recordedConfigJson(importConfig({ seed: 5 }));

describe('config changes for a replay', () => {
  it('parses PATH=VALUE, JSON where it is JSON', () => {
    expect(parseOverride('core.limits.maxLinearSpeedMps=0.05')).toEqual({ path: 'core.limits.maxLinearSpeedMps', value: 0.05 });
    expect(parseOverride('sim.tool=LND420006')).toEqual({ path: 'sim.tool', value: 'LND420006' });
    expect(parseOverride('core.mapping.tremor.enabled=false')).toEqual({ path: 'core.mapping.tremor.enabled', value: false });
    expect(() => parseOverride('=3')).toThrow(/expected PATH=VALUE/);
    expect(() => parseOverride('core..x=3')).toThrow(/not a dotted config path/);
  });

  it('applies them to the recorded config and lists the changes', () => {
    const { config, changes } = applyOverrides(recorded, [
      { path: 'core.limits.maxLinearSpeedMps', value: 0.05 },
      { path: 'core.playout.minDelayS', value: 0.02 },
    ]);
    expect(config.core.limits.maxLinearSpeedMps).toBe(0.05);
    expect(config.core.playout.minDelayS).toBe(0.02);
    expect(config.sim.seed).toBe(5);
    expect(changes).toEqual([
      { path: 'core.limits.maxLinearSpeedMps', recorded: 0.25, replayed: 0.05 },
      { path: 'core.playout.minDelayS', recorded: 0.01, replayed: 0.02 },
    ]);
    expect(applyOverrides(recorded, []).changes).toEqual([]);
  });

  it('refuses unknown paths, fixed fields and bad values with what is accepted', () => {
    const bad = (path: string, value: unknown) => () => applyOverrides(recorded, [{ path, value }]);
    expect(bad('core.limits.maxSpeed', 1)).toThrow(/unknown field "maxSpeed"; fields here: .*maxLinearSpeedMps/);
    expect(bad('core.nothing.x', 1)).toThrow(/core\.nothing is not a section of the recorded config; sections here: .*limits/);
    expect(bad('controlRateHz', 500)).toThrow(/cannot be changed/);
    expect(bad('core.limits.maxLinearSpeedMps', 7)).toThrow(/core\.limits\.maxLinearSpeedMps: 7 is not accepted; expected a number between 0\.001 and 1/);
    expect(bad('core.limits.maxLinearSpeedMps', 7)).toThrow(ConfigOverrideError);
    expect(() => applyOverrides('{', [])).toThrow(/not valid JSON/);
  });
});

describe('report charts', () => {
  it('nice tick steps', () => {
    expect(niceStep(10, 10)).toBe(1);
    expect(niceStep(13, 6)).toBe(2);
    expect(niceStep(0.1, 5)).toBeCloseTo(0.02, 12);
    expect(niceStep(0)).toBe(1);
  });

  it('a line chart: escaped title, a path per series, broken at missing values, reference lines', () => {
    const svg = lineChart({
      title: 'a <b> & c',
      xLabel: 'time, s',
      yLabel: 'mm',
      series: [{ name: 'run', color: '#000', x: [0, 1, 2, 3], y: [0, 1, NaN, 3] }],
      hLines: [{ y: 2, label: 'limit', color: 'red' }],
    });
    expect(svg).toContain('a &lt;b&gt; &amp; c');
    const d = /<path d="([^"]+)"/.exec(svg)?.[1] ?? '';
    expect(d.match(/M/g)).toHaveLength(2);
    expect(svg).toContain('limit');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(esc('"x"')).toBe('&quot;x&quot;');
  });

  it('a state timeline with one lane per run', () => {
    const svg = timeline('States', [{ name: 'run', segments: [{ fromS: 0, toS: 1, state: 'IDLE' }, { fromS: 1, toS: 2, state: 'FOLLOWING' }] }], 2);
    expect(svg.match(/<rect [^>]*fill="#3a9d5d"><title>FOLLOWING 1\.000-2\.000 s/)).not.toBeNull();
  });
});
