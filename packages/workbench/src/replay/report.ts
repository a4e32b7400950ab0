// The replay report as data: what the JSON output is, and what the HTML page is rendered from. Field
// meanings are documented in docs/replay.md ("Report"). Times are seconds from the first tick; lengths m,
// speeds m/s. NaN (e.g. a one-way delay the core could not measure) becomes null in JSON.
import type { LinkFigures } from '@farhand/latency-core';
import type { EffectiveConfig } from '@farhand/loop';
import type { ImpairmentParams } from '../link/impairment.js';
import type { LinkStats } from '../link/stats.js';
import { WORKBENCH_VERSION as AGENT_VERSION } from '../version.js';
import type { Comparison } from './compare.js';
import type { ClockRelation } from './clock-relation.js';
import type { LinkSample, RunResult } from './engine.js';
import {
  motionFigures,
  type SpeedLimits,
  plotSeries,
  safetyEvents,
  stateChanges,
  stateTimes,
  trackingFigures,
  type MotionFigures,
  type PlotSeries,
  type SafetyEvent,
  type StateChange,
  type StateTimes,
  type TrackingFigures,
} from './figures.js';
import type { SeedFigures, Spread, SpreadKey } from './seeds.js';
import type { ConfigChange } from './overrides.js';
import type { RetimeResult } from './retime.js';
import type { Damage, LoadedSession } from './session.js';
import { stateName, type Trace } from './trace.js';

/** Events listed one by one in the report; beyond this only their counts (a flapping link can make thousands). */
export const MAX_LISTED_EVENTS = 500;

export interface StateSegment {
  fromS: number;
  toS: number;
  state: string;
}

export interface RunSummary {
  motion: MotionFigures;
  time: StateTimes;
  /** Safety events the core raised, with their reasons (first MAX_LISTED_EVENTS). */
  events: SafetyEvent[];
  eventCounts: Record<string, number>;
  stateChanges: StateChange[];
  /** The core's own view of the link at the end of the run. */
  coreLink: LinkFigures | null;
  /** Seconds of wall time for the run's loop, and multiples of real time. */
  loopSeconds: number;
  speedX: number;
}

export interface ReplayReport {
  format: 'farhand-replay-report';
  version: 1;
  generatedBy: string;
  session: {
    file: string;
    sizeBytes: number;
    sessionId: string;
    agentVersion: string;
    protocol: string;
    wallClockIso: string;
    armDriver: string;
    simSeed: number;
    ticks: number;
    firstTick: number;
    lastTick: number;
    durationS: number;
    frames: number;
    framesRefused: number;
    clockSamples: number;
    commands: number;
    commandsToCore: number;
    controlChanges: number;
    recordedEvents: number;
    damage: Damage | null;
  };
  config: {
    changes: ConfigChange[];
    notes: string[];
    motionScale: number;
    maxLinearSpeedMps: number;
    maxLinearAccelMps2: number;
    maxAngularSpeedRadps: number;
    playoutDelayMinS: number;
    playoutDelayMaxS: number;
  };
  /** The reference run (recorded inputs at recorded ticks) against the recording. */
  reproduction: {
    identical: boolean;
    ticksCompared: number;
    ticksDiffering: number;
    firstDifference: { tick: number; timeS: number; differences: Array<{ field: string; recorded: number | string; replayed: number | string }> } | null;
    summary: string;
  };
  /**
   * Several arms (issue 15): each arm's reproduction against its own recorded ticks, in arm order (absent
   * for a one-arm session). `reproduction` above is then every arm's: identical only if all are.
   */
  arms?: ArmReproduction[];
  link: {
    impaired: boolean;
    description: string;
    params: ImpairmentParams | null;
    /** What the link did to the motion frames (null without impairment). */
    frames: LinkStats | null;
    commandsRetransmitted: number;
    probesSent: number;
    probesCompleted: number;
    arrivedAfterEnd: number;
    clockRelations: Array<{ sessionId: string } & ClockRelation>;
  };
  /** The measured run against its reference: the impaired run against the unimpaired one, or the unimpaired run against the recording. */
  tracking: TrackingFigures & { run: string; reference: string };
  run: RunSummary;
  reference: RunSummary | null;
  /** What-if over several seeds of the same link: one row per seed and min / median / max of each figure. */
  seeds: { rows: SeedFigures[]; spread: Record<SpreadKey, Spread> } | null;
  performance: { loadSeconds: number; realTimeS: number };
  series: {
    run: PlotSeries;
    reference: PlotSeries | null;
    runStates: StateSegment[];
    referenceStates: StateSegment[];
    /** Per bucket of frames: max one-way delay (s) and frames lost (impaired runs only). */
    linkDelay: { timeS: number[]; maxDelayS: number[]; meanDelayS: number[]; lost: number[] } | null;
    coreLink: LinkSample[];
  };
}

