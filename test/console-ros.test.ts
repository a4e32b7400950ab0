// `farhand console-ros` (the dVRK master console as a Farhand input) through a real roscore, with simulated
// MTMs (SimMtm: MTML/MTMR measured_cp from joint trajectories through the dVRK MTM kinematics, grippers,
// pedals as Joy events):
// (a) against a small agent in this file that speaks the real protocol (Welcome.arms PSM1, PSM2, ECM) and
//     checks every message: two-hand frames at >= 100 Hz whose poses are the published MTM poses in the
//     console frame, camera/clutch/operator_present following the pedals, ENGAGE/DISENGAGE on the dead-man,
//     a stale MTM -> operator_present false past the 50 ms limit (counted from receipt), bad ROS messages
//     refused with their reason, a second MTM publisher -> operator absent;
// (b) against the real one-armed agent: single-hand frames from MTMR, the PSM follows after ENGAGE.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pino, type Logger } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import { decodeEnvelope, encodeEnvelope, farhand, validateClockProbe, validateCommand, validateHello, validateMotionFrame, type EnvelopeInit } from '@farhand/protocol';
import { ConsoleRos, type ConsoleRosOptions } from '../packages/ros/src/console-ros/console-ros.js';
import { ConsoleFrame } from '../packages/ros/src/console-ros/console-frame.js';
import { DEFAULT_GRIPPER, DEFAULT_PEDAL_TOPICS, gripFromAngle, type MtmSide, type PedalName } from '../packages/ros/src/console-ros/inputs.js';
import { SimMtm, type PublishedPose } from '../packages/ros/src/sim-ros/sim-mtm.js';
import { monotonicNs } from '../packages/ros/src/driver/clock.js';
import { LogSink, TestClient, startTestAgent, waitFor } from './agent-helpers.js';
import { bundleCli, rosAvailable, sleep, startRoscore, type Roscore } from './ros-helpers.js';

const pb = farhand.v1;
const skip = process.env['FARHAND_SKIP_ROS'] === '1';
const TOKEN = 'console-ros-test-token';
const MS = 1e6;

interface Received {
  atNs: number;
  frame: farhand.v1.MotionFrame;
}

/** A small agent speaking the real protocol: validates everything, records frames and commands. */
async function fakeAgent(): Promise<{
  url: string;
  frames: Received[];
  commands: { atNs: number; type: string }[];
  refused: string[];
  hellos: farhand.v1.Hello[];
  probeReplies: number;
  close: () => Promise<void>;
}> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, path: '/ws' });
  await new Promise<void>((r) => wss.once('listening', () => r()));
  const out = { frames: [] as Received[], commands: [] as { atNs: number; type: string }[], refused: [] as string[], hellos: [] as farhand.v1.Hello[], probeReplies: 0 };
  const armIds = [0, 1, 2];
  wss.on('connection', (ws: WebSocket) => {
    const send = (e: EnvelopeInit): void => ws.send(encodeEnvelope(e));
    let welcomed = false;
    let state = pb.SupervisorState.IDLE;
    const telemetry = setInterval(
      () => send({ telemetry: { agent_time_ns: monotonicNs(), state, controller_session_id: 's-fake', link: { playout_delay_s: 0.02 } } }),
      20,
    );
    ws.on('close', () => clearInterval(telemetry));
    ws.on('message', (data: Buffer) => {
      const atNs = monotonicNs();
      const d = decodeEnvelope(data);
      if (!d.ok) return void out.refused.push(`${d.error.code}: ${d.error.message}`);
      if (!welcomed) {
        const h = d.kind === 'hello' ? validateHello(d.message) : null;
        if (!h || !h.ok || h.hello.token !== TOKEN || h.hello.role !== 'SURGEON') {
          out.refused.push(`bad hello: ${h && !h.ok ? h.message : 'wrong token or role'}`);
          ws.close(1008);
          return;
        }
        out.hellos.push(d.message as farhand.v1.Hello);
        welcomed = true;
        send({
          welcome: {
            session_id: 's-fake', agent_version: '0.0.0', protocol_major: 1, protocol_minor: 1, role: pb.Role.SURGEON, arm_ids: armIds,
            agent_time_ns: atNs, control_rate_hz: 1000, telemetry_rate_hz: 50, limits: { max_frame_rate_hz: 1000 },
            arms: [
              { arm_id: 0, name: 'PSM1', kind: pb.ArmKind.INSTRUMENT },
              { arm_id: 1, name: 'PSM2', kind: pb.ArmKind.INSTRUMENT },
              { arm_id: 2, name: 'ECM', kind: pb.ArmKind.CAMERA },
            ],
          },
        });
        send({ clock: { id: 7, t0_ns: monotonicNs() } });
        return;
      }
      if (d.kind === 'clock') {
        const c = validateClockProbe(d.message);
        if (!c.ok || !c.probe.reply || c.probe.id !== 7) return void out.refused.push(`bad probe reply ${c.ok ? c.probe.id : c.message}`);
        out.probeReplies += 1;
      } else if (d.kind === 'command') {
        const c = validateCommand(d.message, { armIds });
        if (!c.ok) return void out.refused.push(c.message);
        out.commands.push({ atNs, type: c.command.type });
        if (c.command.type === 'ENGAGE') state = pb.SupervisorState.FOLLOWING;
        if (c.command.type === 'DISENGAGE') state = pb.SupervisorState.IDLE;
        send({ ack: { id: c.command.id, ok: true, type: pb.CommandType[c.command.type] } });
      } else if (d.kind === 'motion') {
        const m = d.message;
        const problem = checkTwoHandFrame(m, armIds);
        if (problem) out.refused.push(problem);
        else out.frames.push({ atNs, frame: m });
      } else out.refused.push(`unexpected ${d.kind}`);
    });
  });
  const port = (wss.address() as AddressInfo).port;
  return {
    url: `ws://127.0.0.1:${port}/ws`,
    ...out,
    get probeReplies() {
      return out.probeReplies;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const c of wss.clients) c.terminate();
        wss.close(() => resolve());
      }),
  };
}

