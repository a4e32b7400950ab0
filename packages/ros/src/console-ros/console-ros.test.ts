// The console-ros pieces without ROS or sockets: message checks, the console frame, the frame builder's
// safety rule and the plan from Welcome, and the CLI's validation.
import { describe, expect, it } from 'vitest';
import { validateMotionFrame } from '@farhand/protocol';
import { createMtm, toPose } from '@farhand/sim';
import { ConsoleFrame, dvrkConsoleBaseFrame } from './console-frame.js';
import { buildFrame, planFromWelcome, type ConsoleInput } from './frame-builder.js';
import { DEFAULT_GRIPPER, gripFromAngle, parseFramedPose, parseGripper, parsePedal } from './inputs.js';
import { parseConsoleRosArgs } from './console-ros-cli.js';

const MS = 1e6;

function poseMsg(frameId: string, p: [number, number, number], q: [number, number, number, number]) {
  return { header: { seq: 1, stamp: { sec: 1, nsec: 0 }, frame_id: frameId }, pose: { position: { x: p[0], y: p[1], z: p[2] }, orientation: { x: q[0], y: q[1], z: q[2], w: q[3] } } };
}

describe('ROS message checks', () => {
  it('reads a pedal event from Joy.buttons[0] and refuses anything else with what is accepted', () => {
    expect(parsePedal({ buttons: [1] })).toEqual({ ok: true, value: 'PRESSED' });
    expect(parsePedal({ buttons: Int32Array.from([0]) })).toEqual({ ok: true, value: 'RELEASED' });
    expect(parsePedal({ buttons: [2] })).toEqual({ ok: true, value: 'CLICKED' });
    for (const bad of [{ buttons: [] }, { buttons: [7] }, { buttons: [-1] }, {}, null, { buttons: 'x' }]) {
      const r = parsePedal(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason).toMatch(/expected/);
    }
  });

  it('maps the gripper angle to grip with the calibration, refuses NaN, wrong length and absurd angles', () => {
    expect(gripFromAngle(DEFAULT_GRIPPER.openRad, DEFAULT_GRIPPER)).toBe(0);
    expect(gripFromAngle(DEFAULT_GRIPPER.closedRad, DEFAULT_GRIPPER)).toBe(1);
    expect(gripFromAngle(DEFAULT_GRIPPER.openRad / 2, DEFAULT_GRIPPER)).toBeCloseTo(0.5, 12);
    expect(gripFromAngle(-0.2, DEFAULT_GRIPPER)).toBe(1); // pinched past zero: clamped
    expect(parseGripper({ position: [0.5236] }, DEFAULT_GRIPPER)).toEqual({ ok: true, value: expect.closeTo(0.5, 3) });
    for (const [msg, re] of [
      [{ position: [NaN] }, /finite/],
      [{ position: [0.1, 0.2] }, /2 values, expected 1/],
      [{ position: [4] }, /outside/],
      [{}, /array/],
    ] as const) {
      const r = parseGripper(msg, DEFAULT_GRIPPER);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason).toMatch(re);
    }
  });

  it('refuses a measured_cp with a NaN or a non-unit quaternion', () => {
    const nan = parseFramedPose(poseMsg('MTMR_base', [NaN, 0, 0], [0, 0, 0, 1]));
    expect(nan.ok).toBe(false);
    if (!nan.ok) expect(nan.reason).toMatch(/position.x is NaN/);
    const big = parseFramedPose(poseMsg('MTMR_base', [0, 0, 0], [0, 0, 0, 1.1]));
    expect(big.ok).toBe(false);
    if (!big.ok) expect(big.reason).toMatch(/unit quaternion/);
  });
});

