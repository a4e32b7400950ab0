// Turns what main and the loop report into MCAP records, per recording.proto. Inputs handed to the
// loop (frames, clock samples, control changes) wait here until the loop's marks say at which tick
// they were handed to the core; that tick is what replay feeds them at.
//
// Times: every record carries its agent-clock time as a field (tick and time_ns, receive_time_ns, the
// probe's t0..t3, agent_time_ns, start_time_ns); replay uses only those. The MCAP log time (and publish
// time) is that agent time mapped to the Unix epoch (unixNsAtOrigin + agent time, one fixed offset per
// session, so log times are as monotonic as the agent clock), which is what Foxglove's timeline shows.
import { ROW, TICK_ROW, type RecorderTickBatch } from './tick-rows.js';
import type { ChunkedMcapWriter } from './mcap-writer.js';
import type { RecorderRequest, SessionStartRecord } from './messages.js';
import { CHANNELS, MCAP_PROFILE, type ChannelName, type RecordingSchema } from './schema.js';
import { PSM_JOINT_NAMES, VIZ_CHANNELS, VIZ_FRAMES, frameTransform, loadVizSchema, poseInFrame, timestampOf, type VizChannelName, type VizSchema } from './viz.js';

type Pending = Extract<RecorderRequest, { k: 'frame' | 'clock' | 'control' }>;

export interface RecorderOptions {
  /**
   * Unix-epoch time of the agent clock's zero, ns: message log times are this plus the record's agent time.
   * 0n (default) keeps log times on the agent clock (tests, tools writing synthetic sessions).
   */
  unixNsAtOrigin?: bigint;
  /** Foxglove channels (tool frames, poses, joints) at this rate, Hz; 0 (default): none. */
  vizRateHz?: number;
}

export class Recorder {
  #w: ChunkedMcapWriter;
  readonly #schema: RecordingSchema;
  readonly #library: string;
  readonly #unixNsAtOrigin: bigint;
  readonly #viz: VizSchema | null;
  readonly #vizPeriodNs: number;
  #nextVizNs = -Infinity;
  readonly #channel = {} as Record<ChannelName, number>;
  readonly #vizChannel = {} as Record<VizChannelName, number>;
  readonly #sequence = {} as Record<ChannelName | VizChannelName, number>;
  /** Handed inputs not yet matched to a tick, in seq order. */
  readonly #pending: Pending[] = [];
  /** Flat (tick, lastSeq) pairs not yet consumed. */
  readonly #marks: number[] = [];
  /** The last reason written, per arm. */
  readonly #reasons: string[] = [];
  #lastTick = 0;
  /** Highest input seq the loop's marks say was handed, and highest one written. */
  #maxMarkedSeq = -1;
  #maxWrittenSeq = -1;
  #session: SessionStartRecord | null = null;
  /** This file's number in a rotated series, from 1. */
  #part = 1;
  #firstTick = 0;

  constructor(writer: ChunkedMcapWriter, schema: RecordingSchema, library: string, options: RecorderOptions = {}) {
    this.#w = writer;
    this.#schema = schema;
    this.#library = library;
    this.#unixNsAtOrigin = options.unixNsAtOrigin ?? 0n;
    const vizRateHz = options.vizRateHz ?? 0;
    this.#viz = vizRateHz > 0 ? loadVizSchema() : null;
    this.#vizPeriodNs = vizRateHz > 0 ? 1e9 / vizRateHz : 0;
    for (const name of [...Object.keys(CHANNELS), ...Object.keys(VIZ_CHANNELS)] as Array<ChannelName | VizChannelName>) this.#sequence[name] = 0;
    this.#begin();
  }

  /** Header, schemas and channels of the current file. */
  #begin(): void {
    const w = this.#w;
    w.start({ profile: MCAP_PROFILE, library: this.#library });
    const schemaIds = new Map<string, number>();
    const channel = (topic: string, type: string, data: Uint8Array): number => {
      let sid = schemaIds.get(type);
      if (sid === undefined) {
        sid = w.registerSchema({ name: type, encoding: 'protobuf', data });
        schemaIds.set(type, sid);
      }
      return w.registerChannel({ schemaId: sid, topic, messageEncoding: 'protobuf', metadata: new Map() });
    };
    for (const [name, c] of Object.entries(CHANNELS) as Array<[ChannelName, (typeof CHANNELS)[ChannelName]]>) {
      this.#channel[name] = channel(c.topic, c.type, this.#schema.descriptorSet);
    }
    if (this.#viz) {
      for (const [name, c] of Object.entries(VIZ_CHANNELS) as Array<[VizChannelName, (typeof VIZ_CHANNELS)[VizChannelName]]>) {
        this.#vizChannel[name] = channel(c.topic, c.type, this.#viz.descriptorSet);
      }
    }
  }

  /** Unix-epoch ns of an agent-clock time (ns). */
  #logTime(agentNs: number): bigint {
    return toNs(agentNs) + this.#unixNsAtOrigin;
  }

