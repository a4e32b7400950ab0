// ROS 1 bag of geometry_msgs/PoseStamped -> PoseTrack, e.g. the dVRK's /PSM2/setpoint_cp. The bag is
// read with @foxglove/rosbag, which decodes each message with @foxglove/rosmsg-serialization from the
// definition stored in the bag; we check the type (name and MD5) before trusting the shape.
//
// Times: header.stamp (the sender's sample time), made relative to the first message to keep ns exact in
// a double (epoch ns do not fit in 53 bits). A bag whose stamps are all zero falls back to the bag's
// receive times. A stamp that does not increase is dropped and reported (the dVRK bags have one).
import { Bag } from '@foxglove/rosbag';
import { FileReader } from '@foxglove/rosbag/node.js';
import { qSlerp } from '@farhand/latency-core';
import { normalisedQuat, type HandsTrack, type PoseSample, type PoseTrack, type TrackKind } from './track.js';

export const POSE_STAMPED = 'geometry_msgs/PoseStamped';
export const POSE_STAMPED_MD5 = 'd3812c3cbc69362b77dc0b19b345f8f5';

export class BagImportError extends Error {
  override name = 'BagImportError';
}

interface RosTime {
  sec: number;
  nsec: number;
}

interface PoseStampedMsg {
  header: { stamp: RosTime; frame_id: string };
  pose: { position: { x: number; y: number; z: number }; orientation: { x: number; y: number; z: number; w: number } };
}

function isPoseStamped(m: unknown): m is PoseStampedMsg {
  const o = m as PoseStampedMsg;
  return (
    typeof o === 'object' &&
    o !== null &&
    typeof o.header?.stamp?.sec === 'number' &&
    typeof o.header.stamp.nsec === 'number' &&
    typeof o.pose?.position?.x === 'number' &&
    typeof o.pose.orientation?.w === 'number'
  );
}

export interface BagTopicInfo {
  topic: string;
  type: string;
  messages: number;
}

/** Opens a bag, runs fn, and closes the file whatever happens. */
export async function withBag<T>(path: string, fn: (bag: Bag) => Promise<T>): Promise<T> {
  const reader = new FileReader(path);
  try {
    const bag = new Bag(reader);
    try {
      await bag.open();
    } catch (e) {
      throw new BagImportError(`${path}: not a readable ROS 1 bag (${(e as Error).message}); expected a rosbag v2.0 file`);
    }
    return await fn(bag);
  } finally {
    await reader.close().catch(() => undefined);
  }
}

export function bagTopics(bag: Bag): BagTopicInfo[] {
  const counts = new Map<number, number>();
  for (const ci of bag.chunkInfos) for (const c of ci.connections) counts.set(c.conn, (counts.get(c.conn) ?? 0) + c.count);
  const byTopic = new Map<string, BagTopicInfo>();
  for (const [id, c] of bag.connections) {
    const t = byTopic.get(c.topic) ?? { topic: c.topic, type: c.type ?? '?', messages: 0 };
    t.messages += counts.get(id) ?? 0;
    byTopic.set(c.topic, t);
  }
  return [...byTopic.values()].sort((a, b) => a.topic.localeCompare(b.topic));
}

/**
 * The topic to import: the one asked for, else the only PoseStamped topic, else the one ending in
 * setpoint_cp (what the arm was told to do, free of measurement noise).
 */
export function pickPoseTopic(topics: BagTopicInfo[], asked: string | undefined, path: string): string {
  const poses = topics.filter((t) => t.type === POSE_STAMPED);
  const list = () => topics.map((t) => `${t.topic} (${t.type}, ${t.messages})`).join(', ');
  if (asked !== undefined) {
    const t = topics.find((x) => x.topic === asked);
    if (!t) throw new BagImportError(`${path}: no topic ${asked}; topics: ${list()}`);
    if (t.type !== POSE_STAMPED) throw new BagImportError(`${path}: ${asked} is ${t.type}; only ${POSE_STAMPED} is imported`);
    return asked;
  }
  if (poses.length === 1) return (poses[0] as BagTopicInfo).topic;
  const setpoint = poses.filter((t) => t.topic.endsWith('/setpoint_cp'));
  if (setpoint.length === 1) return (setpoint[0] as BagTopicInfo).topic;
  if (poses.length === 0) throw new BagImportError(`${path}: no ${POSE_STAMPED} topic; topics: ${list()}`);
  throw new BagImportError(`${path}: several ${POSE_STAMPED} topics, choose one with --topic: ${poses.map((t) => t.topic).join(', ')}`);
}

