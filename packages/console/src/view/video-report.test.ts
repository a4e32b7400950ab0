import { validateVideoReport } from '@farhand/protocol';
import { describe, expect, it } from 'vitest';
import { VideoReportBuilder, inboundVideoStats, type InboundVideoStats } from './video-report.js';

function stats(t: number, o: Partial<InboundVideoStats> = {}): InboundVideoStats {
  return { timestampMs: t, bytesReceived: 0, packetsLost: 0, nackCount: 0, pliCount: 0, framesDecoded: 0, totalDecodeTimeS: 0, jitterBufferDelayS: 0, jitterBufferEmittedCount: 0, ...o };
}

/** The report as the page sends it, checked by the agent's own validator. */
function wireOk(r: NonNullable<ReturnType<VideoReportBuilder['take']>>): boolean {
  return validateVideoReport({
    seq: r.seq, interval_s: r.intervalS, glass_to_glass_ms: r.glassToGlassMs, frames_displayed: r.framesDisplayed, frames_lost: r.framesLost,
    frames_unreadable: r.framesUnreadable, freezes: r.freezes, longest_freeze_ms: r.longestFreezeMs, bitrate_bps: r.bitrateBps, frame_rate_hz: r.frameRateHz,
    jitter_buffer_ms: r.jitterBufferMs, decode_ms: r.decodeMs, width: r.width, height: r.height, packets_lost: r.packetsLost, nacks: r.nacks, plis: r.plis,
  }).ok;
}

describe('VideoReportBuilder', () => {
  it('30 fps for a second: 30 frames, their glass-to-glass, no loss, no freeze; the agent accepts it', () => {
    const b = new VideoReportBuilder();
    b.reset(0);
    for (let i = 0; i < 30; i++) b.frame(i * 33.3, i, 70 + i, 640, 480);
    const r = b.take(1000, null)!;
    expect(r).toMatchObject({ seq: 1, intervalS: 1, framesDisplayed: 30, framesLost: 0, freezes: 0, frameRateHz: 30, width: 640, height: 480 });
    expect(r.glassToGlassMs).toHaveLength(30);
    // The longest gap: 34.3 ms, the one still open when the report is taken (1000 - 29 x 33.3).
    expect(r.longestFreezeMs).toBeCloseTo(34.3, 1);
    expect(wireOk(r)).toBe(true);
    // The next interval starts afresh.
    expect(b.take(2000, null)).toMatchObject({ seq: 2, framesDisplayed: 0, glassToGlassMs: [] });
  });

  it('counts frame-number gaps as lost (also across the 24-bit wrap), not a repeat or a restarted source', () => {
    const b = new VideoReportBuilder();
    b.reset(0);
    const n = [10, 11, 14, 14, 15, (1 << 24) - 1, 1, 500_000];
    n.forEach((f, i) => b.frame(i * 33, f, 80, 640, 480));
    // 11->14: 2 lost; 14->14: none; 15->2^24-1: a restart (not counted); 2^24-1 -> 1: 1 lost; 1 -> 500000: restart.
    expect(b.take(1000, null)!.framesLost).toBe(3);
    expect(b.framesLostTotal).toBe(3);
  });

  it('a freeze counts once, when it passes 200 ms (timer) or when it ends (frame); the longest gap includes one still going on', () => {
    const b = new VideoReportBuilder();
    b.reset(0);
    b.frame(0, 0, 80, 640, 480);
    b.tick(150);
    expect(b.freezesTotal).toBe(0);
    b.tick(250);
    b.tick(400);
    expect(b.freezesTotal).toBe(1);
    expect(b.frame(450, 1, 80, 640, 480)).toBe(true);
    expect(b.freezesTotal).toBe(1);
    b.frame(800, 2, 80, 640, 480); // 350 ms: ended without a timer tick in between
    expect(b.freezesTotal).toBe(2);
    const r = b.take(1500, null)!; // 700 ms since the last frame, still frozen
    expect(r.freezes).toBe(2);
    expect(r.longestFreezeMs).toBe(700);
    expect(b.longestFreezeTotalMs).toBe(450);
    expect(wireOk(r)).toBe(true);
  });

  it('keeps unknown or impossible glass-to-glass out of the samples (the frame still counts as displayed)', () => {
    const b = new VideoReportBuilder();
    b.reset(0);
    b.frame(0, 0, NaN, 640, 480);
    b.frame(33, 1, -3, 640, 480);
    b.frame(66, -1, 80, 640, 480);
    b.frame(99, 3, 75, 640, 480);
    const r = b.take(1000, null)!;
    expect(r).toMatchObject({ framesDisplayed: 4, framesUnreadable: 1, glassToGlassMs: [75] });
  });

  it('turns getStats counters into interval figures: bitrate, mean jitter buffer and decode per frame, NACK/PLI/loss', () => {
    const b = new VideoReportBuilder();
    b.reset(0);
    b.take(500, stats(500, { bytesReceived: 1000, framesDecoded: 10, totalDecodeTimeS: 0.02, jitterBufferDelayS: 0.2, jitterBufferEmittedCount: 10 }));
    for (let i = 0; i < 30; i++) b.frame(500 + i * 33, i, 80, 640, 480);
    const r = b.take(1500, stats(1500, { bytesReceived: 101_000, packetsLost: 4, nackCount: 3, pliCount: 1, framesDecoded: 40, totalDecodeTimeS: 0.11, jitterBufferDelayS: 0.8, jitterBufferEmittedCount: 40 }))!;
    expect(r.bitrateBps).toBe(800_000);
    expect(r.decodeMs).toBeCloseTo(3, 6);
    expect(r.jitterBufferMs).toBeCloseTo(20, 6);
    expect(r).toMatchObject({ packetsLost: 4, nacks: 3, plis: 1 });
    expect(wireOk(r)).toBe(true);
  });

  it('reads the inbound-rtp video entry of a stats report, ignoring the others', () => {
    const m = new Map<string, Record<string, unknown>>([
      ['a', { type: 'inbound-rtp', kind: 'audio', bytesReceived: 5 }],
      ['b', { type: 'inbound-rtp', kind: 'video', timestamp: 10, bytesReceived: 7, framesDecoded: 2, totalDecodeTime: 0.01, jitterBufferDelay: 0.1, jitterBufferEmittedCount: 2 }],
      ['c', { type: 'transport', bytesReceived: 99 }],
    ]);
    expect(inboundVideoStats(m)).toMatchObject({ timestampMs: 10, bytesReceived: 7, framesDecoded: 2, nackCount: 0 });
    expect(inboundVideoStats(new Map())).toBeNull();
  });
});