  #write(name: ChannelName, logTimeNs: number, publishTimeNs: number, body: Record<string, unknown>): void {
    // encode() takes plain objects shaped like the message (enums as numbers, nested objects plain):
    // skipping fromObject halves the cost per record, which is most of what this thread does.
    const data = this.#schema.types[name].encode(body).finish();
    this.#w.addMessage({
      channelId: this.#channel[name],
      sequence: this.#sequence[name]++,
      logTime: this.#logTime(logTimeNs),
      publishTime: this.#logTime(publishTimeNs),
      data,
    });
  }

  #writeViz(name: VizChannelName, logTime: bigint, body: Record<string, unknown>): void {
    const data = this.#viz!.types[name].encode(body).finish();
    this.#w.addMessage({ channelId: this.#vizChannel[name], sequence: this.#sequence[name]++, logTime, publishTime: logTime, data });
  }

  sessionStart(s: SessionStartRecord): void {
    this.#session = s;
    this.#writeSession();
  }

  /** The session's metadata and SessionStart, in every file of a series (each file says what it is). */
  #writeSession(): void {
    const s = this.#session!;
    for (const m of sessionMetadata(s, this.#unixNsAtOrigin, this.#part, this.#firstTick)) this.#w.addMetadata(m);
    this.#write('session', s.start_time_ns, s.start_time_ns, { ...s });
    // Make the session header durable at once: a recording that dies in its first second still says what it was.
    this.#w.flushChunk();
  }

  /**
   * Ends the current file (summary, footer) and goes on in `next`, which starts with the same header,
   * channels, metadata (part number, first tick) and SessionStart: every file of a series is a complete
   * MCAP file that says which session it belongs to and where in it it starts.
   */
  rotate(next: ChunkedMcapWriter): number {
    this.#w.end();
    const closedBytes = Number(this.#w.position);
    this.#w = next;
    this.#part++;
    this.#firstTick = this.#lastTick + 1;
    this.#begin();
    if (this.#session) this.#writeSession();
    return closedBytes;
  }

  /** This file's number in the series (1 for the first). */
  get part(): number {
    return this.#part;
  }

  onTicks(b: RecorderTickBatch): void {
    const r = b.rows;
    // Several arms (issue 15): `arms` rows per tick, arm i % arms; a one-arm batch has one row per tick
    // and its TickRecords carry no arm_id (byte-identical to files written before several arms).
    const arms = Math.max(1, b.arms ?? 1);
    let reasonIdx = 0;
    for (let i = 0; i < b.n; i++) {
      const o = i * TICK_ROW;
      const arm = i % arms;
      const tick = r[o + ROW.tick]!;
      while (reasonIdx < b.reasons.length && reasonDue(b.reasons[reasonIdx]!, tick, arm)) {
        const rr = b.reasons[reasonIdx++]!;
        this.#reasons[rr[2] ?? 0] = rr[1];
      }
      const t = r[o + ROW.timeNs]!;
      const js: number[] = [];
      for (let j = 0; j < 6; j++) js.push(r[o + ROW.js + j]!);
      const seq = r[o + ROW.seq]!;
      if (this.#viz && arm === 0 && t >= this.#nextVizNs) {
        this.#nextVizNs = this.#nextVizNs + this.#vizPeriodNs > t ? this.#nextVizNs + this.#vizPeriodNs : t + this.#vizPeriodNs;
        if (arms === 1) this.#vizRow(r, o, tick, t, js);
        else this.#vizArms(r, o, arms, tick, t, js);
      }
      this.#write('tick', t, t, {
        tick,
        time_ns: t,
        setpoint_cp: pose(r, o + ROW.sp),
        jaw_setpoint_rad: r[o + ROW.jawSp],
        measured_cp: pose(r, o + ROW.m),
        measured_js: js,
        jaw_measured_rad: r[o + ROW.jawM],
        state: r[o + ROW.state]! + 1,
        reason: this.#reasons[arm] ?? '',
        operating_state: r[o + ROW.op]! + 1,
        // -1 (nothing played yet) has no uint64 form: recorded as 0.
        last_applied_seq: seq < 0 ? 0 : seq,
        ...(arm > 0 ? { arm_id: arm } : {}),
      });
      this.#lastTick = tick;
    }
    for (let i = 0; i < b.marks.length; i++) this.#marks.push(b.marks[i]!);
    for (let i = 1; i < b.marks.length; i += 2) this.#maxMarkedSeq = Math.max(this.#maxMarkedSeq, b.marks[i]!);
    this.#match();
  }

  /** The Foxglove records of one tick row: tool frames, tool poses, joints. */
  #vizRow(r: Float64Array, o: number, tick: number, timeNs: number, js: number[]): void {
    const logTime = this.#logTime(timeNs);
    const stamp = timestampOf(logTime);
    this.#writeViz('tf', logTime, {
      transforms: [frameTransform(stamp, VIZ_FRAMES.setpoint, r, o + ROW.sp), frameTransform(stamp, VIZ_FRAMES.measured, r, o + ROW.m)],
    });
    this.#vizPoses(r, o, tick, logTime, js);
  }

  /** The first arm's poses and joints (as one arm writes them). */
  #vizPoses(r: Float64Array, o: number, tick: number, logTime: bigint, js: number[]): void {
    const stamp = timestampOf(logTime);
    this.#writeViz('setpoint', logTime, poseInFrame(stamp, r, o + ROW.sp));
    this.#writeViz('measured', logTime, poseInFrame(stamp, r, o + ROW.m));
    this.#writeViz('joints', logTime, {
      timestamp: stamp,
      name: PSM_JOINT_NAMES,
      position: js,
      jaw_measured_rad: r[o + ROW.jawM],
      jaw_setpoint_rad: r[o + ROW.jawSp],
      tick,
    });
  }

  /**
   * Several arms: one tf message with every arm's tool frames under its own base frame, and every base
   * under `farhand_cart` where the session's RecordedArm places it, so Foxglove's 3D panel shows the
   * whole cart. Arm 0 keeps the one-arm frame names; the poses and joints channels stay arm 0's.
   */
  #vizArms(r: Float64Array, o0: number, arms: number, tick: number, timeNs: number, js: number[]): void {
    const logTime = this.#logTime(timeNs);
    const stamp = timestampOf(logTime);
    const specs = this.#session?.arms ?? [];
    const transforms: Array<Record<string, unknown>> = [];
    for (let k = 0; k < arms; k++) {
      const o = o0 + k * TICK_ROW;
      const frames = armVizFrames(k, specs[k]?.name);
      transforms.push({ ...frameTransform(stamp, frames.setpoint, r, o + ROW.sp), parent_frame_id: frames.base });
      transforms.push({ ...frameTransform(stamp, frames.measured, r, o + ROW.m), parent_frame_id: frames.base });
      const b = specs[k]?.base_in_cart;
      if (b) transforms.push({ timestamp: stamp, parent_frame_id: VIZ_CART_FRAME, child_frame_id: frames.base, translation: b.position, rotation: b.orientation });
    }
    this.#writeViz('tf', logTime, { transforms });
    this.#vizPoses(r, o0, tick, logTime, js);
  }

  on(req: RecorderRequest): void {
    switch (req.k) {
      case 'frame':
        if (req.refused || req.seq < 0) this.#writeFrame(req, req.tick);
        else this.#enqueue(req);
        break;
      case 'clock':
      case 'control':
        this.#enqueue(req);
        break;
      case 'command':
        this.#write('command', req.receiveTimeNs, req.receiveTimeNs, {
          tick: req.tick,
          receive_time_ns: req.receiveTimeNs,
          session_id: req.sessionId,
          role: req.role,
          command: req.command,
          ack: req.ack,
          to_core: req.toCore,
        });
        break;
      case 'event':
        this.#write('event', req.event.agent_time_ns, req.event.agent_time_ns, { ...req.event });
        break;
      case 'videoCapture':
        this.#write('videoCapture', req.captureTimeNs, req.captureTimeNs, {
          capture_time_ns: req.captureTimeNs,
          frame_number: req.frameNumber,
          width: req.width,
          height: req.height,
          viewers: req.viewers,
        });
        break;
      case 'videoReport':
        this.#write('videoReport', req.receiveTimeNs, req.receiveTimeNs, {
          receive_time_ns: req.receiveTimeNs,
          session_id: req.sessionId,
          report: req.report,
          refused: req.refused,
          refuse_reason: req.refuseReason,
        });
        break;
      case 'session':
        this.sessionStart(req.start);
        break;
      case 'close':
        break;
    }
  }

  #enqueue(p: Pending): void {
    this.#pending.push(p);
    // Main posts in seq order, so the queue stays sorted; the loop's marks may arrive before or after.
    this.#match();
  }

  #match(): void {
    let m = 0;
    let p = 0;
    while (p < this.#pending.length && m < this.#marks.length) {
      const tick = this.#marks[m]!;
      const lastSeq = this.#marks[m + 1]!;
      const item = this.#pending[p]!;
      if (item.seq <= lastSeq) {
        this.#writeHanded(item, tick);
        p++;
      } else {
        m += 2;
      }
    }
    this.#pending.splice(0, p);
    this.#marks.splice(0, m);
  }

  #writeHanded(item: Pending, tick: number): void {
    this.#maxWrittenSeq = Math.max(this.#maxWrittenSeq, item.seq);
    switch (item.k) {
      case 'frame':
        this.#writeFrame(item, tick);
        break;
      case 'clock':
        this.#write('clock', item.probe.t3_ns, item.probe.t0_ns, {
          tick,
          session_id: item.sessionId,
          probe: item.probe,
          agent_originated: item.agentOriginated,
        });
        break;
      case 'control':
        this.#write('control', item.timeNs, item.timeNs, {
          tick,
          time_ns: item.timeNs,
          controller_session_id: item.controllerId,
          previous_session_id: item.previousId,
          reason: item.reason,
          granted_by_session_id: item.grantedBy,
          master_kind: item.masterKind === 'ACTUATED' ? 2 : item.masterKind === 'UNACTUATED' ? 1 : 0,
        });
        break;
    }
  }

  #writeFrame(f: Extract<RecorderRequest, { k: 'frame' }>, tick: number): void {
    let frame: unknown = undefined;
    try {
      const env = this.#schema.envelope.decode(f.envelope) as unknown as { motion?: unknown };
      frame = env.motion;
    } catch {
      // Main only sends envelopes it decoded; a failure here would be a bug, recorded as an empty frame.
    }
    const capture = (frame as { capture_time_ns?: number } | undefined)?.capture_time_ns;
    this.#write('frame', f.receiveTimeNs, typeof capture === 'number' && Number.isFinite(capture) ? capture : f.receiveTimeNs, {
      tick,
      receive_time_ns: f.receiveTimeNs,
      session_id: f.sessionId,
      frame,
      refused: f.refused,
      refuse_reason: f.refuseReason,
    });
  }

  /**
   * Writes whatever still waits for a mark. Frames queued when the loop stopped never reached the core,
   * so they are recorded as refused (replay must not feed them); clock samples and control changes are
   * recorded at the tick after the last one, where replay has nothing left to run.
   */
  drainUnhanded(): void {
    for (const item of this.#pending) {
      if (item.k === 'frame') this.#writeFrame({ ...item, refused: true, refuseReason: 'NOT_HANDED: the loop stopped before this frame reached the core' }, this.#lastTick + 1);
      else this.#writeHanded(item, this.#lastTick + 1);
    }
    this.#pending.length = 0;
  }

  flush(): void {
    this.#w.flushChunk();
  }

  end(): void {
    this.drainUnhanded();
    this.#w.end();
  }

  /**
   * Ends the file where it is (summary, footer) without recording the inputs still waiting for a tick:
   * for a recording stopped mid-session (size limit), where the loop goes on and those inputs do reach the core.
   */
  endFile(): void {
    this.#w.end();
  }

  /** Every input the loop's marks so far say was handed to the core is written (none still on its way from main). */
  get inputsCaughtUp(): boolean {
    return this.#maxWrittenSeq >= this.#maxMarkedSeq;
  }

  /** Bytes in the current file. */
  get bytes(): number {
    return Number(this.#w.position);
  }

  get lastTick(): number {
    return this.#lastTick;
  }
}

