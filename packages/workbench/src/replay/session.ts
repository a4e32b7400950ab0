// Loads a farhand session file (MCAP, profile "farhand", layout in recording.proto) for replay: the
// inputs the core was given, tick by tick, and the recorded ticks to compare against. The file is read
// as a stream, so a file cut short by a crash (no footer) or damaged in the middle still yields every
// record before the damage; `damage` says where and why, and the caller decides whether to go on.
// A recording rotated by the agent (recording.maxFileBytes) is a series <stem>.mcap, <stem>.part002.mcap,
// ...: given any file of it, the whole series is read from part 1 as one session (the core's state at a
// later part's first tick exists only by running from tick 0).
import { CHANNELS, MCAP_PROFILE, RecordingFormatError, parsePartPath, seriesFiles, streamRecordingFile, type ChannelName } from '@farhand/recording';
import type { ArmCoreCommand, ArmKind, ArrivedArmsFrame, ArrivedFrame, ClockSample, CoreCommand, CoreCommandType, MasterKind, Pose } from '@farhand/latency-core';
import { armStateName, commandName, farhand, severityName, supervisorStateName, validateMotionFrame } from '@farhand/protocol';
import { Trace } from './trace.js';

export const SESSION_PROFILE = MCAP_PROFILE;
type TopicKey = ChannelName;

export class SessionFileError extends Error {
  override name = 'SessionFileError';
}

/** A frame the core was handed, with what replay needs to re-time it. */
export interface SessionFrame {
  tick: number;
  arrived: ArrivedFrame;
  /** Several arms: what the multi-arm loop was handed (the two-handed form, or the single-hand frame). */
  arms?: ArrivedArmsFrame;
  /** Encoded size of the Envelope that carried it, bytes (for the bandwidth model). */
  sizeBytes: number;
}

export interface SessionClock {
  tick: number;
  sample: ClockSample;
}

export interface SessionCommand {
  tick: number;
  receiveTimeNs: number;
  sessionId: string;
  /** Command name, e.g. ENGAGE, REQUEST_CONTROL. */
  type: string;
  /** Handed to the core at `tick` (false: the agent answered it, e.g. the control lock). */
  toCore: boolean;
  /** The CoreCommand handed over; null when not toCore. Several arms: with the arm it names (Command.arm_id). */
  command: ArmCoreCommand | null;
}

/** An arm of a multi-arm session (SessionStart.arms). */
export interface SessionArm {
  armId: number;
  name: string;
  kind: ArmKind;
  baseInCart: Pose;
}

export interface SessionControl {
  tick: number;
  timeNs: number;
  controllerId: string | null;
  previousId: string | null;
  reason: string;
  /** The new controller's master kind as the record says (RecordedControl.master_kind); absent in older recordings. */
  masterKind?: MasterKind;
}

export interface RecordedEvent {
  timeNs: number;
  severity: string;
  code: string;
  message: string;
  sessionId: string;
}

/**
 * Each controller session's master kind (a session's Hello fixes it). What the control records say
 * (RecordedControl.master_kind) wins; recordings made before that field carry it only in the
 * MASTER_ACTUATED / MASTER_UNACTUATED events the agent records with every control change, which are
 * read when no control record says. Sessions with neither: UNACTUATED (the caller's default).
 */
export function masterKindsOf(events: readonly RecordedEvent[], controls: readonly SessionControl[] = []): Map<string, MasterKind> {
  const m = new Map<string, MasterKind>();
  for (const e of events) {
    if (e.code === 'MASTER_ACTUATED') m.set(e.sessionId, 'ACTUATED');
    else if (e.code === 'MASTER_UNACTUATED') m.set(e.sessionId, 'UNACTUATED');
  }
  for (const c of controls) if (c.controllerId !== null && c.masterKind) m.set(c.controllerId, c.masterKind);
  return m;
}

export interface Damage {
  kind: 'TRUNCATED' | 'CORRUPT' | 'TICK_GAP';
  /** Byte offset where reading stopped (approximate for CORRUPT: the start of the unreadable record). */
  atByte: number;
  message: string;
}

export interface LoadedSession {
  file: string;
  /** Every file read: [file] for one file, the parts in order for a rotated series. */
  files: string[];
  sizeBytes: number;
  start: {
    sessionId: string;
    agentVersion: string;
    protocol: string;
    configJson: string;
    startTimeNs: number;
    wallClockIso: string;
    simSeed: number;
    armDriver: string;
    /** Several arms (SessionStart.arms), in arm order; empty for a one-arm session. */
    arms: SessionArm[];
  };
  frames: SessionFrame[];
  framesRefused: number;
  clocks: SessionClock[];
  /** Every command received, in file order; `toCore` ones were handed to the core. */
  commands: SessionCommand[];
  controls: SessionControl[];
  ticks: Trace;
  /**
   * Several arms: each arm's recorded ticks in arm order (armTicks[0] is `ticks`); empty for one arm.
   * A file cut short may end with a tick whose later arms are missing: each arm is compared over the ticks it has.
   */
  armTicks: Trace[];
  events: RecordedEvent[];
  /** null: the file is complete (footer read, ticks contiguous). */
  damage: Damage | null;
}

