// Real dVRK messages as measurements: Debian's `rosbag play` of a real PSM2 bag, through a private roscore,
// into the ROS arm driver. The driver must return the recorded joints, its measured_cp (mapped into the RCM
// frame with the real base frame) must agree with the simulator's forward kinematics of the recorded
// joints, and the bag's real timing gaps must show as measurement age, never as faults.
import { readFileSync } from 'node:fs';
import { Bag } from '@foxglove/rosbag';
import { FileReader } from '@foxglove/rosbag/node.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPsm } from '@farhand/sim';
import type { ArmReading } from '@farhand/latency-core';
import { md5, parse } from '@foxglove/rosmsg';
import { createRosArmDriver, monotonicNs, type RosArmDriver } from '../packages/ros/src/index.js';
import { JOINT_STATE_DEF, POSE_STAMPED_DEF } from '../packages/ros/src/driver/msgdefs.js';
import { publishedTopics, rosAvailable, spawnGroup, startRoscore, startScriptedArm, waitFor, type GroupProcess, type Roscore, type ScriptedArm } from './ros-helpers.js';

const FIXTURES = new URL('./fixtures/ros/', import.meta.url).pathname;
const BAG = `${FIXTURES}psm2-pitch-exp-traj02-10s.bag`;
/** Real PSM2 base frame (dVRK system-dVRK-cart-simulated.json; origin and licence in the fixture). */
const BASE_FRAME = (JSON.parse(readFileSync(`${FIXTURES}psm2-base-frame.json`, 'utf8')) as { base_frame: unknown }).base_frame;

interface Recorded {
  stampS: number;
  position: number[];
}

async function readBag(topic: string): Promise<Recorded[]> {
  const bag = new Bag(new FileReader(BAG));
  await bag.open();
  const out: Recorded[] = [];
  for await (const r of bag.messageIterator({ topics: [topic] })) {
    const m = r.message as { header: { stamp: { sec: number; nsec: number } }; position: Float64Array };
    out.push({ stampS: m.header.stamp.sec + m.header.stamp.nsec * 1e-9, position: Array.from(m.position) });
  }
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 ? s[(n - 1) / 2]! : (s[n / 2 - 1]! + s[n / 2]!) / 2;
}

const skip = process.env['FARHAND_SKIP_ROS'] === '1';

describe('built-in message definitions', () => {
  it('have the md5sums a real dVRK recorded (so that roscpp/rospy nodes accept Farhand)', async () => {
    const bag = new Bag(new FileReader(BAG));
    await bag.open();
    const byType = new Map([...bag.connections.values()].map((c) => [c.type, c.md5sum]));
    expect(byType.get('sensor_msgs/JointState')).toBe('3066dcd76a6cfaef579bd0f34173e9fd');
    expect(byType.get('geometry_msgs/PoseStamped')).toBe('d3812c3cbc69362b77dc0b19b345f8f5');
    expect(md5(parse(JOINT_STATE_DEF))).toBe(byType.get('sensor_msgs/JointState'));
    expect(md5(parse(POSE_STAMPED_DEF))).toBe(byType.get('geometry_msgs/PoseStamped'));
  });
});

