// PoseTrack -> a farhand session file that replay takes, as if a surgeon had sent that motion to the
// agent over an ideal network. The session is produced by running the real core and simulator on
// synthetic inputs (replay/engine.ts), so its tick records are genuine and a replay of it is
// bit-identical like any recording. The synthetic session, on the agent clock (tick 0 at 100 ms):
//   - one console session; REQUEST_CONTROL at 5 ms (answered by the agent: a control change);
//   - agent-originated clock probes every 100 ms (the console clock runs 4 s ahead of the agent's);
//   - frames from 10 ms: the first pose held for the lead-in (default 1 s), then the track at its
//     recorded times, then the last pose held for the tail (0.5 s); operator present throughout;
//   - ENGAGE at 60% of the lead-in, DISENGAGE at the end of the tail;
//   - an ideal network: every message arrives after a fixed delay (default 1 ms), none lost;
//   - control ticks at the configured rate (1 kHz) until 100 ms after the last message.
// Poses: a "tool" track (a recorded instrument tip, e.g. dVRK setpoint_cp) is moved rigidly so that its
// first pose is the simulated tool's initial pose, and the master poses are what makes the core
// reproduce it: orientation through the inverse registration, displacement divided by the motion
// scale. A "hand" track is taken as master motion: positions as recorded (from the first one), the
// orientation turned once so that the first pose is aligned with the tool, as engaging requires.
// The timing of the synthetic session is synthetic.ts (shared with build-arms.ts, two hands: a
// multi-arm session).
import type { ArrivedFrame, CoreCommand, MasterFrame, Pose, Quat, Vec3 } from '@farhand/latency-core';
import { agentConfigSchema, farhand, toMotionFrame, validateMotionFrame } from '@farhand/protocol';
import { completeConfig, recordedConfigJson, type EffectiveConfig } from '@farhand/loop';
import { createRuntime } from '@farhand/loop';
import type { SessionStartRecord } from '@farhand/recording';
import { runSchedule, type Schedule, type Scheduled } from '../replay/engine.js';
import { trackingFigures, type TrackingFigures } from '../replay/figures.js';
import { tickIndexAt } from '../replay/retime.js';
import { Trace } from '../replay/trace.js';
import { WORKBENCH_VERSION as AGENT_VERSION } from '../version.js';
import { qConj, qMul, qNormalize, qRotate } from '@farhand/latency-core';
import { writeSessionFile, type SessionFileOptions } from './session-file.js';
import {
  CONSOLE_AHEAD_NS,
  ImportError,
  T0_NS,
  clockProbes,
  commandRecords,
  followingSeconds,
  intendedPoses,
  planTimeline,
  runWarnings,
  syntheticCommands,
  syntheticInputs,
} from './synthetic.js';
import type { PoseTrack } from './track.js';

export { ImportError };

export interface ImportOptions {
  /** Motion scale, tool/master (core.mapping.motionScale); default: the core's default (0.2). */
  scale?: number;
  /** Simulator seed (default 1). */
  seed?: number;
  /** One-way delay of the ideal network, ns (default 1 ms). */
  networkDelayNs?: number;
  leadInS?: number;
  tailS?: number;
  sessionId?: string;
  /** Unix-epoch ns of the agent clock's zero (log times); default: importUnixOrigin. */
  unixNsAtOrigin?: bigint;
  /** Extra core config (JSON object), e.g. limits. */
  core?: Record<string, unknown>;
  /** The arms to drive, in wire order (config `arms`); absent: the one-arm path. Two hands need PSM1 and PSM2. */
  arms?: readonly string[];
  onProgress?: (done: number, total: number) => void;
}

export interface ImportResult {
  out: string;
  sessionId: string;
  kind: PoseTrack['kind'];
  source: string;
  frameId: string;
  samples: number;
  dropped: PoseTrack['dropped'];
  frames: number;
  ticks: number;
  durationS: number;
  /** Seconds the supervisor spent following. */
  followingS: number;
  /** How closely the tool setpoint followed the intended tool motion (with the playout lag taken out). */
  follow: TrackingFigures;
  warnings: string[];
}