export interface LoadOptions {
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  /** Read size, bytes (default 4 MiB). */
  readBytes?: number;
}

const COMMAND_TYPES: ReadonlySet<string> = new Set<CoreCommandType>(['ENGAGE', 'DISENGAGE', 'ESTOP', 'RESET_FAULT', 'CLUTCH', 'SET_SCALE', 'HOME']);

function pose(p: farhand.v1.Pose.$Properties | null | undefined): Pose {
  const v = p?.position;
  const q = p?.orientation;
  return {
    position: [v?.x ?? 0, v?.y ?? 0, v?.z ?? 0],
    orientation: [q?.x ?? 0, q?.y ?? 0, q?.z ?? 0, q?.w ?? 0],
  };
}

function varintSize(v: number): number {
  let n = 1;
  while (v >= 0x80) {
    v = Math.floor(v / 128);
    n++;
  }
  return n;
}

/** Length of the length-delimited field `field` at the top level of a protobuf message; 0 if absent. */
export function embeddedLength(data: Uint8Array, field: number): number {
  let i = 0;
  const varint = (): number => {
    let v = 0;
    let mul = 1;
    for (;;) {
      const b = data[i++];
      if (b === undefined) throw new Error('truncated varint');
      v += (b & 0x7f) * mul;
      if (b < 0x80) return v;
      mul *= 128;
    }
  };
  while (i < data.length) {
    const tag = varint();
    const wire = tag % 8;
    const no = Math.floor(tag / 8);
    if (wire === 0) varint();
    else if (wire === 1) i += 8;
    else if (wire === 5) i += 4;
    else if (wire === 2) {
      const len = varint();
      if (no === field) return len;
      i += len;
    } else throw new Error(`unexpected wire type ${wire}`);
  }
  return 0;
}

/** RecordedCommand -> the CoreCommand the agent handed to the core (same fields, same presence). */
export function coreCommandOf(sessionId: string, c: farhand.v1.Command.$Properties): CoreCommand | string {
  const type = commandName(c.type);
  if (type === undefined || !COMMAND_TYPES.has(type)) return `command type ${String(c.type)} (${type ?? 'unknown'}) is not one the core takes`;
  const cmd: CoreCommand = { id: c.id ?? 0, sourceId: sessionId, type: type as CoreCommandType };
  if (type === 'SET_SCALE') cmd.scale = c.scale ?? 0;
  if (type === 'CLUTCH') cmd.flag = c.flag === true;
  return cmd;
}

/**
 * Reads a session file, or the rotated series it belongs to (from part 1, every part in order). Throws
 * SessionFileError when nothing replayable can be read.
 */
export async function loadSession(file: string, options: LoadOptions = {}): Promise<LoadedSession> {
  const { firstPath, part } = parsePartPath(file);
  const series = seriesFiles(file);
  if (part > 1 && series[0] !== firstPath) {
    throw new SessionFileError(`${file}: part ${part} of a rotated recording; replay needs the series from part 1 (${firstPath}), which is missing`);
  }
  const files = series.length > 1 ? series : [file];
  const state = new Loader(files[0]!);
  let sizeBytes = 0;
  for (const [i, f] of files.entries()) {
    state.beginFile(f, i + 1);
    let r;
    try {
      r = await streamRecordingFile(f, { message: (key, data) => state.take(key, data), metadata: (name, m) => state.metadata(name, m) }, options);
    } catch (e) {
      if (e instanceof SessionFileError) throw e;
      if (e instanceof RecordingFormatError) throw new SessionFileError(`${f}: ${e.message}`);
      throw new SessionFileError(`cannot open ${f}: ${(e as Error).message}`);
    }
    sizeBytes += r.sizeBytes;
    state.damage ??= r.damage;
    // A damaged part ends the session there: later parts would start after a gap.
    if (state.damage) return state.finish(sizeBytes, files.slice(0, i + 1));
  }
  return state.finish(sizeBytes, files);
}

