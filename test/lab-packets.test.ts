// Real packets through the link lab (two namespaces, the TUN forwarder): what arrives matches the
// parameters, and TCP through packet loss shows the head-of-line stalls the transport work is about.
// Needs root, /dev/net/tun, iproute2 and python3; skips saying which is missing.
import { afterEach, describe, expect, it } from 'vitest';
import { type Lab, labAvailable, measure, startLab } from '@farhand/link-lab';

const MS = 1e6;
const avail = labAvailable();
if (!avail.ok) console.warn(`link lab packet tests skipped: ${avail.why}`);

describe.skipIf(!avail.ok)('link lab: real packets', () => {
  let lab: Lab | null = null;
  afterEach(async () => {
    await lab?.stop();
    lab = null;
  });

  it('UDP at 100 Hz through 50 ms ± 5 ms and 2% loss: delay and loss as set, the forwarder agrees', async () => {
    const link = { delayNs: 50 * MS, jitterNs: 5 * MS, lossRatio: 0.02 };
    lab = await startLab({ seed: 1, consoleToAgent: link, agentToConsole: link });
    const r = await measure(lab, { transport: 'udp', count: 500, rateHz: 100, idleMs: 600 });
    const s = await lab.stats();
    console.info(`lab UDP at 50 ms ± 5 ms, 2% loss, 500 msgs: p50 ${r.delay.p50Ms.toFixed(1)} mean ${r.delay.meanMs.toFixed(2)} SD ${r.delay.sdMs.toFixed(2)} p99 ${r.delay.p99Ms.toFixed(1)} max ${r.delay.maxMs.toFixed(1)} ms, lost ${r.lost} (${(r.lossRatio * 100).toFixed(1)}%)`);
    // The link carries only our 500 datagrams (no IPv6 chatter, no ARP on a TUN link).
    expect(s.consoleToAgent.packetsIn).toBe(500);
    expect(r.lost).toBe(s.consoleToAgent.dropped);
    // 2% of 500: 10 expected, binomial SD 3.1.
    expect(r.lossRatio).toBeGreaterThanOrEqual(0.004);
    expect(r.lossRatio).toBeLessThanOrEqual(0.04);
    expect(r.duplicates).toBe(0);
    expect(r.outOfOrder).toBe(0);
    // Uniform on [45, 55] ms; end to end adds the forwarder's wake-up (epoll rounds up to 1 ms) and
    // both Node processes' scheduling on a shared machine: allow 2 ms on the centre, 8 ms on the tail.
    expect(r.delay.minMs).toBeGreaterThanOrEqual(44.9);
    expect(Math.abs(r.delay.p50Ms - 50)).toBeLessThan(2);
    expect(Math.abs(r.delay.meanMs - 50)).toBeLessThan(2);
    expect(r.delay.sdMs).toBeGreaterThan(5 / Math.sqrt(3) - 1);
    expect(r.delay.sdMs).toBeLessThan(5 / Math.sqrt(3) + 1);
    expect(r.delay.p99Ms).toBeLessThan(55 + 8);
    // The forwarder's own account of the delay it applied.
    expect(s.consoleToAgent.delay.minMs!).toBeGreaterThanOrEqual(45);
    expect(Math.abs(s.consoleToAgent.delay.p50Ms! - 50)).toBeLessThan(1.5);
  });

  it('TCP (TCP_NODELAY) through the same 2% loss delivers everything, but stalls: p99 far above the delay', async () => {
    const link = { delayNs: 50 * MS, lossRatio: 0.02 };
    lab = await startLab({ seed: 2, consoleToAgent: link, agentToConsole: link });
    // Side by side through the same link, at the same time.
    const [tcp, udp] = await Promise.all([measure(lab, { transport: 'tcp', count: 500, rateHz: 100 }), measure(lab, { transport: 'udp', count: 500, rateHz: 100, idleMs: 600 })]);
    expect(tcp.lost).toBe(0);
    expect(tcp.outOfOrder).toBe(0);
    expect(tcp.delay.p50Ms).toBeGreaterThanOrEqual(49.9);
    expect(tcp.delay.p50Ms).toBeLessThan(60);
    // A lost segment holds every message behind it for at least a round trip (100 ms) more.
    expect(tcp.delay.p99Ms).toBeGreaterThan(140);
    expect(tcp.delay.maxMs).toBeGreaterThan(150);
    // The same link, datagrams: the lost ones are gone, the others on time.
    expect(udp.lost).toBeGreaterThan(0);
    expect(udp.delay.p99Ms).toBeLessThan(60);
    console.info(`lab TCP vs UDP at 50 ms, 2% loss, 500 msgs: TCP p50 ${tcp.delay.p50Ms.toFixed(1)} p90 ${tcp.delay.p90Ms.toFixed(1)} p99 ${tcp.delay.p99Ms.toFixed(1)} max ${tcp.delay.maxMs.toFixed(1)} ms; UDP p99 ${udp.delay.p99Ms.toFixed(1)} ms, lost ${udp.lost}`);
  });
});
