// What Foxglove gets with no setup: every channel decodes with @mcap/core's McapIndexedReader and the
// schema's embedded FileDescriptorSet only (what Foxglove and the mcap CLI do), the tool frames and poses
// are foxglove.* schemas at 100 Hz, log times are Unix epoch, and Metadata records say what the session is.
import { McapIndexedReader } from '@mcap/core';
import protobuf from 'protobufjs';
import descriptor from 'protobufjs/ext/descriptor/index.js';
import { describe, expect, it } from 'vitest';
import { memorySink, movingTicks, testSession } from '../test/fixtures.js';
import { DECOMPRESS_HANDLERS, loadCompressor } from './codecs.js';
import { ChunkedMcapWriter } from './mcap-writer.js';
import { readRecordingBytes } from './read.js';
import { Recorder } from './recorder.js';
import { loadRecordingSchema } from './schema.js';
import { PSM_JOINT_NAMES, VIZ_CHANNELS } from './viz.js';

const UNIX_AT_ORIGIN = 1_764_000_000_000_000_000n; // 2025-11-24

async function session(): Promise<Uint8Array> {
  const out = memorySink();
  const r = new Recorder(new ChunkedMcapWriter(out, { compressor: await loadCompressor('zstd') }), loadRecordingSchema(), 'test', {
    unixNsAtOrigin: UNIX_AT_ORIGIN,
    vizRateHz: 100,
  });
  r.on({ k: 'session', start: testSession });
  for (let k = 0; k < 4; k++) {
    r.onTicks(movingTicks(k * 250, 250));
    r.flush();
  }
  r.on({ k: 'event', event: { agent_time_ns: 7e6, severity: 1, code: 'X', message: 'm', session_id: '', arm_id: 0 } });
  r.end();
  return out.bytes();
}

const FileDescriptorSet = (descriptor as unknown as { FileDescriptorSet: protobuf.Type }).FileDescriptorSet;

