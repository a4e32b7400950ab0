import { describe, expect, it } from 'vitest';
import {
  DEFAULT_THRESHOLDS, formatBytes, formatHz, formatMs, formatPercent, formatScale, frameRateLevel, jitterLevel, lossLevel, oneWayLevel, playoutLevel,
  refusesEngage, rttLevel, stepScale, thresholdsFromLimits,
} from './hud-levels.js';

describe('HUD thresholds (DESIGN.md numbers)', () => {
  it('one-way delay: green < 150 ms, amber 150-300 ms, red > 300 ms, engage refused > 500 ms', () => {
    expect(oneWayLevel(0.04)).toBe('ok');
    expect(oneWayLevel(0.15)).toBe('ok');
    expect(oneWayLevel(0.151)).toBe('warn');
    expect(oneWayLevel(0.3)).toBe('warn');
    expect(oneWayLevel(0.301)).toBe('bad');
    expect(oneWayLevel(NaN)).toBe('unknown');
    expect(refusesEngage(0.5)).toBe(false);
    expect(refusesEngage(0.501)).toBe(true);
    expect(refusesEngage(NaN)).toBe(false);
  });

  it('RTT is judged on a symmetric link (twice the one-way thresholds)', () => {
    expect(rttLevel(0.29)).toBe('ok');
    expect(rttLevel(0.35)).toBe('warn');
    expect(rttLevel(0.7)).toBe('bad');
  });

  it('playout, jitter, loss and frame rate', () => {
    expect(playoutLevel(0.12)).toBe('ok');
    expect(playoutLevel(0.2)).toBe('warn');
    expect(jitterLevel(0.005)).toBe('ok');
    expect(jitterLevel(0.03)).toBe('warn');
    expect(jitterLevel(0.08)).toBe('bad');
    expect(lossLevel(0)).toBe('ok');
    expect(lossLevel(0.02)).toBe('warn');
    expect(lossLevel(0.2)).toBe('bad');
    expect(frameRateLevel(125, true)).toBe('ok');
    expect(frameRateLevel(80, true)).toBe('warn');
    expect(frameRateLevel(20, true)).toBe('bad');
    expect(frameRateLevel(20, false)).toBe('unknown');
  });

  it("takes the agent's limits when it states them, and keeps red between warning and refusal", () => {
    const t = thresholdsFromLimits({ warn_one_way_delay_s: 0.1, max_one_way_delay_engage_s: 0.4 });
    expect(t.warnOneWayS).toBe(0.1);
    expect(t.refuseEngageOneWayS).toBe(0.4);
    expect(t.badOneWayS).toBe(0.3);
    const odd = thresholdsFromLimits({ warn_one_way_delay_s: 0.05, max_one_way_delay_engage_s: 0.2 });
    expect(odd.badOneWayS).toBeCloseTo(0.125, 9);
    expect(thresholdsFromLimits({ warn_one_way_delay_s: NaN, max_one_way_delay_engage_s: -1 })).toEqual(DEFAULT_THRESHOLDS);
    expect(thresholdsFromLimits(null)).toEqual(DEFAULT_THRESHOLDS);
  });

  it('formats for people', () => {
    expect(formatMs(0.0042)).toBe('4.2 ms');
    expect(formatMs(0.1504)).toBe('150 ms');
    expect(formatMs(NaN)).toBe('—');
    expect(formatPercent(0.012)).toBe('1.2 %');
    expect(formatPercent(0.25)).toBe('25 %');
    expect(formatHz(124.6)).toBe('125 Hz');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.0 MB');
    expect(formatScale(0.2)).toBe('5:1');
    expect(formatScale(1 / 3)).toBe('3:1');
    expect(formatScale(0.125)).toBe('8:1');
    expect(formatScale(0)).toBe('—');
  });

  it('steps the motion scale through 10:1 .. 1:1 within the agent range', () => {
    expect(stepScale(0.2, 1)).toBe(0.25);
    expect(stepScale(0.2, -1)).toBe(0.125);
    expect(stepScale(0.1, -1)).toBe(0.1);
    expect(stepScale(1, 1)).toBe(1);
    expect(stepScale(0.2, 1, 0.1, 0.2)).toBe(0.2);
    expect(stepScale(0.22, -1)).toBe(0.2);
  });
});