describe('console frame (dVRK console convention)', () => {
  const frame = new ConsoleFrame({ consoleFrameId: 'HRSV' });

  it('is a proper rotation by pi about (0, sin 75, cos 75), MTMs 0.36 m apart', () => {
    const r = frame.transform('MTMR').rotation;
    const det = r[0][0] * (r[1][1] * r[2][2] - r[1][2] * r[2][1]) - r[0][1] * (r[1][0] * r[2][2] - r[1][2] * r[2][0]) + r[0][2] * (r[1][0] * r[2][1] - r[1][1] * r[2][0]);
    expect(det).toBeCloseTo(1, 9);
    const axis = [0, Math.sin((75 * Math.PI) / 180), Math.cos((75 * Math.PI) / 180)];
    const rv = [0, 1, 2].map((i) => r[i]![0]! * axis[0]! + r[i]![1]! * axis[1]! + r[i]![2]! * axis[2]!);
    expect(rv[1]).toBeCloseTo(axis[1]!, 8);
    expect(rv[2]).toBeCloseTo(axis[2]!, 8);
    expect(frame.transform('MTMR').translation[0] - frame.transform('MTML').translation[0]).toBeCloseTo(-0.36, 12);
    expect(dvrkConsoleBaseFrame('MTML')[0]![3]).toBe(0.18);
  });

  it('maps MTMx_base poses, keeps HRSV poses, refuses any other frame', () => {
    const fk = toPose(createMtm('MTMR').forwardKinematics([0, 0.25, 0.15, 0, 0, 0, 0]));
    const r = frame.toConsole('MTMR', { pose: fk, frameId: 'MTMR_base' });
    expect(r.ok).toBe(true);
    if (r.ok) {
      // x flips (base x to the left -> console x to the right), so the right MTM's hand is at -0.18 - x
      expect(r.value.position[0]).toBeCloseTo(-0.18 - fk.position[0], 9);
      expect(r.value.position[1]).toBeCloseTo(0.4 + 0.866025404 * fk.position[1] + 0.5 * fk.position[2], 9);
    }
    expect(frame.toConsole('MTMR', { pose: fk, frameId: 'HRSV' })).toEqual({ ok: true, value: fk });
    const wrong = frame.toConsole('MTMR', { pose: fk, frameId: 'MTML_base' });
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.reason).toMatch(/accepted: "MTMR_base".*"HRSV"/);
  });

  it('refuses a base frame that is not a rigid transform', () => {
    expect(() => new ConsoleFrame({ consoleFrameId: 'HRSV', baseFrames: { MTMR: [[2, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]] } })).toThrow(/MTMR base frame: .*orthonormal/);
    expect(() => new ConsoleFrame({ consoleFrameId: 'bad frame' })).toThrow(/tf frame name/);
  });
});

