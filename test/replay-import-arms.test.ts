// Issue 15: `farhand import` of two hands -> a multi-arm session (arms PSM1, PSM2, optionally the ECM),
// then `farhand replay`: a two-handed CSV and a bag with both PSMs' setpoints (a tiny bag written here)
// become sessions whose every arm replays bit for bit, each arm moving as its own hand did (the right
// hand/psm1_ columns/first topic drives PSM1, the left/psm2_/second PSM2), the tool moving scale x the
// hand, in the camera frame when the ECM is in the session.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { cameraRegistration, qRotate, type Quat, type Vec3 } from '@farhand/latency-core';
import { farhand } from '@farhand/protocol';
import { readRecording } from '@farhand/recording';
import { main as importMain } from '../packages/workbench/src/import/cli.js';
import { main as replayMain } from '../packages/workbench/src/replay/cli.js';
import { replayFile } from '../packages/workbench/src/replay/replay.js';
import { loadSession, type LoadedSession } from '../packages/workbench/src/replay/session.js';
import { STATES } from '../packages/workbench/src/replay/trace.js';
import { POSE_STAMPED_DEF } from '../packages/ros/src/driver/msgdefs.js';
import { poseStamped, writeBag } from './bag-writer.js';
import { captureCli } from './cli-capture.js';

