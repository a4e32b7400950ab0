import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEnvelope, encodeEnvelope } from './codec.js';
import { farhand } from './gen/farhand.js';
import { VIDEO_REPORT_LIMITS, quantile, validateVideoReport } from './video-report.js';

const good: farhand.v1.IVideoReport = {
  seq: 3,
  interval_s: 1,
  glass_to_glass_ms: [70, 75.5, 90],
  frames_displayed: 30,
  frames_lost: 1,
  frames_unreadable: 0,
  freezes: 0,
  longest_freeze_ms: 45,
  bitrate_bps: 900_000,
  frame_rate_hz: 30,
  jitter_buffer_ms: 20,
  decode_ms: 2.5,
  width: 640,
  height: 480,
  packets_lost: 0,
  nacks: 0,
  plis: 0,
};

/** Through the wire first: what the agent validates is what protobuf decoding gives it. */
function wire(m: farhand.v1.IVideoReport): farhand.v1.VideoReport {
  const r = decodeEnvelope(encodeEnvelope({ video_report: m }));
  if (!r.ok || r.kind !== 'video_report') throw new Error('round trip failed');
  return r.message;
}

describe('validateVideoReport', () => {
  it('accepts a plausible report, through the wire, with float samples as sent', () => {
    const r = validateVideoReport(wire(good));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.report).toMatchObject({ seq: 3, intervalS: 1, framesDisplayed: 30, framesLost: 1, frameRateHz: 30, width: 640 });
    expect(r.report.glassToGlassMs).toEqual([70, 75.5, 90]);
  });

  it('takes NaN as "unknown" only where the schema says so (jitter buffer, decode time)', () => {
    const r = validateVideoReport(wire({ ...good, jitter_buffer_ms: NaN, decode_ms: NaN }));
    expect(r.ok && Number.isNaN(r.report.jitterBufferMs) && Number.isNaN(r.report.decodeMs)).toBe(true);
    expect(validateVideoReport(wire({ ...good, bitrate_bps: NaN }))).toMatchObject({ ok: false, code: 'NOT_FINITE', field: 'bitrate_bps' });
    expect(validateVideoReport(wire({ ...good, glass_to_glass_ms: [70, NaN] }))).toMatchObject({ ok: false, code: 'NOT_FINITE', field: 'glass_to_glass_ms[1]' });
  });

  it.each([
    ['seq', { seq: 0 }, 'MISSING', /seq is 0; expected an integer from 1/],
    ['interval_s', { interval_s: 0 }, 'OUT_OF_RANGE', /interval_s is 0 s; accepted: 0.1 to 10 s/],
    ['interval_s', { interval_s: 3600 }, 'OUT_OF_RANGE', /accepted: 0.1 to 10 s/],
    ['glass_to_glass_ms[0]', { glass_to_glass_ms: [-5] }, 'OUT_OF_RANGE', /-5 ms; accepted: 0 to 10000 ms/],
    ['glass_to_glass_ms[2]', { glass_to_glass_ms: [1, 2, 1e30] }, 'OUT_OF_RANGE', /accepted: 0 to 10000 ms/],
    ['frames_displayed', { frames_displayed: 100_000 }, 'OUT_OF_RANGE', /at most 240 frames per second of interval_s/],
    ['glass_to_glass_ms', { frames_displayed: 2 }, 'OUT_OF_RANGE', /at most one sample per displayed frame/],
    ['frames_lost', { frames_lost: 4_000_000_000 }, 'OUT_OF_RANGE', /from 0 to 100000/],
    ['frames_unreadable', { frames_unreadable: 31 }, 'OUT_OF_RANGE', /at most the frames displayed/],
    ['freezes', { freezes: 7 }, 'OUT_OF_RANGE', /at most 6 in 1 s/],
    ['longest_freeze_ms', { longest_freeze_ms: 1e9 }, 'OUT_OF_RANGE', /accepted: 0 to 60000 ms/],
    ['bitrate_bps', { bitrate_bps: -1 }, 'OUT_OF_RANGE', /bit\/s/],
    ['frame_rate_hz', { frame_rate_hz: 1000 }, 'OUT_OF_RANGE', /0 to 240 Hz/],
    ['decode_ms', { decode_ms: Infinity }, 'NOT_FINITE', /or NaN: unknown/],
    ['width', { width: 100_000 }, 'OUT_OF_RANGE', /from 0 to 8192/],
    ['plis', { plis: 1e6 }, 'OUT_OF_RANGE', /PLIs/],
  ] as const)('refuses %s out of bounds, saying what is accepted', (field, patch, code, msg) => {
    const r = validateVideoReport(wire({ ...good, ...(patch as farhand.v1.IVideoReport) }));
    expect(r).toMatchObject({ ok: false, code, field });
    expect(!r.ok && r.message).toMatch(msg);
  });

  it('refuses more samples than a report may carry', () => {
    const many = Array.from({ length: VIDEO_REPORT_LIMITS.maxSamples + 1 }, () => 50);
    expect(validateVideoReport({ ...good, interval_s: 10, frames_displayed: 2400, glass_to_glass_ms: many })).toMatchObject({ ok: false, field: 'glass_to_glass_ms' });
  });

  it('never throws and either accepts within every bound or refuses, for arbitrary values (property)', () => {
    const num = fc.oneof(fc.double(), fc.integer(), fc.constant(NaN), fc.constant(Infinity), fc.constant(-1));
    fc.assert(
      fc.property(
        fc.record({
          seq: num, interval_s: num, glass_to_glass_ms: fc.array(num, { maxLength: 50 }), frames_displayed: num, frames_lost: num,
          frames_unreadable: num, freezes: num, longest_freeze_ms: num, bitrate_bps: num, frame_rate_hz: num, jitter_buffer_ms: num,
          decode_ms: num, width: num, height: num, packets_lost: num, nacks: num, plis: num,
        }, { requiredKeys: [] }),
        (m) => {
          const r = validateVideoReport(m as farhand.v1.IVideoReport);
          if (!r.ok) return typeof r.message === 'string' && r.message.length > 0;
          const v = r.report;
          return (
            v.intervalS >= 0.1 && v.intervalS <= 10 && v.glassToGlassMs.every((x) => x >= 0 && x <= 10_000) && v.glassToGlassMs.length <= v.framesDisplayed &&
            Number.isFinite(v.bitrateBps) && v.frameRateHz <= 240 && v.longestFreezeMs <= 60_000 && Number.isSafeInteger(v.framesLost)
          );
        },
      ),
      { numRuns: 2000, seed: 14 },
    );
  });
});

describe('quantile', () => {
  it('nearest rank; NaN for none', () => {
    expect(quantile([], 0.5)).toBeNaN();
    expect(quantile([3, 1, 2], 0.5)).toBe(2);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2);
    expect(quantile(Array.from({ length: 100 }, (_, i) => i + 1), 0.99)).toBe(99);
  });
});