describe('Foxglove: channels, schemas, times and metadata', () => {
  it('decodes every message of every channel with the embedded descriptors only', async () => {
    const bytes = await session();
    const reader = await McapIndexedReader.Initialize({
      readable: { size: async () => BigInt(bytes.byteLength), read: async (o: bigint, n: bigint) => bytes.subarray(Number(o), Number(o + n)) },
      decompressHandlers: DECOMPRESS_HANDLERS,
    });
    const types = new Map<number, protobuf.Type>();
    for (const [id, ch] of reader.channelsById) {
      const schema = reader.schemasById.get(ch.schemaId)!;
      expect(schema.encoding).toBe('protobuf');
      const set = FileDescriptorSet.decode(schema.data) as unknown as { file: Array<{ name: string; dependency: string[] }> };
      // Complete on its own: every import is in the set, before the file that imports it.
      const names = set.file.map((f) => f.name);
      set.file.forEach((f, i) =>
        f.dependency.forEach((d) => {
          expect(names.indexOf(d)).toBeGreaterThanOrEqual(0);
          expect(names.indexOf(d)).toBeLessThan(i);
        }),
      );
      if (schema.name === 'foxglove.FrameTransforms') {
        const fox = (set.file as unknown as Array<{ name: string; messageType: Array<{ name: string; field: Array<{ name: string; number: number }> }> }>).find((f) => f.name === 'foxglove/foxglove.proto')!;
        const ft = fox.messageType.find((m) => m.name === 'FrameTransform')!;
        expect(ft.field.map((f) => [f.name, f.number])).toEqual([
          ['timestamp', 1],
          ['parent_frame_id', 2],
          ['child_frame_id', 3],
          ['translation', 4],
          ['rotation', 5],
        ]);
      }
      const root = (protobuf.Root as unknown as { fromDescriptor(d: unknown): protobuf.Root }).fromDescriptor(set);
      types.set(id, root.lookupType(schema.name));
    }
    const topics = [...reader.channelsById.values()].map((c) => c.topic);
    for (const c of Object.values(VIZ_CHANNELS)) expect(topics).toContain(c.topic);
    const counts = new Map<string, number>();
    const decoded = new Map<string, Record<string, unknown>[]>();
    for await (const m of reader.readMessages()) {
      const topic = reader.channelsById.get(m.channelId)!.topic;
      const msg = types.get(m.channelId)!.toObject(types.get(m.channelId)!.decode(m.data), { longs: String, defaults: true }) as Record<string, unknown>;
      counts.set(topic, (counts.get(topic) ?? 0) + 1);
      if (!decoded.has(topic)) decoded.set(topic, []);
      decoded.get(topic)!.push(msg);
      // Unix-epoch log times: the session's agent-clock times plus the origin.
      expect(m.logTime).toBeGreaterThanOrEqual(UNIX_AT_ORIGIN);
      expect(m.logTime).toBeLessThan(UNIX_AT_ORIGIN + 10_000_000_000n);
    }
    expect(counts.get('/farhand/tick')).toBe(1000);
    // 1000 ticks at 1 kHz, downsampled to 100 Hz.
    for (const c of Object.values(VIZ_CHANNELS)) expect(counts.get(c.topic)).toBe(100);

    // protobufjs' fromDescriptor names fields in camelCase; the descriptor itself has Foxglove's snake_case names.
    const tf = decoded.get(VIZ_CHANNELS.tf.topic)![0] as { transforms: Array<{ parentFrameId: string; childFrameId: string; timestamp: { seconds: string; nanos: number }; translation: { x: number } }> };
    expect(tf.transforms.map((t) => [t.parentFrameId, t.childFrameId])).toEqual([
      ['farhand_base', 'tool_setpoint'],
      ['farhand_base', 'tool_measured'],
    ]);
    // Tick 0 is at agent time 5 ms in the fixture.
    expect(BigInt(tf.transforms[0]!.timestamp.seconds) * 1_000_000_000n + BigInt(tf.transforms[0]!.timestamp.nanos)).toBe(UNIX_AT_ORIGIN + 5_000_000n);
    const joints = decoded.get(VIZ_CHANNELS.joints.topic)![1] as { name: string[]; position: number[]; tick: string };
    expect(joints.name).toEqual([...PSM_JOINT_NAMES]);
    expect(joints.position).toHaveLength(6);
    expect(joints.tick).toBe('10');
    const pose = decoded.get(VIZ_CHANNELS.measured.topic)![0] as { frameId: string; pose: { orientation: { w: number } } };
    expect(pose.frameId).toBe('farhand_base');
    expect(pose.pose.orientation.w).toBeGreaterThan(0.9);

    // The records keep their agent-clock times: replay uses those, never the log times.
    const rec = readRecordingBytes(bytes);
    expect(rec.ticks[0]!.msg.time_ns).toBe(5e6);
    expect(rec.ticks[0]!.logTimeNs).toBe(Number(UNIX_AT_ORIGIN + 5_000_000n));
    expect(rec.events[0]!.msg.agent_time_ns).toBe(7e6);
  });

  it('writes Metadata records: session, arm and config, indexed in the summary', async () => {
    const bytes = await session();
    const reader = await McapIndexedReader.Initialize({
      readable: { size: async () => BigInt(bytes.byteLength), read: async (o: bigint, n: bigint) => bytes.subarray(Number(o), Number(o + n)) },
      decompressHandlers: DECOMPRESS_HANDLERS,
    });
    const meta = new Map<string, ReadonlyMap<string, string>>();
    for await (const m of reader.readMetadata()) meta.set(m.name, m.metadata);
    expect([...meta.keys()].sort()).toEqual(['farhand.arm', 'farhand.config', 'farhand.session']);
    expect(Object.fromEntries(meta.get('farhand.session')!)).toMatchObject({
      session_id: 's-test',
      agent_version: '0.0.0',
      protocol: '1.0',
      unix_ns_at_agent_origin: UNIX_AT_ORIGIN.toString(),
      part: '1',
      first_tick: '0',
    });
    expect(Object.fromEntries(meta.get('farhand.arm')!)).toMatchObject({ driver: 'sim', tool: 'LND400006', joint_names: PSM_JOINT_NAMES.join(',') });
    expect(meta.get('farhand.config')!.get('sim.seed')).toBe('7');
    expect(meta.get('farhand.config')!.get('recording.compression')).toBe('zstd');
    expect(reader.statistics?.metadataCount).toBe(3);
  });

  it('never puts tokens in the metadata, even if config_json had them', async () => {
    const out = memorySink();
    const r = new Recorder(new ChunkedMcapWriter(out), loadRecordingSchema(), 'test');
    r.on({ k: 'session', start: { ...testSession, config_json: JSON.stringify({ tokens: { surgeon: 'secret-secret-secret' }, port: 1 }) } });
    r.end();
    const text = Buffer.from(out.bytes()).toString('latin1');
    const metaStart = text.indexOf('farhand.config');
    expect(metaStart).toBeGreaterThan(0);
    const reader = await McapIndexedReader.Initialize({
      readable: { size: async () => BigInt(out.bytes().byteLength), read: async (o: bigint, n: bigint) => out.bytes().subarray(Number(o), Number(o + n)) },
    });
    for await (const m of reader.readMetadata({ name: 'farhand.config' })) {
      expect([...m.metadata.keys()]).toEqual(['port']);
    }
  });
});
