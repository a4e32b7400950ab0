// "What if this session had run over that link": a real session (imported, so its ticks come from the
// real core and simulator) replayed over impaired links. The unimpaired replay stays bit-identical; the
// impaired one is measured against it, seeded, and the figures say what the link did.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDEAL_LINK, type ImpairmentParams } from '../packages/workbench/src/link/impairment.js';
import { replayFile } from '../packages/workbench/src/replay/replay.js';
import { reportJson, reportText } from '../packages/workbench/src/replay/report.js';
import { smallSession } from './replay-helpers.js';

const MS = 1e6;
const dir = mkdtempSync(join(tmpdir(), 'farhand-replay-impaired-'));
let file = '';
beforeAll(async () => {
  // 6 s of hand motion: engaged at 0.61 s, moving from 1.01 s to 7.01 s.
  file = await smallSession(join(dir, 'session.mcap'), 6);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const link = (p: Partial<ImpairmentParams>): ImpairmentParams => ({ ...IDEAL_LINK, ...p });

describe('replay over an impaired link', () => {
  it('a fixed 100 ms delay: the run lags the unimpaired one by ~100 ms and is otherwise the same motion', async () => {
    const { report: r } = await replayFile(file, { impairment: link({ delayNs: 100 * MS }) });
    expect(r.reproduction.identical).toBe(true);
    expect(r.link.impaired).toBe(true);
    expect(r.link.frames?.delayMeanS).toBeCloseTo(0.1, 9);
    expect(r.link.frames?.lossRatio).toBe(0);
    expect(r.tracking.reference).toMatch(/unimpaired/);
    // The playout point moves by the extra delay (the core adapts D to the measured delay).
    expect(r.tracking.lagS).toBeGreaterThan(0.09);
    expect(r.tracking.lagS).toBeLessThan(0.13);
    expect(r.tracking.rmsAtLagM).toBeLessThan(0.2 * r.tracking.rmsM);
    // The core saw the new link: its one-way delay and playout delay follow it.
    expect(r.run.coreLink?.oneWayDelayS).toBeGreaterThan(0.095);
    expect(r.run.coreLink?.oneWayDelayS).toBeLessThan(0.11);
    expect(r.run.coreLink?.playoutDelayS).toBeGreaterThan(0.1);
    expect(r.run.time.heldS).toBe(0);
  }, 60_000);

  it('an outage during the motion: the core holds (LINK_STALE) where the unimpaired run did not', async () => {
    const { report: r } = await replayFile(file, { impairment: link({ delayNs: 30 * MS, outages: [{ startNs: 3000 * MS, durationNs: 600 * MS }], seed: 2 }) });
    expect(r.link.frames?.lostOutage).toBeGreaterThan(50);
    expect(r.run.eventCounts.LINK_STALE).toBeGreaterThanOrEqual(1);
    expect(r.run.time.heldS).toBeGreaterThan(0.3);
    expect(r.reference?.time.heldS).toBe(0);
    expect(r.reference?.eventCounts.LINK_STALE ?? 0).toBe(0);
    const stale = r.run.events.find((e) => e.code === 'LINK_STALE');
    // The stale-link hold comes 100 ms (stale timeout) + the playout delay after the last frame before it.
    expect(stale?.timeS).toBeGreaterThan(3.0);
    expect(stale?.timeS).toBeLessThan(3.4);
    expect(r.run.stateChanges.some((c) => c.to === 'HOLDING' && c.reason === 'LINK_STALE')).toBe(true);
  }, 60_000);

  it('loss, jitter, reordering and duplication: the frame figures match the link, and a seed repeats exactly', async () => {
    const p = link({ delayNs: 60 * MS, jitterNs: 10 * MS, lossRatio: 0.05, meanBurstLength: 2, reorderRatio: 0.02, duplicateRatio: 0.02, seed: 11 });
    const a = (await replayFile(file, { impairment: p })).report;
    const f = a.link.frames!;
    expect(f.packetsSent).toBeGreaterThan(700);
    expect(f.lossRatio).toBeGreaterThan(0.02);
    expect(f.lossRatio).toBeLessThan(0.1);
    expect(f.delayMinS).toBeGreaterThanOrEqual(0.06);
    expect(f.delayMeanS).toBeGreaterThan(0.065);
    expect(f.delayMeanS).toBeLessThan(0.08);
    expect(f.duplicateRatio).toBeGreaterThan(0);
    expect(f.reorderedRatio).toBeGreaterThan(0);
    // The core counted what it dropped (duplicates, stale reordered frames).
    expect(a.run.coreLink?.framesDropped).toBeGreaterThan(0);
    const b = (await replayFile(file, { impairment: p })).report;
    const figures = (r: typeof a) => JSON.parse(reportJson(r)) as Record<string, unknown>;
    const strip = (x: Record<string, unknown>) => {
      // Wall-clock timings differ between runs; everything else must not.
      const run = x.run as Record<string, unknown>;
      const ref = x.reference as Record<string, unknown>;
      delete run.loopSeconds;
      delete run.speedX;
      delete ref.loopSeconds;
      delete ref.speedX;
      delete x.performance;
      return x;
    };
    expect(strip(figures(b))).toEqual(strip(figures(a)));
    const c = (await replayFile(file, { impairment: { ...p, seed: 12 }, seeds: 1 })).report;
    expect(c.link.frames).not.toEqual(a.link.frames);
    // The what-if runs 5 seeds by default: seed 11 is the plotted run, seed 12 the run above.
    expect(a.seeds!.rows.map((x) => x.seed)).toEqual([11, 12, 13, 14, 15]);
    const [r11, r12] = a.seeds!.rows;
    expect(r11!.heldS).toBe(a.run.time.heldS);
    expect(r11!.trackingRmsM).toBe(a.tracking.rmsM);
    expect(r11!.lossRatio).toBe(a.link.frames!.lossRatio);
    expect(r12!.heldS).toBe(c.run.time.heldS);
    expect(r12!.trackingRmsM).toBe(c.tracking.rmsM);
    expect(c.seeds!.rows).toHaveLength(1);
    for (const q of Object.values(a.seeds!.spread)) {
      expect(q.min).toBeLessThanOrEqual(q.median);
      expect(q.median).toBeLessThanOrEqual(q.max);
    }
    expect(a.seeds!.spread.lossRatio.min).toBeLessThan(a.seeds!.spread.lossRatio.max);
    expect(reportText(a)).toMatch(/over 5 seeds \(11, 12, 13, 14, 15\), min \/ median \/ max:/);
  }, 120_000);
});