/**
 * MCAP Metadata records: what the session is, how to read its times, the config (tokens are never in
 * config_json) and the arm. String values only (MCAP metadata is a string map).
 */
export function sessionMetadata(s: SessionStartRecord, unixNsAtOrigin: bigint, part: number, firstTick: number): Array<{ name: string; metadata: Map<string, string> }> {
  let config: Record<string, unknown> = {};
  try {
    const parsed = JSON.parse(s.config_json) as unknown;
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) config = parsed as Record<string, unknown>;
  } catch {
    // config_json is written by the agent from a validated config; an unparsable one is recorded as it is in SessionStart only.
  }
  delete config.tokens;
  const flat = new Map<string, string>();
  const walk = (v: unknown, path: string): void => {
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) walk(x, path === '' ? k : `${path}.${k}`);
    } else if (path !== '') {
      flat.set(path, typeof v === 'string' ? v : JSON.stringify(v) ?? 'null');
    }
  };
  walk(config, '');
  const sim = (config.sim ?? {}) as { tool?: unknown };
  const ros = (config.ros ?? {}) as { arm?: unknown };
  const arm = new Map<string, string>([
    ['driver', s.arm_driver],
    ['arm', s.arm_driver === 'ros' ? String(ros.arm ?? '') : 'simulated PSM'],
    ['tool', s.arm_driver === 'sim' ? String(sim.tool ?? '') : 'as reported by the arm (not recorded)'],
    ['joint_names', PSM_JOINT_NAMES.join(',')],
    ['base_frame_id', VIZ_FRAMES.base],
    ['tool_frame_ids', `${VIZ_FRAMES.setpoint},${VIZ_FRAMES.measured}`],
  ]);
  if (s.arms && s.arms.length > 0) {
    // Several arms (issue 15): every arm, its frames and its base in the cart; the keys above stay arm 0's.
    arm.set('arm', s.arms.map((a) => a.name).join(','));
    arm.set('cart_frame_id', VIZ_CART_FRAME);
    arm.set(
      'arms',
      JSON.stringify(s.arms.map((a, k) => ({ arm_id: a.arm_id, name: a.name, kind: a.kind === 2 ? 'CAMERA' : 'INSTRUMENT', ...armVizFrames(k, a.name), base_in_cart: a.base_in_cart }))),
    );
  }
  const session = new Map<string, string>([
    ['session_id', s.session_id],
    ['agent_version', s.agent_version],
    ['protocol', `${s.protocol_major}.${s.protocol_minor}`],
    ['wall_clock_iso', s.wall_clock_iso],
    ['sim_seed', String(s.sim_seed)],
    ['start_time_ns', String(s.start_time_ns)],
    ['unix_ns_at_agent_origin', unixNsAtOrigin.toString()],
    ['log_time', unixNsAtOrigin === 0n ? 'agent clock, ns' : 'Unix epoch, ns (= unix_ns_at_agent_origin + the record\'s agent-clock time)'],
    ['part', String(part)],
    ['first_tick', String(firstTick)],
  ]);
  return [
    { name: 'farhand.session', metadata: session },
    { name: 'farhand.arm', metadata: arm },
    { name: 'farhand.config', metadata: flat },
  ];
}