export interface ArmReproduction {
  armId: number;
  name: string;
  kind: 'INSTRUMENT' | 'CAMERA';
  identical: boolean;
  ticksCompared: number;
  ticksDiffering: number;
  firstDifference: ReplayReport['reproduction']['firstDifference'];
  summary: string;
  /** With a link: this arm's impaired run (first seed) against its unimpaired run, and its spread over the seeds. */
  whatIf?: ArmWhatIf;
  /** This arm's plots, as `series` is for arm 0 in a one-arm report: its run against its reference. */
  plots?: ArmPlots;
}

/**
 * One arm's plot data: its run (the replay, or the impaired run with a link) against its reference (its
 * own recorded ticks, or its unimpaired run), decimated as `series`, and the tracking between the two.
 */
export interface ArmPlots {
  run: PlotSeries;
  reference: PlotSeries;
  runStates: StateSegment[];
  referenceStates: StateSegment[];
  tracking: { rmsM: number; maxM: number; maxAtS: number; lagS: number };
}

/** One arm's plots: `run` against `reference` (same tick grid). */
export function armPlots(run: Trace, reference: Trace): ArmPlots {
  const tr = trackingFigures(run, reference);
  return {
    run: plotSeries(run, reference),
    reference: plotSeries(reference, null),
    runStates: segments(run),
    referenceStates: segments(reference),
    tracking: { rmsM: tr.rmsM, maxM: tr.maxM, maxAtS: tr.maxAtS, lagS: tr.lagS },
  };
}

export interface ArmWhatIf {
  trackingRmsM: number;
  trackingMaxM: number;
  lagS: number;
  heldS: number;
  holds: number;
  seeds: { rows: SeedFigures[]; spread: Record<SpreadKey, Spread> } | null;
}

export interface ReportInput {
  session: LoadedSession;
  config: EffectiveConfig;
  changes: ConfigChange[];
  notes: string[];
  reference: RunResult;
  reproduction: Comparison;
  reproductionText: string;
  impaired: { run: RunResult; retime: RetimeResult; params: ImpairmentParams; description: string } | null;
  loadSeconds: number;
  /** The impaired run's figures for each seed and their spread (null without impairment). */
  seeds?: ReplayReport['seeds'];
}

function segments(t: Trace): StateSegment[] {
  const out: StateSegment[] = [];
  const t0 = t.timeNs[0] ?? 0;
  const end = ((t.timeNs[t.length - 1] ?? t0) - t0) / 1e9;
  for (let k = 0; k < t.transitions.length; k++) {
    const x = t.transitions[k] as (typeof t.transitions)[number];
    const next = t.transitions[k + 1];
    out.push({ fromS: (x.timeNs - t0) / 1e9, toS: next ? (next.timeNs - t0) / 1e9 : end, state: x.to });
  }
  return out;
}

function summary(r: RunResult, realTimeS: number, limits: SpeedLimits): RunSummary {
  const events = safetyEvents(r.trace);
  const counts: Record<string, number> = {};
  for (const e of events) counts[e.code] = (counts[e.code] ?? 0) + 1;
  return {
    motion: motionFigures(r.trace, limits),
    time: stateTimes(r.trace),
    events: events.slice(0, MAX_LISTED_EVENTS),
    eventCounts: counts,
    stateChanges: stateChanges(r.trace).slice(0, MAX_LISTED_EVENTS),
    coreLink: r.finalLink,
    loopSeconds: r.loopSeconds,
    speedX: r.loopSeconds > 0 ? realTimeS / r.loopSeconds : Infinity,
  };
}

function linkDelaySeries(d: RetimeResult['frameDelays'], buckets = 600): NonNullable<ReplayReport['series']['linkDelay']> {
  const n = d.timeS.length;
  const idx = Array.from({ length: n }, (_, i) => i).sort((a, b) => (d.timeS[a] as number) - (d.timeS[b] as number));
  const out = { timeS: [] as number[], maxDelayS: [] as number[], meanDelayS: [] as number[], lost: [] as number[] };
  const per = Math.max(1, Math.ceil(n / buckets));
  for (let s = 0; s < n; s += per) {
    let max = NaN;
    let sum = 0;
    let count = 0;
    let lost = 0;
    for (let k = s; k < Math.min(n, s + per); k++) {
      const v = d.delayS[idx[k] as number] as number;
      if (Number.isNaN(v)) lost++;
      else {
        max = Number.isNaN(max) ? v : Math.max(max, v);
        sum += v;
        count++;
      }
    }
    out.timeS.push(d.timeS[idx[s] as number] as number);
    out.maxDelayS.push(max);
    out.meanDelayS.push(count > 0 ? sum / count : NaN);
    out.lost.push(lost);
  }
  return out;
}

