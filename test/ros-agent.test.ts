import { tmpdir } from 'node:os';
// The whole system on a ROS arm: agent (worker loop, core, ROS driver) + `farhand sim-ros` in its own
// process, through a private roscore, with a surgeon client over a real WebSocket.
// - The recorded dVRK trajectory is followed within the same tolerance as with the direct sim driver
//   (both figures measured here, same procedure as test/agent-session.test.ts).
// - Debian's `rostopic echo -n 1 /PSM1/servo_cp` receives a valid PoseStamped while the agent follows.
// - SIGKILL of sim-ros mid-motion: a fault with its reason within the configured age; the core holds.
// - Bad ROS input (NaN, wrong length, FAULT, a wrong-type publisher): a supervisor fault with a clear
//   reason each time, and nothing but the hold is sent to the arm.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { farhand } from '@farhand/protocol';
import { qConj, qMul, qNormalize } from '@farhand/latency-core';
import { fromWire, sampleAt, stream, type Q, type V3 } from './trajectory.js';
import { type Agent, type AgentExit } from '../packages/robot-agent/src/index.js';
import { readRecording, type Recording } from '@farhand/recording';
import { TestClient, clientNowNs, clientOriginHrNs, followErrorAfterBestLag, sleep, startTestAgent, tempDir, waitFor } from './agent-helpers.js';
import {
  bundleSimRosCli,
  rosAvailable,
  runRosTool,
  spawnGroup,
  startRoscore,
  startScriptedArm,
  startSimRosProcess,
  type GroupProcess,
  type Roscore,
  type ScriptedArm,
} from './ros-helpers.js';

const pb = farhand.v1;
const skip = process.env['FARHAND_SKIP_ROS'] === '1';
const STATE = (n: number | null | undefined): string => pb.SupervisorState[n ?? 0] ?? String(n);

/** dVRK PSM1 base frame (ECM -> PSM1 RCM), system-dVRK-cart-simulated.json (CISST licence; see fixtures/ros). */
const PSM1_BASE_MATRIX = [1.0, 0.0, 0.0, -0.2, 0.0, -0.866025404, 0.5, 0.0, 0.0, -0.5, -0.866025404, 0.0, 0.0, 0.0, 0.0, 1.0];


async function surgeon(a: Agent, clients: TestClient[]): Promise<TestClient> {
  const c = await TestClient.connect(a.urls.ws, { role: 'SURGEON', token: a.tokens.surgeon, name: 'surgeon' });
  clients.push(c);
  expect(c.welcome).not.toBeNull();
  return c;
}

interface FollowFigures {
  rmsMm: number;
  p99Mm: number;
  maxMm: number;
  lagMs: number;
  ticks: number;
}

const HOLD_S = 1.2;
const MOVE_S = 8;

/**
 * test/agent-session.test.ts's procedure: engage, stream the recording at 200 Hz, then fit the measured
 * tip to anchor + 0.2 * master(t - lag) over the recorded ticks, best lag by search. `during` runs while
 * the arm follows; `afterMove` runs with the client still streaming (for the kill).
 */
