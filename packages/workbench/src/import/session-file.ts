// Writes a farhand session file from records, with the agent's own recording schema and MCAP writer
// (recording/schema.ts, recording/mcap-writer.ts), so an imported session has exactly the layout of a
// recorded one: same profile, channels, schemas and encodings.
import { closeSync, openSync, writeSync } from 'node:fs';
import { ChunkedMcapWriter } from '@farhand/recording';
import { CHANNELS, MCAP_PROFILE, loadRecordingSchema, type ChannelName, type RecordingSchema } from '@farhand/recording';
import { STATES, stateName, type Trace } from '../replay/trace.js';
import { farhand } from '@farhand/protocol';

export class SessionFileWriter {
  private readonly schema: RecordingSchema;
  private readonly writer: ChunkedMcapWriter;
  private readonly channel = {} as Record<ChannelName, number>;
  private readonly sequence = {} as Record<ChannelName, number>;
  private closed = false;

  private constructor(
    private readonly fd: number,
    library: string,
  ) {
    this.schema = loadRecordingSchema();
    this.writer = new ChunkedMcapWriter({ write: (b) => writeAll(fd, b) });
    this.writer.start({ profile: MCAP_PROFILE, library });
    const schemaIds = new Map<string, number>();
    for (const [name, c] of Object.entries(CHANNELS) as Array<[ChannelName, (typeof CHANNELS)[ChannelName]]>) {
      let sid = schemaIds.get(c.type);
      if (sid === undefined) {
        sid = this.writer.registerSchema({ name: c.type, encoding: 'protobuf', data: this.schema.descriptorSet });
        schemaIds.set(c.type, sid);
      }
      this.channel[name] = this.writer.registerChannel({ schemaId: sid, topic: c.topic, messageEncoding: 'protobuf', metadata: new Map() });
      this.sequence[name] = 0;
    }
  }

  static create(path: string, library: string): SessionFileWriter {
    return new SessionFileWriter(openSync(path, 'w'), library);
  }

  write(name: ChannelName, logTimeNs: number, publishTimeNs: number, body: Record<string, unknown>): void {
    const type = this.schema.types[name];
    const data = type.encode(type.fromObject(body)).finish();
    this.writer.addMessage({
      channelId: this.channel[name],
      sequence: this.sequence[name]++,
      logTime: BigInt(Math.max(0, Math.round(logTimeNs))),
      publishTime: BigInt(Math.max(0, Math.round(publishTimeNs))),
      data,
    });
  }

  /** TickRecord i of a trace, as the live recorder writes it. */
  tick(t: Trace, i: number): void {
    const o = i * 7;
    const pose = (a: Float64Array) => ({
      position: { x: a[o], y: a[o + 1], z: a[o + 2] },
      orientation: { x: a[o + 3], y: a[o + 4], z: a[o + 5], w: a[o + 6] },
    });
    const state = t.state[i] as number;
    const time = t.timeNs[i] as number;
    this.write('tick', time, time, {
      tick: t.tick[i],
      time_ns: time,
      setpoint_cp: pose(t.setpoint),
      jaw_setpoint_rad: t.jaw[i],
      measured_cp: pose(t.measured),
      measured_js: Array.from(t.measuredJs.subarray(i * 6, i * 6 + 6)),
      jaw_measured_rad: t.jawMeasured[i],
      state: state < STATES.length ? farhand.v1.SupervisorState[stateName(state) as keyof typeof farhand.v1.SupervisorState] : 0,
      reason: t.reasons[t.reason[i] as number] ?? '',
      operating_state: (t.opState[i] as number) < 4 ? (t.opState[i] as number) + 1 : 0,
      last_applied_seq: t.lastAppliedSeq[i],
    });
  }

  /** Closes the open chunk, as the agent's recorder does every flush interval. */
  flush(): void {
    this.writer.flushChunk();
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.writer.end();
    closeSync(this.fd);
  }
}

function writeAll(fd: number, b: Uint8Array): void {
  let off = 0;
  while (off < b.length) off += writeSync(fd, b, off, b.length - off);
}
