// One uPlot chart per arm figure with one line per arm (colour-coded, named as Welcome.arms names it),
// and a key above it giving each arm's name, colour and newest value: several arms read at a glance in
// one small chart, and the limit that faults is a dashed red line.
import uPlot from 'uplot';
import { AXIS, fmtTick } from './charts.js';
import { armColor, type ArmKey } from './arm-series.js';

export interface ArmChartSpec {
  unit: string;
  /** Stored units -> display units (m -> mm: 1000, rad -> deg: 180/pi). */
  factor: number;
  /** y range never smaller than [0, minMax] display units. */
  minMax: number;
  /** The limit (display units) drawn as a dashed red line, e.g. the tracking error that faults. */
  bad?: number;
  /** Decimals of the newest value in the key. */
  digits: number;
}

export class ArmChart {
  private readonly plot: uPlot;
  private readonly values: HTMLElement[] = [];
  private readonly colors: string[];
  private readonly resize: ResizeObserver | null = null;

  /** `arms`: the arms this chart draws (the camera arm is left out of the jaw chart by the caller). */
  constructor(
    chartEl: HTMLElement,
    keysEl: HTMLElement,
    readonly arms: readonly ArmKey[],
    /** Each arm's index in the agent's list, for its colour. */
    colorIndex: readonly number[],
    private readonly spec: ArmChartSpec,
  ) {
    this.colors = arms.map((_a, i) => armColor(colorIndex[i] ?? i));
    keysEl.textContent = '';
    arms.forEach((a, i) => {
      const key = document.createElement('span');
      key.className = 'arm-key';
      key.dataset['arm'] = a.name;
      const swatch = document.createElement('i');
      swatch.style.background = this.colors[i]!;
      const name = document.createElement('b');
      name.textContent = a.name;
      const v = document.createElement('span');
      v.className = 'arm-key-v';
      v.textContent = '—';
      key.append(swatch, name, v);
      keysEl.append(key);
      this.values.push(v);
    });
    const limit = (u: uPlot): void => {
      if (spec.bad === undefined) return;
      const y = u.valToPos(spec.bad, 'y', true);
      if (y < u.bbox.top || y > u.bbox.top + u.bbox.height) return;
      const ctx = u.ctx;
      ctx.save();
      ctx.setLineDash([6 * devicePixelRatio, 4 * devicePixelRatio]);
      ctx.lineWidth = 1.2 * devicePixelRatio;
      ctx.strokeStyle = '#ff5a5f';
      ctx.beginPath();
      ctx.moveTo(u.bbox.left, y);
      ctx.lineTo(u.bbox.left + u.bbox.width, y);
      ctx.stroke();
      ctx.restore();
    };
    chartEl.textContent = '';
    this.plot = new uPlot(
      {
        width: Math.max(120, chartEl.clientWidth),
        height: Math.max(60, chartEl.clientHeight),
        legend: { show: false },
        cursor: { show: false },
        padding: [8, 8, 0, 0],
        scales: {
          x: { time: false },
          // The limit stays in view only while the values are near it: 5 mm of tracking would flatten a
          // healthy 0.1 mm trace.
          y: { range: (_u: uPlot, _min: number, max: number): [number, number] => [0, Math.max(spec.minMax, (max || 0) * 1.15)] },
        },
        axes: [
          { ...AXIS, values: (_u: uPlot, ticks: number[]) => ticks.map((t) => `${Math.round(t)} s`), size: 24 },
          { ...AXIS, size: 46, values: (_u: uPlot, ticks: number[]) => ticks.map((t) => fmtTick(t)) },
        ],
        // Drawn in order, each line thinner than the one before: arms with equal values (two jaws at rest,
        // two zero tracking errors) still show every colour.
        series: [{}, ...arms.map((a, i) => ({ label: a.name, stroke: this.colors[i]!, width: Math.max(1.25, 3.5 - 1 * i), points: { show: false }, spanGaps: false }))],
        hooks: { draw: [limit] },
      },
      [[], ...arms.map(() => [])] as uPlot.AlignedData,
      chartEl,
    );
    if (typeof ResizeObserver !== 'undefined') {
      this.resize = new ResizeObserver(() => this.plot.setSize({ width: Math.max(120, chartEl.clientWidth), height: Math.max(60, chartEl.clientHeight) }));
      this.resize.observe(chartEl);
    }
  }

  /** Before the page builds another chart in the same place (the agent's arms changed). */
  destroy(): void {
    this.resize?.disconnect();
    this.plot.destroy();
  }

  /** times: s relative to now (-60..0); one column per arm in stored units; latest: each arm's newest value. */
  set(times: number[], columns: (number | null)[][], latest: readonly number[]): void {
    const f = this.spec.factor;
    const scaled = columns.map((c) => c.map((v) => (v === null || !Number.isFinite(v) ? null : v * f)));
    this.plot.setData([times, ...scaled] as uPlot.AlignedData);
    this.plot.setScale('x', { min: -60, max: 0 });
    latest.forEach((v, i) => {
      const el = this.values[i];
      const text = Number.isFinite(v) ? `${(v * f).toFixed(this.spec.digits)}` : '—';
      if (el && el.textContent !== text) el.textContent = text;
    });
  }

  /** What the chart holds now, for tests: each arm's name, colour and the number of values drawn. */
  describe(): Array<{ name: string; color: string; points: number }> {
    return this.arms.map((a, i) => ({
      name: a.name,
      color: this.colors[i]!,
      points: ((this.plot.data[i + 1] ?? []) as (number | null)[]).filter((v) => v !== null).length,
    }));
  }
}
