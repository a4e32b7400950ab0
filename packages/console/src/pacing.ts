// When to send a MotionFrame. While this console is connected and holds control, frames leave on one
// steady cadence (default 125 Hz: margin above the design's 100 Hz floor), whatever the input devices
// do: each carries the latest hand state, and a frame repeating the latest pose while the hand has not
// moved is the truth ("still here"), which keeps the agent's stale-link margin independent of how fast
// a mouse, a trackpad or a link proxy happens to deliver events. A change of the safety flags (dead-man,
// clutch) is sent at once, between cadence frames. Without control, a slow cadence keeps the link alive.
//
// The cadence keeps its phase (next due = previous due + period), so a coarse or late timer (browsers
// clamp to ~4 ms, a busy page delays it: a software-rendered 3D view can take the main thread for
// 30 ms) still yields the mean rate: the frames owed go out on the next ticks, each with the latest hand
// state (input events queued during the busy moment are handled in between, so they carry real
// motion), never closer than minInterval. Behind by more than the agent's stale limit (100 ms) the
// frames are worth nothing: the cadence restarts instead of catching up.

export interface PacerOptions {
  /** Steady cadence while connected and in control, ms (8 ms = 125 Hz). */
  periodMs: number;
  /** Cadence while this console does not hold control, ms: keeps the link figures alive at low cost. */
  idlePeriodMs: number;
  /** Never two cadence frames closer than this, ms (the agent's flood limit). */
  minIntervalMs: number;
}

export const DEFAULT_PACER: PacerOptions = { periodMs: 8, idlePeriodMs: 50, minIntervalMs: 2 };

/** The design's floor for the frame rate while in control, Hz. */
export const MIN_STEADY_RATE_HZ = 100;

/**
 * Checks and completes pacer options from outside (the page's `?rate=` parameter): a steady rate from
 * 100 Hz (the design's floor) to 500 Hz. Returns the options or a sentence saying what is accepted.
 */
export function pacerWithRate(rateHz: number, base: PacerOptions = DEFAULT_PACER): { ok: true; options: PacerOptions } | { ok: false; error: string } {
  if (!Number.isFinite(rateHz) || rateHz < MIN_STEADY_RATE_HZ || rateHz > 500) {
    return { ok: false, error: `frame rate ${String(rateHz)} Hz: expected a number from ${MIN_STEADY_RATE_HZ} to 500 (Hz)` };
  }
  return { ok: true, options: { ...base, periodMs: 1000 / rateHz } };
}

/**
 * Pacer options that respect the agent's flood limit (Welcome.limits.max_frame_rate_hz): at most 80%
 * of it, and never a cadence faster than the limit allows.
 */
export function pacerFor(maxFrameRateHz: number | undefined, base: PacerOptions = DEFAULT_PACER): PacerOptions {
  if (maxFrameRateHz === undefined || !(maxFrameRateHz > 0) || !Number.isFinite(maxFrameRateHz)) return { ...base };
  const minIntervalMs = Math.max(base.minIntervalMs, 1000 / (0.8 * maxFrameRateHz));
  return {
    minIntervalMs,
    periodMs: Math.max(base.periodMs, minIntervalMs),
    idlePeriodMs: Math.max(base.idlePeriodMs, minIntervalMs),
  };
}

export type SendReason = 'cadence' | 'flags';

/** Behind by this long counts as a stall, ms: the cadence restarts instead of catching up. */
const CATCH_UP_MS = 100;

export class FramePacer {
  private opts: PacerOptions;
  private lastCadenceMs = -Infinity;
  private nextDueMs = -Infinity;
  private lastInControl = false;
  private lastPresent = false;
  private lastClutch: boolean | string = false;

  constructor(opts: PacerOptions = DEFAULT_PACER) {
    this.opts = { ...opts };
  }

  setOptions(opts: PacerOptions): void {
    this.opts = { ...opts };
  }

  options(): PacerOptions {
    return { ...this.opts };
  }

  /** The cadence in force, ms. */
  periodMs(inControl: boolean): number {
    return inControl ? this.opts.periodMs : this.opts.idlePeriodMs;
  }

  /**
   * Whether to send now. A change of the safety flags is sent at once, even inside minInterval:
   * releasing the dead-man must reach the agent as early as possible. `clutch` is the clutch, or on a
   * two-handed console a key of every held control but the dead-man (both clutches, the camera pedal).
   */
  decide(nowMs: number, inControl: boolean, present: boolean, clutch: boolean | string): SendReason | null {
    if (present !== this.lastPresent || clutch !== this.lastClutch) return 'flags';
    if (inControl !== this.lastInControl) return 'cadence';
    if (nowMs - this.lastCadenceMs < this.opts.minIntervalMs) return null;
    return nowMs >= this.nextDueMs ? 'cadence' : null;
  }

  /** Records a send made at nowMs for this reason and with these flags. */
  sent(nowMs: number, reason: SendReason, inControl: boolean, present: boolean, clutch: boolean | string): void {
    this.lastPresent = present;
    this.lastClutch = clutch;
    const period = this.periodMs(inControl);
    const rateChanged = inControl !== this.lastInControl;
    this.lastInControl = inControl;
    if (reason === 'flags' && !rateChanged) return; // an extra frame: the cadence keeps its phase
    this.lastCadenceMs = nowMs;
    if (rateChanged || nowMs - this.nextDueMs >= CATCH_UP_MS) {
      // Control changed, or a real stall: a fresh cadence from now (no burst of stale frames).
      this.nextDueMs = nowMs + period;
    } else if (nowMs >= this.nextDueMs) {
      // On time or a little late (a busy page): keep the phase, so the next ticks catch up and the
      // mean rate holds.
      this.nextDueMs += period;
    }
  }
}

/**
 * How many bytes of motion frames may wait in the socket before new frames are dropped instead. A
 * backlog is flushed at once when the browser's network thread catches up, and the agent refuses a
 * burst above its flood bucket (max(10, max_frame_rate_hz / 10) frames) as a flood: keep the backlog to
 * half of that bucket, between 5 and 50 frames. Frames dropped here are late frames anyway.
 */
export function backlogBytesFor(maxFrameRateHz: number | undefined, frameBytes: number): number {
  const rate = maxFrameRateHz !== undefined && maxFrameRateHz > 0 && Number.isFinite(maxFrameRateHz) ? maxFrameRateHz : 1000;
  const bucket = Math.max(10, rate / 10);
  const frames = Math.max(5, Math.min(50, Math.floor(bucket / 2)));
  return frames * Math.max(1, frameBytes);
}