export async function readBagPoses(path: string, options: { topic?: string; kind?: TrackKind } = {}): Promise<PoseTrack> {
  return withBag(path, async (bag) => (await readPoses(bag, path, pickPoseTopic(bagTopics(bag), options.topic, path), options.kind)).track);
}

async function readPoses(bag: Bag, path: string, topic: string, kind: TrackKind | undefined): Promise<{ track: PoseTrack; clock: 'stamp' | 'receive' }> {
  for (const c of bag.connections.values()) {
    if (c.topic === topic && c.md5sum !== POSE_STAMPED_MD5) {
      throw new BagImportError(`${path}: ${topic} has MD5 ${c.md5sum}, not the ${POSE_STAMPED} ${POSE_STAMPED_MD5}; refusing a changed message definition`);
    }
  }
  const raw: Array<{ stamp: RosTime; receive: RosTime; msg: PoseStampedMsg; index: number }> = [];
  let index = 0;
  try {
    for await (const ev of bag.messageIterator({ topics: [topic] })) {
      if (!isPoseStamped(ev.message)) throw new BagImportError(`${path}: message ${index} on ${topic} is not a ${POSE_STAMPED}`);
      raw.push({ stamp: ev.message.header.stamp, receive: ev.timestamp, msg: ev.message, index });
      index++;
    }
  } catch (e) {
    if (e instanceof BagImportError) throw e;
    throw new BagImportError(`${path}: cannot read message ${index} on ${topic}: ${(e as Error).message} (truncated or corrupt bag?)`);
  }
  if (raw.length < 2) throw new BagImportError(`${path}: ${topic} has ${raw.length} message(s); at least 2 are needed`);
  const useStamp = raw.some((r) => r.stamp.sec !== 0 || r.stamp.nsec !== 0);
  const first = raw[0] as (typeof raw)[number];
  const t0 = useStamp ? first.stamp : first.receive;
  const samples: PoseSample[] = [];
  const dropped: PoseTrack['dropped'] = [];
  let last = -Infinity;
  for (const r of raw) {
    const t = useStamp ? r.stamp : r.receive;
    const timeNs = (t.sec - t0.sec) * 1e9 + (t.nsec - t0.nsec);
    const p = r.msg.pose.position;
    const o = r.msg.pose.orientation;
    if (![p.x, p.y, p.z, o.x, o.y, o.z, o.w].every(Number.isFinite)) {
      dropped.push({ where: `message ${r.index}`, reason: 'a pose value is not finite' });
      continue;
    }
    const q = normalisedQuat(o.x, o.y, o.z, o.w);
    if (!q) {
      dropped.push({ where: `message ${r.index}`, reason: 'orientation is not a unit quaternion' });
      continue;
    }
    if (!(timeNs > last)) {
      dropped.push({ where: `message ${r.index}`, reason: `stamp ${t.sec}.${String(t.nsec).padStart(9, '0')} does not increase (${(timeNs - last).toFixed(0)} ns)` });
      continue;
    }
    last = timeNs;
    samples.push({ timeNs, position: [p.x, p.y, p.z], orientation: q, grip: 0, clutch: false, operatorPresent: true });
  }
  // The first sample is never dropped: its stamp is the track's start on the bag's clock (ROS time: Unix epoch).
  const startUnixNs = BigInt(t0.sec) * 1_000_000_000n + BigInt(t0.nsec);
  return { track: { kind: kind ?? 'tool', source: `${path} ${topic}`, frameId: first.msg.header.frame_id, samples, dropped, startUnixNs }, clock: useStamp ? 'stamp' : 'receive' };
}

/**
 * Two topics, one per hand in HAND_ARMS order (track.ts) (the first drives PSM1, the second PSM2), e.g.
 * /PSM1/setpoint_cp and /PSM2/setpoint_cp (tool poses), or /MTMR/measured_cp and /MTML/measured_cp
 * (hands, with kind 'hand'). Both must be PoseStamped on the same clock (both header stamps, or both
 * receive times). One timeline: the frames go at the first topic's times; the second topic's pose is
 * interpolated there (position linear, orientation slerp) and held at its first or last pose outside
 * its own span (said in `notes`).
 */
