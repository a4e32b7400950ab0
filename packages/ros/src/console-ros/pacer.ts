// A steady pacer on the monotonic clock: ticks aimed at t0 + k * period (no drift from timer lateness), a
// tick that is late by more than a period is skipped and counted rather than sent in a burst.
export interface PacerStats {
  ticks: number;
  skipped: number;
}

export class Pacer {
  readonly periodNs: number;
  readonly stats: PacerStats = { ticks: 0, skipped: 0 };
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private nextNs = 0;

  constructor(
    rateHz: number,
    private readonly clock: () => number,
    private readonly onTick: (nowNs: number) => void,
  ) {
    if (!(Number.isFinite(rateHz) && rateHz > 0)) throw new RangeError(`Pacer: rate must be a positive number of Hz, got ${rateHz}`);
    this.periodNs = 1e9 / rateHz;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.nextNs = this.clock() + this.periodNs;
    this.schedule();
  }

  stop(): void {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(): void {
    const waitMs = Math.max(0, (this.nextNs - this.clock()) / 1e6);
    // setTimeout fires late, by up to ~1 ms: aim 0.5 ms early and accept a tick up to 1 ms before its slot
    // (the frame's capture time is its real send time anyway).
    this.timer = setTimeout(this.fire, Math.max(0, Math.floor(waitMs - 0.5)));
  }

  private fire = (): void => {
    this.timer = null;
    if (!this.running) return;
    const now = this.clock();
    if (now < this.nextNs - 1e6) {
      this.schedule();
      return;
    }
    if (now - this.nextNs > this.periodNs) {
      const behind = Math.floor((now - this.nextNs) / this.periodNs);
      this.stats.skipped += behind;
      this.nextNs += behind * this.periodNs;
    }
    this.nextNs += this.periodNs;
    this.stats.ticks += 1;
    try {
      this.onTick(now);
    } finally {
      if (this.running) this.schedule();
    }
  };
}
