// The forwarder's decision model on its own (forwarder.py simulate: the code that decides real packets'
// fates, run on virtual packets): seeded and deterministic, and its statistics match its parameters.
import { describe, expect, it } from 'vitest';
import { findPython } from './available.js';
import { simulateDirection } from './simulate.js';

const python = findPython();
const MS = 1e6;
if (!python) console.warn('link-lab model tests skipped: python3 (>= 3.7) is missing');

describe.skipIf(!python)('forwarder decision model', () => {
  const everything = { delayNs: 30 * MS, jitterNs: 5 * MS, jitterDistribution: 'normal' as const, lossRatio: 0.05, meanBurstLength: 3, reorderRatio: 0.02, duplicateRatio: 0.01, rateBps: 5e6 };

  it('same seed, same decisions; another seed, other decisions', async () => {
    const a = await simulateDirection({ seed: 11, impairment: everything, packets: 3000, intervalNs: 1 * MS, decisions: true });
    const b = await simulateDirection({ seed: 11, impairment: everything, packets: 3000, intervalNs: 1 * MS, decisions: true });
    const c = await simulateDirection({ seed: 12, impairment: everything, packets: 3000, intervalNs: 1 * MS, decisions: true });
    expect(a.decisions).toHaveLength(3000);
    expect(b.decisions).toEqual(a.decisions);
    expect(b.stats).toEqual(a.stats);
    expect(c.decisions).not.toEqual(a.decisions);
    // Each fate has the right shape: dropped [], delivered [t], duplicated [t, t].
    const shapes = new Set(a.decisions!.map((d) => d.length));
    expect([...shapes].sort()).toEqual([0, 1, 2]);
  });

  it('each feature draws from its own stream: switching duplication on changes no loss decision', async () => {
    const base = { lossRatio: 0.05, meanBurstLength: 3 };
    const a = await simulateDirection({ seed: 5, impairment: base, packets: 5000, intervalNs: MS, decisions: true });
    const b = await simulateDirection({ seed: 5, impairment: { ...base, duplicateRatio: 0.1, jitterNs: 3 * MS }, packets: 5000, intervalNs: MS, decisions: true });
    expect(b.decisions!.map((d) => d.length === 0)).toEqual(a.decisions!.map((d) => d.length === 0));
  });

  it('independent loss: 2% over 100k packets, bursts of 1/(1-p)', async () => {
    const { stats } = await simulateDirection({ seed: 1, impairment: { lossRatio: 0.02 }, packets: 100_000, intervalNs: MS });
    expect(stats.lossRatio).toBeGreaterThan(0.0187); // 3 standard errors (0.00044)
    expect(stats.lossRatio).toBeLessThan(0.0213);
    expect(stats.meanBurstLength).toBeCloseTo(1 / 0.98, 1);
    expect(stats.packetsOut).toBe(stats.packetsIn - stats.dropped);
  });

  it('Gilbert-Elliott: 5% loss in bursts of 3 over 200k packets', async () => {
    const { stats } = await simulateDirection({ seed: 2, impairment: { lossRatio: 0.05, meanBurstLength: 3 }, packets: 200_000, intervalNs: MS });
    expect(stats.lossRatio).toBeGreaterThan(0.045);
    expect(stats.lossRatio).toBeLessThan(0.055);
    expect(stats.meanBurstLength).toBeGreaterThan(2.85); // ~3300 bursts, geometric SD 2.45: SE ~0.04
    expect(stats.meanBurstLength).toBeLessThan(3.15);
  });

  it('uniform jitter: 50 ms ± 5 ms, flat, never outside', async () => {
    const { stats } = await simulateDirection({ seed: 3, impairment: { delayNs: 50 * MS, jitterNs: 5 * MS }, packets: 50_000, intervalNs: 10 * MS });
    expect(stats.delay.minMs!).toBeGreaterThanOrEqual(45);
    expect(stats.delay.maxMs!).toBeLessThanOrEqual(55);
    expect(stats.delay.meanMs!).toBeCloseTo(50, 1);
    expect(stats.delay.sdMs!).toBeCloseTo(5 / Math.sqrt(3), 1);
    expect(stats.reordered).toBe(0);
  });

  it('normal jitter: SD as given; log-normal: mean = SD = jitter on top of the delay, with a heavy tail', async () => {
    const n = await simulateDirection({ seed: 4, impairment: { delayNs: 50 * MS, jitterNs: 5 * MS, jitterDistribution: 'normal' }, packets: 50_000, intervalNs: 100 * MS });
    expect(n.stats.delay.meanMs!).toBeCloseTo(50, 1);
    expect(n.stats.delay.sdMs!).toBeGreaterThan(4.85);
    expect(n.stats.delay.sdMs!).toBeLessThan(5.15);
    const l = await simulateDirection({ seed: 4, impairment: { delayNs: 50 * MS, jitterNs: 10 * MS, jitterDistribution: 'lognormal' }, packets: 100_000, intervalNs: 100 * MS });
    expect(l.stats.delay.minMs!).toBeGreaterThanOrEqual(50);
    expect(l.stats.delay.meanMs!).toBeGreaterThan(59.7);
    expect(l.stats.delay.meanMs!).toBeLessThan(60.3);
    expect(l.stats.delay.sdMs!).toBeGreaterThan(9.3);
    expect(l.stats.delay.sdMs!).toBeLessThan(10.7);
    // Median of the extra delay j/sqrt(2) = 7.07 ms; its 99th percentile ~49 ms: a tail a normal never has.
    expect(l.stats.delay.p50Ms!).toBeCloseTo(57.07, 0);
    expect(l.stats.delay.p99Ms!).toBeGreaterThan(95);
    expect(l.stats.delay.p99Ms!).toBeLessThan(103);
  });

  it('reordering: the picked packets are overtaken; jitter alone does not reorder a FIFO link', async () => {
    const r = await simulateDirection({ seed: 6, impairment: { delayNs: 30 * MS, reorderRatio: 0.01, reorderDelayNs: 20 * MS }, packets: 50_000, intervalNs: MS });
    expect(r.stats.reorderPicked / r.stats.packetsIn).toBeGreaterThan(0.0088);
    expect(r.stats.reorderPicked / r.stats.packetsIn).toBeLessThan(0.0112);
    expect(r.stats.reordered).toBe(r.stats.reorderPicked);
    const fifo = await simulateDirection({ seed: 6, impairment: { delayNs: 30 * MS, jitterNs: 10 * MS }, packets: 20_000, intervalNs: MS, decisions: true });
    expect(fifo.stats.reordered).toBe(0);
    const arrivals = fifo.decisions!.map((d, i) => i * MS + (d[0] as number));
    expect(arrivals.every((t, i) => i === 0 || t >= (arrivals[i - 1] as number))).toBe(true);
    const free = await simulateDirection({ seed: 6, impairment: { delayNs: 30 * MS, jitterNs: 10 * MS, fifo: false }, packets: 20_000, intervalNs: MS });
    expect(free.stats.reordered).toBeGreaterThan(1000);
  });

  it('duplication: 0.5% of packets delivered twice', async () => {
    const { stats } = await simulateDirection({ seed: 7, impairment: { duplicateRatio: 0.005 }, packets: 100_000, intervalNs: MS });
    expect(stats.duplicated / stats.packetsIn).toBeGreaterThan(0.0029);
    expect(stats.duplicated / stats.packetsIn).toBeLessThan(0.0071);
    expect(stats.packetsOut).toBe(stats.packetsIn + stats.duplicated);
  });

  it('rate limit: serialisation delay below the rate, tail drop above it', async () => {
    // 1000-byte packets every 10 ms = 0.8 Mbit/s into 1 Mbit/s: each takes 8 ms to serialise, none waits.
    const under = await simulateDirection({ seed: 8, impairment: { rateBps: 1e6 }, packets: 10_000, intervalNs: 10 * MS, sizeBytes: 1000 });
    expect(under.stats.dropped).toBe(0);
    expect(under.stats.meanQueueMs).toBeCloseTo(8, 3);
    expect(under.stats.delay.meanMs!).toBeCloseTo(8, 3);
    // Every 5 ms = 1.6 Mbit/s into 1 Mbit/s with a 16 kB queue: 1/1.6 = 62.5% get through.
    const over = await simulateDirection({ seed: 8, impairment: { rateBps: 1e6, queueBytes: 16_000 }, packets: 20_000, intervalNs: 5 * MS, sizeBytes: 1000 });
    expect(over.stats.droppedQueue).toBe(over.stats.dropped);
    expect(over.stats.packetsOut / over.stats.packetsIn).toBeCloseTo(0.625, 2);
    // A full 16 kB queue drains in 128 ms: that is the queueing delay the survivors see.
    expect(over.stats.delay.maxMs!).toBeLessThanOrEqual(16_000 * 8e-3 + 8 + 0.1);
  });

  it('refuses bad parameters before running', async () => {
    await expect(simulateDirection({ seed: 1, impairment: { lossRatio: 2 }, packets: 10, intervalNs: MS })).rejects.toThrow('consoleToAgent.lossRatio: loss ratio: accepted 0..1 (got 2)');
    await expect(simulateDirection({ seed: 1, impairment: {}, packets: 0, intervalNs: MS })).rejects.toThrow('packets: a whole number >= 1 is required, got 0');
    await expect(simulateDirection({ seed: 1, impairment: {}, packets: 10, intervalNs: 0 })).rejects.toThrow('intervalNs: above 0 is required, got 0');
  });
});
