// Small inline SVG charts for the replay report: a line chart with axes, ticks, legend and reference
// lines, and a state timeline. Rendered here (no library, no script, no network) so the report is one
// self-contained file that opens anywhere, prints, and still shows its plots in ten years.

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export interface LineSeries {
  name: string;
  color: string;
  x: ArrayLike<number>;
  y: ArrayLike<number>;
  dashed?: boolean;
  /** Draw points instead of a line (sparse data such as losses). */
  points?: boolean;
}

export interface ChartOptions {
  title: string;
  xLabel: string;
  yLabel: string;
  series: LineSeries[];
  width?: number;
  height?: number;
  /** Horizontal reference lines, e.g. a speed limit. */
  hLines?: Array<{ y: number; label: string; color: string }>;
  /** Force the y range to include 0. */
  yFromZero?: boolean;
  xMax?: number;
}

/** "Nice" tick step for a range (1, 2, 5 x 10^k). */
export function niceStep(range: number, target = 6): number {
  if (!(range > 0)) return 1;
  const raw = range / target;
  const p = 10 ** Math.floor(Math.log10(raw));
  const m = raw / p;
  return (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10) * p;
}

function fmtTick(v: number, step: number): string {
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  return v.toFixed(Math.min(decimals, 6));
}

let clipCounter = 0;