export async function readBagHands(path: string, options: { topics: readonly string[]; kind?: TrackKind }): Promise<HandsTrack> {
  const topics = options.topics;
  if (topics.length !== 2) throw new BagImportError(`${path}: ${topics.length} topic(s) given; two hands need two topics (the first drives PSM1, the second PSM2)`);
  if (topics[0] === topics[1]) throw new BagImportError(`${path}: ${topics[0]} given twice; each hand needs its own topic`);
  return withBag(path, async (bag) => {
    const list = bagTopics(bag);
    const names = topics.map((t) => pickPoseTopic(list, t, path));
    const a = await readPoses(bag, path, names[0]!, options.kind);
    const b = await readPoses(bag, path, names[1]!, options.kind);
    if (a.clock !== b.clock) {
      const [st, rc] = a.clock === 'stamp' ? [names[0], names[1]] : [names[1], names[0]];
      throw new BagImportError(`${path}: ${st} has header stamps but ${rc} has none (all zero): the two hands would be on different clocks; both topics need stamps, or neither`);
    }
    const notes: string[] = [];
    const offsetNs = Number((b.track.startUnixNs as bigint) - (a.track.startUnixNs as bigint));
    const times = a.track.samples.map((s) => s.timeNs);
    const bAligned = b.track.samples.map((s) => ({ ...s, timeNs: s.timeNs + offsetNs }));
    const span = (t: readonly { timeNs: number }[]) => [t[0]!.timeNs, t[t.length - 1]!.timeNs] as const;
    const [a0, a1] = span(a.track.samples);
    const [b0, b1] = span(bAligned);
    const ms = (ns: number) => `${(ns / 1e6).toFixed(1)} ms`;
    if (b0 > a0) notes.push(`${names[1]} starts ${ms(b0 - a0)} after ${names[0]}: its first pose is held until then`);
    if (b1 < a1) notes.push(`${names[1]} ends ${ms(a1 - b1)} before ${names[0]}: its last pose is held after`);
    if (b0 < a0) notes.push(`${names[1]} starts ${ms(a0 - b0)} before ${names[0]}: that part is not imported (the frames go at ${names[0]}'s times)`);
    if (b1 > a1) notes.push(`${names[1]} ends ${ms(b1 - a1)} after ${names[0]}: that part is not imported`);
    const second: PoseTrack = { ...b.track, samples: sampleAt(bAligned, times), startUnixNs: a.track.startUnixNs as bigint };
    return {
      kind: options.kind ?? 'tool',
      source: `${path} ${names.join(' + ')}`,
      hands: [a.track, second],
      dropped: [...a.track.dropped.map((d) => ({ ...d, where: `${names[0]} ${d.where}` })), ...b.track.dropped.map((d) => ({ ...d, where: `${names[1]} ${d.where}` }))],
      notes,
      startUnixNs: a.track.startUnixNs as bigint,
    };
  });
}

/** A track's poses at the given times: linear in position, slerp in orientation, held outside its span. */
function sampleAt(samples: readonly PoseSample[], times: readonly number[]): PoseSample[] {
  const out: PoseSample[] = [];
  let k = 0;
  for (const t of times) {
    while (k + 1 < samples.length - 1 && samples[k + 1]!.timeNs <= t) k++;
    const a = samples[k]!;
    const b = samples[Math.min(k + 1, samples.length - 1)]!;
    const u = b.timeNs === a.timeNs ? 0 : Math.min(1, Math.max(0, (t - a.timeNs) / (b.timeNs - a.timeNs)));
    const lerp = (x: number, y: number) => x + (y - x) * u;
    const held = u >= 1 ? b : a;
    out.push({
      timeNs: t,
      position: [lerp(a.position[0], b.position[0]), lerp(a.position[1], b.position[1]), lerp(a.position[2], b.position[2])],
      orientation: u === 0 ? a.orientation : u === 1 ? b.orientation : qSlerp(a.orientation, b.orientation, u),
      grip: lerp(a.grip, b.grip),
      clutch: held.clutch,
      operatorPresent: held.operatorPresent,
    });
  }
  return out;
}