/** One TickRecord onto a trace. */
function pushTick(t: Trace, r: farhand.v1.TickRecord): void {
  const state = supervisorStateName(r.state) ?? 'UNKNOWN';
  t.push(Number(r.tick), Number(r.time_ns), pose(r.setpoint_cp), r.jaw_setpoint_rad, pose(r.measured_cp), state, r.reason, Number(r.last_applied_seq));
  t.setArm(t.length - 1, r.measured_js, r.jaw_measured_rad, armStateName(r.operating_state)?.replace(/^ARM_/, '') ?? 'UNKNOWN');
}

/** Builds the replay's view of a session from the reader's messages (the reader checks the file). */
class Loader {
  damage: Damage | null = null;
  private start: LoadedSession['start'] | null = null;
  private readonly frames: SessionFrame[] = [];
  private framesRefused = 0;
  private readonly clocks: SessionClock[] = [];
  private readonly commands: SessionCommand[] = [];
  private readonly controls: SessionControl[] = [];
  private readonly ticks = new Trace(1 << 16);
  /** Arms 1.. of a multi-arm session (arm 0's rows go to `ticks`). */
  private readonly otherTicks: Trace[] = [];
  private frameOptions: Parameters<typeof validateMotionFrame>[1] = undefined;
  private readonly events: RecordedEvent[] = [];

  private current: string;
  private part = 1;
  private partSessionSeen = false;

  constructor(private readonly file: string) {
    this.current = file;
  }

  /** The next file of a series: it repeats the session's SessionStart, which must be the same session's. */
  beginFile(file: string, part: number): void {
    this.current = file;
    this.part = part;
    this.partSessionSeen = false;
  }

  /** farhand.session metadata: a part must say it is the part it is named as. */
  metadata(name: string, m: ReadonlyMap<string, string>): void {
    if (name !== 'farhand.session') return;
    const part = Number(m.get('part') ?? '1');
    if (part !== this.part) throw new SessionFileError(`${this.current}: its metadata says part ${part} of its session, read as part ${this.part}`);
  }

  /** Handles one message; false to stop reading (damage found). */
  take(key: TopicKey, data: Uint8Array): boolean {
    this.message(key, data);
    return this.damage === null;
  }

