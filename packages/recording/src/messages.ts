// What main sends the recorder thread. Plain data only (structured clone). Inputs handed to the loop
// carry their input sequence number and get their tick from the loop's marks; everything else carries
// its tick already.
import type { MessagePort } from 'node:worker_threads';
import type { Compression } from './codecs.js';

export interface SessionStartRecord {
  session_id: string;
  agent_version: string;
  protocol_major: number;
  protocol_minor: number;
  config_json: string;
  start_time_ns: number;
  wall_clock_iso: string;
  sim_seed: number;
  arm_driver: string;
  /** Several arms (issue 15): every arm in wire order; absent (or empty) for one arm, whose file is unchanged. */
  arms?: RecordedArmRecord[];
}

/** recording.proto RecordedArm: an arm of a multi-arm session and its base frame in the cart frame. */
export interface RecordedArmRecord {
  arm_id: number;
  name: string;
  /** protocol ArmKind: 1 INSTRUMENT, 2 CAMERA. */
  kind: number;
  base_in_cart: { position: { x: number; y: number; z: number }; orientation: { x: number; y: number; z: number; w: number } };
}

export interface ProbeRecord {
  id: number;
  t0_ns: number;
  t1_ns: number;
  t2_ns: number;
  t3_ns: number;
  reply: boolean;
}

export interface CommandRecordBody {
  id: number;
  type: number;
  scale?: number;
  flag?: boolean;
  target_session_id?: string;
  arm_id?: number;
}

export interface AckRecordBody {
  id: number;
  ok: boolean;
  reason: string;
  type: number;
}

export interface EventRecordBody {
  agent_time_ns: number;
  severity: number;
  code: string;
  message: string;
  session_id: string;
  arm_id: number;
}

export type RecorderRequest =
  /** Once, first: what the session is (sent when tick 0's time is known). */
  | { k: 'session'; start: SessionStartRecord }
  /** A motion frame: `seq` >= 0 when handed to the loop (tick from the marks), else refused at `tick`. */
  | {
      k: 'frame';
      seq: number;
      tick: number;
      receiveTimeNs: number;
      sessionId: string;
      /** The Envelope exactly as received. */
      envelope: Uint8Array;
      refused: boolean;
      refuseReason: string;
    }
  | { k: 'clock'; seq: number; sessionId: string; probe: ProbeRecord; agentOriginated: boolean }
  | {
      k: 'control';
      seq: number;
      timeNs: number;
      controllerId: string;
      previousId: string;
      reason: string;
      grantedBy: string;
      /** The new controller's master kind (its Hello); absent: nobody holds control, or not said. */
      masterKind?: 'ACTUATED' | 'UNACTUATED';
    }
  | {
      k: 'command';
      tick: number;
      receiveTimeNs: number;
      sessionId: string;
      role: number;
      command: CommandRecordBody;
      ack: AckRecordBody;
      toCore: boolean;
    }
  | { k: 'event'; event: EventRecordBody }
  /** A video frame the agent handed to the encoder (issue 14): its capture time, as its timecode strip says. */
  | { k: 'videoCapture'; captureTimeNs: number; frameNumber: number; width: number; height: number; viewers: number }
  /** A console's VideoReport as received (farhand.v1.VideoReport as a plain object), accepted or refused. */
  | { k: 'videoReport'; receiveTimeNs: number; sessionId: string; report: Record<string, unknown>; refused: boolean; refuseReason: string }
  | { k: 'close' };

export type RecorderReport =
  /** The thread is ready (codec loaded); the file is created with the SessionStart record. */
  | { k: 'ready' }
  | { k: 'opened'; path: string }
  /** bytes: every file of the session so far; fileBytes: the current one. */
  | { k: 'bytes'; bytes: number; fileBytes: number; flushedAtNs: number }
  /** A file reached maxFileBytes and was closed; recording goes on in `path` (part `part`, from `firstTick`). */
  | { k: 'rotated'; closedPath: string; closedBytes: number; path: string; part: number; firstTick: number }
  /** maxTotalBytes reached: the current file was closed properly and recording stopped; the loop goes on. */
  | { k: 'limit'; path: string; bytes: number; limitBytes: number; lastTick: number }
  | { k: 'error'; message: string }
  | { k: 'closed'; bytes: number; path: string };

export interface RecorderWorkerData {
  /** The first file; later parts of a rotated series are <path without .mcap>.partNNN.mcap. */
  path: string;
  flushIntervalS: number;
  compression: Compression;
  /** Rotate to a new file before one would pass this many bytes (0: never). */
  maxFileBytes: number;
  /** Stop recording before the session's files together would pass this many bytes (0: no limit). */
  maxTotalBytes: number;
  /** Unix-epoch ns at the agent clock's zero: log times are this + agent time. */
  unixNsAtOrigin: bigint;
  /** Foxglove visualisation channels' rate, Hz (0: none). */
  vizRateHz: number;
  originHrNs: bigint;
  /** MCAP header library string, e.g. "farhand-agent 0.1.0". */
  writerName: string;
  loop: MessagePort;
}
