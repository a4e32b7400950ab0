// The console's figures of the field's video, gathered frame by frame and handed to the agent about
// once a second as a VideoReport (Envelope field 40): glass-to-glass per displayed frame, frames lost
// (gaps in the timecode frame numbers), freezes (> FREEZE_MS without a new frame: count and longest),
// and from the receiver's getStats: bitrate, jitter buffer delay, decode time, packets lost, NACK, PLI.
// Pure (times come in as arguments), so it is tested without a browser.
import { VIDEO_REPORT_LIMITS, type ValidVideoReport } from '@farhand/protocol';

/** No new frame for this long is a freeze. */
export const FREEZE_MS = 200;
/** The timecode's frame number wraps at 2^24. */
const FRAME_NUMBER_MOD = 1 << 24;
/** A jump in frame numbers larger than this is a restarted source, not loss. */
const MAX_GAP_FRAMES = 10_000;

/** The cumulative counters of an inbound-rtp video stats entry (what is used of it). */
export interface InboundVideoStats {
  timestampMs: number;
  bytesReceived: number;
  packetsLost: number;
  nackCount: number;
  pliCount: number;
  framesDecoded: number;
  totalDecodeTimeS: number;
  jitterBufferDelayS: number;
  jitterBufferEmittedCount: number;
}

/** The inbound-rtp video entry of an RTCStatsReport (or null: none yet). */
export function inboundVideoStats(report: Iterable<[string, Record<string, unknown>]> | { forEach(cb: (v: Record<string, unknown>) => void): void }): InboundVideoStats | null {
  let found: InboundVideoStats | null = null;
  const n = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
  const visit = (r: Record<string, unknown>): void => {
    if (r['type'] !== 'inbound-rtp' || (r['kind'] ?? r['mediaType']) !== 'video') return;
    found = {
      timestampMs: n(r['timestamp']),
      bytesReceived: n(r['bytesReceived']),
      packetsLost: n(r['packetsLost']),
      nackCount: n(r['nackCount']),
      pliCount: n(r['pliCount']),
      framesDecoded: n(r['framesDecoded']),
      totalDecodeTimeS: n(r['totalDecodeTime']),
      jitterBufferDelayS: n(r['jitterBufferDelay']),
      jitterBufferEmittedCount: n(r['jitterBufferEmittedCount']),
    };
  };
  if ('forEach' in report && typeof report.forEach === 'function') (report as { forEach(cb: (v: Record<string, unknown>) => void): void }).forEach(visit);
  else for (const [, v] of report as Iterable<[string, Record<string, unknown>]>) visit(v);
  return found;
}

/** What a report carries: the VideoReport fields, camelCase, the shape the agent validates them into (the page maps them to the wire). */
export type VideoReportFigures = ValidVideoReport;

export class VideoReportBuilder {
  /** Since the video started (the HUD). */
  framesLostTotal = 0;
  freezesTotal = 0;
  longestFreezeTotalMs = 0;
  #seq = 0;
  #startMs = NaN;
  #samples: number[] = [];
  #displayed = 0;
  #lost = 0;
  #unreadable = 0;
  #freezes = 0;
  #longestMs = 0;
  #lastFrameMs = NaN;
  #lastNumber = -1;
  #frozen = false;
  #width = 0;
  #height = 0;
  #stats: InboundVideoStats | null = null;

  /** The video (re)started: the next frame starts afresh (no gap is counted across a new stream). */
  reset(nowMs: number): void {
    this.#startMs = nowMs;
    this.#samples = [];
    this.#displayed = this.#lost = this.#unreadable = this.#freezes = 0;
    this.#longestMs = 0;
    this.#lastFrameMs = NaN;
    this.#lastNumber = -1;
    this.#frozen = false;
    this.#stats = null;
  }

