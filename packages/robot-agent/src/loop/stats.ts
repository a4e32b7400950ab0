// Loop timing figures, computed in main from the raw per-tick samples each snapshot carries: the loop
// thread only appends numbers to arrays; histograms and quantiles cost it nothing.
import { WindowedMicros } from './histogram.js';
import type { LoopStats, Snapshot } from './messages.js';

/** Quantile scans are recomputed at most this often; /metrics and telemetry read the cached figures. */
const REFRESH_NS = 250e6;

export class LoopStatsTracker {
  readonly #periodNs: number;
  readonly #periodErr: WindowedMicros;
  readonly #lateness: WindowedMicros;
  readonly #work: WindowedMicros;
  #periodErrMaxUs = 0;
  #workMaxUs = 0;
  #cached: LoopStats | null = null;
  #cachedAtNs = -Infinity;
  #last: Snapshot | null = null;
  #cpuMark: { cpuS: number; atNs: number } | null = null;
  #cpuFraction = NaN;

  constructor(controlRateHz: number, nowNs: number) {
    this.#periodNs = 1e9 / controlRateHz;
    this.#periodErr = new WindowedMicros(20000, 10, nowNs);
    this.#lateness = new WindowedMicros(20000, 10, nowNs);
    this.#work = new WindowedMicros(20000, 10, nowNs);
  }

  onSnapshot(s: Snapshot): void {
    this.#last = s;
    const t = s.timeNs;
    for (const p of s.samples.periodNs) {
      const e = Math.abs(p - this.#periodNs) / 1000;
      this.#periodErr.add(e, t);
      if (e > this.#periodErrMaxUs) this.#periodErrMaxUs = e;
    }
    for (const l of s.samples.latenessNs) this.#lateness.add(l / 1000, t);
    for (const w of s.samples.workNs) {
      const us = w / 1000;
      this.#work.add(us, t);
      if (us > this.#workMaxUs) this.#workMaxUs = us;
    }
    const cpu = s.loop.threadCpuS;
    if (Number.isFinite(cpu)) {
      if (this.#cpuMark === null) this.#cpuMark = { cpuS: cpu, atNs: t };
      else if (t - this.#cpuMark.atNs >= 2e9) {
        this.#cpuFraction = (cpu - this.#cpuMark.cpuS) / ((t - this.#cpuMark.atNs) / 1e9);
        this.#cpuMark = { cpuS: cpu, atNs: t };
      }
    }
  }

  stats(nowNs: number): LoopStats | null {
    const s = this.#last;
    if (s === null) return null;
    if (this.#cached !== null && nowNs - this.#cachedAtNs < REFRESH_NS) return this.#cached;
    const c = s.loop;
    this.#cached = {
      ticks: c.ticks,
      overruns: c.overruns,
      periodErrorP50Us: this.#periodErr.quantile(0.5),
      periodErrorP99Us: this.#periodErr.quantile(0.99),
      periodErrorMaxUs: this.#periodErrMaxUs,
      latenessP99Us: this.#lateness.quantile(0.99),
      workP99Us: this.#work.quantile(0.99),
      workMaxUs: this.#workMaxUs,
      marginUs: c.marginUs,
      spinFraction: c.elapsedNs > 0 ? c.spinNs / c.elapsedNs : 0,
      threadCpuS: c.threadCpuS,
      threadCpuFraction: this.#cpuFraction,
    };
    this.#cachedAtNs = nowNs;
    return this.#cached;
  }
}
