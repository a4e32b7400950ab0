// The ROS arm driver against a real roscore and real ROS publishers: start-up errors that name what is
// missing, bad input from the arm side (NaN, wrong length, FAULT, a publisher of the wrong type, silence),
// the command path (rate, frames, what `rostopic echo` sees), and the lifecycle.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ArmReading } from '@farhand/latency-core';
import { createRosArmDriver, monotonicNs, type RosArmDriver } from '../packages/ros/src/index.js';
import {
  freePort,
  rosAvailable,
  runRosTool,
  sleep,
  spawnGroup,
  startRoscore,
  startScriptedArm,
  waitFor,
  type GroupProcess,
  type Roscore,
  type ScriptedArm,
} from './ros-helpers.js';

const skip = process.env['FARHAND_SKIP_ROS'] === '1';

/** Reads until a reading matches (the driver's callbacks need the event loop between reads). */
async function readUntil(d: RosArmDriver, ok: (r: ArmReading) => boolean, timeoutMs: number, what: string): Promise<ArmReading> {
  let last: ArmReading | undefined;
  await waitFor(() => ok((last = d.read(monotonicNs()))), timeoutMs, `${what} (last reading: ${last?.fault ?? 'no fault'} ${last?.faultMessage ?? ''})`, 2);
  return last!;
}

