// Motion over real lost packets (issue: a transport that survives real packet loss). In the link lab
// (two network namespaces, a TUN forwarder dropping 2 % of IP packets at 50 ms one way), the real agent and
// a console process stream the recorded dVRK motion over each transport. The DataChannel loses frames and
// holds nothing back: playout stays within the one-way delay + 40 ms, no hold, tracking within 2x of the
// loss-free run (tracking after the best lag per 250 ms window, as the core moves its playout delay with the
// jitter; ticks just after a loop stall of the shared machine left out). The WebSocket loses no frame but
// delivers them late behind retransmissions (the figures are printed as they are). Needs root, /dev/net/tun, iproute2 and python3: skipped with the reason
// elsewhere; CI runs as root and runs it.
import { describe, expect, it } from 'vitest';
import { labAvailable } from '@farhand/link-lab';
// @ts-expect-error: plain .mjs shared with the bench
import { runLabCase } from '../bench/lab/run-case.mjs';

const avail = labAvailable();
if (!avail.ok) console.warn(`lab-transport tests skipped: ${avail.why}`);

interface CaseResult {
  motionOn: string;
  latenessMs: { p50: number; p90: number; p99: number; max: number };
  framesLostPct: number;
  playoutMs: number;
  holds: number;
  heldS: number;
  trackingRmsMm: number;
  trackingMaxMm: number;
  trackingConstLagRmsMm: number;
  trackingLagSpreadMs: number;
  loopStalls: number;
  trackingLeftOutPct: number;
}
const run = runLabCase as (o: { transport: 'ws' | 'dc'; link: Record<string, unknown>; seconds: number; seed: number }) => Promise<CaseResult>;
const line = (name: string, r: CaseResult) =>
  `${name}: motion on ${r.motionOn}; late p50 ${r.latenessMs.p50.toFixed(1)} p99 ${r.latenessMs.p99.toFixed(1)} max ${r.latenessMs.max.toFixed(1)} ms; lost ${r.framesLostPct.toFixed(2)} %; playout ${r.playoutMs.toFixed(1)} ms; holds ${r.holds} (${r.heldS.toFixed(2)} s); tracking RMS ${(r.trackingRmsMm * 1e3).toFixed(1)} um, max ${(r.trackingMaxMm * 1e3).toFixed(1)} um (lag spread across 250 ms windows ${r.trackingLagSpreadMs} ms; one constant lag: RMS ${(r.trackingConstLagRmsMm * 1e3).toFixed(1)} um; loop stalls >= 10 ms ${r.loopStalls}, ticks left out ${r.trackingLeftOutPct.toFixed(1)} %)`;

describe.skipIf(!avail.ok)('motion transports on real packets (link lab, 50 ms one way)', () => {
  it('DataChannel through 2 % packet loss: frames lost, none late; playout <= owd + 40 ms, no hold, tracking within 2x of loss-free. WebSocket: nothing lost, stalls', async () => {
    const seconds = 6;
    const clean = await run({ transport: 'dc', link: { delayNs: 50e6 }, seconds, seed: 3 });
    const dc = await run({ transport: 'dc', link: { delayNs: 50e6, lossRatio: 0.02 }, seconds, seed: 3 });
    const ws = await run({ transport: 'ws', link: { delayNs: 50e6, lossRatio: 0.02 }, seconds, seed: 3 });
    process.stdout.write(`${line('DataChannel, 0 %', clean)}\n${line('DataChannel, 2 %', dc)}\n${line('WebSocket, 2 %', ws)}\n`);
    for (const [name, r] of [['loss-free', clean], ['2 %', dc]] as const) {
      expect(Number.isFinite(r.trackingRmsMm), `DataChannel ${name}: no tracking figure (too few FOLLOWING ticks away from loop stalls: ${r.loopStalls} stalls >= 10 ms)`).toBe(true);
    }
    expect(dc.motionOn).toBe('datachannel');
    expect(dc.framesLostPct).toBeGreaterThan(0.3);
    expect(dc.framesLostPct).toBeLessThan(6);
    expect(dc.latenessMs.p99).toBeLessThan(50 + 40);
    expect(dc.playoutMs).toBeLessThanOrEqual(50 + 40);
    expect(dc.holds).toBe(0);
    // 2x, with a 15 um floor: both figures are 15-35 um here, where one loop hiccup of the shared machine
    // moves a run's RMS by ~10 um.
    expect(dc.trackingRmsMm).toBeLessThan(2 * clean.trackingRmsMm + 0.015);
    // TCP: every frame arrives, the ones behind a lost packet a retransmission later.
    expect(ws.motionOn).toBe('websocket');
    expect(ws.framesLostPct).toBe(0);
    expect(ws.latenessMs.max).toBeGreaterThan(dc.latenessMs.max);
  }, 180_000);
});
