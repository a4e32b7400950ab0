// Reads a Farhand session recording back: every record of every channel, decoded. Streams the file with
// McapStreamReader, so it also reads a file whose writer was killed: everything up to the last complete
// chunk comes back, and `complete` says whether the footer was reached. Used by replay and the tests.
import { open } from 'node:fs/promises';
import { MCAP_PROFILE, loadRecordingSchema } from './schema.js';
import { streamRecordingBytes } from './stream.js';
import { loadZstdDecoder } from './codecs.js';

interface Vec3 { x: number; y: number; z: number }
interface Quat { x: number; y: number; z: number; w: number }
export interface RecordedPose { position: Vec3; orientation: Quat }

/** farhand.v1.MotionFrame as decoded (uint64 as numbers, enums as numbers). */
export interface RecordedMotionFrame {
  arm_id: number;
  seq: number;
  capture_time_ns: number;
  position: { x: number; y: number; z: number };
  orientation: { x: number; y: number; z: number; w: number };
  grip: number;
  clutch: boolean;
  operator_present: boolean;
}

export interface SessionStartMsg {
  session_id: string;
  agent_version: string;
  protocol_major: number;
  protocol_minor: number;
  config_json: string;
  start_time_ns: number;
  wall_clock_iso: string;
  sim_seed: number;
  arm_driver: string;
  /** Several arms (issue 15): every arm in arm order; empty for one arm. */
  arms?: Array<{ arm_id: number; name: string; kind: number; base_in_cart: RecordedPoseXyz }>;
}

/** A Pose as decoded (x, y, z; x, y, z, w). */
export interface RecordedPoseXyz {
  position: { x: number; y: number; z: number };
  orientation: { x: number; y: number; z: number; w: number };
}
export interface RecordedFrameMsg {
  tick: number;
  receive_time_ns: number;
  session_id: string;
  frame: RecordedMotionFrame | null;
  refused: boolean;
  refuse_reason: string;
}
export interface RecordedClockMsg {
  tick: number;
  session_id: string;
  probe: { id: number; t0_ns: number; t1_ns: number; t2_ns: number; t3_ns: number; reply: boolean };
  agent_originated: boolean;
}
export interface RecordedCommandMsg {
  tick: number;
  receive_time_ns: number;
  session_id: string;
  /** farhand.v1.Role number. */
  role: number;
  command: { id: number; type: number; scale: number; flag: boolean; target_session_id: string; arm_id: number };
  ack: { id: number; ok: boolean; reason: string; type: number };
  to_core: boolean;
}
export interface RecordedControlMsg {
  tick: number;
  time_ns: number;
  controller_session_id: string;
  previous_session_id: string;
  reason: string;
  granted_by_session_id: string;
  /** farhand.v1.MasterKind: 0 unspecified (nobody, or an older recording), 1 UNACTUATED, 2 ACTUATED. */
  master_kind?: number;
}
export interface TickRecordMsg {
  tick: number;
  time_ns: number;
  setpoint_cp: RecordedPose;
  jaw_setpoint_rad: number;
  measured_cp: RecordedPose;
  measured_js: number[];
  jaw_measured_rad: number;
  /** farhand.v1.SupervisorState number. */
  state: number;
  reason: string;
  /** farhand.v1.ArmOperatingState number. */
  operating_state: number;
  last_applied_seq: number;
  /** Several arms: the arm this row is for (0, or absent in older files, for arm 0). */
  arm_id?: number;
}
export interface EventMsg {
  agent_time_ns: number;
  severity: number;
  code: string;
  message: string;
  session_id: string;
  arm_id: number;
}

/** farhand.v1.RecordedVideoCapture as decoded. */
export interface RecordedVideoCaptureMsg {
  capture_time_ns: number;
  frame_number: number;
  width: number;
  height: number;
  viewers: number;
}
/** farhand.v1.RecordedVideoReport as decoded (the report's fields as in teleop.proto). */
export interface RecordedVideoReportMsg {
  receive_time_ns: number;
  session_id: string;
  report: { seq: number; interval_s: number; glass_to_glass_ms: number[]; frames_displayed: number; frames_lost: number; freezes: number; longest_freeze_ms: number; bitrate_bps: number; frame_rate_hz: number } & Record<string, unknown>;
  refused: boolean;
  refuse_reason: string;
}