export function lineChart(o: ChartOptions): string {
  const W = o.width ?? 1100;
  const H = o.height ?? 260;
  const m = { l: 70, r: 20, t: 34, b: 44 };
  const pw = W - m.l - m.r;
  const ph = H - m.t - m.b;
  let xmin = Infinity;
  let xmax = -Infinity;
  let ymin = Infinity;
  let ymax = -Infinity;
  for (const s of o.series) {
    for (let i = 0; i < s.x.length; i++) {
      const x = s.x[i] as number;
      const y = s.y[i] as number;
      if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
      xmin = Math.min(xmin, x);
      xmax = Math.max(xmax, x);
      ymin = Math.min(ymin, y);
      ymax = Math.max(ymax, y);
    }
  }
  for (const h of o.hLines ?? []) {
    if (Number.isFinite(h.y)) {
      ymin = Math.min(ymin, h.y);
      ymax = Math.max(ymax, h.y);
    }
  }
  if (o.xMax !== undefined) xmax = Math.max(xmax, o.xMax);
  if (!Number.isFinite(xmin)) {
    xmin = 0;
    xmax = 1;
  }
  if (!Number.isFinite(ymin)) {
    ymin = 0;
    ymax = 1;
  }
  if (o.yFromZero) ymin = Math.min(0, ymin);
  if (xmax === xmin) xmax = xmin + 1;
  if (ymax === ymin) {
    ymax += Math.abs(ymax) * 0.1 + 1e-9;
    ymin -= Math.abs(ymin) * 0.1 + 1e-9;
  }
  const ypad = (ymax - ymin) * 0.05;
  if (!(o.yFromZero && ymin === 0)) ymin -= ypad;
  ymax += ypad;
  const sx = (x: number) => m.l + ((x - xmin) / (xmax - xmin)) * pw;
  const sy = (y: number) => m.t + ph - ((y - ymin) / (ymax - ymin)) * ph;
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-label="${esc(o.title)}" class="chart">`);
  parts.push(`<text x="${m.l}" y="20" class="ct">${esc(o.title)}</text>`);
  // Grid and ticks.
  const xs = niceStep(xmax - xmin, 10);
  for (let v = Math.ceil(xmin / xs) * xs; v <= xmax + xs * 1e-9; v += xs) {
    const X = sx(v).toFixed(1);
    parts.push(`<line x1="${X}" x2="${X}" y1="${m.t}" y2="${m.t + ph}" class="grid"/>`);
    parts.push(`<text x="${X}" y="${m.t + ph + 16}" class="tk" text-anchor="middle">${fmtTick(v, xs)}</text>`);
  }
  const ys = niceStep(ymax - ymin, 5);
  for (let v = Math.ceil(ymin / ys) * ys; v <= ymax + ys * 1e-9; v += ys) {
    const Y = sy(v).toFixed(1);
    parts.push(`<line x1="${m.l}" x2="${m.l + pw}" y1="${Y}" y2="${Y}" class="grid"/>`);
    parts.push(`<text x="${m.l - 6}" y="${(+Y + 4).toFixed(1)}" class="tk" text-anchor="end">${fmtTick(v, ys)}</text>`);
  }
  parts.push(`<rect x="${m.l}" y="${m.t}" width="${pw}" height="${ph}" class="frame"/>`);
  parts.push(`<text x="${m.l + pw / 2}" y="${H - 8}" class="al" text-anchor="middle">${esc(o.xLabel)}</text>`);
  parts.push(`<text transform="translate(16 ${m.t + ph / 2}) rotate(-90)" class="al" text-anchor="middle">${esc(o.yLabel)}</text>`);
  for (const h of o.hLines ?? []) {
    if (!Number.isFinite(h.y)) continue;
    const Y = sy(h.y).toFixed(1);
    parts.push(`<line x1="${m.l}" x2="${m.l + pw}" y1="${Y}" y2="${Y}" stroke="${h.color}" stroke-dasharray="6 4" stroke-width="1.2"/>`);
    parts.push(`<text x="${m.l + pw - 4}" y="${(+Y - 4).toFixed(1)}" class="tk" text-anchor="end" fill="${h.color}">${esc(h.label)}</text>`);
  }
  const clip = `c${++clipCounter}`;
  parts.push(`<clipPath id="${clip}"><rect x="${m.l}" y="${m.t}" width="${pw}" height="${ph}"/></clipPath><g clip-path="url(#${clip})">`);
  for (const s of o.series) {
    if (s.points) {
      const dots: string[] = [];
      for (let i = 0; i < s.x.length; i++) {
        const x = s.x[i] as number;
        const y = s.y[i] as number;
        if (Number.isFinite(x) && Number.isFinite(y)) dots.push(`<circle cx="${sx(x).toFixed(1)}" cy="${sy(y).toFixed(1)}" r="2.2"/>`);
      }
      parts.push(`<g fill="${s.color}">${dots.join('')}</g>`);
      continue;
    }
    // Break the line where values are missing (NaN), rather than bridging the gap.
    let d = '';
    let pen = false;
    for (let i = 0; i < s.x.length; i++) {
      const x = s.x[i] as number;
      const y = s.y[i] as number;
      if (!Number.isFinite(x) || !Number.isFinite(y)) {
        pen = false;
        continue;
      }
      d += `${pen ? 'L' : 'M'}${sx(x).toFixed(1)} ${sy(y).toFixed(1)}`;
      pen = true;
    }
    if (d) parts.push(`<path d="${d}" fill="none" stroke="${s.color}" stroke-width="1.4"${s.dashed ? ' stroke-dasharray="5 3"' : ''}/>`);
  }
  parts.push(`</g>`);
  // Legend, top right.
  let lx = m.l + pw;
  const legend: string[] = [];
  for (const s of [...o.series].reverse()) {
    const w = 26 + s.name.length * 6.6;
    lx -= w;
    legend.push(
      `<line x1="${lx.toFixed(1)}" x2="${(lx + 18).toFixed(1)}" y1="16" y2="16" stroke="${s.color}" stroke-width="2.5"${s.dashed ? ' stroke-dasharray="5 3"' : ''}/>` +
        `<text x="${(lx + 22).toFixed(1)}" y="20" class="tk">${esc(s.name)}</text>`,
    );
  }
  parts.push(legend.join(''));
  parts.push('</svg>');
  return parts.join('');
}

export interface Lane {
  name: string;
  segments: Array<{ fromS: number; toS: number; state: string }>;
}

export const STATE_COLORS: Record<string, string> = {
  IDLE: '#b0b7c3',
  ENGAGING: '#8fb8de',
  FOLLOWING: '#3a9d5d',
  CLUTCHED: '#e0c341',
  HOLDING: '#e8883a',
  FAULT: '#c8362f',
  ESTOPPED: '#7a1b8c',
  UNKNOWN: '#444444',
};

export function timeline(title: string, lanes: Lane[], durationS: number, width = 1100): string {
  const m = { l: 70, r: 20, t: 34, b: 58 };
  const laneH = 26;
  const H = m.t + lanes.length * (laneH + 8) + m.b;
  const pw = width - m.l - m.r;
  const span = durationS > 0 ? durationS : 1;
  const sx = (t: number) => m.l + (Math.max(0, Math.min(span, t)) / span) * pw;
  const parts: string[] = [`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${H}" width="100%" role="img" aria-label="${esc(title)}" class="chart">`];
  parts.push(`<text x="${m.l}" y="20" class="ct">${esc(title)}</text>`);
  lanes.forEach((lane, k) => {
    const y = m.t + k * (laneH + 8);
    parts.push(`<text x="${m.l - 8}" y="${y + laneH / 2 + 4}" class="tk" text-anchor="end">${esc(lane.name)}</text>`);
    for (const s of lane.segments) {
      const x0 = sx(s.fromS);
      const w = Math.max(0.8, sx(s.toS) - x0);
      parts.push(`<rect x="${x0.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="${laneH}" fill="${STATE_COLORS[s.state] ?? '#444'}"><title>${esc(s.state)} ${s.fromS.toFixed(3)}-${s.toS.toFixed(3)} s</title></rect>`);
    }
  });
  const axisY = m.t + lanes.length * (laneH + 8);
  const step = niceStep(span, 10);
  for (let v = 0; v <= span + step * 1e-9; v += step) {
    parts.push(`<text x="${sx(v).toFixed(1)}" y="${axisY + 14}" class="tk" text-anchor="middle">${fmtTick(v, step)}</text>`);
  }
  parts.push(`<text x="${m.l + pw / 2}" y="${H - 6}" class="al" text-anchor="middle">time, s</text>`);
  // Legend.
  let lx = m.l;
  for (const [state, color] of Object.entries(STATE_COLORS)) {
    if (state === 'UNKNOWN') continue;
    parts.push(`<rect x="${lx}" y="${axisY + 20}" width="10" height="10" fill="${color}"/><text x="${lx + 14}" y="${axisY + 29}" class="tk">${state}</text>`);
    lx += 30 + state.length * 7;
  }
  parts.push('</svg>');
  return parts.join('');
}
