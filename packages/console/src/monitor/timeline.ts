// Supervisor state timeline: consecutive telemetry states folded into segments, kept for a window.

export interface Segment {
  state: string;
  /** Reason code of the transition into this state. */
  reason: string;
  startS: number;
  endS: number;
}

export class StateTimeline {
  private readonly segs: Segment[] = [];

  constructor(private readonly windowS = 60) {}

  /** Records that `state` (entered for `reason`) held at time tS. */
  observe(tS: number, state: string, reason: string): void {
    if (!Number.isFinite(tS)) return;
    const last = this.segs[this.segs.length - 1];
    if (last && last.state === state && tS >= last.endS) {
      last.endS = tS;
    } else if (!last || tS >= last.endS) {
      // A new state starts where the previous one was last seen, so the bar has no holes.
      this.segs.push({ state, reason, startS: last ? last.endS : tS, endS: tS });
    }
    while (this.segs.length > 0 && this.segs[0]!.endS < tS - this.windowS) this.segs.shift();
  }

  /** Segments overlapping [nowS - window, nowS], clipped to it. */
  segments(nowS: number): Segment[] {
    const from = nowS - this.windowS;
    return this.segs
      .filter((s) => s.endS >= from)
      .map((s) => ({ ...s, startS: Math.max(s.startS, from), endS: Math.min(Math.max(s.endS, s.startS), nowS) }));
  }

  current(): Segment | undefined {
    const s = this.segs[this.segs.length - 1];
    return s ? { ...s } : undefined;
  }
}