/** A reason change applies from its tick and arm on (the loop lists them in tick, then arm, order). */
function reasonDue(r: readonly [number, string, number?], tick: number, arm: number): boolean {
  return r[0] < tick || (r[0] === tick && (r[2] ?? 0) <= arm);
}

/** Parent of every arm's base frame in a multi-arm recording's tf. */
export const VIZ_CART_FRAME = 'farhand_cart';

/** Foxglove frame ids of arm k: arm 0 keeps the one-arm names, the others are prefixed with the arm's name. */
export function armVizFrames(k: number, name: string | undefined): { base: string; setpoint: string; measured: string } {
  if (k === 0) return { base: VIZ_FRAMES.base, setpoint: VIZ_FRAMES.setpoint, measured: VIZ_FRAMES.measured };
  const p = (name ?? `arm${k}`).toLowerCase();
  return { base: `${p}_base`, setpoint: `${p}_${VIZ_FRAMES.setpoint}`, measured: `${p}_${VIZ_FRAMES.measured}` };
}

function pose(r: Float64Array, o: number): Record<string, unknown> {
  return {
    position: { x: r[o], y: r[o + 1], z: r[o + 2] },
    orientation: { x: r[o + 3], y: r[o + 4], z: r[o + 5], w: r[o + 6] },
  };
}

function toNs(v: number): bigint {
  return Number.isFinite(v) && v >= 0 ? BigInt(Math.round(v)) : 0n;
}