  /**
   * A displayed frame at `nowMs`: its timecode frame number (-1: unreadable) and glass-to-glass
   * (NaN: unknown, e.g. clock not synced). Returns whether it ended a freeze.
   */
  frame(nowMs: number, frameNumber: number, glassToGlassMs: number, width: number, height: number): boolean {
    if (!Number.isFinite(this.#startMs)) this.#startMs = nowMs;
    this.#displayed++;
    this.#width = width;
    this.#height = height;
    let endedFreeze = false;
    if (Number.isFinite(this.#lastFrameMs)) {
      const gap = nowMs - this.#lastFrameMs;
      this.#longestMs = Math.max(this.#longestMs, gap);
      this.longestFreezeTotalMs = Math.max(this.longestFreezeTotalMs, gap > FREEZE_MS ? gap : 0);
      if (gap > FREEZE_MS) {
        endedFreeze = true;
        if (!this.#frozen) this.#countFreeze();
      }
    }
    this.#frozen = false;
    this.#lastFrameMs = nowMs;
    if (frameNumber < 0) this.#unreadable++;
    else {
      if (this.#lastNumber >= 0) {
        const step = (frameNumber - this.#lastNumber + FRAME_NUMBER_MOD) % FRAME_NUMBER_MOD;
        // step 0: the same frame shown twice (no loss); a huge step: the source restarted.
        if (step > 1 && step <= MAX_GAP_FRAMES) {
          this.#lost += step - 1;
          this.framesLostTotal += step - 1;
        }
      }
      this.#lastNumber = frameNumber;
      // Out of the accepted range (a clock-sync glitch): not sent, rather than a refused report.
      if (Number.isFinite(glassToGlassMs) && glassToGlassMs >= 0 && glassToGlassMs <= VIDEO_REPORT_LIMITS.maxGlassToGlassMs) this.#samples.push(glassToGlassMs);
    }
    return endedFreeze;
  }

  /** The page's timer: a freeze is counted as soon as it lasts FREEZE_MS, also when no frame comes at all. */
  tick(nowMs: number): void {
    if (!Number.isFinite(this.#lastFrameMs) || this.#frozen) return;
    if (nowMs - this.#lastFrameMs > FREEZE_MS) {
      this.#frozen = true;
      this.#countFreeze();
    }
  }

  get frozen(): boolean {
    return this.#frozen;
  }

  #countFreeze(): void {
    this.#freezes++;
    this.freezesTotal++;
  }

  /**
   * The report of the interval since the previous one (null when the video has not started or the
   * interval is too short to report). `stats`: the receiver's newest inbound-rtp counters, or null.
   */
  take(nowMs: number, stats: InboundVideoStats | null): VideoReportFigures | null {
    if (!Number.isFinite(this.#startMs)) return null;
    const intervalS = (nowMs - this.#startMs) / 1000;
    if (intervalS < VIDEO_REPORT_LIMITS.minIntervalS) return null;
    const L = VIDEO_REPORT_LIMITS;
    const span = Math.min(intervalS, L.maxIntervalS);
    // A freeze still going on counts towards the longest gap of this interval.
    const ongoing = Number.isFinite(this.#lastFrameMs) ? nowMs - this.#lastFrameMs : 0;
    const prev = this.#stats;
    const d = (f: (s: InboundVideoStats) => number): number => (stats && prev ? Math.max(0, f(stats) - f(prev)) : NaN);
    const statsSpanS = stats && prev ? (stats.timestampMs - prev.timestampMs) / 1000 : NaN;
    const emitted = d((s) => s.jitterBufferEmittedCount);
    const decoded = d((s) => s.framesDecoded);
    const maxFrames = Math.ceil(span * L.maxFrameRateHz);
    const displayed = Math.min(this.#displayed, maxFrames);
    const samples = this.#samples.slice(-Math.min(L.maxSamples, displayed));
    const r: VideoReportFigures = {
      seq: ++this.#seq,
      intervalS: span,
      glassToGlassMs: samples,
      framesDisplayed: displayed,
      framesLost: Math.min(this.#lost, L.maxFramesLost),
      framesUnreadable: Math.min(this.#unreadable, displayed),
      freezes: Math.min(this.#freezes, Math.floor(span / 0.2) + 1),
      longestFreezeMs: Math.min(Math.max(this.#longestMs, ongoing), L.maxLongestFreezeMs),
      bitrateBps: clamp((d((s) => s.bytesReceived) * 8) / statsSpanS, 0, L.maxBitrateBps),
      frameRateHz: clamp(displayed / span, 0, L.maxFrameRateHz),
      jitterBufferMs: emitted > 0 ? clampNaN((d((s) => s.jitterBufferDelayS) / emitted) * 1000, L.maxStageMs) : NaN,
      decodeMs: decoded > 0 ? clampNaN((d((s) => s.totalDecodeTimeS) / decoded) * 1000, L.maxStageMs) : NaN,
      width: clamp(this.#width, 0, L.maxSidePx),
      height: clamp(this.#height, 0, L.maxSidePx),
      packetsLost: clamp(d((s) => s.packetsLost), 0, L.maxPacketsLost),
      nacks: clamp(d((s) => s.nackCount), 0, L.maxFeedback),
      plis: clamp(d((s) => s.pliCount), 0, L.maxFeedback),
    };
    this.#startMs = nowMs;
    this.#samples = [];
    this.#displayed = this.#lost = this.#unreadable = this.#freezes = 0;
    this.#longestMs = 0;
    if (stats) this.#stats = stats;
    return r;
  }
}

/** Within [lo, hi]; 0 for NaN (an unknown count or rate is reported as 0). */
function clamp(v: number, lo: number, hi: number): number {
  return Number.isFinite(v) ? Math.min(hi, Math.max(lo, Math.round(v * 1000) / 1000)) : 0;
}

/** Within [0, hi]; NaN stays NaN (unknown). */
function clampNaN(v: number, hi: number): number {
  return Number.isFinite(v) ? Math.min(hi, Math.max(0, v)) : NaN;
}
