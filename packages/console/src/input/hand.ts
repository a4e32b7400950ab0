// The console's virtual master hand: the one absolute 6-DoF pose + grip every MotionFrame carries.
// Input sources add motion to it; the safety flags are the OR of the sources' flags. Like a dVRK MTM
// that turns its wrist to match the tool before teleoperation, the hand's orientation is aligned to
// the tool's measured orientation whenever the console is not driving the arm, so ENGAGE passes the
// agent's alignment check without the surgeon having to find the tool's orientation by hand.
import type { Quat, Vec3 } from '@farhand/latency-core';
import { qAngleBetween, qIdentity, qMul, qNormalize, qSlerp } from '@farhand/latency-core';
import type { InputContribution } from './source.js';

export interface HandState {
  /** When this pose was sampled (performance.now() ms): the newest input event's time, or the poll time. */
  sampledAtMs: number;
  position: Vec3;
  orientation: Quat;
  grip: number;
  operatorPresent: boolean;
  clutch: boolean;
}

export interface HandOptions {
  /** The hand stays inside +-limitM on each axis (float32 on the wire keeps sub-micron resolution there). */
  limitM: number;
  /** How fast grip follows a digital grip request (key held), per second. */
  gripRatePerS: number;
}

export const DEFAULT_HAND_OPTIONS: HandOptions = { limitM: 1, gripRatePerS: 5 };

export class VirtualHand {
  private readonly opts: HandOptions;
  private pos: Vec3 = [0, 0, 0];
  private ori: Quat = qIdentity();
  private grip = 0;
  private present = false;
  private clutch = false;
  private lastMs: number | null = null;
  private sampledAtMs = 0;
  private knownLate = false;
  private lastAlignMs: number | null = null;
  private moved = false;

  constructor(opts: Partial<HandOptions> = {}) {
    this.opts = { ...DEFAULT_HAND_OPTIONS, ...opts };
  }

  /**
   * Folds every source's contribution for one poll at nowMs into the hand. `claimStill`: if nothing
   * moved, up to when the hand is claimed still at its pose: true = now; false = not at all (the page
   * was just busy and input events may still be queued behind this poll); a time (ms) = up to then
   * (a pointer in motion, see still-claim.ts). Input events older than a claim are stamped when learned.
   */
  apply(contributions: readonly InputContribution[], nowMs: number, claimStill: boolean | number = true): void {
    const dtS = this.lastMs === null ? 0 : Math.max(0, Math.min(0.1, (nowMs - this.lastMs) / 1000));
    this.lastMs = nowMs;
    let present = false;
    let clutch = false;
    let gripTarget: number | null = null;
    // Motion "as of the poll" (rate controls, polled devices) is sampled now; event-driven motion at
    // its newest event. An event older than the pose already claimed (a frame said "still here at T",
    // then an event from before T was handled) is stamped now, when it became known: stamping it just
    // after T would squeeze its motion into nothing, an impossible hand speed.
    let sampled: number | null = null;
    for (const c of contributions) {
      const moved = c.translationM.some((v) => v !== 0) || c.rotation[3] !== 1;
      if (moved) {
        const at = c.sampledAtMs ?? nowMs;
        if (!(at > this.sampledAtMs)) this.knownLate = true;
        sampled = Math.max(sampled ?? -Infinity, at > this.sampledAtMs ? at : nowMs);
      }
      const lim = this.opts.limitM;
      for (let i = 0; i < 3; i++) {
        const d = c.translationM[i] ?? 0;
        if (Number.isFinite(d)) this.pos[i] = Math.max(-lim, Math.min(lim, (this.pos[i] ?? 0) + d));
      }
      if (c.rotation.every(Number.isFinite)) this.ori = qNormalize(qMul(c.rotation, this.ori));
      if (c.grip !== null && Number.isFinite(c.grip)) gripTarget = Math.max(gripTarget ?? 0, Math.max(0, Math.min(1, c.grip)));
      present ||= c.operatorPresent;
      clutch ||= c.clutch;
    }
    const claimMs = claimStill === true ? nowMs : claimStill === false ? -Infinity : claimStill;
    const asOf = sampled ?? claimMs;
    if (asOf > -Infinity) this.sampledAtMs = Math.max(this.sampledAtMs, Math.min(nowMs, asOf));
    this.moved = sampled !== null;
    this.present = present;
    this.clutch = clutch;
    if (gripTarget !== null) {
      const step = this.opts.gripRatePerS * dtS;
      this.grip += Math.max(-step, Math.min(step, gripTarget - this.grip));
    }
  }

  /**
   * Turns the orientation towards the tool's (measured) orientation at time nowMs, at most
   * maxRateRadps since the previous call (Infinity: at once); position and grip are untouched. Like
   * the MTM's wrist motors, it turns at a hand's pace: a snap of a few degrees between two frames
   * would look like an impossible hand rotation to the agent's jump detector. Returns the angle left.
   */
  alignTo(orientation: Quat, nowMs: number, maxRateRadps = Infinity): number {
    if (!orientation.every(Number.isFinite) || !Number.isFinite(nowMs)) return NaN;
    const target = qNormalize(orientation);
    // Calls come every input tick while aligning; after a pause the turn starts afresh (no saved-up step).
    const gapMs = this.lastAlignMs === null ? Infinity : nowMs - this.lastAlignMs;
    const dtS = gapMs >= 0 && gapMs <= 50 ? gapMs / 1000 : 0;
    this.lastAlignMs = nowMs;
    const angle = qAngleBetween(this.ori, target);
    if (angle === 0) return 0;
    const step = maxRateRadps * dtS;
    this.ori = angle <= step || maxRateRadps === Infinity ? target : qSlerp(this.ori, target, step / angle);
    this.sampledAtMs = Math.max(this.sampledAtMs, nowMs);
    return qAngleBetween(this.ori, target);
  }

  /** Whether the last apply() moved the hand. */
  get movedLastPoll(): boolean {
    return this.moved;
  }

  /**
   * True when some motion since the last call was only learned after a later pose had been claimed
   * (an input event older than the previous frame's capture time). Such motion is stamped when it was
   * learned; the caller should stamp its frame no earlier than when it is sent. Reading clears it.
   */
  takeKnownLate(): boolean {
    const k = this.knownLate;
    this.knownLate = false;
    return k;
  }

  /** Drops every held flag at once (window lost focus, page hidden): the dead-man must fail safe. */
  releaseAll(): void {
    this.present = false;
    this.clutch = false;
  }

  state(): HandState {
    return {
      sampledAtMs: this.sampledAtMs,
      position: [...this.pos],
      orientation: [...this.ori],
      grip: this.grip,
      operatorPresent: this.present,
      clutch: this.clutch,
    };
  }
}

/** True when two hand states would put different values on the wire. */
export function handChanged(a: HandState | null, b: HandState): boolean {
  if (a === null) return true;
  return (
    a.operatorPresent !== b.operatorPresent ||
    a.clutch !== b.clutch ||
    a.grip !== b.grip ||
    a.position.some((v, i) => v !== b.position[i]) ||
    a.orientation.some((v, i) => v !== b.orientation[i])
  );
}
