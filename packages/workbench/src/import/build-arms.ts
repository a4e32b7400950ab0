// Two hands -> a multi-arm farhand session (issue 15), as the agent records one with --arms PSM1,PSM2
// (optionally ECM): the same synthetic session as the one-arm import (build.ts, synthetic.ts), but the
// frames are two-handed MotionFrames (MotionFrame.hands, each Hand with its arm_id), the run is the
// agent's multi-arm loop (@farhand/loop createArmsRuntime and runArmsTick, through replay's
// arms-engine.ts, with simulated drivers placed on the dVRK cart), the session start carries
// SessionStart.arms as the agent writes them, and every tick has one TickRecord per arm (arm 0 first).
//
// Hand -> arm: hand 0 drives PSM1, hand 1 PSM2 (track.ts HAND_ARMS: right hand/MTMR -> PSM1, left/MTML
// -> PSM2), whatever their order in --arms. Each hand is turned into master poses exactly as the one-arm
// import does it (build.ts masterPoses) with its own arm: that arm's simulated tool start pose and the
// registration its core maps with. Without an ECM every instrument maps with core.mapping.registration
// (as the one-arm path); with the ECM, with its camera registration (latency-core arms/registration.ts:
// the arm's base and the ECM's base in the cart, from the dVRK system file via @farhand/sim dvrkCart(),
// and the ECM's measured orientation at the start). A tool track (e.g. a bag's PSM1 and PSM2
// setpoint_cp) is moved rigidly per arm so that its first pose is that arm's simulated tool's, and the
// hand is what the inverse mapping gives; a hand track is scaled by the core.
import type { ArmCoreCommand, ArmEvent, ArrivedArmsFrame, Pose, Quat } from '@farhand/latency-core';
import { cameraRegistration } from '@farhand/latency-core';
import { farhand, validateMotionFrame } from '@farhand/protocol';
import { createArmsRuntime, isMultiArm } from '@farhand/loop';
import type { RecordedArmRecord } from '@farhand/recording';
import { dvrkCart, toPose, type CartArmName } from '@farhand/sim';
import { runArmsSchedule, type ArmsSchedule } from '../replay/arms-engine.js';
import type { Scheduled } from '../replay/engine.js';
import { trackingFigures, type TrackingFigures } from '../replay/figures.js';
import { tickIndexAt } from '../replay/retime.js';
import { Trace } from '../replay/trace.js';
import { WORKBENCH_VERSION } from '../version.js';
import { importConfig, importUnixOrigin, masterPoses, sessionFileOptions, sessionStartRecord, type ImportOptions } from './build.js';
import { writeSessionFile } from './session-file.js';
import {
  CONSOLE_AHEAD_NS,
  ImportError,
  T0_NS,
  checkTimingOptions,
  clockProbes,
  commandRecords,
  followingSeconds,
  intendedPoses,
  planTimeline,
  runWarnings,
  syntheticCommands,
  syntheticInputs,
} from './synthetic.js';
import { HAND_ARMS, type HandsTrack, type PoseTrack } from './track.js';

/** The arms a two-handed import drives when --arms is not given. */
export const DEFAULT_HAND_ARMS: readonly string[] = ['PSM1', 'PSM2'];

export interface ArmImportFigures {
  armId: number;
  name: string;
  /** The hand's track it followed (null: the ECM, which no hand drives outside camera mode). */
  source: string | null;
  /** Seconds the arm's supervisor spent following. */
  followingS: number;
  /** How closely its tool setpoint followed the intended tool motion; null for the ECM. */
  follow: TrackingFigures | null;
}

export interface ArmsImportResult {
  out: string;
  sessionId: string;
  kind: HandsTrack['kind'];
  source: string;
  samples: number;
  dropped: HandsTrack['dropped'];
  frames: number;
  ticks: number;
  durationS: number;
  /** Every arm in wire order. */
  arms: ArmImportFigures[];
  notes: string[];
  warnings: string[];
}

/** The arms of a two-handed import: PSM1 and PSM2 (the hands' arms), optionally the ECM; checked here with a clear message. */
export function handArmsOf(arms: readonly string[] | undefined): string[] {
  const list = [...(arms ?? DEFAULT_HAND_ARMS)];
  const known = ['PSM1', 'PSM2', 'ECM'];
  const unknown = list.filter((a) => !known.includes(a));
  if (unknown.length > 0) throw new ImportError(`--arms: ${unknown.join(', ')} is not an arm of the dVRK cart; accepted: PSM1, PSM2, ECM (e.g. --arms PSM1,PSM2,ECM)`);
  if (new Set(list).size !== list.length) throw new ImportError(`--arms: ${list.join(',')} names an arm twice`);
  const missing = HAND_ARMS.filter((a) => !list.includes(a));
  if (missing.length > 0) {
    throw new ImportError(`--arms: two hands drive PSM1 (right hand) and PSM2 (left hand); ${list.join(',') || 'the list'} lacks ${missing.join(' and ')}: use --arms PSM1,PSM2 or PSM1,PSM2,ECM`);
  }
  if (list[0] === 'ECM') throw new ImportError('--arms: the first arm must be an instrument (PSM1 or PSM2), e.g. --arms PSM1,PSM2,ECM');
  return list;
}