describe.skipIf(skip)('ROS arm driver through a real roscore', () => {
  let core: Roscore;
  let arm: ScriptedArm | undefined;
  let driver: RosArmDriver | undefined;
  const groups: GroupProcess[] = [];

  beforeAll(async () => {
    if (!rosAvailable()) {
      throw new Error('ROS 1 tools not found (roscore, rostopic, rosbag): apt-get install ros-core (see .ci/run), or FARHAND_SKIP_ROS=1');
    }
    core = await startRoscore();
  });
  afterEach(async () => {
    await driver?.close().catch(() => undefined);
    driver = undefined;
    await arm?.close().catch(() => undefined);
    arm = undefined;
    for (const g of groups.splice(0)) await g.stop('SIGKILL', 500);
  });
  afterAll(async () => {
    await core?.stop();
  });

  const make = (armName = 'PSM1', extra: Record<string, unknown> = {}) =>
    createRosArmDriver({ masterUri: core.uri, arm: armName, maxMeasurementAgeS: 0.05, commandRateHz: 100, ...extra }, { startTimeoutS: 3 });

  it('an unreachable master: configure() rejects naming the URI', async () => {
    const port = await freePort();
    const d = createRosArmDriver({ masterUri: `http://127.0.0.1:${port}`, arm: 'PSM1', maxMeasurementAgeS: 0.05, commandRateHz: 100 }, { startTimeoutS: 1 });
    await expect(d.configure()).rejects.toThrow(new RegExp(`cannot reach the ROS master at http://127.0.0.1:${port}`));
    // And the driver holds: every reading is a fault, nothing is published.
    expect(d.read(monotonicNs()).fault).toBe('ARM_NOT_CONFIGURED');
  });

  it('a master with no such arm: configure() rejects naming every missing topic', async () => {
    driver = make('PSM3');
    const err = await driver.configure().then(() => null, (e: Error) => e);
    expect(err?.message).toMatch(/\/PSM3\/measured_js is not published/);
    expect(err?.message).toMatch(/\/PSM3\/measured_cp is not published/);
    expect(err?.message).toMatch(/\/PSM3\/jaw\/measured_js is not published/);
    expect(err?.message).toMatch(/\/PSM3\/operating_state is not published/);
    expect(err?.message).toMatch(/nobody subscribes to \/PSM3\/servo_cp/);
    expect(err?.message).toMatch(/is the arm's CRTK bridge running/);
  });

  it('a topic of the wrong type at start: configure() rejects naming topic and types', async () => {
    arm = await startScriptedArm({ masterUri: core.uri, arm: 'PSM1', measured: true });
    const wrong = spawnGroup('rostopic', ['pub', '-r', '10', '/PSM2/measured_cp', 'std_msgs/String', 'data: hello'], core.env);
    groups.push(wrong);
    // PSM2 has a measured_cp of the wrong type and nothing else.
    await waitFor(async () => (await import('./ros-helpers.js')).publishedTopics(core.uri).then((t) => t.includes('/PSM2/measured_cp')), 10_000, 'rostopic pub');
    driver = make('PSM2');
    await expect(driver.configure()).rejects.toThrow(/\/PSM2\/measured_cp is std_msgs\/String, expected geometry_msgs\/PoseStamped/);
  });

  it('accepts the older crtk_msgs/operating_state name, reads, enables, and publishes paced commands that rostopic echo decodes', async () => {
    arm = await startScriptedArm({ masterUri: core.uri, arm: 'PSM1', measured: true, operatingStateType: 'crtk_msgs/operating_state' });
    arm.js = [0.1, -0.2, 0.15, 0.3, -0.1, 0.2];
    // A base frame like the dVRK's PSM1 (ECM -> PSM1 RCM): the driver must map both ways.
    const base = [
      [1, 0, 0, -0.2],
      [0, -0.866025404, 0.5, 0],
      [0, -0.5, -0.866025404, 0],
      [0, 0, 0, 1],
    ];
    arm.cp = { position: [-0.2, 0.05, -0.0866025404], orientation: [0, 0, 0, 1] };
    driver = make('PSM1', { baseFrame: { reference_frame: 'ECM', transform: base } });
    await driver.configure();
    const r = await readUntil(driver, (x) => x.measured_js[0] === 0.1 && x.fault === undefined, 2000, 'first measurement');
    expect(r.measured_js).toEqual([0.1, -0.2, 0.15, 0.3, -0.1, 0.2]);
    // parent (ECM) position (-0.2, 0.05, -0.0866) is RCM-frame R^T (p - t) = (0, 0, 0.1)
    expect(r.measured_cp.position[0]).toBeCloseTo(0, 9);
    expect(r.measured_cp.position[1]).toBeCloseTo(0, 6);
    expect(r.measured_cp.position[2]).toBeCloseTo(0.1, 6);
    expect(r.jaw_measured_rad).toBe(0.2);
    expect(r.operating_state).toBe('DISABLED');
    expect(r.fault).toBeUndefined();

    await driver.enable();
    expect(arm.received.filter((m) => m.topic === 'state_command').map((m) => m.msg.string)).toEqual(['enable']);
    await driver.home();
    await readUntil(driver, (x) => x.is_homed, 2000, 'homed');
    // home() again on a homed arm sends nothing: homing moves a real arm, and the agent homes at every start.
    await driver.home();
    expect(arm.received.filter((m) => m.topic === 'state_command').map((m) => m.msg.string)).toEqual(['enable', 'home']);

    // An independent ROS client (Debian's rostopic) decodes what we publish.
    const echo = runRosTool('rostopic', ['echo', '-n', '1', '/PSM1/servo_cp'], core.env, 15_000);
    const target = { position: [0.01, 0.02, 0.1] as [number, number, number], orientation: [0, 0, 0, 1] as [number, number, number, number] };
    const t0 = monotonicNs();
    let writes = 0;
    // write() at ~1 kHz for 1 s: at most commandRateHz of them go out.
    while (monotonicNs() - t0 < 1e9) {
      driver.write({ kind: 'servo_cp', pose: target, jaw_rad: 0.3 }, monotonicNs());
      writes += 1;
      await sleep(1);
    }
    const e = await echo;
    expect(e.code).toBe(0);
    expect(e.out).toMatch(/frame_id: "ECM"/);
    // RCM (0.01, 0.02, 0.1) -> ECM: (0.01 - 0.2, -0.866*0.02 + 0.5*0.1, -0.5*0.02 - 0.866*0.1)
    const num = (k: string) => Number(new RegExp(`${k}: (-?[0-9.e-]+)`).exec(e.out.split('position:')[1]!)![1]);
    expect(num('x')).toBeCloseTo(-0.19, 9);
    expect(num('y')).toBeCloseTo(-0.866025404 * 0.02 + 0.05, 6);
    expect(num('z')).toBeCloseTo(-0.01 - 0.0866025404, 6);
    await sleep(50);
    const cps = arm.received.filter((m) => m.topic === 'servo_cp');
    const jaws = arm.received.filter((m) => m.topic === 'jaw/servo_jp');
    expect(writes).toBeGreaterThan(300);
    expect(cps.length).toBeGreaterThan(50);
    expect(cps.length).toBeLessThanOrEqual(102);
    expect(jaws.at(-1)!.msg.position[0]).toBe(0.3);
    expect(driver.stats().commandsRefused).toBe(0);

    // A command the arm must never see (NaN) is refused and reported, not published.
    const before = arm.received.length;
    driver.write({ kind: 'servo_cp', pose: { position: [NaN, 0, 0.1], orientation: [0, 0, 0, 1] }, jaw_rad: 0 }, monotonicNs() + 1e9);
    const bad = driver.read(monotonicNs());
    expect(bad.fault).toBe('ARM_BAD_COMMAND');
    await sleep(50);
    expect(arm.received.slice(before).filter((m) => m.topic === 'servo_cp')).toEqual([]);

    await driver.disable();
    expect(arm.received.filter((m) => m.topic === 'state_command').map((m) => m.msg.string)).toEqual(['enable', 'home', 'disable']);
    // Disabled on purpose: DISABLED is the state, not a fault; and no servo command goes out.
    const after = await readUntil(driver, (x) => x.operating_state === 'DISABLED', 2000, 'DISABLED');
    expect(after.fault).toBeUndefined();
  });

  it('bad input from the arm: NaN, wrong length, FAULT, DISABLED, silence, a wrong-type publisher each fault with a reason', async () => {
    arm = await startScriptedArm({ masterUri: core.uri, arm: 'PSM1', measured: true });
    driver = make('PSM1');
    await driver.configure();
    await driver.enable();
    await readUntil(driver, (r) => r.fault === undefined && r.operating_state === 'ENABLED', 2000, 'a clean reading');

    // Each wait names the fault it expects: on a loaded machine this process's scripted arm may also be late
    // (a real ARM_MEASUREMENT_STALE), which must not be mistaken for the case under test.
    arm.js = [0.1, 0.2, NaN, 0, 0, 0];
    let r = await readUntil(driver, (x) => x.fault === 'ARM_BAD_MESSAGE', 2000, 'NaN fault');
    expect(r.fault).toBe('ARM_BAD_MESSAGE');
    expect(r.faultMessage).toMatch(/\/PSM1\/measured_js: position\[2\] is NaN, expected a finite number/);
    // The NaN never became a measurement.
    expect(r.measured_js.every(Number.isFinite)).toBe(true);
    arm.js = [0, 0, 0.12, 0, 0];
    r = await readUntil(driver, (x) => x.faultMessage?.includes('5 values') === true, 2000, 'length fault');
    expect(r.fault).toBe('ARM_BAD_MESSAGE');
    expect(r.faultMessage).toMatch(/position has 5 values, expected 6/);
    arm.js = [0, 0, 0.12, 0, 0, 0];
    await readUntil(driver, (x) => x.fault === undefined, 2000, 'recovery after good messages');

    arm.cp = { position: [0, 0, 0.1], orientation: [0, 0, 0, 2] };
    r = await readUntil(driver, (x) => x.fault === 'ARM_BAD_MESSAGE', 2000, 'quaternion fault');
    expect(r.faultMessage).toMatch(/\/PSM1\/measured_cp: pose.orientation has norm 2/);
    arm.cp = { position: [0, 0, 0.1], orientation: [0, 0, 0, 1] };
    await readUntil(driver, (x) => x.fault === undefined, 2000, 'recovery');

    await arm.setState('FAULT');
    r = await readUntil(driver, (x) => x.fault === 'ARM_REPORTED_FAULT', 2000, 'FAULT state');
    expect(r.fault).toBe('ARM_REPORTED_FAULT');
    expect(r.operating_state).toBe('FAULT');
    await arm.setState('DISABLED');
    r = await readUntil(driver, (x) => x.fault === 'ARM_DISABLED', 2000, 'DISABLED state');
    expect(r.fault).toBe('ARM_DISABLED');
    await arm.setState('ENABLED');
    await readUntil(driver, (x) => x.fault === undefined, 2000, 'ENABLED again');

    // Silence: the arm stops publishing; within the configured age plus one read the driver says so.
    arm.paused = true;
    const t0 = monotonicNs();
    r = await readUntil(driver, (x) => x.fault === 'ARM_MEASUREMENT_STALE', 2000, 'stale');
    const detectedMs = (monotonicNs() - t0) / 1e6;
    expect(r.fault).toBe('ARM_MEASUREMENT_STALE');
    expect(r.faultMessage).toMatch(/older than 50 ms/);
    expect(r.ageNs).toBeGreaterThan(50e6);
    expect(detectedMs).toBeLessThan(2000);
    arm.paused = false;
    await readUntil(driver, (x) => x.fault === undefined, 2000, 'fresh again');

    // An independent publisher of the wrong type on measured_js (Debian's rostopic).
    groups.push(spawnGroup('rostopic', ['pub', '-r', '20', '/PSM1/measured_js', 'std_msgs/String', 'data: hello'], core.env));
    r = await readUntil(driver, (x) => x.faultMessage?.includes('std_msgs/String') === true, 10_000, 'wrong type');
    expect(r.fault).toBe('ARM_BAD_MESSAGE');
    expect(r.faultMessage).toMatch(/\/PSM1\/measured_js: \/rostopic_\d+_\d+ publishes std_msgs\/String, accepted: sensor_msgs\/JointState/);
    // It goes away with the publisher.
    await groups.pop()!.stop('SIGINT', 2000);
    await readUntil(driver, (x) => x.fault === undefined, 10_000, 'wrong-type publisher gone');
  });

  it('the arm process dies: ARM_CONNECTION_LOST at once, and the driver reconnects to a new arm', async () => {
    arm = await startScriptedArm({ masterUri: core.uri, arm: 'PSM1', measured: true });
    driver = make('PSM1');
    await driver.configure();
    await readUntil(driver, (x) => x.fault === undefined, 2000, 'clean');
    await arm.close();
    arm = undefined;
    const r = await readUntil(driver, (x) => x.fault === 'ARM_CONNECTION_LOST', 2000, 'loss');
    expect(r.fault).toBe('ARM_CONNECTION_LOST');
    expect(r.faultMessage).toMatch(/no live connection to the publisher of \/PSM1\/measured_js/);
    arm = await startScriptedArm({ masterUri: core.uri, arm: 'PSM1', measured: true });
    await readUntil(driver, (x) => x.fault === undefined || x.fault === 'ARM_DISABLED', 10_000, 'reconnected');
  });
});