  private message(key: TopicKey, data: Uint8Array): void {
    const v1 = farhand.v1;
    switch (key) {
      case 'session': {
        const s = v1.SessionStart.decode(data);
        if (this.partSessionSeen) throw new SessionFileError(`${this.current}: two SessionStart records; a session file has exactly one`);
        this.partSessionSeen = true;
        if (this.start) {
          if (s.session_id !== this.start.sessionId || Number(s.start_time_ns) !== this.start.startTimeNs) {
            throw new SessionFileError(`${this.current}: session ${s.session_id}, not ${this.start.sessionId} as in ${this.file}; a series is one session`);
          }
          return;
        }
        this.start = {
          sessionId: s.session_id,
          agentVersion: s.agent_version,
          protocol: `${s.protocol_major}.${s.protocol_minor}`,
          configJson: s.config_json,
          startTimeNs: Number(s.start_time_ns),
          wallClockIso: s.wall_clock_iso,
          simSeed: Number(s.sim_seed),
          armDriver: s.arm_driver,
          arms: (s.arms ?? []).map((a) => ({
            armId: Number(a.arm_id ?? 0),
            name: a.name ?? '',
            kind: a.kind === v1.ArmKind.CAMERA ? ('CAMERA' as const) : ('INSTRUMENT' as const),
            baseInCart: pose(a.base_in_cart),
          })),
        };
        if (this.start.arms.length > 1) {
          // Frames are checked as the agent checked them (its arms), which also yields the two-handed form it handed the loop.
          const arms = this.start.arms.map((a) => ({ armId: a.armId, name: a.name, kind: a.kind }));
          this.frameOptions = { armIds: arms.map((a) => a.armId), arms };
          for (let k = 1; k < arms.length; k++) this.otherTicks.push(new Trace(1 << 16));
        }
        return;
      }
      case 'frame': {
        const r = v1.RecordedFrame.decode(data);
        if (r.refused) {
          this.framesRefused++;
          return;
        }
        const check = validateMotionFrame(r.frame, this.frameOptions);
        if (!check.ok) throw new Error(`frame seq ${String(r.frame?.seq)} was handed to the core but is invalid: ${check.message}`);
        // The Envelope that carried it: tag + length + the MotionFrame, whose length is in the record.
        const motionBytes = embeddedLength(data, 4);
        const sizeBytes = 1 + varintSize(motionBytes) + motionBytes;
        const receiveTimeNs = Number(r.receive_time_ns);
        const arrived = { frame: check.frame, receiveTimeNs, sourceId: r.session_id };
        this.frames.push({
          tick: Number(r.tick),
          arrived,
          // As the agent hands it to a multi-arm loop: the two-handed form when there is one, else the frame.
          ...(this.frameOptions ? { arms: check.hands ? { frame: check.hands, receiveTimeNs, sourceId: r.session_id } : arrived } : {}),
          sizeBytes,
        });
        return;
      }
      case 'clock': {
        const r = v1.RecordedClock.decode(data);
        const p = r.probe;
        if (!p) throw new Error('a RecordedClock without its probe');
        this.clocks.push({
          tick: Number(r.tick),
          sample: {
            sourceId: r.session_id,
            agentOriginated: r.agent_originated === true,
            t0Ns: Number(p.t0_ns),
            t1Ns: Number(p.t1_ns),
            t2Ns: Number(p.t2_ns),
            t3Ns: Number(p.t3_ns),
          },
        });
        return;
      }
      case 'command': {
        const r = v1.RecordedCommand.decode(data);
        if (!r.command) throw new Error('a RecordedCommand without its command');
        let cmd: ArmCoreCommand | null = null;
        if (r.to_core) {
          const c = coreCommandOf(r.session_id, r.command);
          if (typeof c === 'string') throw new Error(`a command handed to the core: ${c}`);
          // Several arms: the agent hands every command with the arm it names (absent arm_id: 0).
          cmd = this.frameOptions ? { ...c, armId: Number(r.command.arm_id ?? 0) } : c;
        }
        this.commands.push({
          tick: Number(r.tick),
          receiveTimeNs: Number(r.receive_time_ns),
          sessionId: r.session_id,
          type: commandName(r.command.type) ?? String(r.command.type),
          toCore: r.to_core === true,
          command: cmd,
        });
        return;
      }
      case 'control': {
        const r = v1.RecordedControl.decode(data);
        this.controls.push({
          tick: Number(r.tick),
          timeNs: Number(r.time_ns),
          controllerId: r.controller_session_id === '' ? null : r.controller_session_id,
          previousId: r.previous_session_id === '' ? null : r.previous_session_id,
          reason: r.reason,
          ...(r.master_kind === v1.MasterKind.ACTUATED ? { masterKind: 'ACTUATED' as const } : r.master_kind === v1.MasterKind.UNACTUATED ? { masterKind: 'UNACTUATED' as const } : {}),
        });
        return;
      }
      case 'tick': {
        const r = v1.TickRecord.decode(data);
        const tick = Number(r.tick);
        const armId = Number(r.arm_id ?? 0);
        if (armId > 0) {
          const other = this.otherTicks[armId - 1];
          if (!other) throw new SessionFileError(`${this.current}: a TickRecord for arm ${armId}, which SessionStart does not list (arms: ${this.start?.arms.map((a) => `${a.armId} ${a.name}`).join(', ') || 'one'})`);
          pushTick(other, r);
          return;
        }
        const t = this.ticks;
        if (t.length > 0) {
          const expected = (t.tick[t.length - 1] as number) + 1;
          if (tick !== expected) {
            this.damage = {
              kind: 'TICK_GAP',
              atByte: -1,
              message: `tick ${expected} is missing (the next TickRecord is tick ${tick}); a replay cannot know that tick's time`,
            };
            return;
          }
        }
        pushTick(t, r);
        return;
      }
      case 'event': {
        const e = v1.Event.decode(data);
        this.events.push({ timeNs: Number(e.agent_time_ns), severity: severityName(e.severity) ?? String(e.severity), code: e.code, message: e.message, sessionId: e.session_id });
        return;
      }
    }
  }

  finish(sizeBytes: number, files: string[] = [this.file]): LoadedSession {
    if (!this.start) throw new SessionFileError(`${this.file}: no SessionStart record on ${CHANNELS.session.topic}${this.damage ? ` (${this.damage.message})` : ''}; nothing to replay`);
    if (this.ticks.length === 0) throw new SessionFileError(`${this.file}: no TickRecord on ${CHANNELS.tick.topic}${this.damage ? ` (${this.damage.message})` : ''}; nothing to replay`);
    // A damaged file is replayable up to its last complete tick: inputs for later ticks are dropped.
    const lastTick = this.ticks.tick[this.ticks.length - 1] as number;
    const keep = <T extends { tick: number }>(xs: T[]) => (this.damage ? xs.filter((x) => x.tick <= lastTick) : xs);
    const armTicks = this.otherTicks.length > 0 ? [this.ticks, ...this.otherTicks] : [];
    return {
      file: this.file,
      files,
      sizeBytes,
      start: this.start,
      frames: keep(this.frames),
      framesRefused: this.framesRefused,
      clocks: keep(this.clocks),
      commands: keep(this.commands),
      controls: keep(this.controls),
      ticks: this.ticks,
      armTicks,
      events: this.events,
      damage: this.damage,
    };
  }
}
