// How far past the newest pointer sample a frame may say "the hand is still here".
//
// Frames leave at a steady rate, but a pointer reports the hand only when it moves, at its own rate
// (44 Hz from a busy page, 125-1000 Hz from a mouse). Between two samples of a moving pointer the
// hand's pose is unknown. A frame repeating the newest pose stamped "now" would claim the hand stood
// still since that sample; if the next sample then comes a moment after the claim, its motion looks
// compressed into that moment: an impossible hand speed for the agent's jump detector. A frame
// repeating the newest pose stamped at the sample's own time (no claim at all) is true but arrives
// later than its capture time, which inflates the one-way delay the agent measures and hence its
// playout delay.
//
// The middle: a repeat may claim the newest pose up to the time at which the next sample, expected
// one pointer interval after the newest and moving about as far as the newest did, would still imply
// no more than claimSpeed (half the agent's hand-speed limit by default). For a slow hand that is
// nearly "now"; for a fast one the claim stays back by distance / claimSpeed (a few ms). Once the
// pointer has been quiet for quietMs the hand has stopped: "now" is the truth.
import type { Quat, Vec3 } from '@farhand/latency-core';
import { qAngleBetween } from '@farhand/latency-core';

export interface StillClaimOptions {
  /** Apparent hand speed the next sample may imply at most, m/s (the agent refuses above 2 m/s). */
  claimSpeedMps: number;
  /** The same for rotation, rad/s (the agent refuses above 25 rad/s). */
  claimAngularSpeedRadps: number;
  /** A pointer quiet this long has stopped, ms (a moving mouse reports every 1-16 ms). */
  quietMs: number;
}

export const DEFAULT_STILL_CLAIM: StillClaimOptions = { claimSpeedMps: 1, claimAngularSpeedRadps: 12.5, quietMs: 25 };

interface Sample {
  tMs: number;
  position: Vec3;
  orientation: Quat;
}

export class StillClaim {
  private newest: Sample | null = null;
  private previous: Sample | null = null;

  constructor(private readonly opts: StillClaimOptions = DEFAULT_STILL_CLAIM) {}

  /** A pointer sample became part of the hand: the hand was at this pose at tMs (the event's time). */
  sample(tMs: number, position: Vec3, orientation: Quat): void {
    if (!Number.isFinite(tMs)) return;
    if (this.newest && tMs <= this.newest.tMs) {
      // Same or older time (events folded in one poll): the newest pose at that time.
      this.newest = { tMs: this.newest.tMs, position: [...position], orientation: [...orientation] };
      return;
    }
    this.previous = this.newest;
    this.newest = { tMs, position: [...position], orientation: [...orientation] };
  }

  /** Forget the pointer's history (drag ended, link reset). */
  reset(): void {
    this.newest = this.previous = null;
  }

  /** The latest time (ms, page clock) a frame sent at nowMs may claim the hand was still at its pose. */
  untilMs(nowMs: number): number {
    const n = this.newest;
    if (n === null || nowMs - n.tMs >= this.opts.quietMs) return nowMs;
    const p = this.previous;
    // Only one sample of this motion so far: its interval is unknown, so nothing is claimed beyond it.
    if (p === null || n.tMs - p.tMs >= this.opts.quietMs) return Math.min(nowMs, n.tMs);
    const intervalMs = n.tMs - p.tMs;
    const dist = Math.hypot(n.position[0] - p.position[0], n.position[1] - p.position[1], n.position[2] - p.position[2]);
    const ang = qAngleBetween(n.orientation, p.orientation);
    const holdBackMs = 1000 * Math.max(dist / this.opts.claimSpeedMps, ang / this.opts.claimAngularSpeedRadps);
    return Math.min(nowMs, n.tMs + Math.max(0, intervalMs - holdBackMs));
  }
}
