// Consoles' reports of the field's video they display (Envelope.video_report, about once a second):
// checked, rate-limited, then turned into /metrics, the recording and the Telemetry's video figures.
// A report is a measurement, never an input: nothing here reaches the loop, the core or the arm, so a
// hostile report can at worst be refused (and counted) or skew the figures within their bounds.
import { farhand, quantile, reasonText, validateVideoReport, type ValidVideoReport } from '@farhand/protocol';
import type { VideoHubStats } from '../video/hub.js';
import type { ClientSession } from './client.js';
import { TokenBucket } from './rate.js';
import type { Refusals } from './refusals.js';
import type { GatewayShared } from './shared.js';

/** Reports per second per session (a console sends one a second; a few more ride out a hiccup). */
export const VIDEO_REPORT_RATE_HZ = 4;
const VIDEO_REPORT_BURST = 4;

interface SessionVideo {
  readonly bucket: TokenBucket;
  lastSeq: number;
  latest: ValidVideoReport | null;
  latestAtNs: number;
  framesLost: number;
  freezes: number;
  longestFreezeMs: number;
}

export class VideoReports {
  readonly #bySession = new Map<string, SessionVideo>();
  /** The session whose report came last (the Telemetry shows it when the controller does not report). */
  #newest: string | null = null;

  constructor(
    private readonly g: GatewayShared,
    private readonly refusals: Refusals,
    private readonly hubStats: () => VideoHubStats | null,
  ) {}

  onReport(session: ClientSession, m: farhand.v1.VideoReport, t: number): void {
    const { metrics, recorder } = this.g.deps;
    let v = this.#bySession.get(session.id);
    if (!v) {
      v = { bucket: new TokenBucket(VIDEO_REPORT_RATE_HZ, VIDEO_REPORT_BURST, t), lastSeq: 0, latest: null, latestAtNs: NaN, framesLost: 0, freezes: 0, longestFreezeMs: 0 };
      this.#bySession.set(session.id, v);
    }
    if (!v.bucket.take(t)) {
      metrics.video.reports.inc({ result: 'rate_limited' });
      // Not recorded: a flood must not fill the recording.
      this.refusals.refuseMessage(session, t, 'VIDEO_REPORT_RATE_LIMITED', `more than ${VIDEO_REPORT_RATE_HZ} video reports per second; the excess is dropped.`);
      return;
    }
    const check = validateVideoReport(m);
    if (!check.ok) {
      metrics.video.reports.inc({ result: 'refused' });
      const why = reasonText({ code: check.code, message: `video_report.${check.field}: ${check.message}` });
      recorder?.send({ k: 'videoReport', receiveTimeNs: t, sessionId: session.id, report: plain(m), refused: true, refuseReason: why });
      this.refusals.refuseMessage(session, t, 'VIDEO_REPORT_REFUSED', why);
      return;
    }
    const r = check.report;
    if (r.seq <= v.lastSeq) {
      // A repeat or an older one (a console that restarted its numbering is a new session anyway).
      metrics.video.reports.inc({ result: 'stale' });
      return;
    }
    v.lastSeq = r.seq;
    v.latest = r;
    v.latestAtNs = t;
    v.framesLost += r.framesLost;
    v.freezes += r.freezes;
    v.longestFreezeMs = Math.max(v.longestFreezeMs, r.longestFreezeMs);
    this.#newest = session.id;
    metrics.video.reports.inc({ result: 'accepted' });
    metrics.video.report(r);
    recorder?.send({ k: 'videoReport', receiveTimeNs: t, sessionId: session.id, report: plain(m), refused: false, refuseReason: '' });
  }

  /** The session went away. */
  forget(sessionId: string): void {
    this.#bySession.delete(sessionId);
    if (this.#newest === sessionId) this.#newest = null;
  }

  /**
   * The Telemetry's video figures: the controller's newest report when it reports, else the newest
   * report of anyone; with the agent's own counters. Null when nobody reports and the agent sends none.
   */
  figures(controllerId: string | null, nowNs: number): farhand.v1.IVideoFigures | null {
    const hub = this.hubStats();
    const id = controllerId !== null && this.#bySession.get(controllerId)?.latest ? controllerId : this.#newest;
    const v = id !== null ? this.#bySession.get(id) : undefined;
    if (!v?.latest && !hub) return null;
    const r = v?.latest ?? null;
    return {
      session_id: r ? id! : '',
      glass_to_glass_p50_ms: r ? quantile(r.glassToGlassMs, 0.5) : NaN,
      glass_to_glass_p99_ms: r ? quantile(r.glassToGlassMs, 0.99) : NaN,
      frame_rate_hz: r?.frameRateHz ?? 0,
      bitrate_bps: r?.bitrateBps ?? 0,
      frames_lost: v?.framesLost ?? 0,
      freezes: v?.freezes ?? 0,
      longest_freeze_ms: v?.longestFreezeMs ?? 0,
      frames_captured: hub?.framesCaptured ?? 0,
      frames_sent: hub?.framesSent ?? 0,
      report_age_s: r ? Math.max(0, (nowNs - v!.latestAtNs) / 1e9) : NaN,
    };
  }
}

/** The report as received, as plain data for the recorder thread (structured clone). */
function plain(m: farhand.v1.VideoReport): Record<string, unknown> {
  return farhand.v1.VideoReport.toObject(m, { longs: Number, arrays: true }) as Record<string, unknown>;
}