/** The protocol 1.1 rules for a two-hand frame (the agent's multi-arm side is built elsewhere). */
function checkTwoHandFrame(m: farhand.v1.MotionFrame, armIds: number[]): string | null {
  if (m.position != null || m.orientation != null || m.arm_id !== 0 || m.grip !== 0 || m.clutch) return 'single-hand fields set in a two-hand frame';
  if (m.hands.length !== 2) return `${m.hands.length} hands`;
  const seen = new Set<number>();
  for (const h of m.hands) {
    const armId = h.arm_id ?? 0;
    if (!armIds.includes(armId) || seen.has(armId)) return `hand arm_id ${armId}`;
    seen.add(armId);
    // The per-hand checks are the single-hand validator's: run it on each hand as a frame.
    const v = validateMotionFrame({ arm_id: h.arm_id, seq: m.seq, capture_time_ns: m.capture_time_ns, position: h.position, orientation: h.orientation, grip: h.grip, clutch: h.clutch, operator_present: m.operator_present }, { armIds });
    if (!v.ok) return v.message;
  }
  return null;
}

function logSink(): { sink: LogSink; logger: Logger } {
  const sink = new LogSink();
  return { sink, logger: pino({ level: 'info' }, sink) as Logger };
}

function options(core: Roscore, url: string, token: string, logger: Logger): ConsoleRosOptions {
  return {
    masterUri: core.uri,
    agentUrl: url,
    token,
    hand: 'MTMR',
    rateHz: 125,
    maxInputAgeS: 0.05,
    pedalTopics: DEFAULT_PEDAL_TOPICS,
    consoleFrameId: 'HRSV',
    baseFrames: {},
    gripper: DEFAULT_GRIPPER,
    engageAfterS: 0.1,
    clientName: 'console-ros-test',
    hostname: '127.0.0.1',
    logger,
    reconnect: false,
  };
}

async function pedalsConnected(sim: SimMtm): Promise<void> {
  await waitFor('the console to subscribe to the pedals and MTMs', () =>
    (['clutch', 'camera', 'coag', 'operatorPresent'] as PedalName[]).every((p) => sim.pedalSubscribers(p) > 0) && sim.mtmSubscribers('MTML') > 0 && sim.mtmSubscribers('MTMR') > 0,
    10_000, 20);
}

