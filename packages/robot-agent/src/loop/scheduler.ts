// When to run the next tick, without spinning a core. Timers and setTimeout wake ~1 ms late at p99 on
// these machines; Atomics.wait wakes ~50-60 us late (kernel timer slack) but reliably. So: sleep with
// Atomics.wait until `margin` before the deadline, then spin the last few tens of microseconds on the
// monotonic clock. The margin adapts to the observed wake-up error: a high quantile of it (p90) plus a
// small guard, so most ticks wake just before their deadline and spin a few microseconds, and the few
// that wake later start late by the tail of the wake-up jitter only (well inside the 250 us budget).
// Aiming at p99 instead would buy ~1 us precision that nothing needs with ~5 % more of a core. The
// margin is capped (150 us at 1 kHz): on an overloaded machine wake-ups get worse and ticks start
// later, but the loop never buys punctuality by spinning a core. Deadlines stay on a fixed grid (t0 + k * period): a late
// tick does not shift the ones after it, and a tick that starts a whole period late skips the missed
// slots (counted as overruns) rather than running a burst of catch-up ticks.
import { WindowedMicros } from './histogram.js';

export interface SchedulerDeps {
  /** Agent clock, ns. */
  nowNs(): number;
  /** Block this thread for about `ms` milliseconds (Atomics.wait in the worker). */
  sleepMs(ms: number): void;
}

export interface SchedulerOptions {
  initialMarginUs?: number;
  /** Quantile of the recent wake-up error the margin covers (default 0.9). */
  wakeQuantile?: number;
  /** Added to that quantile, us (default 10). */
  guardUs?: number;
  minMarginUs?: number;
  maxMarginUs?: number;
}

export interface TickTiming {
  /** Index of this tick (0, 1, ...); missed slots do not get an index. */
  tick: number;
  /** When the tick started (the time handed to the core and the arm), ns. */
  startNs: number;
  /** The grid slot it was meant for, ns. */
  deadlineNs: number;
  /** startNs - deadlineNs, ns (>= 0). */
  latenessNs: number;
  /** Grid slots skipped because this tick started a period or more late. */
  missed: number;
}

export class TickScheduler {
  readonly periodNs: number;
  #next: number;
  #tick = 0;
  #marginUs: number;
  readonly #minMarginUs: number;
  readonly #maxMarginUs: number;
  readonly #wake: WindowedMicros;
  readonly #wakeQuantile: number;
  readonly #guardUs: number;
  #waitsSinceAdapt = 0;
  #spinNs = 0;
  #sleepNs = 0;

  constructor(periodNs: number, firstDeadlineNs: number, private readonly deps: SchedulerDeps, options: SchedulerOptions = {}) {
    if (!(periodNs > 0)) throw new RangeError(`periodNs must be > 0, got ${periodNs}`);
    this.periodNs = periodNs;
    this.#next = firstDeadlineNs;
    this.#minMarginUs = options.minMarginUs ?? 20;
    this.#maxMarginUs = Math.min(options.maxMarginUs ?? 150, (periodNs / 1000) * 0.5);
    this.#marginUs = clamp(options.initialMarginUs ?? 100, this.#minMarginUs, this.#maxMarginUs);
    this.#wake = new WindowedMicros(1000, 4, deps.nowNs());
    this.#wakeQuantile = options.wakeQuantile ?? 0.9;
    this.#guardUs = options.guardUs ?? 10;
  }

  /** The current sleep margin, us: how early the thread wakes before a deadline to spin. */
  get marginUs(): number {
    return this.#marginUs;
  }

  /** Time spent spinning and sleeping so far, ns (what the loop costs besides its work). */
  get spinNs(): number {
    return this.#spinNs;
  }
  get sleepNs(): number {
    return this.#sleepNs;
  }

  /** The grid slot of the next tick, ns. */
  get nextDeadlineNs(): number {
    return this.#next;
  }

  /** Blocks until the next deadline and returns the tick's timing. */
  waitNext(): TickTiming {
    const { nowNs, sleepMs } = this.deps;
    const deadline = this.#next;
    let now = nowNs();
    const wakeAt = deadline - this.#marginUs * 1000;
    if (now < wakeAt) {
      const before = now;
      sleepMs((wakeAt - now) / 1e6);
      now = nowNs();
      this.#sleepNs += now - before;
      this.#wake.add((now - wakeAt) / 1000, now);
      if (++this.#waitsSinceAdapt >= 250) this.#adapt();
    }
    const spinFrom = now;
    while (now < deadline) now = nowNs();
    this.#spinNs += now - spinFrom;
    const lateness = now - deadline;
    const missed = lateness >= this.periodNs ? Math.floor(lateness / this.periodNs) : 0;
    this.#next = deadline + (missed + 1) * this.periodNs;
    return { tick: this.#tick++, startNs: now, deadlineNs: deadline, latenessNs: lateness, missed };
  }

  /** Margin = a high quantile of the recent wake-up error + a guard, within bounds. */
  #adapt(): void {
    this.#waitsSinceAdapt = 0;
    const q = this.#wake.quantile(this.#wakeQuantile);
    if (Number.isFinite(q)) this.#marginUs = clamp(q + this.#guardUs, this.#minMarginUs, this.#maxMarginUs);
  }
}

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}
