// Rolling time series for the monitor's charts: the last `windowS` seconds of each link figure, in the
// column layout uPlot draws directly ([times, ...series]). Telemetry arrives at 100 Hz; a chart needs far
// fewer points, so samples closer than `minStepS` to the previous one are skipped (bounded memory).

export interface SeriesOptions {
  windowS: number;
  minStepS: number;
}

export class RollingSeries {
  private readonly t: number[] = [];
  private readonly cols: number[][];

  constructor(
    readonly names: readonly string[],
    private readonly opts: SeriesOptions = { windowS: 60, minStepS: 0.1 },
  ) {
    this.cols = names.map(() => []);
  }

  /**
   * Adds one sample at time tS (seconds, any monotonic origin). Non-finite values are kept as null so
   * the chart shows a gap (not measured) rather than a false zero. Returns false when skipped.
   */
  push(tS: number, values: readonly number[]): boolean {
    if (!Number.isFinite(tS)) return false;
    const last = this.t[this.t.length - 1];
    // 5 % slack: telemetry periods jitter, and 0.7 - 0.6 < 0.1 in floating point.
    if (last !== undefined && tS - last < this.opts.minStepS * 0.95) return false;
    this.t.push(tS);
    for (let i = 0; i < this.cols.length; i++) {
      const v = values[i];
      this.cols[i]!.push(v !== undefined && Number.isFinite(v) ? v : NaN);
    }
    this.trim(tS);
    return true;
  }

  private trim(nowS: number): void {
    let drop = 0;
    while (drop < this.t.length && this.t[drop]! < nowS - this.opts.windowS) drop++;
    if (drop > 0) {
      this.t.splice(0, drop);
      for (const c of this.cols) c.splice(0, drop);
    }
  }

  length(): number {
    return this.t.length;
  }

  /** [times, ...columns] with NaN as null (uPlot's gap). Fresh arrays each call. */
  data(): (number | null)[][] {
    return [this.t.slice(), ...this.cols.map((c) => c.map((v) => (Number.isFinite(v) ? v : null)))];
  }

  /** The newest value of a column, NaN when none. */
  latest(index: number): number {
    const c = this.cols[index];
    return c && c.length > 0 ? c[c.length - 1]! : NaN;
  }
}
