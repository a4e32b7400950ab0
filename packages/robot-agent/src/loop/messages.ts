// What the threads of the agent say to each other. Main -> loop: inputs, each with a sequence number
// so the recorder can tell at which tick each was handed to the core. Loop -> main: acks, events and
// state changes at once, a snapshot at the telemetry rate. Loop -> recorder: tick rows in batches.
import type { LoopGcMode } from './gc-mode.js';
import type {
  ArmReading,
  ArrivedFrame,
  ClockSample,
  CoreAck,
  CoreCommand,
  CoreEvent,
  LinkFigures,
  MasterKind,
  OperatingState,
  Pose,
  SupervisorState,
  ArmCoreCommand,
  ArrivedArmsFrame,
  ArmKind,
} from '@farhand/latency-core';
import type { MessagePort } from 'node:worker_threads';
import type { EffectiveConfig } from '@farhand/loop';
import type { LoopInputShared } from './loop-inputs.js';
import type { LoopOutputShared } from './loop-outputs.js';

/** One input for the core, in the order main received it. */
export type LoopInput =
  /** hands: the two-handed form (protocol 1.1), for a multi-arm loop; `frame` is then its lead hand (a one-arm loop plays it). */
  | { k: 'frame'; seq: number; frame: ArrivedFrame; hands?: ArrivedArmsFrame }
  | { k: 'clock'; seq: number; sample: ClockSample }
  | { k: 'command'; seq: number; command: ArmCoreCommand }
  /** masterKind: what the new controller's hand device is (its Hello); absent: UNACTUATED. */
  | { k: 'control'; seq: number; controllerId: string | null; masterKind?: MasterKind };

/** Loop lifecycle requests from main (same port as inputs, so they stay in order with them). */
export type LoopRequest =
  | LoopInput
  /** Bring the arm to rest, disable it, stop ticking. */
  | { k: 'shutdown'; holdTimeoutS: number };

export interface LoopWorkerData {
  config: EffectiveConfig;
  /** process.hrtime.bigint() at agent start, the zero of the agent clock. */
  originHrNs: bigint;
  inputs: MessagePort;
  /** Absent when recording is off. */
  recorder?: MessagePort;
  /** Shared Float64Array: [0] index of the next tick, [1] its deadline ns. Lets main stamp refusals with a tick. */
  shared: SharedArrayBuffer;
  /** The inputs' lock-free ring (loop-inputs.ts); absent: inputs come through `inputs` alone. */
  inputRing?: LoopInputShared;
  /** The outputs' lock-free ring (loop-outputs.ts); absent: outputs go through parentPort alone. */
  outputRing?: LoopOutputShared;
  /** FARHAND_LOOP_GC (gc-mode.ts); absent: 'local'. */
  gcMode?: LoopGcMode;
  /** FARHAND_LOOP_WARMUP (warmup.ts): ticks of warm-up before ready; absent or 0: none. */
  warmupTicks?: number;
}

/** Counters the loop keeps itself (cheap); the quantiles are computed in main (stats.ts). */
export interface LoopCounters {
  /** Ticks run so far. */
  ticks: number;
  /** Grid slots missed because a tick started a whole period late. */
  overruns: number;
  /** The scheduler's current wake-up margin, us. */
  marginUs: number;
  /** Time spent spinning to hit deadlines, ns, since the loop started. */
  spinNs: number;
  /** Wall time since the loop started, ns. */
  elapsedNs: number;
  /** CPU time of the loop thread, s (from /proc/thread-self/stat, refreshed every second; NaN where unavailable). */
  threadCpuS: number;
}

/** Per-tick timing since the previous snapshot, ns (a few values: the telemetry period in ticks). */
export interface LoopSamples {
  /** Start-to-start interval of consecutive ticks. */
  periodNs: number[];
  /** Tick start minus its grid slot. */
  latenessNs: number[];
  /** Work per tick: read, step, write and the loop's own bookkeeping. */
  workNs: number[];
}

