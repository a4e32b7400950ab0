// A replay from file to report: load the session, rebuild its config (with any changes), run the
// recorded inputs at their recorded ticks (the reference run: with the recorded config it must equal
// the recording bit for bit), and, when a link is given, run the same inputs again over that link and
// measure the run against the reference.
import { isMultiArm, type EffectiveConfig } from '@farhand/loop';
import type { ImpairmentParams } from '../link/impairment.js';
import { describeImpairment } from '../link/options.js';
import { compareTraces, describeDifference, type Comparison } from './compare.js';
import { runSchedule, type RunResult, type Schedule, type TickGrid } from './engine.js';
import { applyOverrides, type ConfigChange, type ConfigOverride } from './overrides.js';
import { buildReport, type ReplayReport } from './report.js';
import { retimeSession, type RetimeResult, type StreamKind } from './retime.js';
import { DEFAULT_WHATIF_SEEDS, seedFigures, spreadOf, type SeedFigures } from './seeds.js';
import { loadSession, masterKindsOf, type LoadedSession } from './session.js';

export interface ReplayOptions {
  overrides?: readonly ConfigOverride[];
  /** Re-impair over this link; null/undefined: the recorded timing only. */
  impairment?: ImpairmentParams | null;
  /** With an impairment: datagram (the DataChannel, default) or tcp (the WebSocket: retransmissions, head-of-line stalls). */
  stream?: StreamKind;
  /** With an impairment: how many seeds to run (impairment.seed, +1, ...); default DEFAULT_WHATIF_SEEDS. */
  seeds?: number;
  /** Replay the readable part of a truncated or damaged file instead of failing. */
  allowDamaged?: boolean;
  onProgress?: (phase: 'load' | 'reference' | 'impaired', done: number, total: number) => void;
}

/** A recording of a multi-arm session (config `arms`): replay does not rebuild it yet, and says so. */
export class MultiArmRecordingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MultiArmRecordingError';
  }
}

export class DamagedSessionError extends Error {
  override name = 'DamagedSessionError';
  constructor(
    message: string,
    readonly session: LoadedSession,
  ) {
    super(message);
  }
}

export interface ReplayOutcome {
  report: ReplayReport;
  /** The run measured in the report: the impaired one when a link was given, else the reference. */
  reproduction: Comparison;
}

/** The recorded inputs at their recorded ticks. */
export function recordedSchedule(session: LoadedSession, grid: TickGrid): Schedule {
  const first = grid.tick[0] as number;
  const at = (tick: number) => Math.max(0, tick - first);
  return {
    frames: session.frames.map((f) => ({ at: at(f.tick), item: f.arrived })).sort(byAt),
    clocks: session.clocks.map((c) => ({ at: at(c.tick), item: c.sample })).sort(byAt),
    commands: session.commands.flatMap((c) => (c.command ? [{ at: at(c.tick), item: c.command }] : [])).sort(byAt),
    controls: session.controls.map((c) => ({ at: at(c.tick), item: c.controllerId })).sort(byAt),
    masterKinds: masterKindsOf(session.events, session.controls),
  };
}

// Array.prototype.sort is stable: equal ticks keep file order, which is the order the loop got them in.
function byAt(a: { at: number }, b: { at: number }): number {
  return a.at - b.at;
}

export function describeDamage(session: LoadedSession): string {
  const d = session.damage;
  if (!d) return '';
  const t = session.ticks;
  const seconds = t.length > 1 ? ((t.timeNs[t.length - 1] as number) - (t.timeNs[0] as number)) / 1e9 : 0;
  return `${session.file}: ${d.kind === 'TRUNCATED' ? 'truncated' : d.kind === 'TICK_GAP' ? 'ticks missing' : 'damaged'}: ${d.message}. Readable: ticks ${t.tick[0]}..${t.tick[t.length - 1]} (${seconds.toFixed(3)} s).`;
}