export function buildReport(x: ReportInput): ReplayReport {
  const s = x.session;
  const t = s.ticks;
  const t0 = t.timeNs[0] as number;
  const durationS = t.length > 1 ? ((t.timeNs[t.length - 1] as number) - t0) / 1e9 : 0;
  const run = x.impaired ? x.impaired.run : x.reference;
  const refTrace = x.impaired ? x.reference.trace : s.ticks;
  const tracking = trackingFigures(run.trace, refTrace);
  const core = x.config.core;
  const limits: SpeedLimits = { maxLinearSpeedMps: core.limits.maxLinearSpeedMps, maxAngularSpeedRadps: core.limits.maxAngularSpeedRadps };
  const f = x.reproduction.first;
  return {
    format: 'farhand-replay-report',
    version: 1,
    generatedBy: `farhand replay ${AGENT_VERSION}`,
    session: {
      file: s.file,
      sizeBytes: s.sizeBytes,
      sessionId: s.start.sessionId,
      agentVersion: s.start.agentVersion,
      protocol: s.start.protocol,
      wallClockIso: s.start.wallClockIso,
      armDriver: s.start.armDriver,
      simSeed: s.start.simSeed,
      ticks: t.length,
      firstTick: t.tick[0] as number,
      lastTick: t.tick[t.length - 1] as number,
      durationS,
      frames: s.frames.length,
      framesRefused: s.framesRefused,
      clockSamples: s.clocks.length,
      commands: s.commands.length,
      commandsToCore: s.commands.filter((c) => c.toCore).length,
      controlChanges: s.controls.length,
      recordedEvents: s.events.length,
      damage: s.damage,
    },
    config: {
      changes: x.changes,
      notes: x.notes,
      motionScale: core.mapping.motionScale,
      maxLinearSpeedMps: core.limits.maxLinearSpeedMps,
      maxLinearAccelMps2: core.limits.maxLinearAccelMps2,
      maxAngularSpeedRadps: core.limits.maxAngularSpeedRadps,
      playoutDelayMinS: core.playout.minDelayS,
      playoutDelayMaxS: core.playout.maxDelayS,
    },
    reproduction: {
      identical: x.reproduction.identical,
      ticksCompared: x.reproduction.ticksCompared,
      ticksDiffering: x.reproduction.ticksDiffering,
      firstDifference: f && {
        tick: f.tick,
        timeS: (f.timeNs - t0) / 1e9,
        differences: f.differences.map((d) => ({ field: d.field, recorded: d.expected, replayed: d.actual })),
      },
      summary: x.reproductionText,
    },
    link: {
      impaired: x.impaired !== null,
      description: x.impaired ? x.impaired.description : 'as recorded (each input at its recorded tick)',
      params: x.impaired?.params ?? null,
      frames: x.impaired?.retime.frameStats ?? null,
      commandsRetransmitted: x.impaired?.retime.commandsRetransmitted ?? 0,
      probesSent: x.impaired?.retime.probesSent ?? 0,
      probesCompleted: x.impaired?.retime.probesCompleted ?? 0,
      arrivedAfterEnd: x.impaired?.retime.arrivedAfterEnd ?? 0,
      clockRelations: x.impaired?.retime.relations ?? [],
    },
    tracking: {
      ...tracking,
      run: x.impaired ? 'replay over the impaired link' : 'replay with the recorded timing',
      reference: x.impaired ? 'replay with the recorded timing (unimpaired)' : 'the recording',
    },
    run: summary(run, durationS, limits),
    reference: x.impaired ? summary(x.reference, durationS, limits) : null,
    seeds: x.seeds ?? null,
    performance: { loadSeconds: x.loadSeconds, realTimeS: durationS },
    series: {
      run: plotSeries(run.trace, refTrace),
      reference: plotSeries(refTrace, null),
      runStates: segments(run.trace),
      referenceStates: segments(refTrace),
      linkDelay: x.impaired ? linkDelaySeries(x.impaired.retime.frameDelays) : null,
      coreLink: run.link,
    },
  };
}

/** The report as JSON text (NaN and infinities become null). */
export function reportJson(r: ReplayReport): string {
  return `${JSON.stringify(r, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2)}\n`;
}