const dir = mkdtempSync(join(tmpdir(), 'farhand-import-arms-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = captureCli;

const sub = (a: ArrayLike<number>, b: ArrayLike<number>): Vec3 => [a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!];
const norm = (v: ArrayLike<number>): number => Math.hypot(v[0]!, v[1]!, v[2]!);

/** Arm k's setpoint position at its first FOLLOWING tick and at the last tick (the motion is over, the tail held). */
function setpointTravel(s: LoadedSession, k: number): { first: Vec3; last: Vec3; d: Vec3 } {
  const t = s.armTicks[k]!;
  const FOLLOWING = STATES.indexOf('FOLLOWING');
  let i0 = 0;
  while (i0 < t.length && t.state[i0] !== FOLLOWING) i0++;
  expect(i0, `arm ${k} never followed`).toBeLessThan(t.length);
  const at = (i: number): Vec3 => [t.setpoint[i * 7]!, t.setpoint[i * 7 + 1]!, t.setpoint[i * 7 + 2]!];
  const first = at(i0);
  const last = at(t.length - 1);
  return { first, last, d: sub(last, first) };
}

/** The hand displacement of each arm, from the frames the file carries (last frame minus first). */
function handTravel(s: LoadedSession, armId: number): Vec3 {
  const hand = (i: number) => {
    const f = s.frames[i]!.arms!.frame as { hands: Array<{ armId: number; position: Vec3 }> };
    return f.hands.find((h) => h.armId === armId)!.position;
  };
  return sub(hand(s.frames.length - 1), hand(0));
}

// Two hands, 100 Hz, 2 s: the right hand (PSM1) 4 cm along x, the left (PSM2) 3 cm along y and -2 cm
// along z; each comes to rest at the end. Grip closes on the right.
function twoHandCsv(): string {
  const rows = ['time_s,right_x_m,right_y_m,right_z_m,right_grip,left_x_m,left_y_m,left_z_m,left_qx,left_qy,left_qz,left_qw'];
  for (let i = 0; i <= 200; i++) {
    const t = i / 100;
    const u = (1 - Math.cos((Math.PI * t) / 2)) / 2; // 0 -> 1, at rest at both ends
    rows.push([(3 + t).toFixed(3), (0.1 + 0.04 * u).toFixed(6), '0.05', '0.3', (0.5 * u).toFixed(4), '-0.1', (0.03 * u).toFixed(6), (0.3 - 0.02 * u).toFixed(6), '0', '0', '0', '1'].join(','));
  }
  return `${rows.join('\n')}\n`;
}

describe('two hands imported, then replayed', () => {
  it('a two-handed CSV: SessionStart.arms, two-handed frames, per-arm ticks; every arm reproduced bit for bit and moving scale x its hand', async () => {
    const csv = join(dir, 'two-hands.csv');
    writeFileSync(csv, twoHandCsv());
    const out = join(dir, 'two-hands.mcap');
    const r = await cli(importMain, [csv, '--out', out, '--scale', '0.2', '--quiet']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);

    // The file is what the agent with --arms PSM1,PSM2 writes.
    const rec = await readRecording(out);
    expect((rec.session!.arms ?? []).map((a) => [a.arm_id, a.name, farhand.v1.ArmKind[a.kind]])).toEqual([
      [0, 'PSM1', 'INSTRUMENT'],
      [1, 'PSM2', 'INSTRUMENT'],
    ]);
    expect(JSON.parse(rec.session!.config_json).arms).toEqual(['PSM1', 'PSM2']);
    const ticks = rec.ticks.map((t) => t.msg);
    expect(ticks.length % 2).toBe(0);
    for (let i = 0; i < 20; i++) expect(ticks[i]!.arm_id ?? 0).toBe(i % 2);
    const s = await loadSession(out);
    expect(s.damage).toBeNull();
    expect(s.armTicks.map((t) => t.length)).toEqual([s.ticks.length, s.ticks.length]);
    expect(s.frames.length).toBeGreaterThan(300);
    expect(s.frames.every((f) => f.arms !== undefined && 'hands' in f.arms.frame && f.arms.frame.hands.length === 2)).toBe(true);

    // `farhand replay` (the CLI, exit 0): every arm reproduced bit for bit.
    const json = join(dir, 'two-hands.json');
    expect((await cli(replayMain, [out, '--json', json, '--quiet'])).code).toBe(0);
    const rep = JSON.parse(readFileSync(json, 'utf8')) as { reproduction: { identical: boolean }; arms: Array<{ name: string; identical: boolean; ticksCompared: number }> };
    expect(rep.reproduction.identical).toBe(true);
    expect(rep.arms.map((a) => [a.name, a.identical, a.ticksCompared])).toEqual([
      ['PSM1', true, s.ticks.length],
      ['PSM2', true, s.ticks.length],
    ]);

    // Each arm moved as its own hand: setpoint displacement = 0.2 x the hand's (identity registration,
    // no ECM), within 10 um (0.2 um measured on 7-8 mm of travel).
    for (const [k, want] of [
      [0, [0.04, 0, 0]],
      [1, [0, 0.03, -0.02]],
    ] as const) {
      const hand = handTravel(s, k);
      expect(norm(sub(hand, want))).toBeLessThan(1e-5);
      const { d } = setpointTravel(s, k);
      expect(norm(sub(d, [0.2 * hand[0], 0.2 * hand[1], 0.2 * hand[2]])), `arm ${k}: ${d.join(', ')}`).toBeLessThan(1e-5);
    }
    // The grip went to PSM1's jaw only: at the end PSM1's hand grips 0.5, PSM2's is open (grip 0).
    const jawEnd = (k: number) => s.armTicks[k]!.jaw[s.ticks.length - 1]!;
    expect(jawEnd(1)).toBeGreaterThan(0.5);
    expect(jawEnd(0)).toBeLessThan(0.75 * jawEnd(1));
  }, 60_000);

  it('--arms PSM1,PSM2,ECM: the ECM is in the session, the instruments map in the camera frame, every arm reproduced', async () => {
    const csv = join(dir, 'two-hands-ecm.csv');
    writeFileSync(csv, twoHandCsv());
    const out = join(dir, 'two-hands-ecm.mcap');
    const r = await cli(importMain, [csv, '--out', out, '--arms', 'PSM1,PSM2,ECM', '--quiet']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const s = await loadSession(out);
    expect(s.start.arms.map((a) => `${a.name}:${a.kind}`)).toEqual(['PSM1:INSTRUMENT', 'PSM2:INSTRUMENT', 'ECM:CAMERA']);
    const { report, reproduction } = await replayFile(out);
    expect(reproduction.identical, report.reproduction.summary).toBe(true);
    expect(report.arms?.map((a) => `${a.name}:${a.identical}`)).toEqual(['PSM1:true', 'PSM2:true', 'ECM:true']);
    // A hand displacement reaches the PSM's base through the camera registration (arm base, ECM base,
    // ECM measured orientation): the setpoint moves 0.2 x R_reg x the hand, within 10 um.
    const ecm = s.armTicks[2]!;
    const ecmQ = Array.from(ecm.measured.subarray(3, 7)) as Quat;
    for (const k of [0, 1]) {
      const reg = cameraRegistration(s.start.arms[k]!.baseInCart.orientation, s.start.arms[2]!.baseInCart.orientation, ecmQ, [0, 0, 0, 1]);
      const want = qRotate(reg, handTravel(s, k)).map((x) => 0.2 * x) as Vec3;
      const { d } = setpointTravel(s, k);
      expect(norm(sub(d, want)), `arm ${k}: ${d.join(', ')} vs ${want.join(', ')}`).toBeLessThan(1e-5);
    }
  }, 60_000);

  it('a bag with both PSMs\' setpoints: each PSM reproduces its own recorded tool motion; replayed bit for bit', async () => {
    // PSM1's tool 10 mm along its x, PSM2's 8 mm along its z, published 4 ms apart (unsynchronised
    // publishers), 100 Hz for 1.5 s, on the Unix epoch.
    const bag = join(dir, 'two-psms.bag');
    const t0 = 1_700_000_000;
    const messages = [];
    for (let i = 0; i <= 150; i++) {
      const u = (1 - Math.cos((Math.PI * i) / 150)) / 2;
      const a = t0 + i / 100;
      const b = a + 0.004;
      messages.push({ topic: '/PSM1/setpoint_cp', timeS: a, message: poseStamped(a, 'PSM1_base', [0.05 + 0.01 * u, 0.02, -0.12], [0, 0, 0, 1], i) });
      messages.push({ topic: '/PSM2/setpoint_cp', timeS: b, message: poseStamped(b, 'PSM2_base', [-0.04, 0.01, -0.1 + 0.008 * u], [0, 0, 0, 1], i) });
    }
    writeBag(
      bag,
      [
        { topic: '/PSM1/setpoint_cp', type: 'geometry_msgs/PoseStamped', definition: POSE_STAMPED_DEF },
        { topic: '/PSM2/setpoint_cp', type: 'geometry_msgs/PoseStamped', definition: POSE_STAMPED_DEF },
      ],
      messages,
    );
    const out = join(dir, 'two-psms.mcap');
    const r = await cli(importMain, [bag, '--out', out, '--topic', '/PSM1/setpoint_cp', '--topic', '/PSM2/setpoint_cp']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('imported 151 two-handed tool poses');
    expect(r.out).toContain('/PSM2/setpoint_cp starts 4.0 ms after /PSM1/setpoint_cp: its first pose is held until then');
    expect(r.out).toMatch(/PSM1 \(.*\/PSM1\/setpoint_cp\): following [\d.]+ s; followed the intended motion within 0\.0\d\d mm RMS/);
    const s = await loadSession(out);
    // Log times keep the bag's clock: the first pose's frame is at its recorded Unix time.
    expect(new Date(s.start.wallClockIso).getTime()).toBeGreaterThan((t0 - 5) * 1000);
    expect(new Date(s.start.wallClockIso).getTime()).toBeLessThan(t0 * 1000);
    const { report, reproduction } = await replayFile(out);
    expect(reproduction.identical, report.reproduction.summary).toBe(true);
    expect(report.arms?.map((a) => `${a.name}:${a.identical}`)).toEqual(['PSM1:true', 'PSM2:true']);
    // Each simulated PSM's setpoint travels as its recorded tool did, the recorded motion moved rigidly
    // onto the simulated tool's start pose (recorded orientation identity: turned by the tool's start
    // orientation), within 10 um; the hand that drove it moved 1/0.2 as far.
    for (const [k, recorded] of [
      [0, [0.01, 0, 0]],
      [1, [0, 0, 0.008]],
    ] as Array<[number, Vec3]>) {
      const tool0 = Array.from(s.armTicks[k]!.measured.subarray(3, 7)) as Quat;
      const want = qRotate(tool0, recorded);
      const { d } = setpointTravel(s, k);
      expect(norm(sub(d, want)), `arm ${k}: ${d.join(', ')} vs ${want.join(', ')}`).toBeLessThan(1e-5);
      expect(norm(handTravel(s, k)) * 0.2).toBeCloseTo(norm(recorded), 6);
    }
  }, 60_000);

  it('JIGSAWS kinematics (--format jigsaws, 30 Hz, resampled to 100 Hz): MTMR drives PSM1, MTML PSM2; replayed bit for bit', async () => {
    // 2 s at 30 Hz: MTMR 3 cm along x, MTML 2 cm along -y; grippers from open (60 deg) to pinched (0).
    const line = (i: number) => {
      const u = (1 - Math.cos((Math.PI * i) / 60)) / 2;
      const arm = (p: number[], angle: number) => [...p, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, angle];
      const open = (Math.PI / 3) * (1 - u);
      return [...arm([-0.1, -0.02 * u, 0.25], open), ...arm([0.1 + 0.03 * u, 0, 0.25], open), ...arm([0, 0, 0], 0), ...arm([0, 0, 0], 0)].map((x) => x.toFixed(6)).join(' ');
    };
    const file = join(dir, 'Suturing_B001.txt');
    writeFileSync(file, `${Array.from({ length: 61 }, (_, i) => line(i)).join('\n')}\n`);
    const out = join(dir, 'jigsaws.mcap');
    const r = await cli(importMain, [file, '--out', out, '--format', 'jigsaws', '--resample', '100Hz']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('input rate: 30.0 Hz');
    expect(r.out).toContain('resampled to 100 Hz: 61 -> 201 poses per hand');
    expect(r.out).toMatch(/PSM1 \(.*Suturing_B001\.txt MTMR\): following/);
    expect(r.out).toContain('MTMR gripper angle 0.000..1.047 rad in the file; grip 0 at 1.047 rad (60 deg), 1 at 0.000 rad');
    const s = await loadSession(out);
    const { report, reproduction } = await replayFile(out);
    expect(reproduction.identical, report.reproduction.summary).toBe(true);
    expect(report.arms?.map((a) => `${a.name}:${a.identical}`)).toEqual(['PSM1:true', 'PSM2:true']);
    for (const [k, want] of [
      [0, [0.03, 0, 0]],
      [1, [0, -0.02, 0]],
    ] as Array<[number, Vec3]>) {
      expect(norm(sub(handTravel(s, k), want))).toBeLessThan(1e-6);
      const { d } = setpointTravel(s, k);
      expect(norm(sub(d, want.map((x) => 0.2 * x) as Vec3)), `arm ${k}: ${d.join(', ')}`).toBeLessThan(1e-5);
    }
    // Both grippers pinched at the end: both jaws closed.
    for (const k of [0, 1]) expect(s.armTicks[k]!.jaw[s.ticks.length - 1]!).toBeLessThan(0.05);
  }, 60_000);
});

