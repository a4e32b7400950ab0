// Several arms (issue 15): a multi-arm batch becomes one TickRecord per arm per tick (arm_id, each arm's
// own reason), SessionStart.arms and the farhand.arm Metadata list the arms, and the Foxglove tf holds
// every arm's tool frames under its base and every base under the cart. A one-arm batch writes no
// arm_id and no arms: its file is the one written before several arms existed.
import { McapIndexedReader } from '@mcap/core';
import protobuf from 'protobufjs';
import { describe, expect, it } from 'vitest';
import { memorySink, movingTicks, testSession } from '../test/fixtures.js';
import { DECOMPRESS_HANDLERS } from './codecs.js';
import { ChunkedMcapWriter } from './mcap-writer.js';
import type { SessionStartRecord } from './messages.js';
import { readRecordingBytes } from './read.js';
import { Recorder } from './recorder.js';
import { loadRecordingSchema } from './schema.js';
import { ROW, TICK_ROW, type RecorderTickBatch } from './tick-rows.js';
import { loadVizSchema, VIZ_CHANNELS } from './viz.js';

const pose = (x: number) => ({ position: { x, y: 0.5, z: 0 }, orientation: { x: 0, y: 0, z: 0, w: 1 } });
const threeArms: SessionStartRecord = {
  ...testSession,
  arms: [
    { arm_id: 0, name: 'PSM1', kind: 1, base_in_cart: pose(-0.2) },
    { arm_id: 1, name: 'PSM2', kind: 1, base_in_cart: pose(0.2) },
    { arm_id: 2, name: 'ECM', kind: 2, base_in_cart: pose(0) },
  ],
};

/** `ticks` ticks of three arms: arm k's rows are movingTicks shifted by k mm in x, arm 1 changes reason at tick 5. */
function armsBatch(ticks: number): RecorderTickBatch {
  const one = movingTicks(0, ticks);
  const rows = new Float64Array(ticks * 3 * TICK_ROW);
  for (let t = 0; t < ticks; t++) {
    for (let k = 0; k < 3; k++) {
      const o = (t * 3 + k) * TICK_ROW;
      rows.set(one.rows.subarray(t * TICK_ROW, (t + 1) * TICK_ROW), o);
      rows[o + ROW.sp] = rows[o + ROW.sp]! + k * 1e-3;
    }
  }
  return { k: 'ticks', rows, n: ticks * 3, arms: 3, reasons: [[0, 'A', 0], [0, 'B', 1], [0, 'C', 2], [5, 'B2', 1]], marks: [] };
}

function record(start: SessionStartRecord, batch: RecorderTickBatch): Uint8Array {
  const out = memorySink();
  const r = new Recorder(new ChunkedMcapWriter(out), loadRecordingSchema(), 'test', { vizRateHz: 100 });
  r.on({ k: 'session', start });
  r.onTicks(batch);
  r.end();
  return out.bytes();
}

/** Field numbers at the top level of a protobuf message. */
function fields(data: Uint8Array): number[] {
  const reader = protobuf.Reader.create(data);
  const out: number[] = [];
  while (reader.pos < reader.len) {
    const tag = reader.uint32();
    out.push(tag >>> 3);
    reader.skipType(tag & 7);
  }
  return out;
}

async function messages(bytes: Uint8Array, topic: string): Promise<Uint8Array[]> {
  const reader = await McapIndexedReader.Initialize({
    readable: { size: async () => BigInt(bytes.byteLength), read: async (o: bigint, n: bigint) => bytes.subarray(Number(o), Number(o + n)) },
    decompressHandlers: DECOMPRESS_HANDLERS,
  });
  const out: Uint8Array[] = [];
  for await (const m of reader.readMessages({ topics: [topic] })) out.push(m.data);
  return out;
}