/** What main derives from the counters and samples (for /healthz, /metrics and Telemetry). */
export interface LoopStats {
  ticks: number;
  overruns: number;
  /** |period - nominal| over the last ~10 s, us. */
  periodErrorP50Us: number;
  periodErrorP99Us: number;
  /** Largest since start, us. */
  periodErrorMaxUs: number;
  latenessP99Us: number;
  workP99Us: number;
  workMaxUs: number;
  marginUs: number;
  /** Fraction of wall time the loop thread spins (the price of its precise wake-up). */
  spinFraction: number;
  threadCpuS: number;
  /** Loop thread CPU over the last second, fraction of one core. */
  threadCpuFraction: number;
}

export interface Snapshot {
  k: 'snap';
  tick: number;
  timeNs: number;
  state: SupervisorState;
  reason: string;
  setpoint_cp: Pose;
  jaw_setpoint_rad: number;
  setpoint_js: number[];
  lastAppliedSeq: number;
  master_cp: Pose | null;
  motionScale: number;
  masterKind: MasterKind;
  link: LinkFigures;
  measured_cp: Pose;
  measured_js: number[];
  jaw_measured_rad: number;
  operating_state: OperatingState;
  armFault?: string;
  controllerId: string | null;
  loop: LoopCounters;
  samples: LoopSamples;
  /** Several arms (issue 15): every arm, the first included, from the same tick; absent for one arm. */
  arms?: ArmSnapshot[];
  /** Several arms: the camera pedal is held and the ECM follows the hands. */
  cameraMode?: boolean;
}

/** One arm in a multi-arm Snapshot (protocol ArmTelemetry). */
export interface ArmSnapshot {
  armId: number;
  name: string;
  kind: ArmKind;
  state: SupervisorState;
  reason: string;
  measured_cp: Pose;
  setpoint_cp: Pose;
  measured_js: number[];
  jaw_measured_rad: number;
  jaw_setpoint_rad: number;
  operating_state: OperatingState;
  master_cp: Pose | null;
  /** The arm's base in the cart frame (the dVRK system file's placement). */
  base_frame: Pose;
  /** Distance from the measured tip to the setpoint, m (a per-arm figure for /metrics). */
  tipErrorM: number;
}

/** An arm as the loop announces it (Welcome.arms). */
export interface ArmAnnouncement {
  armId: number;
  name: string;
  kind: ArmKind;
  /** Its base (RCM) frame in the cart frame (the dVRK system file's placement); recorded in SessionStart.arms. */
  baseInCart?: Pose;
}

export type LoopMessage =
  | { k: 'ready'; reading: ArmReading; armIds: number[]; driver: string; /** How the loop thread is scheduled, e.g. "SCHED_FIFO 10" or "nice -10". */ scheduling: string; /** The warm-up run before the live runtime was built (warmup.ts): ticks and wall time, ms. */ warmup: { ticks: number; ms: number }; /** Several arms: each with its name and kind (absent for one arm). */ arms?: ArmAnnouncement[] }
  | { k: 'out'; tick: number; timeNs: number; acks: CoreAck[]; events: Array<CoreEvent & { armId?: number | null }>; state: SupervisorState; reason: string; stateChanged: boolean }
  | Snapshot
  | { k: 'stopped'; tick: number; state: SupervisorState; reason: string; disabled: boolean; atRest: boolean; error?: string }
  | { k: 'fatal'; error: string };

// The tick-row layout is the recording's input format: it lives in @farhand/recording.
export { ROW, TICK_ROW, type RecorderTickBatch } from '@farhand/recording';
export const STATES: readonly SupervisorState[] = ['IDLE', 'ENGAGING', 'FOLLOWING', 'CLUTCHED', 'HOLDING', 'FAULT', 'ESTOPPED'];
export const OP_STATES: readonly OperatingState[] = ['DISABLED', 'ENABLED', 'PAUSED', 'FAULT'];
