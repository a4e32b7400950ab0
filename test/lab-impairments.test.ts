// Real packets through the link lab: Gilbert-Elliott bursts, duplication, reordering and the rate
// limit, each seen alike by a receiver and by the forwarder's own statistics. Needs root, /dev/net/tun,
// iproute2 and python3; skips saying which is missing.
import { afterEach, describe, expect, it } from 'vitest';
import { type Lab, labAvailable, measure, startLab } from '@farhand/link-lab';

const MS = 1e6;
const avail = labAvailable();
if (!avail.ok) console.warn(`link lab impairment tests skipped: ${avail.why}`);

describe.skipIf(!avail.ok)('link lab: impairments on real packets', () => {
  let lab: Lab | null = null;
  afterEach(async () => {
    await lab?.stop();
    lab = null;
  });

  it('Gilbert-Elliott loss on real packets: 5% in bursts of 3, seen alike by the receiver and the forwarder', async () => {
    lab = await startLab({ seed: 3, consoleToAgent: { delayNs: 5 * MS, lossRatio: 0.05, meanBurstLength: 3 } });
    const r = await measure(lab, { transport: 'udp', count: 3000, rateHz: 1000, idleMs: 500 });
    const s = await lab.stats();
    expect(s.consoleToAgent.packetsIn).toBe(3000);
    expect(r.lost).toBe(s.consoleToAgent.droppedLoss);
    expect(r.lossBursts).toBe(s.consoleToAgent.lossBursts);
    // ~50 bursts: mean burst length SE ~0.35 packets; loss SE ~1.1 points.
    expect(r.meanBurstLength!).toBeGreaterThan(2);
    expect(r.meanBurstLength!).toBeLessThan(4.2);
    expect(r.lossRatio).toBeGreaterThan(0.025);
    expect(r.lossRatio).toBeLessThan(0.08);
  });

  it('duplication, reordering and the rate limit on real packets', async () => {
    lab = await startLab({
      seed: 4,
      consoleToAgent: { delayNs: 10 * MS, duplicateRatio: 0.02, reorderRatio: 0.02, reorderDelayNs: 20 * MS },
      agentToConsole: { rateBps: 1e6 },
    });
    const r = await measure(lab, { transport: 'udp', count: 2000, rateHz: 1000, idleMs: 500 });
    const s = await lab.stats();
    expect(r.duplicates).toBe(s.consoleToAgent.duplicated);
    expect(r.duplicates / 2000).toBeGreaterThan(0.01);
    expect(r.duplicates / 2000).toBeLessThan(0.03);
    // A packet held 20 ms at 1 kHz is overtaken by ~20 others: the receiver sees it out of order.
    expect(r.outOfOrder).toBe(s.consoleToAgent.reorderPicked);
    expect(r.outOfOrder / 2000).toBeGreaterThan(0.01);
    expect(r.outOfOrder / 2000).toBeLessThan(0.03);
    // Agent -> console at 1 Mbit/s: a 1000-byte message (1028 bytes of IP) takes 8.2 ms to serialise;
    // at 100 Hz (0.82 Mbit/s) none waits for another.
    const back = await measure(lab, { transport: 'udp', direction: 'agentToConsole', count: 200, rateHz: 100, sizeBytes: 1000, idleMs: 500 });
    expect(back.lost).toBe(0);
    expect(back.delay.minMs).toBeGreaterThanOrEqual(1028 * 8e-3 - 0.1);
    expect(back.delay.p50Ms).toBeLessThan(1028 * 8e-3 + 2);
    // At 1 kHz (8.2 Mbit/s offered) the 64 kB queue fills and the tail is dropped.
    const flood = await measure(lab, { transport: 'udp', direction: 'agentToConsole', count: 500, rateHz: 1000, sizeBytes: 1000, idleMs: 800 });
    const s2 = await lab.stats();
    expect(flood.lost).toBe(s2.agentToConsole.droppedQueue);
    expect(flood.lost).toBeGreaterThan(300);
    // Survivors waited at most a full queue: 64 KiB at 1 Mbit/s = 524 ms, plus one packet.
    expect(flood.delay.maxMs).toBeLessThan(524 + 8.2 + 10);
    expect(flood.delay.maxMs).toBeGreaterThan(400);
  });
});
