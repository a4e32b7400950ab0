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
import type { ArrivedFrame, ClockSample, CoreCommand, MasterFrame, Pose, Quat, Vec3 } from '@farhand/latency-core';
import { agentConfigSchema, farhand, toMotionFrame, validateMotionFrame } from '@farhand/protocol';
import { completeConfig, recordedConfigJson, type EffectiveConfig } from '@farhand/loop';
import { createRuntime } from '@farhand/loop';
import { runSchedule, type Schedule, type Scheduled, type TickGrid } from '../replay/engine.js';
import { trackingFigures, type TrackingFigures } from '../replay/figures.js';
import { tickIndexAt } from '../replay/retime.js';
import { Trace, STATES } from '../replay/trace.js';
import { WORKBENCH_VERSION as AGENT_VERSION } from '../version.js';
import { qConj, qMul, qNormalize, qRotate } from '@farhand/latency-core';
import { writeSessionFile, type ImportInput, type ImportRecord } from './session-file.js';
import type { PoseTrack } from './track.js';

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

export class ImportError extends Error {
  override name = 'ImportError';
}

const T0_NS = 100e6;
const CONSOLE_AHEAD_NS = 4e9;
const PROBE_EVERY_NS = 100e6;
const PROBE_TURNAROUND_NS = 20e3;
const FRAMES_START_NS = 10e6;
const MAX_IMPORT_S = 6 * 3600;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1] ?? 0;
}