async function followRecorded(
  a: Agent,
  clients: TestClient[],
  during: () => Promise<void>,
  afterMove?: (c: TestClient) => Promise<void>,
): Promise<{ figures: FollowFigures; rec: Recording; moveStartAgentNs: number; exit: AgentExit }> {
  const c = await surgeon(a, clients);
  await waitFor('telemetry', () => c.telemetry);
  const tool0 = fromWire(c.telemetry!.measured_cp!);
  const rec0 = sampleAt(0);
  const masterPose = (s: number): { p: V3; q: Q } => {
    const r = sampleAt(s);
    return { p: r.p, q: qNormalize(qMul(qMul(r.q, qConj(rec0.q)), tool0.q)) };
  };
  expect((await c.command('REQUEST_CONTROL')).ok).toBe(true);
  const s = stream(c, 200, (t) => masterPose(Math.max(0, Math.min(MOVE_S, t - HOLD_S))));
  await sleep(600);
  const engage = await c.command('ENGAGE');
  expect(engage.ok, `${engage.reason} (events: ${c.events.map((x) => `${x.code}: ${x.message}`).join(' | ')})`).toBe(true);
  await waitFor('FOLLOWING', () => STATE(c.telemetry?.state) === 'FOLLOWING', 2000);
  await Promise.all([during(), sleep((HOLD_S - 0.6) * 1000 + MOVE_S * 1000 + 300)]);
  expect(STATE(c.telemetry?.state), c.events.map((x) => `${x.code}: ${x.message}`).join(' | ')).toBe('FOLLOWING');
  if (afterMove) await afterMove(c);
  s.stop();
  await c.close();
  const exit = await a.close('test done');
  const rec = await readRecording(a.recordingPath!);

  const clientToAgentNs = Number(clientOriginHrNs - a.clock.originHrNs);
  const moveStartAgentNs = s.sent[0]!.captureNs + clientToAgentNs + HOLD_S * 1e9;
  const ticks = rec.ticks.filter((t) => t.msg.time_ns > moveStartAgentNs + 1e9 && t.msg.time_ns < moveStartAgentNs + MOVE_S * 1e9);
  expect(new Set(ticks.map((t) => STATE(t.msg.state)))).toEqual(new Set(['FOLLOWING']));
  const fit = followErrorAfterBestLag(ticks, s.sent, clientToAgentNs, 0.2);
  const best = { lagMs: fit.lagMs, rms: fit.rmsM };
  const res = fit.sortedM;
  return {
    figures: {
      rmsMm: best.rms * 1e3,
      p99Mm: res[Math.floor(res.length * 0.99)]! * 1e3,
      maxMm: res[res.length - 1]! * 1e3,
      lagMs: best.lagMs,
      ticks: ticks.length,
    },
    rec,
    moveStartAgentNs,
    exit,
  };
}

const configDirs: string[] = [];
function configFile(content: unknown): string {
  const dir = tempDir('ros-cfg');
  configDirs.push(dir);
  const file = join(dir, 'farhand.json');
  writeFileSync(file, JSON.stringify(content));
  return file;
}

const LOOP_LOG = join(tmpdir(), `farhand-ros-loop-${process.pid}.log`);

function rosConfigFile(core: Roscore, arm: string, baseMatrix: number[] | null, maxMeasurementAgeS = 0.05): string {
  const ros: Record<string, unknown> = { masterUri: core.uri, arm, maxMeasurementAgeS, commandRateHz: 100 };
  if (baseMatrix) ros['baseFrame'] = { matrix: baseMatrix };
  // The ROS driver logs from the loop thread; keep those lines out of the test output.
  return configFile({ driver: 'ros', ros, logFile: LOOP_LOG });
}