describe.skipIf(skip)('ROS driver fed by a real dVRK bag (rosbag play)', () => {
  let core: Roscore | undefined;
  let companion: ScriptedArm | undefined;
  let player: GroupProcess | undefined;
  let driver: RosArmDriver | undefined;

  beforeAll(async () => {
    if (!rosAvailable()) {
      throw new Error('ROS 1 tools not found (roscore, rostopic, rosbag): apt-get install ros-core (see .ci/run), or FARHAND_SKIP_ROS=1');
    }
    core = await startRoscore();
  });

  afterAll(async () => {
    await driver?.close().catch(() => undefined);
    await companion?.close().catch(() => undefined);
    await player?.stop('SIGINT', 2000);
    await core?.stop();
  });

  it('read() returns the recorded joints, measured_cp agrees with FK through the base frame, gaps are age', async () => {
    const c = core!;
    // What a bag does not carry but a dVRK provides: operating_state, the jaw, subscribers to the commands.
    companion = await startScriptedArm({ masterUri: c.uri, arm: 'PSM2', measured: false });
    await companion.setState('ENABLED', true);
    // -d: rosbag advertises, waits, then plays: time for the driver to check the graph and subscribe.
    player = spawnGroup('rosbag', ['play', '-q', '-d', '3', BAG], c.env);
    await waitFor(async () => (await publishedTopics(c.uri)).includes('/PSM2/measured_cp'), 15_000, 'rosbag play to advertise');

    driver = createRosArmDriver(
      { masterUri: c.uri, arm: 'PSM2', maxMeasurementAgeS: 0.05, commandRateHz: 100, baseFrame: BASE_FRAME },
      { startTimeoutS: 10 },
    );
    await driver.configure();

    // Sample read() every ~1 ms while the bag plays; keep every reading that carries a new message.
    const readings: ArmReading[] = [];
    const newJs: { stampS: number; q: number[] }[] = [];
    const newCp: { stampS: number; position: number[] }[] = [];
    let lastJsCount = 0;
    let lastCpCount = 0;
    let firstLive = -1;
    let lastLive = -1;
    const d = driver;
    // Read in the check phase (setImmediate from the timer), right after the poll phase has taken in what the
    // sockets hold: as the agent's loop does, so that a stall of this test process is not mistaken for age.
    const sample = (): void => {
      const r = d.read(monotonicNs());
      readings.push(r);
      const st = d.stats().topics;
      const js = st.find((t) => t.topic === '/PSM2/measured_js')!;
      const cp = st.find((t) => t.topic === '/PSM2/measured_cp')!;
      if (js.messages !== lastJsCount) {
        lastJsCount = js.messages;
        if (firstLive < 0) firstLive = readings.length - 1;
        lastLive = readings.length - 1;
        newJs.push({ stampS: js.stampS, q: r.measured_js });
      }
      if (cp.messages !== lastCpCount) {
        lastCpCount = cp.messages;
        newCp.push({ stampS: cp.stampS, position: [...r.measured_cp.position] });
      }
    };
    const sampler = setInterval(() => setImmediate(sample), 1);
    await waitFor(() => player!.exited(), 30_000, 'rosbag play to finish', 50);
    clearInterval(sampler);

    const recorded = await readBag('/PSM2/measured_js');
    expect(recorded.length).toBe(992);
    // (1) Every joint vector read() returned is one the arm recorded, bit for bit, under the same stamp.
    const byStamp = new Map(recorded.map((r) => [r.stampS.toFixed(6), r.position]));
    // The sampler polls read() every ~1 ms from this process: on a loaded machine it misses some messages
    // (two arrive between polls). Every one it does see must be a recorded one.
    expect(newJs.length).toBeGreaterThan(0.5 * recorded.length);
    for (const s of newJs) expect(s.q).toEqual(byStamp.get(s.stampS.toFixed(6)));

    // (2) measured_cp (RCM frame) vs FK(measured_js of nearest header stamp), LND400006.
    const psm = createPsm({ tool: 'LND400006' });
    const jsSorted = [...newJs].sort((a, b) => a.stampS - b.stampS);
    const errors: number[] = [];
    for (const cp of newCp) {
      let best = jsSorted[0]!;
      for (const j of jsSorted) if (Math.abs(j.stampS - cp.stampS) < Math.abs(best.stampS - cp.stampS)) best = j;
      const fk = psm.forwardKinematics(best.q);
      errors.push(Math.hypot(fk.position[0]! - cp.position[0]!, fk.position[1]! - cp.position[1]!, fk.position[2]! - cp.position[2]!));
    }
    const med = median(errors);
    console.log(`bag: ${newCp.length} measured_cp vs FK(measured_js): median ${(med * 1e6).toFixed(2)} um, max ${(Math.max(...errors) * 1e6).toFixed(1)} um`);
    expect(newCp.length).toBeGreaterThan(0.5 * recorded.length);
    expect(med).toBeLessThan(1e-5);

    // (3) While the bag was live (first to last message), real gaps are age, never a fault.
    const window = readings.slice(firstLive, lastLive + 1);
    const faults = window.filter((r) => r.fault !== undefined);
    const fine = window.filter((r) => r.fault === undefined);
    const maxAgeMs = Math.max(...window.map((r) => r.ageNs)) / 1e6;
    const maxFineAgeMs = Math.max(...fine.map((r) => r.ageNs)) / 1e6;
    console.log(
      `bag: ${window.length} reads while live, max age without fault ${maxFineAgeMs.toFixed(1)} ms, ` +
        `faults ${faults.length} (max age ${maxAgeMs.toFixed(1)} ms)`,
    );
    // The recording's gaps (15-23.5 ms) are age, never a fault: every reading up to the configured age is clean...
    for (const r of window) if (r.ageNs <= 0.05e9) expect(r.fault).toBeUndefined();
    // ...and they were seen: ages well above the 10 ms period, without a fault.
    expect(maxFineAgeMs).toBeGreaterThan(15);
    // A fault here can only be a gap the bag does not have (rosbag play or this process descheduled for more
    // than 50 ms on a loaded machine): it must be staleness, past the configured age, and rare.
    for (const f of faults) {
      expect(f.fault).toBe('ARM_MEASUREMENT_STALE');
      expect(f.ageNs).toBeGreaterThan(0.05e9);
    }
    expect(faults.length).toBeLessThan(0.02 * window.length);

    // (4) rosbag play has exited: its connections closed, which is what a dead arm bridge looks like.
    const after = driver.read(monotonicNs());
    expect(after.fault).toBe('ARM_CONNECTION_LOST');
    expect(after.faultMessage).toContain('/PSM2/measured_js');
  }, 60_000);
});