export function importConfig(options: ImportOptions): EffectiveConfig {
  const core: Record<string, unknown> = { ...(options.core ?? {}) };
  if (options.scale !== undefined) {
    const mapping = (core.mapping ?? {}) as Record<string, unknown>;
    core.mapping = { ...mapping, motionScale: options.scale };
  }
  const parsed = agentConfigSchema.safeParse({ core, sim: { seed: options.seed ?? 1 }, recording: { enabled: false }, ...(options.arms ? { arms: [...options.arms] } : {}) });
  if (!parsed.success) throw new ImportError(`import config: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const r = completeConfig(parsed.data);
  if (!r.ok) throw new ImportError(`import config:\n  ${r.errors.join('\n  ')}`);
  return r.config;
}

/** Master poses (console frame) for each sample, and the tool pose each should produce. */
export function masterPoses(track: PoseTrack, tool0: Pose, registration: Quat, scale: number): { master: Pose[]; target: Pose[] } {
  const first = track.samples[0];
  if (!first) throw new ImportError(`${track.source}: no samples`);
  const regInv = qConj(qNormalize(registration));
  const master: Pose[] = [];
  const target: Pose[] = [];
  if (track.kind === 'tool') {
    // Rigid move: the first recorded pose onto the simulated tool's initial pose.
    const a = qNormalize(qMul(tool0.orientation, qConj(first.orientation)));
    for (const s of track.samples) {
      const d: Vec3 = [s.position[0] - first.position[0], s.position[1] - first.position[1], s.position[2] - first.position[2]];
      const dt = qRotate(a, d);
      const qt = qNormalize(qMul(a, s.orientation));
      target.push({ position: [tool0.position[0] + dt[0], tool0.position[1] + dt[1], tool0.position[2] + dt[2]], orientation: qt });
      const dm = qRotate(regInv, dt);
      master.push({ position: [dm[0] / scale, dm[1] / scale, dm[2] / scale], orientation: qNormalize(qMul(regInv, qt)) });
    }
  } else {
    // Hand: turn the orientation once so the first master pose is aligned with the tool.
    const reg = qNormalize(registration);
    const b = qNormalize(qMul(qMul(regInv, tool0.orientation), qConj(first.orientation)));
    for (const s of track.samples) {
      const m: Vec3 = [s.position[0] - first.position[0], s.position[1] - first.position[1], s.position[2] - first.position[2]];
      const qm = qNormalize(qMul(b, s.orientation));
      master.push({ position: m, orientation: qm });
      const dt = qRotate(reg, m);
      target.push({ position: [tool0.position[0] + scale * dt[0], tool0.position[1] + scale * dt[1], tool0.position[2] + scale * dt[2]], orientation: qNormalize(qMul(reg, qm)) });
    }
  }
  return { master, target };
}

/** What the agent would have decoded and validated from this frame on the wire. */
function wireFrame(f: MasterFrame): { envelope: Uint8Array; arrived: MasterFrame } {
  const envelope = farhand.v1.Envelope.encode({ motion: toMotionFrame(f) }).finish();
  const env = farhand.v1.Envelope.decode(envelope);
  const v = validateMotionFrame(env.motion);
  if (!v.ok) throw new ImportError(`frame seq ${f.seq} would be refused by the agent: ${v.message}`);
  return { envelope, arrived: v.frame };
}

/**
 * The Unix-epoch time of the agent clock's zero for an imported session (log times): a source on the
 * Unix epoch (a ROS bag's header stamps, 2000..2100) keeps its times, so the first pose's log time is its
 * recorded time; other sources (a CSV's seconds, a bag on simulated time) are placed at the time of the import.
 */
export function importUnixOrigin(startUnixNs: bigint | undefined, firstSampleAgentNs: number, nowUnixMs = Date.now()): bigint {
  const looksUnix = startUnixNs !== undefined && startUnixNs >= 946_684_800_000_000_000n && startUnixNs < 4_102_444_800_000_000_000n;
  const atNs = looksUnix ? startUnixNs : BigInt(Math.round(nowUnixMs)) * 1_000_000n;
  return atNs - BigInt(Math.round(firstSampleAgentNs));
}

export async function buildSession(track: PoseTrack, out: string, options: ImportOptions = {}): Promise<ImportResult> {
  const config = importConfig(options);
  const sessionId = options.sessionId ?? 'import';
  const delay = options.networkDelayNs ?? 1e6;
  const leadNs = (options.leadInS ?? 1) * 1e9;
  const tailNs = (options.tailS ?? 0.5) * 1e9;
  const samples = track.samples;
  const timeline = planTimeline(samples.map((s) => s.timeNs), track.source, { delayNs: delay, leadNs, tailNs, controlRateHz: config.controlRateHz });
  const { grid, motionStart } = timeline;
  const n = grid.length;

  const { initialReading } = await createRuntime(config);
  const tool0 = initialReading.measured_cp;
  const scale = config.core.mapping.motionScale;
  const { master, target } = masterPoses(track, tool0, config.core.mapping.registration, scale);

  // Send times (agent clock) and poses of every frame: lead-in, track, tail.
  const sends = timeline.sends.map((x) => {
    const s = samples[x.sample] as (typeof samples)[number];
    return { atNs: x.atNs, pose: master[x.sample] as Pose, target: target[x.sample] as Pose, grip: s.grip, clutch: x.lead ? false : s.clutch, present: x.lead ? true : s.operatorPresent };
  });

  const schedule: Schedule = { frames: [], clocks: [], commands: [], controls: [] };
  const frames: Array<{ tick: number; receiveNs: number; envelope: Uint8Array }> = [];
  sends.forEach((s, k) => {
    const f: MasterFrame = {
      armId: config.core.armId,
      seq: k + 1,
      captureTimeNs: Math.round(s.atNs + CONSOLE_AHEAD_NS),
      position: s.pose.position,
      orientation: s.pose.orientation,
      grip: s.grip,
      clutch: s.clutch,
      operatorPresent: s.present,
    };
    const w = wireFrame(f);
    const arrival = Math.round(s.atNs + delay);
    const at = tickIndexAt(grid, arrival);
    const arrived: ArrivedFrame = { frame: w.arrived, receiveTimeNs: arrival, sourceId: sessionId };
    schedule.frames.push({ at, item: arrived });
    frames.push({ tick: at, receiveNs: arrival, envelope: w.envelope });
  });
  const clocks = clockProbes(sessionId, timeline, delay);
  for (const c of clocks) schedule.clocks.push({ at: c.tick, item: c.sample });
  const commands = syntheticCommands(timeline, { delayNs: delay, leadNs });
  for (const c of commands) {
    if (c.toCore) schedule.commands.push({ at: c.tick, item: { id: c.id, sourceId: sessionId, type: c.type } as CoreCommand });
    else schedule.controls.push({ at: c.tick, item: sessionId });
  }
  const byAt = (a: Scheduled<unknown>, b: Scheduled<unknown>) => a.at - b.at;
  schedule.frames.sort(byAt);
  schedule.clocks.sort(byAt);
  schedule.commands.sort(byAt);
  schedule.controls.sort(byAt);

  const run = await runSchedule(config, grid, schedule, options.onProgress ? { onProgress: options.onProgress } : {});
  const trace = run.trace;

  // Write the session through the agent's own recorder: the file is what the agent writes (compressed
  // chunks, Unix-epoch log times, Metadata, Foxglove channels), a chunk closed every flush interval.
  const unixNsAtOrigin = options.unixNsAtOrigin ?? importUnixOrigin(track.startUnixNs, motionStart);
  const inputs = syntheticInputs(sessionId, commands, clocks, frames);
  const records = commandRecords(sessionId, commands, trace);
  for (const e of trace.events) {
    records.push({
      tick: e.tick,
      record: {
        k: 'event',
        event: { agent_time_ns: e.timeNs, severity: farhand.v1.Severity[e.event.severity], code: e.event.code, message: e.event.message, session_id: e.event.sourceId ?? '', arm_id: config.core.armId },
      },
    });
  }
  await writeSessionFile(
    out,
    `farhand import ${AGENT_VERSION}`,
    sessionStartRecord(config, sessionId, unixNsAtOrigin),
    [trace],
    inputs,
    records,
    sessionFileOptions(config, unixNsAtOrigin),
  );

  // How well the tool followed: the intended tool poses on the tick grid (by send time), against the run.
  const intended = new Trace(n);
  intendedPoses(timeline, (_x, k) => sends[k]!.target).forEach((p, i) => intended.push(i, grid.timeNs[i] as number, p, trace.jaw[i] as number, p, 'FOLLOWING', '', 0));
  const follow = trackingFigures(trace, intended);
  const followingS = followingSeconds(trace, grid);
  const warnings = runWarnings(trace, followingS);
  const faults = trace.events.filter((e) => e.event.severity === 'ALARM' || e.event.severity === 'CRITICAL');
  if (faults.length > 0) warnings.push(`the core raised ${faults.length} alarm(s), first: ${faults[0]?.event.code}: ${faults[0]?.event.message}`);
  return {
    out,
    sessionId,
    kind: track.kind,
    source: track.source,
    frameId: track.frameId,
    samples: samples.length,
    dropped: track.dropped,
    frames: sends.length,
    ticks: n,
    durationS: ((grid.timeNs[n - 1] as number) - T0_NS) / 1e9,
    followingS,
    follow,
    warnings,
  };
}

/** The SessionStart of an imported session (the agent's fields; `arms` for several arms). */
export function sessionStartRecord(config: EffectiveConfig, sessionId: string, unixNsAtOrigin: bigint, arms?: SessionStartRecord['arms']): SessionStartRecord {
  return {
    session_id: sessionId,
    agent_version: AGENT_VERSION,
    protocol_major: 1,
    protocol_minor: 1,
    config_json: recordedConfigJson(config),
    start_time_ns: T0_NS,
    wall_clock_iso: new Date(Number((unixNsAtOrigin + BigInt(T0_NS)) / 1_000_000n)).toISOString(),
    sim_seed: config.sim.seed,
    arm_driver: 'sim',
    ...(arms ? { arms } : {}),
  };
}

/** Chunking as the agent records: compression, 50 ms tick batches, a chunk per flush interval. */
export function sessionFileOptions(config: EffectiveConfig, unixNsAtOrigin: bigint): SessionFileOptions {
  return {
    compression: config.recording.compression,
    unixNsAtOrigin,
    batchTicks: Math.max(1, Math.round(0.05 * config.controlRateHz)),
    flushTicks: Math.max(1, Math.round(config.recording.flushIntervalS * config.controlRateHz)),
  };
}
