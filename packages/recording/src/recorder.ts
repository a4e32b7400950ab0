// Turns what main and the loop report into MCAP records, per recording.proto. Inputs handed to the
// loop (frames, clock samples, control changes) wait here until the loop's marks say at which tick
// they were handed to the core; that tick is what replay feeds them at.
import { ROW, TICK_ROW, type RecorderTickBatch } from './tick-rows.js';
import type { ChunkedMcapWriter } from './mcap-writer.js';
import type { RecorderRequest, SessionStartRecord } from './messages.js';
import { CHANNELS, MCAP_PROFILE, type ChannelName, type RecordingSchema } from './schema.js';

type Pending = Extract<RecorderRequest, { k: 'frame' | 'clock' | 'control' }>;

export class Recorder {
  readonly #w: ChunkedMcapWriter;
  readonly #schema: RecordingSchema;
  readonly #channel = {} as Record<ChannelName, number>;
  readonly #sequence = {} as Record<ChannelName, number>;
  /** Handed inputs not yet matched to a tick, in seq order. */
  readonly #pending: Pending[] = [];
  /** Flat (tick, lastSeq) pairs not yet consumed. */
  readonly #marks: number[] = [];
  #reason = '';
  #lastTick = 0;

  constructor(writer: ChunkedMcapWriter, schema: RecordingSchema, library: string) {
    this.#w = writer;
    this.#schema = schema;
    writer.start({ profile: MCAP_PROFILE, library });
    const schemaIds = new Map<string, number>();
    for (const [name, c] of Object.entries(CHANNELS) as Array<[ChannelName, (typeof CHANNELS)[ChannelName]]>) {
      let sid = schemaIds.get(c.type);
      if (sid === undefined) {
        sid = writer.registerSchema({ name: c.type, encoding: 'protobuf', data: schema.descriptorSet });
        schemaIds.set(c.type, sid);
      }
      this.#channel[name] = writer.registerChannel({ schemaId: sid, topic: c.topic, messageEncoding: 'protobuf', metadata: new Map() });
      this.#sequence[name] = 0;
    }
  }

  #write(name: ChannelName, logTimeNs: number, publishTimeNs: number, body: Record<string, unknown>): void {
    // encode() takes plain objects shaped like the message (enums as numbers, nested objects plain):
    // skipping fromObject halves the cost per record, which is most of what this thread does.
    const data = this.#schema.types[name].encode(body).finish();
    this.#w.addMessage({
      channelId: this.#channel[name],
      sequence: this.#sequence[name]++,
      logTime: toNs(logTimeNs),
      publishTime: toNs(publishTimeNs),
      data,
    });
  }

  sessionStart(s: SessionStartRecord): void {
    this.#write('session', s.start_time_ns, s.start_time_ns, { ...s });
    // Make the session header durable at once: a recording that dies in its first second still says what it was.
    this.#w.flushChunk();
  }

  onTicks(b: RecorderTickBatch): void {
    const r = b.rows;
    let reasonIdx = 0;
    for (let i = 0; i < b.n; i++) {
      const o = i * TICK_ROW;
      const tick = r[o + ROW.tick]!;
      while (reasonIdx < b.reasons.length && b.reasons[reasonIdx]![0] <= tick) this.#reason = b.reasons[reasonIdx++]![1];
      const t = r[o + ROW.timeNs]!;
      const js: number[] = [];
      for (let j = 0; j < 6; j++) js.push(r[o + ROW.js + j]!);
      const seq = r[o + ROW.seq]!;
      this.#write('tick', t, t, {
        tick,
        time_ns: t,
        setpoint_cp: pose(r, o + ROW.sp),
        jaw_setpoint_rad: r[o + ROW.jawSp],
        measured_cp: pose(r, o + ROW.m),
        measured_js: js,
        jaw_measured_rad: r[o + ROW.jawM],
        state: r[o + ROW.state]! + 1,
        reason: this.#reason,
        operating_state: r[o + ROW.op]! + 1,
        // -1 (nothing played yet) has no uint64 form: recorded as 0.
        last_applied_seq: seq < 0 ? 0 : seq,
      });
      this.#lastTick = tick;
    }
    for (let i = 0; i < b.marks.length; i++) this.#marks.push(b.marks[i]!);
    this.#match();
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

  get bytes(): number {
    return Number(this.#w.position);
  }
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
