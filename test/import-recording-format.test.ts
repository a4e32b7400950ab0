// `farhand import` writes what the agent writes: compressed chunks, Unix-epoch log times, the Metadata
// records and the Foxglove channels, every channel decodable with the file's embedded descriptors only
// (what Foxglove and the mcap CLI do); and replay of the imported file still reproduces it bit for bit.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { McapIndexedReader } from '@mcap/core';
import protobuf from 'protobufjs';
import descriptor from 'protobufjs/ext/descriptor/index.js';
import { afterAll, describe, expect, it } from 'vitest';
import { DECOMPRESS_HANDLERS, PSM_JOINT_NAMES, VIZ_CHANNELS, VIZ_FRAMES, readRecording } from '../packages/recording/src/index.js';
import { readBagPoses } from '../packages/workbench/src/import/bag.js';
import { buildSession, importUnixOrigin } from '../packages/workbench/src/import/build.js';
import { parsePoseCsv } from '../packages/workbench/src/import/csv.js';
import { replayFile } from '../packages/workbench/src/replay/replay.js';

const BAG = fileURLToPath(new URL('./fixtures/replay/dvrk_psm2_traj02_cp_tail12s.bag', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'farhand-import-format-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const FileDescriptorSet = (descriptor as unknown as { FileDescriptorSet: protobuf.Type }).FileDescriptorSet;
const UNIX_AT_ORIGIN = 1_780_000_000_000_000_000n; // 2026-05-28

function handCsv(): string {
  const rows = ['time_s,x_m,y_m,z_m,qx,qy,qz,qw,grip'];
  for (let i = 0; i <= 100; i++) {
    const t = i / 100;
    rows.push(`${t.toFixed(3)},${(0.02 * Math.sin(Math.PI * t)).toFixed(6)},0.1,0.2,0,0,0,1,0.1`);
  }
  return rows.join('\n');
}

describe('import: the file is what the agent records', () => {
  it('zstd chunks, Unix-epoch log times, Metadata, Foxglove channels decoded with the embedded descriptors; replay bit for bit', async () => {
    const out = join(dir, 'hand.mcap');
    const r = await buildSession(parsePoseCsv(handCsv(), 'hand.csv'), out, { scale: 0.25, leadInS: 0.4, tailS: 0.1, unixNsAtOrigin: UNIX_AT_ORIGIN });
    expect(r.warnings).toEqual([]);
    const bytes = new Uint8Array(readFileSync(out));
    const reader = await McapIndexedReader.Initialize({
      readable: { size: async () => BigInt(bytes.byteLength), read: async (o: bigint, n: bigint) => bytes.subarray(Number(o), Number(o + n)) },
      decompressHandlers: DECOMPRESS_HANDLERS,
    });
    // Compressed like the agent's (recording.compression defaults to zstd), a chunk per flush interval.
    expect(reader.chunkIndexes.length).toBeGreaterThan(2);
    for (const c of reader.chunkIndexes) expect(c.compression).toBe('zstd');
    const compressed = reader.chunkIndexes.reduce((a, c) => a + Number(c.compressedSize), 0);
    const raw = reader.chunkIndexes.reduce((a, c) => a + Number(c.uncompressedSize), 0);
    expect(compressed).toBeLessThan(raw / 2);

    const types = new Map<number, protobuf.Type>();
    for (const [id, ch] of reader.channelsById) {
      const schema = reader.schemasById.get(ch.schemaId)!;
      expect(schema.encoding).toBe('protobuf');
      const root = (protobuf.Root as unknown as { fromDescriptor(d: unknown): protobuf.Root }).fromDescriptor(FileDescriptorSet.decode(schema.data));
      types.set(id, root.lookupType(schema.name));
    }
    const counts = new Map<string, number>();
    let firstTf: { transforms: Array<{ parentFrameId: string; childFrameId: string }> } | null = null;
    let joints: { name: string[]; position: number[] } | null = null;
    for await (const m of reader.readMessages()) {
      const topic = reader.channelsById.get(m.channelId)!.topic;
      const type = types.get(m.channelId)!;
      const msg = type.toObject(type.decode(m.data), { longs: String, defaults: true });
      counts.set(topic, (counts.get(topic) ?? 0) + 1);
      if (topic === VIZ_CHANNELS.tf.topic && firstTf === null) firstTf = msg as unknown as typeof firstTf;
      if (topic === VIZ_CHANNELS.joints.topic) joints = msg as unknown as typeof joints;
      // Unix epoch: the session's agent times (under a minute here) after the origin.
      expect(m.logTime).toBeGreaterThanOrEqual(UNIX_AT_ORIGIN);
      expect(m.logTime).toBeLessThan(UNIX_AT_ORIGIN + 60_000_000_000n);
    }
    const ticks = counts.get('/farhand/tick')!;
    expect(ticks).toBe(r.ticks);
    // 1 kHz ticks, Foxglove channels at 100 Hz.
    for (const c of Object.values(VIZ_CHANNELS)) expect(Math.abs(counts.get(c.topic)! - ticks / 10)).toBeLessThanOrEqual(1);
    expect(firstTf!.transforms.map((t) => [t.parentFrameId, t.childFrameId])).toEqual([
      [VIZ_FRAMES.base, VIZ_FRAMES.setpoint],
      [VIZ_FRAMES.base, VIZ_FRAMES.measured],
    ]);
    expect(joints!.name).toEqual([...PSM_JOINT_NAMES]);

    const meta = new Map<string, ReadonlyMap<string, string>>();
    for await (const m of reader.readMetadata()) meta.set(m.name, m.metadata);
    expect([...meta.keys()].sort()).toEqual(['farhand.arm', 'farhand.config', 'farhand.session']);
    expect(meta.get('farhand.session')!.get('unix_ns_at_agent_origin')).toBe(UNIX_AT_ORIGIN.toString());
    expect(meta.get('farhand.session')!.get('session_id')).toBe('import');
    expect(meta.get('farhand.arm')!.get('driver')).toBe('sim');
    expect(meta.get('farhand.config')!.get('core.mapping.motionScale')).toBe('0.25');

    // The records keep their agent-clock times, and the session says when it was (from the origin).
    const rec = await readRecording(out);
    expect(rec.session!.start_time_ns).toBe(100e6);
    expect(rec.session!.wall_clock_iso).toBe(new Date(Number((UNIX_AT_ORIGIN + 100_000_000n) / 1_000_000n)).toISOString());
    expect(rec.frames.every((f) => !f.msg.refused)).toBe(true);
    expect(rec.frames).toHaveLength(r.frames);

    const { report } = await replayFile(out);
    expect(report.reproduction.identical).toBe(true);
    expect(report.reproduction.ticksCompared).toBe(r.ticks);
  }, 60_000);

  it('log-time origin: a source on the Unix epoch (a bag) keeps its times; others are placed at the import', async () => {
    const bagFirstNs = 1_700_000_000_123_000_000n; // 2023-11-14, as ROS header stamps are
    expect(importUnixOrigin(bagFirstNs, 1.11e9)).toBe(bagFirstNs - 1_110_000_000n);
    const now = 1_790_000_000_000;
    // A CSV (no absolute time) or a bag on simulated time (stamps from 0): at the time of the import.
    expect(importUnixOrigin(undefined, 1.11e9, now)).toBe(BigInt(now) * 1_000_000n - 1_110_000_000n);
    expect(importUnixOrigin(12_000_000_000n, 1.11e9, now)).toBe(BigInt(now) * 1_000_000n - 1_110_000_000n);
    // The real dVRK bag: its first stamp is its start.
    const track = await readBagPoses(BAG);
    expect(track.startUnixNs).toBeGreaterThan(946_684_800_000_000_000n);
  });
});