describe('several arms in the recording', () => {
  it('one TickRecord per arm per tick with arm_id and each arm its own reason; the arms in SessionStart and Metadata', async () => {
    const bytes = record(threeArms, armsBatch(20));
    const rec = readRecordingBytes(bytes);
    expect(rec.session!.arms!.map((a) => [a.arm_id, a.name, a.kind, a.base_in_cart.position.x])).toEqual([
      [0, 'PSM1', 1, -0.2],
      [1, 'PSM2', 1, 0.2],
      [2, 'ECM', 2, 0],
    ]);
    const ticks = rec.ticks.map((t) => t.msg);
    expect(ticks.length).toBe(60);
    expect(ticks.slice(0, 6).map((t) => [t.tick, t.arm_id])).toEqual([
      [0, 0],
      [0, 1],
      [0, 2],
      [1, 0],
      [1, 1],
      [1, 2],
    ]);
    expect(ticks[4]!.setpoint_cp.position.x - ticks[3]!.setpoint_cp.position.x).toBeCloseTo(1e-3, 12);
    expect(ticks.filter((t) => t.arm_id === 1).map((t) => t.reason)).toEqual([...Array(5).fill('B'), ...Array(15).fill('B2')]);
    expect(ticks.filter((t) => t.arm_id === 0).every((t) => t.reason === 'A')).toBe(true);
    expect(ticks.filter((t) => t.arm_id === 2).every((t) => t.reason === 'C')).toBe(true);
    // Arm 0's rows carry no arm_id field at all (0 is the default): only the other arms' do.
    const raw = await messages(bytes, '/farhand/tick');
    expect(raw.filter((d) => fields(d).includes(20)).length).toBe(40);

    const reader = await McapIndexedReader.Initialize({
      readable: { size: async () => BigInt(bytes.byteLength), read: async (o: bigint, n: bigint) => bytes.subarray(Number(o), Number(o + n)) },
      decompressHandlers: DECOMPRESS_HANDLERS,
    });
    let arm = new Map<string, string>();
    for await (const m of reader.readMetadata({ name: 'farhand.arm' })) arm = m.metadata;
    expect(arm.get('arm')).toBe('PSM1,PSM2,ECM');
    expect(arm.get('cart_frame_id')).toBe('farhand_cart');
    expect((JSON.parse(arm.get('arms')!) as Array<{ name: string; base: string; setpoint: string }>).map((a) => [a.name, a.base, a.setpoint])).toEqual([
      ['PSM1', 'farhand_base', 'tool_setpoint'],
      ['PSM2', 'psm2_base', 'psm2_tool_setpoint'],
      ['ECM', 'ecm_base', 'ecm_tool_setpoint'],
    ]);
  });

  it('Foxglove: every arm in one tf message at 100 Hz, bases under the cart; poses and joints stay arm 0', async () => {
    const bytes = record(threeArms, armsBatch(25));
    const tf = (await messages(bytes, VIZ_CHANNELS.tf.topic)).map(
      (d) => loadVizSchema().types.tf.decode(d) as unknown as { transforms: Array<{ parent_frame_id: string; child_frame_id: string; translation: { x: number } }> },
    );
    expect(tf.length).toBe(3); // ticks 0, 10, 20 at 1 ms a tick
    expect(tf[0]!.transforms.map((t) => `${t.parent_frame_id}>${t.child_frame_id}`)).toEqual([
      'farhand_base>tool_setpoint',
      'farhand_base>tool_measured',
      'farhand_cart>farhand_base',
      'psm2_base>psm2_tool_setpoint',
      'psm2_base>psm2_tool_measured',
      'farhand_cart>psm2_base',
      'ecm_base>ecm_tool_setpoint',
      'ecm_base>ecm_tool_measured',
      'farhand_cart>ecm_base',
    ]);
    expect(tf[0]!.transforms[3]!.translation.x - tf[0]!.transforms[0]!.translation.x).toBeCloseTo(1e-3, 12);
    expect((await messages(bytes, VIZ_CHANNELS.setpoint.topic)).length).toBe(3);
    expect((await messages(bytes, VIZ_CHANNELS.joints.topic)).length).toBe(3);
  });

  it('one arm: no arm_id in any TickRecord and no arms in SessionStart (the file as before several arms)', async () => {
    const bytes = record(testSession, movingTicks(0, 30, true, [], [[0, 'R']]));
    for (const d of await messages(bytes, '/farhand/tick')) expect(fields(d)).not.toContain(20);
    for (const d of await messages(bytes, '/farhand/session')) expect(fields(d)).not.toContain(20);
    const tf = (await messages(bytes, VIZ_CHANNELS.tf.topic)).map((d) => loadVizSchema().types.tf.decode(d) as unknown as { transforms: Array<{ child_frame_id: string }> });
    expect(tf[0]!.transforms.map((t) => t.child_frame_id)).toEqual(['tool_setpoint', 'tool_measured']);
    expect(readRecordingBytes(bytes).ticks.every((t) => t.msg.reason === 'R')).toBe(true);
  });
});