const frameConsole = new ConsoleFrame({ consoleFrameId: 'HRSV' });

/** The published pose (in the console frame) a hand pose came from: the newest published before capture whose pose matches. */
function matchPublished(history: readonly PublishedPose[], side: MtmSide, h: farhand.v1.Hand.$Properties, captureNs: number): { ageNs: number } | null {
  for (let i = history.length - 1; i >= 0; i--) {
    const e = history[i]!;
    if (e.atNs > captureNs) continue;
    if (captureNs - e.atNs > 100 * MS) return null;
    const c = frameConsole.toConsole(side, { pose: e.pose, frameId: `${side}_base` });
    if (!c.ok) return null;
    const p = c.value.position;
    const q = c.value.orientation;
    const hp = h.position!;
    const hq = h.orientation!;
    const dp = Math.hypot(p[0] - (hp.x ?? 0), p[1] - (hp.y ?? 0), p[2] - (hp.z ?? 0));
    const dot = Math.abs(q[0] * (hq.x ?? 0) + q[1] * (hq.y ?? 0) + q[2] * (hq.z ?? 0) + q[3] * (hq.w ?? 0));
    const grip = gripFromAngle(e.gripperRad, DEFAULT_GRIPPER);
    if (dp < 1e-6 && dot > 1 - 1e-6 && Math.abs(grip - (h.grip ?? 0)) < 1e-6) return { ageNs: captureNs - e.atNs };
  }
  return null;
}

const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};


// ------------------------------------------------------------------------------------------------
// The CLIs as processes, bundled from the sources with esbuild (as test/ros-helpers.ts does for sim-ros):
// the test never runs a stale dist/.

const ROOT = new URL('../', import.meta.url).pathname;


interface Child {
  output(): string;
  /** The JSON log lines (pino) so far. */
  logs(): Record<string, unknown>[];
  exited(): boolean;
  send(line: string): void;
  stop(): Promise<void>;
}

const liveChildren = new Set<ChildProcess>();
process.on('exit', () => {
  for (const c of liveChildren) c.kill('SIGKILL'); // a test that timed out leaves nothing running
});