/** One decoded message with its MCAP times. */
export interface Timed<T> {
  logTimeNs: number;
  publishTimeNs: number;
  msg: T;
}

export interface Recording {
  profile: string;
  library: string;
  session: SessionStartMsg | null;
  frames: Timed<RecordedFrameMsg>[];
  clocks: Timed<RecordedClockMsg>[];
  commands: Timed<RecordedCommandMsg>[];
  controls: Timed<RecordedControlMsg>[];
  ticks: Timed<TickRecordMsg>[];
  events: Timed<EventMsg>[];
  /** The field's video: each frame the agent sent (capture time), each console report. */
  videoCaptures: Timed<RecordedVideoCaptureMsg>[];
  videoReports: Timed<RecordedVideoReportMsg>[];
  /** The footer was reached: the writer closed the file. */
  complete: boolean;
  /** Chunks read. */
  chunks: number;
  /** Why reading stopped before the footer (truncation is normal after a crash). */
  stopReason?: string;
  /** Bytes after the last complete record (a partly written chunk). */
  trailingBytes: number;
}

/** Decodes an MCAP session from bytes. Never throws for truncated, corrupt or foreign input: see stopReason. */
export function readRecordingBytes(bytes: Uint8Array): Recording {
  const schema = loadRecordingSchema();
  const out: Recording = {
    profile: '',
    library: '',
    session: null,
    frames: [],
    clocks: [],
    commands: [],
    controls: [],
    ticks: [],
    events: [],
    videoCaptures: [],
    videoReports: [],
    complete: false,
    chunks: 0,
    trailingBytes: 0,
  };
  try {
    const r = streamRecordingBytes(bytes, {
      header(profile, library) {
        out.profile = profile;
        out.library = library;
      },
      message(name, data, logTime, publishTime) {
        const type = schema.types[name];
        const msg = type.toObject(type.decode(data), { defaults: true, arrays: true, longs: Number });
        const timed = { logTimeNs: Number(logTime), publishTimeNs: Number(publishTime), msg };
        switch (name) {
          case 'session':
            out.session = msg as SessionStartMsg;
            break;
          case 'frame':
            (msg as { frame: unknown }).frame ??= null;
            out.frames.push(timed as Timed<RecordedFrameMsg>);
            break;
          case 'clock':
            out.clocks.push(timed as Timed<RecordedClockMsg>);
            break;
          case 'command':
            out.commands.push(timed as Timed<RecordedCommandMsg>);
            break;
          case 'control':
            out.controls.push(timed as Timed<RecordedControlMsg>);
            break;
          case 'tick':
            out.ticks.push(timed as Timed<TickRecordMsg>);
            break;
          case 'event':
            out.events.push(timed as Timed<EventMsg>);
            break;
          case 'videoCapture':
            out.videoCaptures.push(timed as Timed<RecordedVideoCaptureMsg>);
            break;
          case 'videoReport':
            out.videoReports.push(timed as Timed<RecordedVideoReportMsg>);
            break;
        }
      },
    });
    out.complete = r.complete;
    out.chunks = r.chunks;
    out.trailingBytes = r.trailingBytes;
    if (r.damage) out.stopReason = r.damage.message;
  } catch (e) {
    out.stopReason = e instanceof Error ? e.message : String(e);
  }
  return out;
}

/** Reads and decodes a session file (see readRecordingBytes). */
export async function readRecording(path: string): Promise<Recording> {
  await loadZstdDecoder();
  const fh = await open(path, 'r');
  try {
    const bytes = await fh.readFile();
    return readRecordingBytes(bytes);
  } finally {
    await fh.close();
  }
}

export { MCAP_PROFILE };