describe('frame builder', () => {
  const pose = { position: [0.1, 0.2, 0.3] as [number, number, number], orientation: [0, 0, 0, 1] as [number, number, number, number] };
  const fresh = (nowNs: number): ConsoleInput => ({
    hands: { MTML: { pose, poseNs: nowNs - 5 * MS, grip: 0.3, gripNs: nowNs - 5 * MS }, MTMR: { pose, poseNs: nowNs - 5 * MS, grip: 0.7, gripNs: nowNs - 5 * MS } },
    pedals: { clutch: false, camera: false, coag: false, operatorPresent: true },
  });
  const arms = [
    { arm_id: 0, name: 'PSM1', kind: 1 },
    { arm_id: 1, name: 'PSM2', kind: 1 },
    { arm_id: 2, name: 'ECM', kind: 2 },
  ];

  it('plans MTMR -> the first instrument, MTML -> the second; one instrument or none -> single hand', () => {
    expect(planFromWelcome(arms, [0, 1, 2], 'MTMR')).toEqual({ mode: 'two-hand', hands: [{ side: 'MTMR', armId: 0 }, { side: 'MTML', armId: 1 }], cameraArm: true });
    expect(planFromWelcome([arms[2]!, { arm_id: 5, kind: 1 }, { arm_id: 3, kind: 1 }], [], 'MTMR')).toMatchObject({ hands: [{ side: 'MTMR', armId: 5 }, { side: 'MTML', armId: 3 }] });
    expect(planFromWelcome([arms[0]!], [0], 'MTML')).toEqual({ mode: 'single', side: 'MTML', armId: 0 });
    expect(planFromWelcome(undefined, [4], 'MTMR')).toEqual({ mode: 'single', side: 'MTMR', armId: 4 });
    expect(planFromWelcome([], undefined, 'MTMR')).toEqual({ mode: 'single', side: 'MTMR', armId: 0 });
  });

  it('builds a two-hand frame with pedals, and a single-hand frame the protocol 1.0 validator accepts', () => {
    const now = 10_000 * MS;
    const input = fresh(now);
    input.pedals.clutch = true;
    input.pedals.camera = true;
    const two = buildFrame(input, planFromWelcome(arms, null, 'MTMR'), { seq: 7, nowNs: now, maxInputAgeNs: 50 * MS });
    expect(two.present).toBe(true);
    expect(two.motion).toMatchObject({ seq: 7, capture_time_ns: now, operator_present: true, camera: true });
    expect(two.motion!.hands!.map((h) => [h.arm_id, h.grip, h.clutch])).toEqual([[0, 0.7, true], [1, 0.3, true]]);
    expect(two.motion!.position).toBeUndefined();
    const one = buildFrame(fresh(now), { mode: 'single', side: 'MTMR', armId: 0 }, { seq: 8, nowNs: now, maxInputAgeNs: 50 * MS });
    const v = validateMotionFrame(one.motion!, { armIds: [0] });
    expect(v.ok).toBe(true);
    if (v.ok) expect(v.frame).toMatchObject({ seq: 8, grip: 0.7, operatorPresent: true, position: [0.1, 0.2, 0.3] });
  });

  it('a stale MTM or gripper, or a released dead-man, sends operator_present = false; no pose yet sends nothing', () => {
    const now = 10_000 * MS;
    const plan = planFromWelcome(arms, null, 'MTMR');
    const o = { seq: 1, nowNs: now, maxInputAgeNs: 50 * MS };
    const a = fresh(now);
    a.hands.MTML.poseNs = now - 51 * MS;
    expect(buildFrame(a, plan, o)).toMatchObject({ present: false, stale: { reason: 'MTM_STALE', side: 'MTML' }, motion: { operator_present: false } });
    const b = fresh(now);
    b.hands.MTMR.gripNs = now - 80 * MS;
    expect(buildFrame(b, plan, o)).toMatchObject({ present: false, stale: { reason: 'GRIPPER_STALE', side: 'MTMR' } });
    const c = fresh(now);
    c.pedals.operatorPresent = false;
    expect(buildFrame(c, plan, o)).toMatchObject({ present: false, stale: null });
    const d = fresh(now);
    d.hands.MTML.pose = null;
    expect(buildFrame(d, plan, o)).toMatchObject({ motion: null, present: false, stale: { reason: 'NO_INPUT_YET' } });
    // single hand: only the hand in use counts
    const e = fresh(now);
    e.hands.MTML.poseNs = now - 500 * MS;
    expect(buildFrame(e, { mode: 'single', side: 'MTMR', armId: 0 }, o).present).toBe(true);
  });
});