export function importConfig(options: ImportOptions): EffectiveConfig {
  const core: Record<string, unknown> = { ...(options.core ?? {}) };
  if (options.scale !== undefined) {
    const mapping = (core.mapping ?? {}) as Record<string, unknown>;
    core.mapping = { ...mapping, motionScale: options.scale };
  }
  const parsed = agentConfigSchema.safeParse({ core, sim: { seed: options.seed ?? 1 }, recording: { enabled: false } });
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
  if (!(delay >= 0 && leadNs >= 0.3e9 && tailNs >= 0)) throw new ImportError('network delay and tail must be >= 0, lead-in >= 0.3 s (the clocks must sync before ENGAGE)');
  const samples = track.samples;
  if (samples.length < 2) throw new ImportError(`${track.source}: needs at least 2 poses, has ${samples.length}`);
  const spanNs = (samples[samples.length - 1] as (typeof samples)[number]).timeNs - (samples[0] as (typeof samples)[number]).timeNs;
  if (spanNs / 1e9 > MAX_IMPORT_S) throw new ImportError(`${track.source}: ${(spanNs / 3600e9).toFixed(1)} h of motion; at most ${MAX_IMPORT_S / 3600} h are imported at once`);
  const periods: number[] = [];
  for (let i = 1; i < samples.length; i++) periods.push((samples[i] as (typeof samples)[number]).timeNs - (samples[i - 1] as (typeof samples)[number]).timeNs);
  const periodNs = Math.min(20e6, Math.max(1e6, median(periods)));

  const { initialReading } = await createRuntime(config);
  const tool0 = initialReading.measured_cp;
  const scale = config.core.mapping.motionScale;
  const { master, target } = masterPoses(track, tool0, config.core.mapping.registration, scale);

  // Send times (agent clock) and poses of every frame: lead-in, track, tail.
  const sends: Array<{ atNs: number; pose: Pose; target: Pose; grip: number; clutch: boolean; present: boolean }> = [];
  const s0 = samples[0] as (typeof samples)[number];
  const motionStart = T0_NS + FRAMES_START_NS + leadNs;
  for (let t = T0_NS + FRAMES_START_NS; t < motionStart; t += periodNs) {
    sends.push({ atNs: t, pose: master[0] as Pose, target: target[0] as Pose, grip: s0.grip, clutch: false, present: true });
  }
  samples.forEach((s, i) => {
    sends.push({ atNs: motionStart + (s.timeNs - s0.timeNs), pose: master[i] as Pose, target: target[i] as Pose, grip: s.grip, clutch: s.clutch, present: s.operatorPresent });
  });
  const motionEnd = motionStart + spanNs;
  const last = sends[sends.length - 1] as (typeof sends)[number];
  for (let t = motionEnd + periodNs; t <= motionEnd + tailNs; t += periodNs) sends.push({ ...last, atNs: t });
  const disengageAt = motionEnd + tailNs + periodNs;
  const endNs = disengageAt + delay + 100e6;

  // The tick grid.
  const tickNs = 1e9 / config.controlRateHz;
  const n = Math.ceil((endNs - T0_NS) / tickNs) + 1;
  const grid: TickGrid = { length: n, tick: new Float64Array(n), timeNs: new Float64Array(n) };
  for (let i = 0; i < n; i++) {
    grid.tick[i] = i;
    grid.timeNs[i] = Math.round(T0_NS + i * tickNs);
  }

  const schedule: Schedule = { frames: [], clocks: [], commands: [], controls: [] };
  const written = {
    frames: [] as Array<{ tick: number; receiveNs: number; envelope: Uint8Array }>,
    clocks: [] as Array<{ tick: number; sample: ClockSample; id: number }>,
    commands: [] as Array<{ tick: number; receiveNs: number; type: keyof typeof farhand.v1.CommandType; id: number; toCore: boolean }>,
    controls: [] as Array<{ tick: number; timeNs: number }>,
  };
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
    written.frames.push({ tick: at, receiveNs: arrival, envelope: w.envelope });
  });
  let probeId = 1;
  for (let t0 = T0_NS; t0 + 2 * delay + PROBE_TURNAROUND_NS < endNs; t0 += PROBE_EVERY_NS) {
    const t1 = t0 + CONSOLE_AHEAD_NS + delay;
    const t2 = t1 + PROBE_TURNAROUND_NS;
    const t3 = t2 - CONSOLE_AHEAD_NS + delay;
    const sample: ClockSample = { sourceId: sessionId, agentOriginated: true, t0Ns: t0, t1Ns: t1, t2Ns: t2, t3Ns: t3 };
    const at = tickIndexAt(grid, t3);
    schedule.clocks.push({ at, item: sample });
    written.clocks.push({ tick: at, sample, id: probeId++ });
  }
  const command = (sendAt: number, type: 'REQUEST_CONTROL' | 'ENGAGE' | 'DISENGAGE', id: number) => {
    const receiveNs = Math.round(sendAt + delay);
    const at = tickIndexAt(grid, receiveNs);
    const toCore = type !== 'REQUEST_CONTROL';
    if (toCore) schedule.commands.push({ at, item: { id, sourceId: sessionId, type } as CoreCommand });
    else {
      schedule.controls.push({ at, item: sessionId });
      written.controls.push({ tick: at, timeNs: receiveNs });
    }
    written.commands.push({ tick: at, receiveNs, type, id, toCore });
  };
  command(T0_NS + 5e6 - delay, 'REQUEST_CONTROL', 1);
  command(T0_NS + FRAMES_START_NS + 0.6 * leadNs, 'ENGAGE', 2);
  command(disengageAt, 'DISENGAGE', 3);
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
  const inputs: ImportInput[] = [];
  for (const c of written.controls) {
    inputs.push({ k: 'control', tick: c.tick, timeNs: c.timeNs, controllerId: sessionId, previousId: '', reason: 'REQUESTED', grantedBy: '', masterKind: 'UNACTUATED' });
  }
  for (const c of written.clocks) {
    const s = c.sample;
    inputs.push({ k: 'clock', tick: c.tick, sessionId, probe: { id: c.id, t0_ns: s.t0Ns, t1_ns: s.t1Ns, t2_ns: s.t2Ns, t3_ns: s.t3Ns, reply: true }, agentOriginated: true });
  }
  for (const f of written.frames) {
    inputs.push({ k: 'frame', tick: f.tick, receiveTimeNs: f.receiveNs, sessionId, envelope: f.envelope, refused: false, refuseReason: '' });
  }
  const acks = new Map(trace.acks.map((a) => [a.ack.id, a]));
  const records: Array<{ tick: number; record: ImportRecord }> = [];
  for (const c of written.commands) {
    const ack = c.toCore ? acks.get(c.id)?.ack : { id: c.id, ok: true, reason: '' };
    const type = farhand.v1.CommandType[c.type];
    records.push({
      tick: c.tick,
      record: {
        k: 'command',
        tick: c.tick,
        receiveTimeNs: c.receiveNs,
        sessionId,
        role: farhand.v1.Role.SURGEON,
        command: { id: c.id, type },
        ack: { id: c.id, ok: ack?.ok ?? false, reason: ack?.reason ?? 'NO_ACK: the core did not answer', type },
        toCore: c.toCore,
      },
    });
  }
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
    {
      session_id: sessionId,
      agent_version: AGENT_VERSION,
      protocol_major: 1,
      protocol_minor: 1,
      config_json: recordedConfigJson(config),
      start_time_ns: T0_NS,
      wall_clock_iso: new Date(Number((unixNsAtOrigin + BigInt(T0_NS)) / 1_000_000n)).toISOString(),
      sim_seed: config.sim.seed,
      arm_driver: 'sim',
    },
    trace,
    inputs,
    records,
    {
      compression: config.recording.compression,
      unixNsAtOrigin,
      batchTicks: Math.max(1, Math.round(0.05 * config.controlRateHz)),
      flushTicks: Math.max(1, Math.round(config.recording.flushIntervalS * config.controlRateHz)),
    },
  );

  // How well the tool followed: the intended tool poses on the tick grid (by send time), against the run.
  const intended = new Trace(n);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const t = grid.timeNs[i] as number;
    while (k + 1 < sends.length && (sends[k + 1] as (typeof sends)[number]).atNs <= t) k++;
    const p = (sends[k] as (typeof sends)[number]).target;
    intended.push(i, t, p, trace.jaw[i] as number, p, 'FOLLOWING', '', 0);
  }
  const follow = trackingFigures(trace, intended);
  let followingS = 0;
  const FOLLOWING = STATES.indexOf('FOLLOWING');
  for (let i = 1; i < n; i++) if (trace.state[i - 1] === FOLLOWING) followingS += ((grid.timeNs[i] as number) - (grid.timeNs[i - 1] as number)) / 1e9;
  const warnings: string[] = [];
  if (followingS === 0) {
    const engageAck = trace.acks.find((a) => a.ack.type === 'ENGAGE');
    warnings.push(`the tool never followed: ENGAGE was ${engageAck ? (engageAck.ack.ok ? 'accepted' : `refused (${engageAck.ack.reason})`) : 'not answered'}`);
  }
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
