// Issue 15: the two-topic ROS bag import (one topic per hand: the first drives PSM1, the second PSM2),
// on tiny bags written here (test/bag-writer.ts, with the ROS driver's message definitions): how the
// two topics are put on one timeline, and every way two topics can be wrong, through the reader and the
// `farhand import` CLI (exit 3, nothing written).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readBagHands } from '../packages/workbench/src/import/bag.js';
import { main } from '../packages/workbench/src/import/cli.js';
import { JOINT_STATE_DEF, POSE_STAMPED_DEF } from '../packages/ros/src/driver/msgdefs.js';
import { poseStamped, writeBag, type BagMessage } from './bag-writer.js';
import { captureCli } from './cli-capture.js';

const dir = mkdtempSync(join(tmpdir(), 'farhand-bag-hands-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (args: string[]) => captureCli(main, args);

describe('ROS bag import: two topics, one per hand', () => {
  // PSM1 at 100 Hz from t0 (x = i mm); PSM2 at 100 Hz from t0 + 25 ms (x = -i mm), 5 ms out of phase, ending 25 ms after PSM1.
  const t0 = 1_700_000_000;
  const pose = (topic: string, t: number, x: number): BagMessage => ({ topic, timeS: t, message: poseStamped(t, topic.slice(1, 5), [x, 0, 0]) });
  const msgs = (): BagMessage[] => {
    const out: BagMessage[] = [];
    for (let i = 0; i <= 20; i++) out.push(pose('/PSM1/setpoint_cp', t0 + i / 100, i / 1000));
    for (let i = 0; i <= 20; i++) out.push(pose('/PSM2/setpoint_cp', t0 + 0.025 + i / 100, -i / 1000));
    return out;
  };
  const conns = [
    { topic: '/PSM1/setpoint_cp', type: 'geometry_msgs/PoseStamped', definition: POSE_STAMPED_DEF },
    { topic: '/PSM2/setpoint_cp', type: 'geometry_msgs/PoseStamped', definition: POSE_STAMPED_DEF },
    { topic: '/PSM2/measured_js', type: 'sensor_msgs/JointState', definition: JOINT_STATE_DEF },
  ];
  const js = { topic: '/PSM2/measured_js', timeS: t0, message: { header: { seq: 0, stamp: { sec: t0, nsec: 0 }, frame_id: '' }, name: ['outer_yaw'], position: [0.1], velocity: [], effort: [] } };

  it('puts both on the first topic\'s times: the second interpolated, held outside its span, and says so', async () => {
    const bag = join(dir, 'two.bag');
    writeBag(bag, conns, [...msgs(), js]);
    const t = await readBagHands(bag, { topics: ['/PSM1/setpoint_cp', '/PSM2/setpoint_cp'] });
    expect(t.kind).toBe('tool');
    expect(t.source).toBe(`${bag} /PSM1/setpoint_cp + /PSM2/setpoint_cp`);
    expect(t.hands.map((h) => h.frameId)).toEqual(['PSM1', 'PSM2']);
    expect(t.hands[1].samples.map((x) => x.timeNs)).toEqual(t.hands[0].samples.map((x) => x.timeNs));
    expect(t.startUnixNs).toBe(BigInt(t0) * 1_000_000_000n);
    const b = t.hands[1].samples;
    // Before PSM2's first message (25 ms): its first pose, held.
    expect(b[0]!.position[0]).toBe(-0);
    expect(b[2]!.position[0]).toBe(-0);
    // At 30 and 40 ms: halfway between PSM2's messages at 25, 35 and 45 ms (0, -1 and -2 mm).
    expect(b[3]!.position[0]).toBeCloseTo(-0.0005, 6);
    expect(b[4]!.position[0]).toBeCloseTo(-0.0015, 6);
    expect(t.notes).toEqual([
      '/PSM2/setpoint_cp starts 25.0 ms after /PSM1/setpoint_cp: its first pose is held until then',
      '/PSM2/setpoint_cp ends 25.0 ms after /PSM1/setpoint_cp: that part is not imported',
    ]);
  });

  it('refuses a missing second topic, a topic of another type, the same topic twice, and mixed clocks', async () => {
    const bag = join(dir, 'two-bad.bag');
    writeBag(bag, conns, [...msgs(), js]);
    const hands = (topics: string[]) => readBagHands(bag, { topics });
    await expect(hands(['/PSM1/setpoint_cp', '/PSM3/setpoint_cp'])).rejects.toThrow(/no topic \/PSM3\/setpoint_cp; topics: \/PSM1\/setpoint_cp \(geometry_msgs\/PoseStamped, 21\), \/PSM2\/measured_js \(sensor_msgs\/JointState, 1\)/);
    await expect(hands(['/PSM1/setpoint_cp', '/PSM2/measured_js'])).rejects.toThrow(/\/PSM2\/measured_js is sensor_msgs\/JointState; only geometry_msgs\/PoseStamped is imported/);
    await expect(hands(['/PSM1/setpoint_cp', '/PSM1/setpoint_cp'])).rejects.toThrow(/\/PSM1\/setpoint_cp given twice; each hand needs its own topic/);
    await expect(hands(['/PSM1/setpoint_cp'])).rejects.toThrow(/1 topic\(s\) given; two hands need two topics/);
    // PSM2 without header stamps (all zero): the two hands would be on different clocks.
    const zero = join(dir, 'two-zero.bag');
    writeBag(zero, conns.slice(0, 2), msgs().map((m) => (m.topic === '/PSM2/setpoint_cp' ? { ...m, message: poseStamped(0, 'PSM2', [0, 0, 0]) } : m)));
    await expect(readBagHands(zero, { topics: ['/PSM1/setpoint_cp', '/PSM2/setpoint_cp'] })).rejects.toThrow(/\/PSM1\/setpoint_cp has header stamps but \/PSM2\/setpoint_cp has none \(all zero\)/);
    // A changed message definition (MD5) on the second topic.
    const changed = join(dir, 'two-md5.bag');
    writeBag(changed, [conns[0]!, { ...conns[1]!, md5sum: '0123456789abcdef0123456789abcdef' }], msgs());
    await expect(readBagHands(changed, { topics: ['/PSM1/setpoint_cp', '/PSM2/setpoint_cp'] })).rejects.toThrow(/\/PSM2\/setpoint_cp has MD5 0123456789abcdef0123456789abcdef, not the geometry_msgs\/PoseStamped/);
    await expect(hands(['/PSM1/setpoint_cp', '/PSM2/setpoint_cp'])).resolves.toBeTruthy();
  });

  it('through the CLI (--topic twice or --topics): the second missing or of another type is exit 3', async () => {
    const bag = join(dir, 'two.bag');
    const t0 = 1_700_000_000;
    const msgs = [];
    for (let i = 0; i <= 40; i++) {
      msgs.push({ topic: '/PSM1/setpoint_cp', timeS: t0 + i / 100, message: poseStamped(t0 + i / 100, 'PSM1', [0.001 * i, 0, 0]) });
      msgs.push({ topic: '/PSM2/setpoint_cp', timeS: t0 + i / 100, message: poseStamped(t0 + i / 100, 'PSM2', [0, 0.001 * i, 0]) });
    }
    msgs.push({ topic: '/PSM2/measured_js', timeS: t0, message: { header: { seq: 0, stamp: { sec: t0, nsec: 0 }, frame_id: '' }, name: [], position: [], velocity: [], effort: [] } });
    writeBag(
      bag,
      [
        { topic: '/PSM1/setpoint_cp', type: 'geometry_msgs/PoseStamped', definition: POSE_STAMPED_DEF },
        { topic: '/PSM2/setpoint_cp', type: 'geometry_msgs/PoseStamped', definition: POSE_STAMPED_DEF },
        { topic: '/PSM2/measured_js', type: 'sensor_msgs/JointState', definition: JOINT_STATE_DEF },
      ],
      msgs,
    );
    const ok = await cli([bag, '--out', join(dir, 'bag2.mcap'), '--topics', '/PSM1/setpoint_cp,/PSM2/setpoint_cp', '--lead-in', '400ms', '--tail', '100ms']);
    expect(ok.err).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/imported 41 two-handed tool poses from .*two\.bag \/PSM1\/setpoint_cp \+ \/PSM2\/setpoint_cp/);
    const missing = await cli([bag, '--out', join(dir, 'y.mcap'), '--topic', '/PSM1/setpoint_cp', '--topic', '/PSM3/setpoint_cp']);
    expect(missing.code).toBe(3);
    expect(missing.err).toMatch(/no topic \/PSM3\/setpoint_cp; topics: /);
    const wrongType = await cli([bag, '--out', join(dir, 'y.mcap'), '--topics', '/PSM1/setpoint_cp,/PSM2/measured_js']);
    expect(wrongType.code).toBe(3);
    expect(wrongType.err).toMatch(/\/PSM2\/measured_js is sensor_msgs\/JointState; only geometry_msgs\/PoseStamped is imported/);
    expect(existsSync(join(dir, 'y.mcap'))).toBe(false);
  }, 60_000);
});
