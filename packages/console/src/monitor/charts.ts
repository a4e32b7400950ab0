// One small uPlot chart per link figure: the last minute, the current level's thresholds drawn as
// dashed lines so a bedside nurse sees "how close to amber/red" without reading numbers.
import uPlot from 'uplot';

export interface ChartSpec {
  /** Unit shown on the y axis. */
  unit: string;
  /** Multiply stored values by this for display (s -> ms: 1000, ratio -> %: 100). */
  factor: number;
  /** y range never smaller than [0, minMax] (in display units), so noise does not look like drama. */
  minMax: number;
  /** Threshold lines in display units. */
  warn?: number;
  bad?: number;
  /** Higher is better (frame rate): thresholds are floors. */
  floor?: boolean;
  color: string;
  /** A second series drawn thin underneath (e.g. playout under the total delay), same units. */
  overlayColor?: string;
}

export const AXIS = { stroke: '#9fb0c0', grid: { stroke: '#223040', width: 1 }, ticks: { stroke: '#223040', width: 1 }, font: '11px system-ui, sans-serif' };

export class FigureChart {
  private readonly plot: uPlot;
  private readonly spec: ChartSpec;

  constructor(el: HTMLElement, spec: ChartSpec) {
    this.spec = spec;
    const width = Math.max(120, el.clientWidth);
    const height = Math.max(100, el.clientHeight);
    const thresholds = (u: uPlot): void => {
      const ctx = u.ctx;
      const lines: Array<[number | undefined, string]> = [
        [spec.warn, '#ffb020'],
        [spec.bad, '#ff5a5f'],
      ];
      ctx.save();
      ctx.setLineDash([6 * devicePixelRatio, 4 * devicePixelRatio]);
      ctx.lineWidth = 1.2 * devicePixelRatio;
      for (const [v, color] of lines) {
        if (v === undefined) continue;
        const y = u.valToPos(v, 'y', true);
        if (y < u.bbox.top || y > u.bbox.top + u.bbox.height) continue;
        ctx.strokeStyle = color;
        ctx.beginPath();
        ctx.moveTo(u.bbox.left, y);
        ctx.lineTo(u.bbox.left + u.bbox.width, y);
        ctx.stroke();
      }
      ctx.restore();
    };
    this.plot = new uPlot(
      {
        width,
        height,
        legend: { show: false },
        cursor: { show: false },
        padding: [8, 8, 0, 0],
        scales: {
          x: { time: false },
          y: {
            range: (_u: uPlot, _min: number, max: number): [number, number] => [0, Math.max(spec.minMax, (spec.bad ?? 0) * 1.1, (max || 0) * 1.15)],
          },
        },
        axes: [
          { ...AXIS, values: (_u: uPlot, ticks: number[]) => ticks.map((t) => `${Math.round(t)} s`), size: 24 },
          { ...AXIS, size: 46, values: (_u: uPlot, ticks: number[]) => ticks.map((t) => `${fmtTick(t)}${spec.unit === '%' ? '%' : ''}`) },
        ],
        series: [
          {},
          { stroke: spec.color, width: 2, fill: `${spec.color}22`, points: { show: false }, spanGaps: false },
          ...(spec.overlayColor ? [{ stroke: spec.overlayColor, width: 1.5, dash: [4, 3], points: { show: false }, spanGaps: false }] : []),
        ],
        hooks: { draw: [thresholds] },
      },
      (spec.overlayColor ? [[], [], []] : [[], []]) as uPlot.AlignedData,
      el,
    );
    if (typeof ResizeObserver !== 'undefined') {
      new ResizeObserver(() => this.plot.setSize({ width: Math.max(120, el.clientWidth), height: Math.max(100, el.clientHeight) })).observe(el);
    }
  }

  /** times: seconds relative to now (-60..0); values in stored units (NaN/null = not measured). */
  set(times: number[], values: (number | null)[], overlay?: (number | null)[]): void {
    const f = this.spec.factor;
    const scaled = (vs: (number | null)[]): (number | null)[] => vs.map((v) => (v === null || !Number.isFinite(v) ? null : v * f));
    const data = this.spec.overlayColor ? [times, scaled(values), scaled(overlay ?? [])] : [times, scaled(values)];
    this.plot.setData(data as uPlot.AlignedData);
    this.plot.setScale('x', { min: -60, max: 0 });
  }
}

export function fmtTick(t: number): string {
  if (t === 0) return '0';
  if (Math.abs(t) >= 10) return String(Math.round(t));
  return t.toFixed(1).replace(/\.0$/, '');
}
