// A minimal ROS 1 bag writer for test fixtures (rosbag format v2.0, http://wiki.ros.org/Bags/Format/2.0):
// one uncompressed chunk, its index, the connection and chunk-info records. Messages are serialised with
// @foxglove/rosmsg-serialization from the definitions the ROS driver publishes with, so the MD5 sums are
// the real ones (a dVRK bag's PoseStamped has the same). Enough to build tiny bags in a test; what reads
// them (@foxglove/rosbag, and `rosbag info` when installed) is the real thing.
import { writeFileSync } from 'node:fs';
import { md5, parse } from '@foxglove/rosmsg';
import { MessageWriter } from '@foxglove/rosmsg-serialization';

export interface BagConnection {
  topic: string;
  type: string;
  /** The full message definition (as in packages/ros/src/driver/msgdefs.ts). */
  definition: string;
  /** Override the MD5 (to build a bag whose definition changed); default: computed. */
  md5sum?: string;
}

export interface BagMessage {
  topic: string;
  /** Receive time (the bag's record time), s. */
  timeS: number;
  message: unknown;
}

const OP = { MSG_DATA: 0x02, BAG_HEADER: 0x03, INDEX_DATA: 0x04, CHUNK: 0x05, CHUNK_INFO: 0x06, CONNECTION: 0x07 } as const;

function u32(v: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(v >>> 0);
  return b;
}

function i32(v: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeInt32LE(v);
  return b;
}

function u64(v: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt(v));
  return b;
}

function time(s: number): Buffer {
  const sec = Math.floor(s);
  const nsec = Math.round((s - sec) * 1e9);
  return Buffer.concat([u32(sec), u32(nsec)]);
}

function header(fields: Array<[string, Buffer | string]>): Buffer {
  return Buffer.concat(
    fields.map(([k, v]) => {
      const field = Buffer.concat([Buffer.from(`${k}=`, 'latin1'), typeof v === 'string' ? Buffer.from(v, 'utf8') : v]);
      return Buffer.concat([u32(field.length), field]);
    }),
  );
}

function record(h: Buffer, data: Buffer): Buffer {
  return Buffer.concat([u32(h.length), h, u32(data.length), data]);
}

/** Writes the bag; connections in the given order (conn ids 0, 1, ...), messages in the given order. */
export function writeBag(path: string, connections: readonly BagConnection[], messages: readonly BagMessage[]): void {
  const conns = connections.map((c, id) => {
    const md5sum = c.md5sum ?? md5(parse(c.definition));
    const data = header([
      ['topic', c.topic],
      ['type', c.type],
      ['md5sum', md5sum],
      ['message_definition', c.definition],
    ]);
    return { id, c, writer: new MessageWriter(parse(c.definition)), rec: record(header([['op', Buffer.from([OP.CONNECTION])], ['conn', i32(id)], ['topic', c.topic]]), data) };
  });
  const byTopic = new Map(conns.map((x) => [x.c.topic, x]));

  // The chunk: every connection, then every message; the index records where each message starts.
  const parts: Buffer[] = [];
  let offset = 0;
  const push = (b: Buffer): number => {
    const at = offset;
    parts.push(b);
    offset += b.length;
    return at;
  };
  for (const x of conns) push(x.rec);
  const index = new Map<number, Array<{ timeS: number; offset: number }>>();
  let start = Infinity;
  let end = -Infinity;
  for (const m of messages) {
    const x = byTopic.get(m.topic);
    if (!x) throw new Error(`writeBag: no connection for ${m.topic}`);
    const data = Buffer.from(x.writer.writeMessage(m.message));
    const at = push(record(header([['op', Buffer.from([OP.MSG_DATA])], ['conn', i32(x.id)], ['time', time(m.timeS)]]), data));
    const list = index.get(x.id) ?? [];
    list.push({ timeS: m.timeS, offset: at });
    index.set(x.id, list);
    start = Math.min(start, m.timeS);
    end = Math.max(end, m.timeS);
  }
  const chunkData = Buffer.concat(parts);

  const magic = Buffer.from('#ROSBAG V2.0\n', 'latin1');
  const BAG_HEADER_BYTES = 4096;
  const chunkPos = magic.length + BAG_HEADER_BYTES;
  const chunk = record(header([['op', Buffer.from([OP.CHUNK])], ['compression', 'none'], ['size', u32(chunkData.length)]]), chunkData);
  const indexes = [...index.entries()].map(([conn, list]) =>
    record(
      header([['op', Buffer.from([OP.INDEX_DATA])], ['ver', i32(1)], ['conn', i32(conn)], ['count', i32(list.length)]]),
      Buffer.concat(list.map((e) => Buffer.concat([time(e.timeS), u32(e.offset)]))),
    ),
  );
  const indexPos = chunkPos + chunk.length + indexes.reduce((a, b) => a + b.length, 0);
  const chunkInfo = record(
    header([['op', Buffer.from([OP.CHUNK_INFO])], ['ver', i32(1)], ['chunk_pos', u64(chunkPos)], ['start_time', time(start)], ['end_time', time(end)], ['count', i32(index.size)]]),
    Buffer.concat([...index.entries()].map(([conn, list]) => Buffer.concat([i32(conn), i32(list.length)]))),
  );
  // The bag header record is padded to a fixed size so that index_pos can be written first.
  const bagHeaderFields = header([['op', Buffer.from([OP.BAG_HEADER])], ['index_pos', u64(indexPos)], ['conn_count', i32(conns.length)], ['chunk_count', i32(1)]]);
  const padding = BAG_HEADER_BYTES - 4 - bagHeaderFields.length - 4;
  const bagHeader = record(bagHeaderFields, Buffer.alloc(padding, 0x20));
  writeFileSync(path, Buffer.concat([magic, bagHeader, chunk, ...indexes, ...conns.map((x) => x.rec), chunkInfo]));
}

/** A geometry_msgs/PoseStamped message body. */
export function poseStamped(stampS: number, frameId: string, p: readonly [number, number, number], q: readonly [number, number, number, number] = [0, 0, 0, 1], seq = 0): unknown {
  const sec = Math.floor(stampS);
  return {
    header: { seq, stamp: { sec, nsec: Math.round((stampS - sec) * 1e9) }, frame_id: frameId },
    pose: { position: { x: p[0], y: p[1], z: p[2] }, orientation: { x: q[0], y: q[1], z: q[2], w: q[3] } },
  };
}
