// Per-arm figures for the monitor when the agent drives several arms (Telemetry.arms): each arm's
// tracking error (|setpoint - measured| at the tip), tip speed and jaw opening over the last minute, in
// the column layout the arm charts draw. Speeds are taken between the samples the series keeps (about
// 0.1 s apart) on the agent's clock, so the browser's delivery jitter does not show as speed.
import { RollingSeries, type SeriesOptions } from './series.js';

export const ARM_FIGS = ['tracking', 'speed', 'jaw'] as const;
export type ArmFig = (typeof ARM_FIGS)[number];

export type Vec3 = readonly [number, number, number];

/** One arm in one telemetry message, read off the wire (null/NaN: not reported). */
export interface ArmSample {
  armId: number;
  measuredM: Vec3 | null;
  setpointM: Vec3 | null;
  /** NaN for an arm without a jaw (the ECM). */
  jawRad: number;
}

/** One arm the charts draw, in the agent's order. */
export interface ArmKey {
  armId: number;
  /** As Welcome.arms names it (PSM1, PSM2, ECM). */
  name: string;
  /** The camera arm has no jaw: it is left out of the jaw chart. */
  hasJaw: boolean;
}

const dist = (a: Vec3, b: Vec3): number => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

export class ArmSeries {
  private readonly series: RollingSeries;
  private last = new Map<number, { atS: number; measuredM: Vec3 }>();

  constructor(
    readonly arms: readonly ArmKey[],
    opts: SeriesOptions = { windowS: 60, minStepS: 0.1 },
  ) {
    this.series = new RollingSeries(
      arms.flatMap((a) => ARM_FIGS.map((f) => `${a.armId}:${f}`)),
      opts,
    );
  }

  /** Whether this series draws exactly these arms (else the page builds a new one). */
  matches(arms: readonly ArmKey[]): boolean {
    return arms.length === this.arms.length && arms.every((a, i) => a.armId === this.arms[i]!.armId && a.name === this.arms[i]!.name && a.hasJaw === this.arms[i]!.hasJaw);
  }

  /**
   * Adds one telemetry message's arms at page time tS; agentS is the agent's clock (s) for the speed
   * (NaN: use tS). An arm missing from the message is a gap. Returns false when the sample was skipped.
   */
  push(tS: number, agentS: number, samples: readonly ArmSample[]): boolean {
    const atS = Number.isFinite(agentS) ? agentS : tS;
    const values: number[] = [];
    const moved = new Map<number, { atS: number; measuredM: Vec3 }>();
    for (const a of this.arms) {
      const s = samples.find((x) => x.armId === a.armId);
      const tracking = s?.measuredM && s.setpointM ? dist(s.setpointM, s.measuredM) : NaN;
      let speed = NaN;
      if (s?.measuredM) {
        const prev = this.last.get(a.armId);
        const dtS = prev ? atS - prev.atS : NaN;
        if (prev && dtS > 0) speed = dist(s.measuredM, prev.measuredM) / dtS;
        moved.set(a.armId, { atS, measuredM: s.measuredM });
      }
      const jaw = a.hasJaw && s ? s.jawRad : NaN;
      values.push(tracking, speed, jaw);
    }
    if (!this.series.push(tS, values)) return false;
    // Only kept samples move the reference, so a speed spans the same step as the chart's points.
    this.last = moved;
    return true;
  }

  length(): number {
    return this.series.length();
  }

  /** [times, one column per arm] for one figure, in the arms' order (null: a gap). */
  data(fig: ArmFig): (number | null)[][] {
    const [t, ...cols] = this.series.data();
    const k = ARM_FIGS.indexOf(fig);
    return [t ?? [], ...this.arms.map((_a, i) => cols[i * ARM_FIGS.length + k] ?? [])];
  }

  /** The newest value of one arm's figure (NaN: none). */
  latest(armId: number, fig: ArmFig): number {
    const i = this.arms.findIndex((a) => a.armId === armId);
    return i < 0 ? NaN : this.series.latest(i * ARM_FIGS.length + ARM_FIGS.indexOf(fig));
  }
}

/** Distinct from the amber/red threshold lines and from each other on the dark panel. */
const ARM_COLORS = ['#4da3ff', '#f07cd0', '#b6e36b', '#c9a7ff', '#5ed4e6', '#ffd27a'];

/** The colour an arm is drawn in: by its place in the agent's list, so PSM1/PSM2/ECM keep theirs. */
export function armColor(index: number): string {
  return ARM_COLORS[((index % ARM_COLORS.length) + ARM_COLORS.length) % ARM_COLORS.length]!;
}