export async function replayFile(file: string, options: ReplayOptions = {}): Promise<ReplayOutcome> {
  const loadStart = process.hrtime.bigint();
  const session = await loadSession(file, { onProgress: (done, total) => options.onProgress?.('load', done, total) });
  const loadSeconds = Number(process.hrtime.bigint() - loadStart) / 1e9;
  if (session.damage && !options.allowDamaged) {
    throw new DamagedSessionError(`${describeDamage(session)} Pass --allow-truncated to replay the readable part.`, session);
  }
  return replaySession(session, { ...options, loadSeconds });
}

export async function replaySession(session: LoadedSession, options: ReplayOptions & { loadSeconds?: number } = {}): Promise<ReplayOutcome> {
  const { config, changes } = applyOverrides(session.start.configJson, options.overrides ?? []);
  if (isMultiArm(config)) {
    // Issue 15: the recording holds every two-handed frame, command and probe, but tick rows for the first
    // arm only, so the other arms' setpoints cannot be compared, and replay runs the one-arm loop.
    throw new MultiArmRecordingError(
      `${session.file}: recorded with several arms (${(config.arms ?? []).join(', ')}); replay reproduces one-arm sessions only: this recording holds tick rows for ${config.arms?.[0] ?? 'the first arm'} alone, so the other arms cannot be compared (per-arm tick rows are issue 15's next step).`,
    );
  }
  const notes: string[] = [];
  let runConfig: EffectiveConfig = config;
  if (config.driver !== 'sim') {
    // Replay runs against the simulator; the recorded measurements came from a real arm, so they differ.
    runConfig = { ...config, driver: 'sim' };
    notes.push(`recorded with the "${config.driver}" arm driver: replayed against the simulator, so measured_cp cannot match the recording`);
  }
  const grid: TickGrid = { length: session.ticks.length, tick: session.ticks.tick, timeNs: session.ticks.timeNs };
  const reference = await runSchedule(runConfig, grid, recordedSchedule(session, grid), {
    onProgress: (d, t) => options.onProgress?.('reference', d, t),
  });
  const reproduction = compareTraces(session.ticks, reference.trace);
  let impaired: { run: RunResult; retime: RetimeResult; params: ImpairmentParams } | null = null;
  const perSeed: SeedFigures[] = [];
  if (options.impairment) {
    const seeds = options.seeds ?? DEFAULT_WHATIF_SEEDS;
    if (!Number.isInteger(seeds) || seeds < 1 || seeds > 100) throw new RangeError(`seeds = ${seeds}: expected a whole number from 1 to 100`);
    const limits = { maxLinearSpeedMps: runConfig.core.limits.maxLinearSpeedMps, maxAngularSpeedRadps: runConfig.core.limits.maxAngularSpeedRadps };
    for (let k = 0; k < seeds; k++) {
      // The first seed is the one the report plots; the others only add their figures (their traces are dropped).
      const params: ImpairmentParams = { ...options.impairment, seed: options.impairment.seed + k };
      const retime = retimeSession(session, grid, params, options.stream ?? 'datagram');
      const run = await runSchedule(runConfig, grid, retime.schedule, {
        onProgress: (d, t) => options.onProgress?.('impaired', k * t + d, seeds * t),
      });
      perSeed.push(seedFigures(params.seed, run, retime, reference.trace, limits));
      if (k === 0) impaired = { run, retime, params };
    }
  }
  const report = buildReport({
    session,
    config: runConfig,
    changes,
    notes,
    reference,
    reproduction,
    reproductionText: describeDifference(reproduction, session.ticks.timeNs[0] as number),
    impaired: impaired && {
      ...impaired,
      description: `${describeImpairment(impaired.params)}; ${options.stream === 'tcp' ? 'motion as over the WebSocket (TCP: lost packets sent again, later messages wait behind them)' : 'motion as over the DataChannel (datagrams: a lost frame is lost)'}`,
    },
    loadSeconds: options.loadSeconds ?? NaN,
    seeds: perSeed.length > 0 ? { rows: perSeed, spread: spreadOf(perSeed) } : null,
  });
  return { report, reproduction };
}

export type { ConfigChange };
