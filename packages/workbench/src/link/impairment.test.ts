import { describe, expect, it } from 'vitest';
import { IDEAL_LINK, LinkImpairment, gilbertElliottFor, lognormalFor, type ImpairmentParams, type PacketFate } from './impairment.js';
import { LinkStatsAccumulator, type LinkStats } from './stats.js';

const MS = 1e6;

function run(params: Partial<ImpairmentParams>, packets: number, periodNs = 1 * MS, size = 100): { fates: PacketFate[]; stats: LinkStats } {
  const link = new LinkImpairment({ ...IDEAL_LINK, ...params });
  const acc = new LinkStatsAccumulator();
  const fates: PacketFate[] = [];
  for (let i = 0; i < packets; i++) {
    const f = link.send(i * periodNs, size);
    fates.push(f);
    acc.add(f);
  }
  return { fates, stats: acc.result() };
}

describe('LinkImpairment', () => {
  it('an ideal link delivers every packet once, at its send time, in order', () => {
    const { fates, stats } = run({}, 1000);
    expect(fates.every((f, i) => f.arrivals.length === 1 && f.arrivals[0] === i * MS)).toBe(true);
    expect(stats.lossRatio).toBe(0);
    expect(stats.reorderedRatio).toBe(0);
  });

  it('is a pure function of parameters and seed', () => {
    const p = { delayNs: 50 * MS, jitterNs: 10 * MS, lossRatio: 0.05, meanBurstLength: 2, reorderRatio: 0.01, duplicateRatio: 0.01, seed: 42 };
    const a = run(p, 5000).fates;
    const b = run(p, 5000).fates;
    expect(b).toEqual(a);
    const c = run({ ...p, seed: 43 }, 5000).fates;
    expect(c).not.toEqual(a);
  });

  it('delay: floor = delay, jitter log-normal with mean and SD = jitter (seeded; correlated over 100 ms)', () => {
    // 200k packets 10 ms apart: 2000 s, 20,000 independent stretches of the jitter process.
    const { stats } = run({ delayNs: 80 * MS, jitterNs: 15 * MS, fifo: false, seed: 7 }, 200_000, 10 * MS);
    expect(stats.delayMinS).toBeGreaterThanOrEqual(0.08);
    expect(stats.delayMeanS).toBeCloseTo(0.095, 3); // 80 + 15 ms, within 0.5 ms
    expect(Math.abs(stats.delaySdS - 0.015) / 0.015).toBeLessThan(0.05);
    // Median of the log-normal part is mean / sqrt(2) for mean = SD.
    expect(stats.delayP50S).toBeCloseTo(0.08 + 0.015 / Math.SQRT2, 3);
    // p99 of the log-normal part: exp(mu + 2.326 sigma).
    const { mu, sigma } = lognormalFor(15 * MS, 15 * MS);
    const p99 = (80 * MS + Math.exp(mu + 2.3263 * sigma)) / 1e9;
    expect(Math.abs(stats.delayP99S - p99) / p99).toBeLessThan(0.03);
  });

  it('jitter independent per packet (correlation 0): the same distribution', () => {
    const { stats } = run({ delayNs: 80 * MS, jitterNs: 15 * MS, jitterCorrelationNs: 0, fifo: false, seed: 8 }, 200_000);
    expect(stats.delayMeanS).toBeCloseTo(0.095, 3);
    expect(Math.abs(stats.delaySdS - 0.015) / 0.015).toBeLessThan(0.05);
  });

  it('correlated jitter: neighbouring packets see nearly the same delay, so FIFO keeps the figures at 1 kHz', () => {
    const { fates, stats } = run({ delayNs: 80 * MS, jitterNs: 15 * MS, seed: 9 }, 200_000);
    let step = 0;
    for (let i = 1; i < fates.length; i++) step += Math.abs((fates[i]!.arrivals[0] as number) - (fates[i - 1]!.arrivals[0] as number) - MS);
    expect(step / (fates.length - 1)).toBeLessThan(1 * MS);
    expect(Math.abs(stats.delayMeanS - 0.095) / 0.095).toBeLessThan(0.03);
    // Independent per-packet jitter under FIFO at 1 kHz queues up: the documented trade-off.
    const iid = run({ delayNs: 80 * MS, jitterNs: 15 * MS, jitterCorrelationNs: 0, seed: 9 }, 50_000).stats;
    expect(iid.delayMeanS).toBeGreaterThan(0.12);
  });

  it('FIFO (default): jitter does not reorder; arrivals of in-order packets never go back in time', () => {
    const { fates, stats } = run({ delayNs: 40 * MS, jitterNs: 20 * MS, seed: 3 }, 20_000);
    let last = -Infinity;
    for (const f of fates) {
      const t = f.arrivals[0] as number;
      expect(t).toBeGreaterThanOrEqual(last);
      last = t;
    }
    expect(stats.reorderedRatio).toBe(0);
  });

  it('independent loss: ratio and burst length 1/(1-loss) match', () => {
    const { stats } = run({ lossRatio: 0.01, seed: 11 }, 300_000);
    expect(Math.abs(stats.lossRatio - 0.01) / 0.01).toBeLessThan(0.08);
    expect(stats.meanBurstLength).toBeCloseTo(1 / 0.99, 2);
  });

  it('bursty loss (Gilbert-Elliott): ratio and mean burst length match', () => {
    const { stats } = run({ lossRatio: 0.05, meanBurstLength: 4, seed: 5 }, 400_000);
    expect(Math.abs(stats.lossRatio - 0.05) / 0.05).toBeLessThan(0.08);
    expect(Math.abs(stats.meanBurstLength - 4) / 4).toBeLessThan(0.05);
    expect(stats.lostLoss).toBe(stats.packetsSent - stats.packetsDelivered);
  });

  it('Gilbert-Elliott parameters follow from loss and burst', () => {
    const ge = gilbertElliottFor(0.02, 5);
    expect(ge.r).toBeCloseTo(0.2, 12);
    expect(ge.p / (ge.p + ge.r)).toBeCloseTo(0.02, 12);
    expect(() => gilbertElliottFor(0.9, 1)).toThrow(/impossible/);
    expect(() => gilbertElliottFor(1, null)).toThrow(/\[0, 1\)/);
    expect(() => gilbertElliottFor(0.1, 0.5)).toThrow(/>= 1 packet/);
  });

  it('reordering: the picked share of packets is overtaken by later ones', () => {
    const { fates, stats } = run({ delayNs: 30 * MS, reorderRatio: 0.02, reorderDelayNs: 20 * MS, seed: 9 }, 100_000);
    expect(Math.abs(stats.reorderedRatio - 0.02) / 0.02).toBeLessThan(0.1);
    const picked = fates.filter((f) => f.reordered);
    expect(picked.every((f) => f.arrivals[0] === f.sendNs + 50 * MS)).toBe(true);
  });

  it('duplication: the share of packets arriving twice matches, the copy never before the original', () => {
    const { fates, stats } = run({ delayNs: 10 * MS, jitterNs: 2 * MS, duplicateRatio: 0.005, seed: 13 }, 200_000);
    expect(Math.abs(stats.duplicateRatio - 0.005) / 0.005).toBeLessThan(0.15);
    for (const f of fates) if (f.arrivals.length === 2) expect(f.arrivals[1]).toBeGreaterThanOrEqual(f.arrivals[0] as number);
  });

  it('scheduled outage: exactly the packets sent in the window are lost', () => {
    const { fates, stats } = run({ outages: [{ startNs: 10_000 * MS, durationNs: 2000 * MS }] }, 20_000);
    for (const f of fates) {
      const inWindow = f.sendNs >= 10_000 * MS && f.sendNs < 12_000 * MS;
      expect(f.lost === 'OUTAGE').toBe(inWindow);
    }
    expect(stats.lostOutage).toBe(2000);
  });

  it('scheduled outages count from originNs when given', () => {
    const link = new LinkImpairment({ ...IDEAL_LINK, outages: [{ startNs: 1000, durationNs: 1000 }] }, 5000);
    expect(link.send(5500, 10).lost).toBeNull();
    expect(link.send(6000, 10).lost).toBe('OUTAGE');
    expect(link.send(7000, 10).lost).toBeNull();
  });

  it('random outages: the link is down for duration/(duration+interval) of the time', () => {
    const { stats } = run({ randomOutages: { meanDurationNs: 500 * MS, meanIntervalNs: 4500 * MS }, seed: 21 }, 200_000, 10 * MS);
    // 2000 s of traffic, ~400 outages: expected down share 10%.
    expect(Math.abs(stats.lostOutage / stats.packetsSent - 0.1)).toBeLessThan(0.015);
  });

  it('bandwidth cap: serialisation delay, and tail drop when the offered load exceeds the rate', () => {
    // 1000 B packets at 1 Mbit/s take 8 ms each.
    const under = run({ bandwidthBps: 1e6, overheadBytes: 0 }, 1000, 10 * MS, 1000).stats;
    expect(under.lossRatio).toBe(0);
    expect(under.delayMeanS).toBeCloseTo(0.008, 9);
    // Offered 1.6 Mbit/s into 1 Mbit/s: in the long run 1/1.6 of the packets get through.
    const over = run({ bandwidthBps: 1e6, overheadBytes: 0, queueLimitBytes: 16_000 }, 20_000, 5 * MS, 1000).stats;
    expect(over.packetsDelivered / over.packetsSent).toBeCloseTo(1 / 1.6, 2);
    // A full 16 kB queue at 1 Mbit/s is 128 ms of waiting.
    expect(over.delayMaxS).toBeLessThanOrEqual(0.128 + 1e-9);
    expect(over.lostQueue).toBeGreaterThan(0);
  });

  it('switching one feature on does not change what the others do to each packet', () => {
    const base = { delayNs: 20 * MS, jitterNs: 5 * MS, lossRatio: 0.03, meanBurstLength: 2, fifo: false, seed: 77 };
    const a = run(base, 20_000).fates;
    const b = run({ ...base, duplicateRatio: 0.05, reorderRatio: 0.01 }, 20_000).fates;
    expect(b.map((f) => f.lost)).toEqual(a.map((f) => f.lost));
    const firstA = a.filter((f) => !f.reordered).map((f) => f.arrivals[0]);
    const firstB = b.filter((f) => !f.reordered).map((f) => f.arrivals[0]);
    expect(b.filter((f) => !f.reordered).length).toBeGreaterThan(0);
    // Same jitter draw per packet: packets not picked for reordering arrive at the same time.
    const idxB = new Set(b.filter((f) => f.reordered).map((f) => f.index));
    expect(a.filter((f) => !idxB.has(f.index)).map((f) => f.arrivals[0])).toEqual(firstB);
    expect(firstA.length).toBeGreaterThan(firstB.length - 1);
  });

  it('refuses bad parameters and send times that go back', () => {
    expect(() => new LinkImpairment({ ...IDEAL_LINK, delayNs: -1 })).toThrow(/delayNs must be/);
    expect(() => new LinkImpairment({ ...IDEAL_LINK, duplicateRatio: 2 })).toThrow(/duplicateRatio/);
    expect(() => new LinkImpairment({ ...IDEAL_LINK, bandwidthBps: 0 })).toThrow(/bandwidthBps/);
    expect(() => new LinkImpairment({ ...IDEAL_LINK, seed: 1.5 })).toThrow(/seed/);
    const link = new LinkImpairment(IDEAL_LINK);
    link.send(100, 1);
    expect(() => link.send(99, 1)).toThrow(/must not decrease/);
    expect(() => link.send(NaN, 1)).toThrow(/finite/);
  });
});