export async function buildArmsSession(track: HandsTrack, out: string, options: ImportOptions = {}): Promise<ArmsImportResult> {
  const config = importConfig({ ...options, arms: handArmsOf(options.arms) });
  if (!isMultiArm(config)) throw new ImportError('a two-handed import needs at least two arms');
  const sessionId = options.sessionId ?? 'import';
  const delay = options.networkDelayNs ?? 1e6;
  const leadNs = (options.leadInS ?? 1) * 1e9;
  const tailNs = (options.tailS ?? 0.5) * 1e9;
  checkTimingOptions({ delayNs: delay, leadNs, tailNs });
  const times = track.hands[0].samples.map((s) => s.timeNs);
  track.hands.forEach((h, k) => {
    if (h.samples.length !== times.length || h.samples.some((s, i) => s.timeNs !== times[i])) {
      throw new ImportError(`${track.source}: the hands are not on one timeline (${HAND_ARMS[k]} has ${h.samples.length} samples, ${HAND_ARMS[0]} ${times.length})`);
    }
  });
  const timeline = planTimeline(times, track.source, { delayNs: delay, leadNs, tailNs, controlRateHz: config.controlRateHz });
  const { grid, motionStart } = timeline;
  const n = grid.length;

  // The composition as the agent builds it: its arm specs (ids in --arms order) and first readings.
  const runtime = await createArmsRuntime(config);
  const specs = runtime.core.arms;
  for (const a of runtime.arms) await a.disable().catch(() => undefined);
  const scale = config.core.mapping.motionScale;
  const ecmIndex = specs.findIndex((s) => s.kind === 'CAMERA');
  const armInfo = specs.map((s) => ({ armId: s.armId, name: s.name, kind: s.kind }));
  const handArms = HAND_ARMS.map((name, k) => {
    const index = specs.findIndex((s) => s.name === name);
    const spec = specs[index]!;
    const registration: Quat =
      ecmIndex >= 0
        ? cameraRegistration(spec.baseInCart, specs[ecmIndex]!.baseInCart, runtime.initialReadings[ecmIndex]!.measured_cp.orientation, runtime.core.config.eyeToCamera)
        : config.core.mapping.registration;
    const poses = masterPoses(track.hands[k] as PoseTrack, runtime.initialReadings[index]!.measured_cp, registration, scale);
    return { index, armId: spec.armId, name, track: track.hands[k] as PoseTrack, ...poses };
  });

  // Frames: one two-handed MotionFrame per send, checked as the agent checks it (its arms).
  const schedule: ArmsSchedule = { frames: [], clocks: [], commands: [], controls: [], masterKinds: new Map([[sessionId, 'UNACTUATED' as const]]) };
  const frames: Array<{ tick: number; receiveNs: number; envelope: Uint8Array }> = [];
  const hand0 = track.hands[0].samples;
  timeline.sends.forEach((x, k) => {
    const s0 = hand0[x.sample]!;
    const motion: farhand.v1.MotionFrame.$Properties = {
      seq: k + 1,
      capture_time_ns: Math.round(x.atNs + CONSOLE_AHEAD_NS),
      operator_present: x.lead ? true : s0.operatorPresent,
      hands: handArms.map((h) => {
        const s = h.track.samples[x.sample]!;
        const p = h.master[x.sample] as Pose;
        return {
          arm_id: h.armId,
          position: { x: p.position[0], y: p.position[1], z: p.position[2] },
          orientation: { x: p.orientation[0], y: p.orientation[1], z: p.orientation[2], w: p.orientation[3] },
          grip: s.grip,
          clutch: x.lead ? false : s.clutch,
        };
      }),
    };
    const envelope = farhand.v1.Envelope.encode({ motion }).finish();
    const v = validateMotionFrame(farhand.v1.Envelope.decode(envelope).motion, { armIds: armInfo.map((a) => a.armId), arms: armInfo });
    if (!v.ok) throw new ImportError(`frame seq ${k + 1} would be refused by the agent: ${v.message}`);
    if (!v.hands) throw new ImportError(`frame seq ${k + 1}: not a two-handed frame`);
    const arrival = Math.round(x.atNs + delay);
    const at = tickIndexAt(grid, arrival);
    const arrived: ArrivedArmsFrame = { frame: v.hands, receiveTimeNs: arrival, sourceId: sessionId };
    schedule.frames.push({ at, item: arrived });
    frames.push({ tick: at, receiveNs: arrival, envelope });
  });
  const clocks = clockProbes(sessionId, timeline, delay);
  for (const c of clocks) schedule.clocks.push({ at: c.tick, item: c.sample });
  const commands = syntheticCommands(timeline, { delayNs: delay, leadNs });
  for (const c of commands) {
    // As replay hands a multi-arm agent's commands: with the arm they name (none: 0).
    if (c.toCore) schedule.commands.push({ at: c.tick, item: { id: c.id, sourceId: sessionId, type: c.type, armId: 0 } as ArmCoreCommand });
    else schedule.controls.push({ at: c.tick, item: sessionId });
  }
  const byAt = (a: Scheduled<unknown>, b: Scheduled<unknown>) => a.at - b.at;
  schedule.frames.sort(byAt);
  schedule.clocks.sort(byAt);
  schedule.commands.sort(byAt);
  schedule.controls.sort(byAt);

  const run = await runArmsSchedule(config, grid, schedule, options.onProgress ? { onProgress: options.onProgress } : {});
  const lead = run.traces[0]!;

  const unixNsAtOrigin = options.unixNsAtOrigin ?? importUnixOrigin(track.startUnixNs, motionStart);
  const inputs = syntheticInputs(sessionId, commands, clocks, frames);
  const records = commandRecords(sessionId, commands, lead);
  for (const e of lead.events) {
    // The agent reports an event for every arm (armId null) as the first arm's.
    const armId = (e.event as ArmEvent).armId;
    records.push({
      tick: e.tick,
      record: {
        k: 'event',
        event: { agent_time_ns: e.timeNs, severity: farhand.v1.Severity[e.event.severity], code: e.event.code, message: e.event.message, session_id: e.event.sourceId ?? '', arm_id: typeof armId === 'number' ? armId : specs[0]!.armId },
      },
    });
  }
  await writeSessionFile(out, `farhand import ${WORKBENCH_VERSION}`, sessionStartRecord(config, sessionId, unixNsAtOrigin, recordedArms(specs)), run.traces, inputs, records, sessionFileOptions(config, unixNsAtOrigin));

  // Figures per arm: each instrument against its intended tool motion (a send's target is its sample's).
  const warnings: string[] = [];
  const arms: ArmImportFigures[] = specs.map((s, index) => {
    const trace = run.traces[index]!;
    const followingS = followingSeconds(trace, grid);
    const h = handArms.find((x) => x.index === index);
    if (!h) return { armId: s.armId, name: s.name, source: null, followingS, follow: null };
    const intended = new Trace(n);
    intendedPoses(timeline, (x) => h.target[x.sample] as Pose).forEach((p, i) => intended.push(i, grid.timeNs[i] as number, p, trace.jaw[i] as number, p, 'FOLLOWING', '', 0));
    warnings.push(...runWarnings(trace, followingS, s.name));
    return { armId: s.armId, name: s.name, source: h.track.source, followingS, follow: trackingFigures(trace, intended) };
  });
  const faults = lead.events.filter((e) => e.event.severity === 'ALARM' || e.event.severity === 'CRITICAL');
  if (faults.length > 0) warnings.push(`the core raised ${faults.length} alarm(s), first: ${faults[0]?.event.code}: ${faults[0]?.event.message}`);
  return {
    out,
    sessionId,
    kind: track.kind,
    source: track.source,
    samples: times.length,
    dropped: track.dropped,
    frames: timeline.sends.length,
    ticks: n,
    durationS: ((grid.timeNs[n - 1] as number) - T0_NS) / 1e9,
    arms,
    notes: track.notes,
    warnings,
  };
}

/** SessionStart.arms as the agent writes them (robot-agent agent.ts recordedArms): each arm's base on the dVRK cart. */
function recordedArms(specs: ReadonlyArray<{ armId: number; name: string; kind: 'INSTRUMENT' | 'CAMERA' }>): RecordedArmRecord[] {
  const cart = dvrkCart();
  return specs.map((s) => {
    const b = toPose(cart.bases[s.name as CartArmName]);
    return {
      arm_id: s.armId,
      name: s.name,
      kind: s.kind === 'CAMERA' ? 2 : 1,
      base_in_cart: {
        position: { x: b.position[0], y: b.position[1], z: b.position[2] },
        orientation: { x: b.orientation[0], y: b.orientation[1], z: b.orientation[2], w: b.orientation[3] },
      },
    };
  });
}