/** A few lines for the terminal. */
export function reportText(r: ReplayReport): string {
  const mm = (m: number) => `${(m * 1000).toFixed(3)} mm`;
  const lines: string[] = [];
  lines.push(`session ${r.session.sessionId}: ${r.session.ticks} ticks, ${r.session.durationS.toFixed(3)} s, ${r.session.frames} frames`);
  if (r.session.damage) lines.push(`DAMAGED (${r.session.damage.kind}): ${r.session.damage.message}; replayed the readable part`);
  for (const c of r.config.changes) lines.push(`config: ${c.path} ${JSON.stringify(c.recorded)} -> ${JSON.stringify(c.replayed)}`);
  for (const n of r.config.notes) lines.push(`note: ${n}`);
  lines.push(`${r.reproduction.identical ? 'REPRODUCED' : 'DIFFERS'}: ${r.reproduction.summary}`);
  for (const a of r.arms ?? []) {
    lines.push(`  arm ${a.armId} ${a.name} (${a.kind.toLowerCase()}): ${a.identical ? 'REPRODUCED' : 'DIFFERS'}: ${a.summary}`);
    const w = a.whatIf;
    if (w) lines.push(`    over the link: tracking RMS ${mm(w.trackingRmsM)}, max ${mm(w.trackingMaxM)}, lag ${(w.lagS * 1e3).toFixed(0)} ms, held ${w.heldS.toFixed(3)} s (${w.holds} holds)`);
  }
  if (r.link.impaired) {
    const l = r.link.frames;
    lines.push(`link: ${r.link.description}`);
    if (l) {
      lines.push(
        `  frames: ${l.packetsSent} sent, loss ${(l.lossRatio * 100).toFixed(2)}% (mean burst ${l.meanBurstLength.toFixed(2)}), delay mean ${(l.delayMeanS * 1e3).toFixed(1)} ms p99 ${(l.delayP99S * 1e3).toFixed(1)} ms, reordered ${(l.reorderedRatio * 100).toFixed(2)}%, duplicated ${(l.duplicateRatio * 100).toFixed(2)}%`,
      );
    }
  }
  const tr = r.tracking;
  lines.push(`tracking vs ${tr.reference}: RMS ${mm(tr.rmsM)}, max ${mm(tr.maxM)} at ${tr.maxAtS.toFixed(3)} s; lag ${(tr.lagS * 1e3).toFixed(0)} ms, RMS after lag ${mm(tr.rmsAtLagM)}`);
  const m = r.run.motion;
  lines.push(`peaks: speed ${(m.peakSpeedMps * 1e3).toFixed(1)} mm/s at ${m.peakSpeedAtS.toFixed(3)} s, acceleration ${m.peakAccelMps2.toFixed(3)} m/s^2, angular ${m.peakAngularSpeedRadps.toFixed(3)} rad/s`);
  if (Number.isFinite(m.linearClippedS)) lines.push(`at the speed limits: linear ${m.linearClippedS.toFixed(3)} s, angular (orientation clipped) ${m.angularClippedS.toFixed(3)} s`);
  const st = r.run.time;
  lines.push(`time: following ${st.followingS.toFixed(3)} s, held ${st.heldS.toFixed(3)} s, fault/e-stop ${st.latchedS.toFixed(3)} s`);
  if (r.seeds && r.seeds.rows.length > 1) {
    const sp = r.seeds.spread;
    const f = (k: SpreadKey, scale: number, digits: number, unit: string) => `${(sp[k].min * scale).toFixed(digits)} / ${(sp[k].median * scale).toFixed(digits)} / ${(sp[k].max * scale).toFixed(digits)}${unit}`;
    lines.push(`over ${r.seeds.rows.length} seeds (${r.seeds.rows.map((x) => x.seed).join(', ')}), min / median / max:`);
    lines.push(`  held ${f('heldS', 1, 3, ' s')}, holds ${f('holds', 1, 0, '')}, tracking RMS ${f('trackingRmsM', 1e3, 3, ' mm')}, max ${f('trackingMaxM', 1e3, 3, ' mm')}`);
    lines.push(`  peak speed ${f('peakSpeedMps', 1e3, 1, ' mm/s')}, peak acceleration ${f('peakAccelMps2', 1, 3, ' m/s^2')}, loss ${f('lossRatio', 100, 2, ' %')}, safety events ${f('safetyEvents', 1, 0, '')}`);
  }
  const counts = Object.entries(r.run.eventCounts);
  if (counts.length > 0) lines.push(`events: ${counts.map(([c, n]) => `${c} x${n}`).join(', ')}`);
  const speeds = [r.run, ...(r.reference ? [r.reference] : [])].map((x) => `${x.speedX.toFixed(0)}x`).join(' / ');
  lines.push(`replay speed: ${speeds} real time (load ${r.performance.loadSeconds.toFixed(2)} s)`);
  return lines.join('\n');
}

export { stateName };
