// The link counters on a transport that really loses, duplicates and reorders (a WebRTC DataChannel,
// unordered, no retransmission): frames dropped only for being duplicates or stale, loss read from the
// played sequence (reordering is not loss), and every arrival counted once.
import { describe, expect, it } from 'vitest';
import { Harness } from './testing/harness.js';
import { LinkModel } from './testing/link-model.js';
import type { ArrivedFrame } from './types.js';

function run(imp: ConstructorParameters<typeof LinkModel>[0], seed: number, seconds = 20, rateHz = 200) {
  const h = new Harness({ delayS: imp.baseDelayS ?? 0.05, frameRateHz: rateHz });
  h.sending = false;
  const link = new LinkModel(imp, seed);
  const pending: Array<{ atNs: number; f: ArrivedFrame }> = [];
  let sent = 0;
  let arrivals = 0;
  let duplicates = 0;
  let reordered = 0;
  let newestArrivedSeq = -1;
  const seen = new Set<number>();
  let nextNs = h.nowNs;
  const endNs = h.nowNs + seconds * 1e9;
  while (h.nowNs < endNs) {
    const stepNs = h.nowNs + 1e6;
    while (nextNs <= stepNs) {
      const f = h.frameNow();
      f.captureTimeNs = h.consoleNs(nextNs);
      sent++;
      for (const atS of link.transmit(nextNs / 1e9)) pending.push({ atNs: Math.round(atS * 1e9), f: { frame: f, receiveTimeNs: Math.round(atS * 1e9), sourceId: h.sourceId } });
      nextNs += 1e9 / rateHz;
    }
    pending.sort((a, b) => a.atNs - b.atNs);
    while (pending.length > 0 && pending[0]!.atNs <= stepNs) {
      const p = pending.shift()!;
      arrivals++;
      const seq = p.f.frame.seq;
      if (seen.has(seq)) duplicates++;
      else if (seq < newestArrivedSeq) reordered++;
      seen.add(seq);
      newestArrivedSeq = Math.max(newestArrivedSeq, seq);
      h.inject(p.f);
    }
    h.tick();
  }
  return { h, sent, arrivals, duplicates, reordered, unique: seen.size };
}

describe('link counters under datagram loss, duplication and reordering', () => {
  it('2 % loss, 1 % duplicates, +-10 ms jitter at 200 Hz: loss reads 2 %, reordering is not loss, each duplicate is dropped once', () => {
    const r = run({ baseDelayS: 0.05, jitterS: 0.01, loss: 0.02, burstLen: 1, duplicate: 0.01 }, 11);
    const l = r.h.last.link;
    // Every arrival counted once, duplicates included.
    expect(l.framesReceived).toBe(r.arrivals);
    expect(r.reordered).toBeGreaterThan(100); // the jitter really reorders (5 ms apart, +-10 ms)
    // Dropped = duplicates + unique frames that came after a newer one was already played (stale);
    // with the playout delay above the jitter, those are the late few.
    expect(l.framesDropped).toBeGreaterThanOrEqual(r.duplicates);
    expect(l.framesDropped - r.duplicates).toBeLessThanOrEqual(l.framesLate);
    expect(l.framesRefused).toBe(0);
    // Loss over the window: the link's 2 %, not the reordering (which alone would read ~50 %).
    expect(l.lossRatio).toBeGreaterThan(0.005);
    expect(l.lossRatio).toBeLessThan(0.04);
    const trueLoss = 1 - r.unique / r.sent;
    expect(Math.abs(trueLoss - 0.02)).toBeLessThan(0.006);
  });

  it('no loss, heavy reordering (+-20 ms at 200 Hz): loss reads 0 and nothing unique is dropped once the buffer has settled', () => {
    const r = run({ baseDelayS: 0.05, jitterS: 0.02 }, 5, 10);
    const l = r.h.last.link;
    expect(r.reordered).toBeGreaterThan(200);
    expect(l.framesReceived).toBe(r.arrivals);
    expect(l.lossRatio).toBeLessThan(0.005);
  });
});
