// When to send a MotionFrame. Frames go out at the input device's rate (an event-driven send on every
// pointer/gamepad update) and, independent of animation frames, on a fixed cadence so that the agent
// sees at least 100 Hz while the operator is present even when the hand is still. The cadence keeps
// its phase (next due = previous due + period), so a coarse or late timer (browsers clamp to ~4 ms, a
// busy page delays it) still yields the exact mean rate; after a real stall (3 periods) it restarts
// instead of bursting to catch up.

export interface PacerOptions {
  /** Cadence while the operator is present, ms (8 ms = 125 Hz: margin above the 100 Hz floor). */
  presentPeriodMs: number;
  /** Cadence while nobody holds the dead-man, ms: keeps the link figures alive at low cost. */
  absentPeriodMs: number;
  /** Never two frames closer than this, ms (caps device-rate sends below the agent's flood limit). */
  minIntervalMs: number;
}

export const DEFAULT_PACER: PacerOptions = { presentPeriodMs: 8, absentPeriodMs: 50, minIntervalMs: 2 };

/**
 * Pacer options that respect the agent's flood limit (Welcome.limits.max_frame_rate_hz): at most 80%
 * of it, and never a present cadence slower than the limit allows.
 */
export function pacerFor(maxFrameRateHz: number | undefined, base: PacerOptions = DEFAULT_PACER): PacerOptions {
  if (maxFrameRateHz === undefined || !(maxFrameRateHz > 0) || !Number.isFinite(maxFrameRateHz)) return { ...base };
  const minIntervalMs = Math.max(base.minIntervalMs, 1000 / (0.8 * maxFrameRateHz));
  return {
    minIntervalMs,
    presentPeriodMs: Math.max(base.presentPeriodMs, minIntervalMs),
    absentPeriodMs: Math.max(base.absentPeriodMs, minIntervalMs),
  };
}

export type SendReason = 'cadence' | 'input' | 'flags';

/** Behind by at least this many periods counts as a stall: the cadence restarts instead of catching up. */
const CATCH_UP_PERIODS = 3;

export class FramePacer {
  private opts: PacerOptions;
  private lastSentMs = -Infinity;
  private nextDueMs = -Infinity;
  private lastPresent = false;
  private lastClutch = false;

  constructor(opts: PacerOptions = DEFAULT_PACER) {
    this.opts = { ...opts };
  }

  setOptions(opts: PacerOptions): void {
    this.opts = { ...opts };
  }

  options(): PacerOptions {
    return { ...this.opts };
  }

  /**
   * Whether to send now. `moved` = the hand pose or grip changed since the last frame sent.
   * A change of the safety flags is sent at once, even inside minInterval: releasing the dead-man
   * must reach the agent as early as possible.
   */
  decide(nowMs: number, present: boolean, clutch: boolean, moved: boolean): SendReason | null {
    if (present !== this.lastPresent || clutch !== this.lastClutch) return 'flags';
    if (nowMs - this.lastSentMs < this.opts.minIntervalMs) return null;
    if (nowMs >= this.nextDueMs) return 'cadence';
    if (moved && present) return 'input';
    return null;
  }

  /** Records a send made at nowMs with these flags. */
  sent(nowMs: number, present: boolean, clutch: boolean): void {
    const period = present ? this.opts.presentPeriodMs : this.opts.absentPeriodMs;
    const flagsChanged = present !== this.lastPresent;
    this.lastSentMs = nowMs;
    this.lastPresent = present;
    this.lastClutch = clutch;
    if (flagsChanged || nowMs - this.nextDueMs >= CATCH_UP_PERIODS * period) {
      // Presence changed, or a real stall: start a fresh cadence from now (no burst of stale frames).
      this.nextDueMs = nowMs + period;
    } else if (nowMs >= this.nextDueMs) {
      // A little late (a busy page): keep the phase, so the next ticks catch up and the mean rate holds.
      this.nextDueMs += period;
    }
    // A device-rate send before the due time leaves the cadence where it was.
  }
}
