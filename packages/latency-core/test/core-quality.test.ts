// Quality on real recorded dVRK motion (test/fixtures, 30 s of PSM2 setpoints): over a link of
// 100 ms +- 20 ms (uniform, each way) with 2 % loss, the played-out pose against the true pose delayed
// by the playout delay, and the setpoint jerk against a naive receiver that applies the newest frame.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parsePoseCsv } from '../src/testing/motion.js';
import { measureQuality } from '../src/testing/quality.js';

const tr = parsePoseCsv(readFileSync(new URL('./fixtures/dvrk-psm2-traj01-setpoint-rcm.csv', import.meta.url), 'utf8'));

describe('quality on the real dVRK recording', () => {
  it('the fixture is the real motion: 30 s, ~99 Hz, up to ~0.17 m/s', () => {
    expect(tr.tS.length).toBe(2981);
    expect(tr.tS[tr.tS.length - 1]).toBeGreaterThan(29.9);
  });

  it('playout RMS error < 0.5 mm; setpoint jerk far below the newest-frame baseline', () => {
    for (const seed of [1, 2, 3]) {
      const q = measureQuality(tr, { seed });
      const off = measureQuality(tr, { seed, tremor: false });
      console.log(
        `quality seed ${seed}: playout RMS ${q.playoutRmsToolMm.toFixed(3)} mm (recording units; master side ${q.playoutRmsMasterMm.toFixed(3)} mm, max ${q.playoutMaxMasterMm.toFixed(2)} mm), ` +
          `orientation ${q.playoutRmsDeg.toFixed(3)} deg; setpoint vs recording ${q.setpointRmsMm.toFixed(3)} mm with the tremor filter, ${off.setpointRmsMm.toFixed(3)} mm without; ` +
          `jerk RMS ${q.jerkRmsMps3.toFixed(0)} vs naive ${q.baselineJerkRmsMps3.toFixed(0)} m/s^3 (x${(q.jerkRmsMps3 / q.baselineJerkRmsMps3).toExponential(2)}); ` +
          `D ${(q.playoutDelayMeanS * 1000).toFixed(1)} ms, late ${q.framesLate}/${q.framesReceived}, holds ${q.holds}, following ${q.followingS.toFixed(1)} s`,
      );
      expect(q.playoutRmsToolMm).toBeLessThan(0.5);
      expect(q.playoutRmsMasterMm).toBeLessThan(0.5);
      expect(q.jerkRmsMps3).toBeLessThan(q.baselineJerkRmsMps3 / 100);
      expect(q.holds).toBe(0);
      expect(q.followingS).toBeGreaterThan(29);
      expect(q.maxSpeedMps).toBeLessThan(0.25);
      expect(off.setpointRmsMm).toBeLessThan(0.5);
    }
  }, 120_000);
});
