// The field's video in /metrics: what consoles report of the picture they display (glass-to-glass per
// displayed frame, frames lost, freezes, bitrate, frame rate, the receiver's jitter buffer and decode
// time) and what the agent sent. Unlabelled (summed over every console that reports): a series per
// session would outlive it; who reports is in the recording and the Telemetry's `video.session_id`.
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { ValidVideoReport } from '@farhand/protocol';
import type { VideoHubStats } from './hub.js';

/** Glass-to-glass buckets, s: fine where a loopback picture lands (50-150 ms), then a long-haul tail. */
export const GLASS_TO_GLASS_BUCKETS_S = [0.02, 0.04, 0.06, 0.08, 0.1, 0.12, 0.15, 0.18, 0.2, 0.25, 0.3, 0.4, 0.5, 0.75, 1, 2, 5];

export class VideoMetrics {
  readonly glassToGlass: Histogram;
  readonly framesDisplayed: Counter;
  readonly framesLost: Counter;
  readonly framesUnreadable: Counter;
  readonly freezes: Counter;
  readonly longestFreeze: Gauge;
  readonly bitrate: Gauge;
  readonly frameRate: Gauge;
  readonly jitterBuffer: Gauge;
  readonly decode: Gauge;
  readonly reports: Counter;
  readonly framesCaptured: Counter;
  readonly framesSent: Counter;
  readonly viewers: Gauge;
  #capturedSeen = 0;
  #sentSeen = 0;

  constructor(r: Registry) {
    const registers = [r];
    this.glassToGlass = new Histogram({
      name: 'farhand_video_glass_to_glass_seconds',
      help: "Capture (agent clock, the frame's timecode) -> display in the console, per displayed frame, as consoles report it",
      buckets: GLASS_TO_GLASS_BUCKETS_S,
      registers,
    });
    this.framesDisplayed = new Counter({ name: 'farhand_video_frames_displayed_total', help: 'Video frames consoles displayed', registers });
    this.framesLost = new Counter({ name: 'farhand_video_frames_lost_total', help: 'Video frames never displayed (gaps in the timecode frame numbers)', registers });
    this.framesUnreadable = new Counter({ name: 'farhand_video_frames_unreadable_total', help: 'Displayed video frames whose timecode strip failed its CRC', registers });
    this.freezes = new Counter({ name: 'farhand_video_freezes_total', help: 'Gaps of more than 200 ms without a new video frame in a console', registers });
    this.longestFreeze = new Gauge({ name: 'farhand_video_longest_freeze_seconds', help: 'Longest gap without a new video frame in the newest report', registers });
    // Bytes, not bits: Prometheus' base unit (promtool refuses "bits").
    this.bitrate = new Gauge({ name: 'farhand_video_received_bytes_per_second', help: 'Video data rate a console received (getStats inbound-rtp bytesReceived), newest report', registers });
    this.frameRate = new Gauge({ name: 'farhand_video_displayed_frame_rate_hertz', help: 'Video frames displayed per second, newest report', registers });
    this.jitterBuffer = new Gauge({ name: 'farhand_video_jitter_buffer_seconds', help: "Mean delay of a video frame in the console's jitter buffer (getStats), newest report", registers });
    this.decode = new Gauge({ name: 'farhand_video_decode_seconds', help: 'Mean decode time of a video frame in the console (getStats), newest report', registers });
    this.reports = new Counter({ name: 'farhand_video_reports_total', help: 'Video reports from consoles, by result (accepted, refused, rate_limited, stale)', labelNames: ['result'], registers });
    this.framesCaptured = new Counter({ name: 'farhand_video_frames_captured_total', help: 'Video frames the source delivered to the agent', registers });
    this.framesSent = new Counter({ name: 'farhand_video_frames_sent_total', help: 'Video frames handed to the encoder (once per frame, whatever the number of peers)', registers });
    this.viewers = new Gauge({ name: 'farhand_video_viewers', help: 'Peer connections carrying the video track', registers });
    for (const result of ['accepted', 'refused', 'rate_limited', 'stale']) this.reports.inc({ result }, 0);
  }

  /** A validated report from a console. */
  report(r: ValidVideoReport): void {
    for (const ms of r.glassToGlassMs) this.glassToGlass.observe(ms / 1000);
    this.framesDisplayed.inc(r.framesDisplayed);
    this.framesLost.inc(r.framesLost);
    this.framesUnreadable.inc(r.framesUnreadable);
    this.freezes.inc(r.freezes);
    this.longestFreeze.set(r.longestFreezeMs / 1000);
    this.bitrate.set(r.bitrateBps / 8);
    this.frameRate.set(r.frameRateHz);
    this.jitterBuffer.set(Number.isFinite(r.jitterBufferMs) ? r.jitterBufferMs / 1000 : 0);
    this.decode.set(Number.isFinite(r.decodeMs) ? r.decodeMs / 1000 : 0);
  }

  /** The hub's counters, brought up to date (at each telemetry tick). */
  hub(s: VideoHubStats): void {
    if (s.framesCaptured > this.#capturedSeen) this.framesCaptured.inc(s.framesCaptured - this.#capturedSeen);
    if (s.framesSent > this.#sentSeen) this.framesSent.inc(s.framesSent - this.#sentSeen);
    this.#capturedSeen = Math.max(this.#capturedSeen, s.framesCaptured);
    this.#sentSeen = Math.max(this.#sentSeen, s.framesSent);
    this.viewers.set(s.viewers);
  }
}