describe.skipIf(skip)('agent + ROS driver + sim-on-ROS through a real roscore', () => {
  let core: Roscore;
  let bundle: { file: string; cleanup: () => void };
  const procs: GroupProcess[] = [];
  const clients: TestClient[] = [];
  let agent: Agent | null = null;
  let scripted: ScriptedArm | null = null;

  beforeAll(async () => {
    if (!rosAvailable()) {
      throw new Error('ROS 1 tools not found (roscore, rostopic, rosbag): apt-get install ros-core (see .ci/run), or FARHAND_SKIP_ROS=1');
    }
    [core, bundle] = await Promise.all([startRoscore(), bundleSimRosCli()]);
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) await c.close();
    if (agent) await agent.close('test done').catch(() => undefined);
    agent = null;
    await scripted?.close();
    scripted = null;
    for (const p of procs.splice(0)) await p.stop('SIGKILL', 500);
  });
  afterAll(async () => {
    await core?.stop();
    bundle?.cleanup();
    for (const d of configDirs.splice(0)) rmSync(d, { recursive: true, force: true });
    rmSync(LOOP_LOG, { force: true });
  });

  it('an unreachable master or an absent arm: the agent does not start, and says what is missing', async () => {
    const dead = `http://127.0.0.1:${(await import('./ros-helpers.js').then((m) => m.freePort()))}`;
    const file = configFile({ driver: 'ros', ros: { masterUri: dead, arm: 'PSM1' } });
    await expect(startTestAgent(['--config', file])).rejects.toThrow(new RegExp(`cannot reach the ROS master at ${dead}`));
    await expect(startTestAgent(['--config', rosConfigFile(core, 'PSM9', null)])).rejects.toThrow(
      /\/PSM9\/measured_js is not published; .*nobody subscribes to \/PSM9\/servo_cp/,
    );
  }, 60_000);

  it('follows the recorded trajectory as with the sim driver; rostopic sees servo_cp; killing sim-ros faults within the age and the core holds', async () => {
    // (1) The direct sim driver: the baseline figure.
    agent = (await startTestAgent()).agent;
    const direct = await followRecorded(agent, clients, async () => undefined);
    agent = null;
    expect(direct.exit.disabled).toBe(true);

    // (2) The same through ROS, with the real PSM1 base frame on both sides.
    const sim = await startSimRosProcess(bundle.file, core, ['--arm', 'PSM1', '--base-frame', JSON.stringify({ reference_frame: 'ECM', matrix: PSM1_BASE_MATRIX })]);
    procs.push(sim);
    // maxMeasurementAgeS 0.1, not the default 0.05: on a loaded 2-core CI machine a separate sim-ros process is
    // sometimes descheduled for more than 50 ms (measured here: 69 ms at load 6), which is a real stale fault
    // but not what this test is about. The kill must still fault within the configured age.
    const MAX_AGE_S = 0.1;
    agent = (await startTestAgent(['--config', rosConfigFile(core, 'PSM1', PSM1_BASE_MATRIX, MAX_AGE_S)])).agent;
    expect(agent.config.driver).toBe('ros');
    let echo: { code: number | null; out: string } | null = null;
    let killAgentNs = NaN;
    const a = agent;
    const viaRos = await followRecorded(
      a,
      clients,
      async () => {
        // Started as soon as the arm follows: rostopic's (python) start-up then overlaps the hold before the
        // motion and the first second of motion, which the figures leave out.
        echo = await runRosTool('rostopic', ['echo', '-n', '1', '/PSM1/servo_cp'], core.env, 15_000);
      },
      async (c) => {
        // Mid-motion: the client keeps streaming, the arm keeps following... and sim-ros dies.
        await sleep(300);
        killAgentNs = a.clock.nowNs();
        process.kill(-sim.pgid, 'SIGKILL');
        await waitFor('FAULT', () => STATE(c.telemetry?.state) === 'FAULT', 2000);
        await sleep(500);
      },
    );
    agent = null;
    // The arm is gone: the agent cannot confirm the disable, and says so instead of claiming it.
    expect(viaRos.exit.disabled).toBe(false);
    console.log(
      `recorded trajectory, tip error after the lag: sim driver rms ${direct.figures.rmsMm.toFixed(3)} mm, p99 ${direct.figures.p99Mm.toFixed(3)} mm, ` +
        `max ${direct.figures.maxMm.toFixed(3)} mm, lag ${direct.figures.lagMs} ms | ROS driver rms ${viaRos.figures.rmsMm.toFixed(3)} mm, ` +
        `p99 ${viaRos.figures.p99Mm.toFixed(3)} mm, max ${viaRos.figures.maxMm.toFixed(3)} mm, lag ${viaRos.figures.lagMs} ms`,
    );
    // Same tolerance as the direct-sim test (agent-session.test.ts): max < 5 mm, p99 < 2 mm.
    for (const f of [direct.figures, viaRos.figures]) {
      expect(f.ticks).toBeGreaterThan(5000);
      expect(f.maxMm).toBeLessThan(5);
      expect(f.p99Mm).toBeLessThan(2);
      expect(f.lagMs).toBeLessThan(200);
    }

    // rostopic echo: a valid PoseStamped in the ECM frame, a unit quaternion.
    const e = echo as { code: number | null; out: string } | null;
    expect(e?.code).toBe(0);
    expect(e!.out).toMatch(/frame_id: "ECM"/);
    const num = (k: string, part: string) => Number(new RegExp(`\\b${k}: (-?[0-9.e+-]+)`).exec(part)![1]);
    const orient = e!.out.split('orientation:')[1]!;
    expect(Math.hypot(num('x', orient), num('y', orient), num('z', orient), num('w', orient))).toBeCloseTo(1, 6);

    // The kill: the first faulted tick comes within the configured age plus one tick of the kill,
    // with the driver's reason; from then on the core holds (no tick moves the setpoint but the braking).
    const after = viaRos.rec.ticks.filter((t) => t.msg.time_ns >= killAgentNs);
    const firstFault = after.find((t) => STATE(t.msg.state) === 'FAULT')!;
    expect(firstFault).toBeDefined();
    const detectMs = (firstFault.msg.time_ns - killAgentNs) / 1e6;
    const faultEvent = viaRos.rec.events.find((ev) => ev.msg.code === 'ARM_FAULT' && ev.msg.agent_time_ns >= killAgentNs);
    console.log(`sim-ros SIGKILL -> supervisor FAULT after ${detectMs.toFixed(1)} ms: ${faultEvent?.msg.message}`);
    expect(detectMs).toBeLessThanOrEqual(MAX_AGE_S * 1e3 + 1);
    expect(faultEvent?.msg.message).toMatch(/ARM_CONNECTION_LOST: |ARM_MEASUREMENT_STALE: /);
    const stopNs = (a.config.core.limits.stopTimeS + 0.01) * 1e9;
    const held = after.filter((t) => t.msg.time_ns > firstFault.msg.time_ns + stopNs);
    expect(held.length).toBeGreaterThan(100);
    const p0 = held[0]!.msg.setpoint_cp.position;
    for (const t of held) {
      expect(STATE(t.msg.state)).toBe('FAULT');
      expect(t.msg.setpoint_cp.position).toEqual(p0);
    }
  }, 90_000);

  it('bad ROS input: NaN, wrong length, FAULT, a wrong-type publisher each fault the supervisor with the reason; only the hold goes out', async () => {
    scripted = await startScriptedArm({ masterUri: core.uri, arm: 'PSM2', measured: true, follow: true });
    const arm = scripted;
    // The scripted arm publishes from this (busy) test process: a generous age keeps a late timer here from
    // faulting first (staleness has its own tests); each case must fault for its own reason.
    agent = (await startTestAgent(['--config', rosConfigFile(core, 'PSM2', null, 0.3)])).agent;
    const a = agent;
    const c = await surgeon(a, clients);
    await waitFor('telemetry', () => c.telemetry);
    const tool0 = fromWire(c.telemetry!.measured_cp!);
    expect((await c.command('REQUEST_CONTROL')).ok).toBe(true);
    // A small slow circle (1 cm at the master, 2 mm at the tool): the arm is moving when the input goes bad.
    const s = stream(c, 200, (t) => {
      const w = 2 * Math.PI * 0.5 * t;
      return { p: [0.01 * Math.sin(w), 0.01 * (1 - Math.cos(w)), 0], q: tool0.q };
    });
    await sleep(600);

    const cases: Array<{ name: string; inject: () => Promise<GroupProcess | null>; heal: (g: GroupProcess | null) => Promise<void>; reason: RegExp }> = [
      {
        name: 'NaN joint',
        inject: async () => ((arm.js = [0, 0, NaN, 0, 0, 0]), null),
        heal: async () => void (arm.js = [0, 0, 0.12, 0, 0, 0]),
        reason: /ARM_BAD_MESSAGE: \/PSM2\/measured_js: position\[2\] is NaN, expected a finite number/,
      },
      {
        name: 'wrong length',
        inject: async () => ((arm.js = [0, 0, 0.12, 0, 0]), null),
        heal: async () => void (arm.js = [0, 0, 0.12, 0, 0, 0]),
        reason: /ARM_BAD_MESSAGE: \/PSM2\/measured_js: position has 5 values, expected 6/,
      },
      {
        name: 'FAULT state',
        inject: async () => (await arm.setState('FAULT'), null),
        heal: async () => arm.setState('ENABLED'),
        reason: /ARM_REPORTED_FAULT: ros:PSM2: the arm reports operating_state FAULT/,
      },
      {
        name: 'wrong type',
        inject: async () => spawnGroup('rostopic', ['pub', '-r', '20', '/PSM2/measured_cp', 'std_msgs/String', 'data: hello'], core.env),
        heal: async (g) => g?.stop('SIGINT', 3000),
        reason: /ARM_BAD_MESSAGE: \/PSM2\/measured_cp: \/rostopic_\d+_\d+ publishes std_msgs\/String, accepted: geometry_msgs\/PoseStamped/,
      },
    ];
    for (const k of cases) {
      const engage = await c.command('ENGAGE');
      expect(engage.ok, `${k.name}: ${engage.reason} (events: ${c.events.map((x) => `${x.code}: ${x.message}`).join(' | ')})`).toBe(true);
      await waitFor(`${k.name}: FOLLOWING`, () => STATE(c.telemetry?.state) === 'FOLLOWING', 3000);
      await sleep(700);
      const eventsBefore = c.events.length;
      const g = await k.inject();
      await waitFor(`${k.name}: FAULT`, () => STATE(c.telemetry?.state) === 'FAULT', 10_000);
      const faultSeenMs = Date.now();
      const ev = await waitFor(`${k.name}: ARM_FAULT event`, () => c.events.slice(eventsBefore).find((x) => x.code === 'ARM_FAULT'), 2000).catch((e: Error) => {
        throw new Error(`${e.message}; events: ${c.events.map((x) => `${x.code}: ${x.message}`).join(' | ')}`);
      });
      expect(ev?.message, k.name).toMatch(k.reason);
      // Nothing but the hold reaches the arm: once the braking time has passed, every servo_cp is the same pose.
      const brakeMs = (a.config.core.limits.stopTimeS + 0.05) * 1000;
      await sleep(brakeMs + 400);
      const heldCmds = arm.received.filter((m) => m.topic === 'servo_cp' && m.atMs > faultSeenMs + brakeMs);
      // An arm that reports FAULT gets no servo command at all (a dVRK ignores them); the others get the hold.
      if (k.name === 'FAULT state') expect(heldCmds, k.name).toEqual([]);
      else expect(heldCmds.length, k.name).toBeGreaterThan(10);
      const p0 = heldCmds[0]?.msg.pose.position;
      for (const m of heldCmds) expect(m.msg.pose.position, k.name).toEqual(p0);
      // Heal, reset, and go again.
      await k.heal(g);
      // The driver clears its fault once a valid message has followed: reset is refused (ARM_STILL_FAULTED) until then.
      for (let i = 0; ; i++) {
        const ack = await c.command('RESET_FAULT');
        if (ack.ok) break;
        if (i >= 50) throw new Error(`${k.name}: RESET_FAULT still refused: ${ack.reason}`);
        await sleep(200);
      }
      await waitFor(`${k.name}: out of FAULT`, () => STATE(c.telemetry?.state) !== 'FAULT', 3000);
    }
    s.stop();
  }, 120_000);
});