describe('console-ros CLI', () => {
  const base = ['--to', 'ws://127.0.0.1:8080/ws', '--token', 'abc'];

  it('takes the defaults and every option', () => {
    const c = parseConsoleRosArgs(base, {});
    expect(c).toMatchObject({ masterUri: 'http://127.0.0.1:11311', hand: 'MTMR', rateHz: 125, maxInputAgeS: 0.05, consoleFrameId: 'HRSV', reconnect: true });
    const d = parseConsoleRosArgs(
      [...base.slice(0, 2), '--token=-starts-with-dash', '--ros-master', 'http://10.0.0.2:11311', '--hand', 'MTML', '--rate', '200', '--max-input-age-ms', '30',
        '--operator-present-topic', '/footpedals/coag', '--mtmr-base-frame', 'identity', '--gripper-open-rad', '1.2', '--no-reconnect'],
      {},
    );
    expect(d).toMatchObject({ token: '-starts-with-dash', masterUri: 'http://10.0.0.2:11311', hand: 'MTML', rateHz: 200, maxInputAgeS: 0.03, reconnect: false, gripper: { openRad: 1.2 } });
    if (d !== 'help') expect(d.pedalTopics.operatorPresent).toBe('/footpedals/coag');
    expect(parseConsoleRosArgs(['--to', 'ws://h/ws'], { FARHAND_TOKEN: 'envtok', ROS_MASTER_URI: 'http://m:11311' })).toMatchObject({ token: 'envtok', masterUri: 'http://m:11311' });
    expect(parseConsoleRosArgs(['-h'], {})).toBe('help');
  });

  it('says what is wrong and what is accepted, with "did you mean"', () => {
    const cases: [string[], RegExp][] = [
      [['--tokn', 'x'], /unknown option --tokn \(did you mean --token\?\)/],
      [['--operator-present', '/x', ...base], /did you mean --operator-present-topic/],
      [['--token', 'x'], /--to is required/],
      [['--to', 'http://h/ws', '--token', 'x'], /ws:\/\/ or wss:\/\//],
      [['--to', 'ws://h/ws'], /--token is required/],
      [[...base, '--hand', 'MTMX'], /expected MTML or MTMR \(did you mean MTML\?\)/],
      [[...base, '--rate', '50'], /--rate "50": expected a number of Hz from 100 to 1000/],
      [[...base, '--rate', 'fast'], /--rate "fast"/],
      [[...base, '--max-input-age-ms', '0'], /from 5 to 500/],
      [[...base, '--clutch-topic', 'not a topic'], /ROS topic name/],
      [[...base, '--camera-topic', '/footpedals/clutch'], /given for both clutch and camera/],
      [[...base, '--mtml-base-frame', '{oops'], /not JSON/],
      [[...base, '--mtml-base-frame', '[[1,0,0,0],[0,1,0,0],[0,0,-1,0],[0,0,0,1]]'], /MTML base frame: .*determinant/],
      [[...base, '--gripper-open-rad', '0.01'], /0.05 rad apart/],
      [[...base, '--log-level', 'inf'], /did you mean info/],
      [[...base, '--ros-master', 'localhost:11311'], /expected http:\/\/HOST:PORT/],
      [[...base, '--rate'], /--rate needs a value/],
      [[...base, '--no-reconnect=1'], /takes no value/],
      [[...base, '--hand', 'MTML', '--hand', 'MTMR'], /given twice/],
      [['stray'], /unexpected argument/],
    ];
    for (const [argv, re] of cases) expect(() => parseConsoleRosArgs(argv, {}), argv.join(' ')).toThrow(re);
  });
});

describe('sim-mtm CLI', () => {
  it('validates its flags and stdin commands', async () => {
    const { parseSimMtmArgs, applyCommand } = await import('../sim-ros/sim-mtm-cli.js');
    expect(parseSimMtmArgs([], {})).toMatchObject({ masterUri: 'http://127.0.0.1:11311', rateHz: 100, pedalRepeatHz: 0 });
    expect(() => parseSimMtmArgs(['--rat', '5'], {})).toThrow(/did you mean --rate/);
    expect(() => parseSimMtmArgs(['--rate', '0'], {})).toThrow(/from 1 to 1000/);
    const calls: string[] = [];
    const sim = { setPedal: (n: string, p: boolean) => void calls.push(`${n}:${p}`), paused: { MTML: false, MTMR: false } };
    expect(applyCommand(sim as never, 'press operator-present')).toBeNull();
    expect(applyCommand(sim as never, 'release clutch')).toBeNull();
    expect(applyCommand(sim as never, 'pause MTML')).toBeNull();
    expect(calls).toEqual(['operatorPresent:true', 'clutch:false']);
    expect(sim.paused.MTML).toBe(true);
    expect(applyCommand(sim as never, 'press clutsh')).toMatch(/did you mean clutch/);
    expect(applyCommand(sim as never, 'pause PSM1')).toMatch(/MTML or MTMR/);
    expect(applyCommand(sim as never, 'jump')).toMatch(/unknown command/);
    expect(applyCommand(sim as never, '   ')).toBeNull();
  });
});