/** A child we started (stdin piped for commands); stop() signals it by its pid, SIGKILL after 3 s. */
function startChild(file: string, args: string[], env: NodeJS.ProcessEnv): Child {
  const child = spawn(process.execPath, [file, ...args], { env, cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  liveChildren.add(child);
  child.on('exit', () => liveChildren.delete(child));
  let out = '';
  let done = false;
  child.stdout.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr.on('data', (b: Buffer) => (out += b.toString()));
  const exited = new Promise<void>((resolve) => child.on('exit', () => ((done = true), resolve())));
  return {
    output: () => out,
    logs: () =>
      out.split('\n').flatMap((l) => {
        if (!l.startsWith('{')) return [];
        try {
          return [JSON.parse(l) as Record<string, unknown>];
        } catch {
          return [];
        }
      }),
    exited: () => done,
    send: (line) => void child.stdin.write(`${line}\n`),
    async stop() {
      if (done) return;
      child.kill('SIGINT');
      const t = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(t);
    },
  };
}


describe.skipIf(skip)('console-ros: a dVRK master console on ROS 1 as a Farhand surgeon console', () => {
  let core: Roscore;
  let sim: SimMtm;
  let bundleDir = '';
  const bundles = { simMtm: '', consoleRos: '' };

  beforeAll(async () => {
    if (!rosAvailable()) {
      throw new Error('ROS 1 tools not found (roscore, rostopic, rosbag): apt-get install ros-core (see .ci/run), or FARHAND_SKIP_ROS=1');
    }
    mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true });
    bundleDir = mkdtempSync(join(ROOT, 'node_modules/.cache', 'farhand-console-ros-test-'));
    [core, bundles.simMtm, bundles.consoleRos] = await Promise.all([
      startRoscore(),
      bundleCli('packages/ros/src/sim-ros/sim-mtm-cli.ts', 'sim-mtm', bundleDir),
      bundleCli('packages/ros/src/console-ros/console-ros-cli.ts', 'console-ros', bundleDir),
    ]);
    sim = new SimMtm({ masterUri: core.uri, rateHz: 100, hostname: '127.0.0.1' });
    await sim.start();
  }, 30_000);
  afterAll(async () => {
    await sim?.stop();
    await core?.stop();
    if (bundleDir) rmSync(bundleDir, { recursive: true, force: true });
  });

  it('(a) two hands at >= 100 Hz with the MTM poses in the console frame; pedals, dead-man, stale and bad input', async () => {
    const agent = await fakeAgent();
    const { sink, logger } = logSink();
    const app = new ConsoleRos(options(core, agent.url, TOKEN, logger));
    try {
      await app.start();
      await pedalsConnected(sim);
      await waitFor('frames', () => agent.frames.length > 20, 5000);
      expect(agent.hellos[0]!.master_kind).toBe(pb.MasterKind.UNACTUATED);
      expect(agent.hellos[0]!.protocol_minor).toBe(1);
      expect(agent.commands[0]!.type).toBe('REQUEST_CONTROL');
      expect(agent.probeReplies).toBe(1);

      // Rate and poses, dead-man not held: every frame says operator absent.
      const from = agent.frames.length;
      await sleep(1500);
      const window = agent.frames.slice(from);
      const spanS = (window[window.length - 1]!.atNs - window[0]!.atNs) / 1e9;
      const rateHz = (window.length - 1) / spanS;
      const gaps = window.slice(1).map((f, i) => (f.atNs - window[i]!.atNs) / MS);
      expect(rateHz).toBeGreaterThanOrEqual(100);
      expect(window.every((f) => !f.frame.operator_present && !f.frame.camera)).toBe(true);
      for (let i = 1; i < window.length; i++) expect(Number(window[i]!.frame.seq)).toBe(Number(window[i - 1]!.frame.seq) + 1);
      const ages: number[] = [];
      let unmatched = 0;
      for (const f of window) {
        const byArm = new Map(f.frame.hands.map((h) => [h.arm_id, h]));
        for (const [side, arm] of [['MTMR', 0], ['MTML', 1]] as const) {
          const m = matchPublished(sim.history(side), side, byArm.get(arm)!, Number(f.frame.capture_time_ns));
          if (m === null) unmatched += 1;
          else ages.push(m.ageNs / MS);
        }
      }
      expect(unmatched).toBe(0);
      console.log(`console-ros (a): ${window.length} frames in ${spanS.toFixed(2)} s = ${rateHz.toFixed(1)} Hz; gap p50 ${quantile(gaps, 0.5).toFixed(2)} ms, p99 ${quantile(gaps, 0.99).toFixed(2)} ms, max ${Math.max(...gaps).toFixed(2)} ms; pose age at capture p50 ${quantile(ages, 0.5).toFixed(2)} ms, max ${Math.max(...ages).toFixed(2)} ms`);

      // Dead-man down: operator_present at once, ENGAGE after the streaming delay.
      const pressNs = monotonicNs();
      sim.setPedal('operatorPresent', true);
      await waitFor('ENGAGE', () => agent.commands.find((c) => c.type === 'ENGAGE'), 3000);
      const firstPresent = agent.frames.find((f) => f.atNs > pressNs && f.frame.operator_present)!;
      const engage = agent.commands.find((c) => c.type === 'ENGAGE')!;
      // The console streams operator_present for --engage-after-s (0.1 s here) before ENGAGE (both on its clock).
      expect(engage.atNs - Number(firstPresent.frame.capture_time_ns)).toBeGreaterThanOrEqual(0.1e9);
      const presentLatencyMs = (firstPresent.atNs - pressNs) / MS;

      // Clutch and camera pedals follow, for both hands.
      sim.setPedal('clutch', true);
      await waitFor('clutch in frames', () => agent.frames[agent.frames.length - 1]!.frame.hands.every((h) => h.clutch), 1000);
      sim.setPedal('clutch', false);
      await waitFor('clutch released', () => agent.frames[agent.frames.length - 1]!.frame.hands.every((h) => !h.clutch), 1000);
      sim.setPedal('camera', true);
      await waitFor('camera in frames', () => agent.frames[agent.frames.length - 1]!.frame.camera, 1000);
      sim.setPedal('camera', false);
      await waitFor('camera released', () => !agent.frames[agent.frames.length - 1]!.frame.camera, 1000);
      await waitFor('present', () => agent.frames[agent.frames.length - 1]!.frame.operator_present, 1000);

      // A stale MTM: operator_present false within the limit; frames keep coming; no DISENGAGE; back when fresh.
      sim.paused.MTML = true;
      const lastMtmlNs = sim.history('MTML')[sim.history('MTML').length - 1]!.atNs;
      const staleFrom = agent.frames.length;
      await waitFor('operator_present false on a stale MTML', () => agent.frames.slice(staleFrom).find((f) => !f.frame.operator_present), 1000);
      const firstAbsent = agent.frames.slice(staleFrom).find((f) => !f.frame.operator_present)!;
      const staleDetectMs = (Number(firstAbsent.frame.capture_time_ns) - lastMtmlNs) / MS;
      // Present up to the 50 ms limit (counted from receipt, which is after publication), none after it plus
      // a transport allowance.
      for (const f of agent.frames.slice(staleFrom)) {
        if (Number(f.frame.capture_time_ns) - lastMtmlNs > 75 * MS) expect(f.frame.operator_present).toBe(false);
      }
      const countBefore = agent.frames.length;
      await sleep(300);
      expect(agent.frames.length - countBefore).toBeGreaterThanOrEqual(15); // the stream goes on (37 at 125 Hz)
      expect(agent.frames.slice(countBefore).every((f) => !f.frame.operator_present)).toBe(true);
      expect(agent.commands.filter((c) => c.type === 'DISENGAGE')).toHaveLength(0);
      sim.paused.MTML = false;
      await waitFor('present again', () => agent.frames[agent.frames.length - 1]!.frame.operator_present, 1000);
      expect(sink.lines.some((l) => l['code'] === 'MTM_STALE' && l['side'] === 'MTML')).toBe(true);

      // Bad ROS input: refused with its reason, never becomes a pose (the hand goes stale: operator absent).
      for (const [kind, re] of [['nan', /position\.x is NaN/], ['non-unit', /unit quaternion/], ['wrong-frame', /frame_id is "world"; accepted: "MTMR_base"/]] as const) {
        const from2 = agent.frames.length;
        sim.corrupt = { side: 'MTMR', kind };
        await waitFor(`operator absent on ${kind}`, () => agent.frames.slice(from2).some((f) => !f.frame.operator_present), 1000);
        // Refusals are logged at most once a second per topic.
        await waitFor(`a log line for ${kind}`, () => sink.lines.some((l) => l['code'] === 'MTM_BAD_MESSAGE' && re.test(String(l['reason']))), 2500);
        sim.corrupt = null;
        await waitFor('present again', () => agent.frames[agent.frames.length - 1]!.frame.operator_present, 1000);
      }

      // A second node publishing the MTMs (a forgotten bag player): the hands are not used while it lives.
      const second = new SimMtm({ masterUri: core.uri, rateHz: 100, hostname: '127.0.0.1' });
      await second.start();
      try {
        await waitFor('MTM_MULTIPLE_PUBLISHERS', () => sink.lines.some((l) => l['code'] === 'MTM_MULTIPLE_PUBLISHERS'), 5000);
        const from3 = agent.frames.length;
        await sleep(100);
        expect(agent.frames.slice(from3).every((f) => !f.frame.operator_present)).toBe(true);
      } finally {
        await second.stop();
      }
      await waitFor('present again with one publisher', () => agent.frames[agent.frames.length - 1]!.frame.operator_present, 3000);

      // Dead-man up: DISENGAGE, operator absent.
      sim.setPedal('operatorPresent', false);
      const disengage = await waitFor('DISENGAGE', () => agent.commands.find((c) => c.type === 'DISENGAGE'), 1000);
      await sleep(50);
      // The tick that sends DISENGAGE sends operator absent first, and every frame after it.
      const after = agent.frames.filter((f) => f.atNs >= disengage.atNs);
      expect(after.length).toBeGreaterThan(0);
      expect(after.every((f) => !f.frame.operator_present)).toBe(true);
      console.log(`console-ros (a): dead-man -> operator_present ${presentLatencyMs.toFixed(1)} ms, -> ENGAGE ${((engage.atNs - pressNs) / MS).toFixed(0)} ms; MTML silent -> operator_present false after ${staleDetectMs.toFixed(1)} ms (limit 50 ms)`);
      expect(agent.refused).toEqual([]);
    } finally {
      await app.stop();
      await agent.close();
    }
    expect(agent.commands.map((c) => c.type)).toEqual(['REQUEST_CONTROL', 'ENGAGE', 'DISENGAGE', 'RELEASE_CONTROL']);
  }, 40_000);

  it('(b) the real one-armed agent: single-hand frames from MTMR, the PSM follows after ENGAGE', async () => {
    // The console tool and the MTMs as their own processes (as they run for real: the MTMs on the dVRK PC),
    // so that this process's work (the agent's sockets, the test) cannot make the MTM input look stale.
    await sim.stop(); // one publisher per MTM topic: the child below takes over
    const t0 = Date.now();
    const step = (what: string): void => void steps.push(`${what} +${Date.now() - t0} ms`);
    const steps: string[] = [];
    // The MTMs start while the agent does (each takes seconds on a loaded machine).
    // --pedal-repeat: the pedal state also every 20 ms, so that the press below reaches the console even if
    // its connection to the pedal publisher is still being set up (the master lists a subscriber first).
    const simProc = startChild(bundles.simMtm, ['--ros-master', core.uri, '--host', '127.0.0.1', '--rate', '100', '--pedal-repeat', '50'], core.env);
    const { agent } = await startTestAgent().catch(async (err: unknown) => {
      await simProc.stop();
      throw err;
    });
    step('agent up');
    let consoleProc: Child | null = null;
    const observer = await TestClient.connect(agent.urls.ws, { role: 'OBSERVER', token: agent.tokens.observer, name: 'bedside' });
    try {
      await waitFor('sim-mtm to start', () => simProc.output().includes('commands on stdin') || simProc.exited(), 20_000, 20);
      expect(simProc.exited(), simProc.output()).toBe(false);
      step('sim-mtm up');
      consoleProc = startChild(bundles.consoleRos, ['--ros-master', core.uri, '--host', '127.0.0.1', '--to', agent.urls.ws, `--token=${agent.tokens.surgeon}`, '--no-reconnect'], core.env);
      await waitFor('control', () => observer.telemetry?.controller_session_id || consoleProc!.exited(), 20_000).catch((err: Error) => {
        throw new Error(`${err.message}\nconsole-ros: ${consoleProc!.output().slice(-3000)}`);
      });
      expect(consoleProc.exited(), consoleProc.output()).toBe(false);
      step('console-ros has control');
      const connected = consoleProc.logs().find((l) => l['code'] === 'CONNECTED');
      expect(String(connected?.['plan'])).toMatch(/^single-hand frames from MTMR for arm 0$/);
      simProc.send('press operator-present');
      await waitFor('FOLLOWING', () => observer.telemetry?.state === pb.SupervisorState.FOLLOWING, 10_000).catch((err: Error) => {
        throw new Error(`${err.message}: state ${observer.telemetry?.state} ${observer.telemetry?.reason}; events ${observer.events.map((e) => e.code).join(', ')}\nconsole-ros: ${consoleProc!.output().slice(-3000)}\nsim-mtm: ${simProc.output().slice(-1000)}`);
      });
      expect(observer.telemetry!.master_kind).toBe(pb.MasterKind.UNACTUATED);
      step('FOLLOWING');
      // Telemetry while following, in runs: a hold (this machine's other work can stall a process past the
      // 50 ms input limit) ends a run, and following resumes from a re-anchored pose, so each run is fitted alone.
      const runs: { tNs: number; m: number[]; s: number[]; ms: number[] }[][] = [[]];
      const holds: string[] = [];
      let samplesAll = 0;
      const until = Date.now() + 3000;
      let last = observer.telemetryCount;
      while (Date.now() < until) {
        await sleep(5);
        if (observer.telemetryCount === last) continue;
        last = observer.telemetryCount;
        const t = observer.telemetry!;
        samplesAll += 1;
        if (t.state !== pb.SupervisorState.FOLLOWING) {
          if (holds[holds.length - 1] !== t.reason) holds.push(t.reason);
          if (runs[runs.length - 1]!.length > 0) runs.push([]);
          continue;
        }
        const v = (p: farhand.v1.Pose.$Properties | null | undefined): number[] => [p!.position!.x ?? 0, p!.position!.y ?? 0, p!.position!.z ?? 0];
        runs[runs.length - 1]!.push({ tNs: Number(t.agent_time_ns), m: v(t.master_cp), s: v(t.setpoint_cp), ms: v(t.measured_cp) });
      }
      const samples = runs.reduce((a, b) => (b.length > a.length ? b : a));
      const followedS = (samples[samples.length - 1]!.tNs - samples[0]!.tNs) / 1e9;
      // Tool displacement vs 0.2 x hand displacement (5:1), best lag in telemetry samples (the playout and
      // tremor filter delays): the residual is what the agent added (filtering, limits), small against the motion.
      const d = (a: number[], b: number[]): number[] => a.map((x, i) => x - b[i]!);
      let best = Infinity;
      let bestLag = 0;
      for (let lag = 0; lag < 20; lag++) {
        let sum = 0;
        let n = 0;
        for (let i = lag; i < samples.length; i++) {
          const tool = d(samples[i]!.s, samples[lag]!.s);
          const hand = d(samples[i - lag]!.m, samples[0]!.m);
          sum += tool.reduce((acc, x, k) => acc + (x - 0.2 * hand[k]!) ** 2, 0);
          n += 1;
        }
        const rms = Math.sqrt(sum / n);
        if (rms < best) {
          best = rms;
          bestLag = lag;
        }
      }
      // The scale the tool actually moved at (least squares over the best lag), as a figure.
      let th = 0;
      let hh = 0;
      for (let i = bestLag; i < samples.length; i++) {
        const tool = d(samples[i]!.s, samples[bestLag]!.s);
        const hand = d(samples[i - bestLag]!.m, samples[0]!.m);
        for (let k = 0; k < 3; k++) {
          th += tool[k]! * hand[k]!;
          hh += hand[k]! * hand[k]!;
        }
      }
      const fittedScale = th / hh;
      const toolRms = Math.sqrt(samples.reduce((acc, x) => acc + Math.hypot(...d(x.s, samples[0]!.s)) ** 2, 0) / samples.length);
      const excursion = Math.max(...samples.map((x) => Math.hypot(...d(x.ms, samples[0]!.ms))));
      const tracking = Math.max(...samples.map((x) => Math.hypot(...d(x.ms, x.s))));
      console.log(`console-ros (b): ${runs.flat().length} of ${samplesAll} telemetry samples FOLLOWING over 3 s (holds: ${holds.join(', ') || 'none'}); longest run ${followedS.toFixed(2)} s; tool excursion ${(excursion * 1e3).toFixed(2)} mm; setpoint vs 0.2 x hand rms ${(best * 1e3).toFixed(3)} mm (${((100 * best) / toolRms).toFixed(1)} % of the tool's rms displacement, best lag ${bestLag} samples; fitted scale ${fittedScale.toFixed(4)}); measured vs setpoint max ${(tracking * 1e3).toFixed(3)} mm`);
      expect(excursion).toBeGreaterThan(2e-3);
      expect(best).toBeLessThan(0.1 * toolRms);
      expect(tracking).toBeLessThan(5e-3);
      // Holds under load resume by themselves; the arm must have followed without a break for at least 1 s.
      expect(followedS, `holds: ${holds.join(', ')}`).toBeGreaterThan(1);
      simProc.send('release operator-present');
      await waitFor('IDLE after DISENGAGE', () => observer.telemetry?.state === pb.SupervisorState.IDLE, 3000);
      expect(consoleProc.logs().some((l) => l['code'] === 'DISENGAGE')).toBe(true);
      step('IDLE');
    } finally {
      console.log(`console-ros (b) steps: ${steps.join(', ')}`);
      await consoleProc?.stop();
      await simProc.stop();
      await observer.close();
      await agent.close('test done');
    }
  }, 60_000);
});
