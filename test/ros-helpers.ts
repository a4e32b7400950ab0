// Real ROS 1 for the tests: a private roscore on a free port with its own ROS_HOME, every child in its own
// process group (setsid) so that one kill ends roslaunch, rosmaster and rosout together, and an exit hook
// that kills whatever is left even when a test times out or the worker dies. Every wait is bounded.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RosNode } from '@foxglove/ros1';
import { startRosNode } from '../packages/ros/src/driver/node.js';
import { LatestWinsPublisher } from '../packages/ros/src/driver/latest-publisher.js';
import * as M from '../packages/ros/src/driver/msgdefs.js';

/** Debian's ROS 1 tools run on /usr/bin/python3 (another python earlier on PATH may lack rospy). */
const PATH = `/usr/bin:/bin:${process.env['PATH'] ?? ''}`;

export function rosAvailable(): boolean {
  return spawnSync('/usr/bin/env', ['which', 'roscore', 'rostopic', 'rosbag'], { env: { ...process.env, PATH } }).status === 0;
}

// roslaunch (roscore) starts rosmaster and rosout in sessions of their own: a group kill does not reach
// them, so every stop also collects the leader's descendants from /proc (pid + start time, so that a pid
// reused in between is never signalled) and kills those by pid.

interface ProcId {
  pid: number;
  start: string;
}

function procStat(pid: number): { ppid: number; start: string } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(rest[1]), start: rest[19] ?? '' };
  } catch {
    return null;
  }
}

/** The leader's descendants now (synchronous: usable in an exit hook). */
function descendants(rootPid: number): ProcId[] {
  const children = new Map<number, ProcId[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const st = procStat(Number(name));
    if (!st) continue;
    const list = children.get(st.ppid) ?? [];
    list.push({ pid: Number(name), start: st.start });
    children.set(st.ppid, list);
  }
  const out: ProcId[] = [];
  const stack = [rootPid];
  while (stack.length > 0) {
    for (const c of children.get(stack.pop()!) ?? []) {
      out.push(c);
      stack.push(c.pid);
    }
  }
  return out;
}

function killExact(ids: ProcId[], signal: NodeJS.Signals): void {
  for (const id of ids) {
    if (procStat(id.pid)?.start !== id.start) continue; // gone, or the pid now belongs to another process
    try {
      process.kill(id.pid, signal);
    } catch {
      // exited meanwhile
    }
  }
}

const liveGroups = new Set<number>();
let exitHookInstalled = false;
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const pgid of liveGroups) {
      const tree = descendants(pgid);
      try {
        process.kill(-pgid, 'SIGKILL');
      } catch {
        // already gone
      }
      killExact(tree, 'SIGKILL');
    }
  });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export async function waitFor(cond: () => boolean | Promise<boolean>, timeoutMs: number, what: string, stepMs = 20): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await cond()) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, stepMs));
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export interface GroupProcess {
  child: ChildProcess;
  pgid: number;
  /** stdout + stderr so far. */
  output(): string;
  exited(): boolean;
  /** Signal the whole group; resolves when the leader exited (SIGKILL after graceMs). */
  stop(signal?: NodeJS.Signals, graceMs?: number): Promise<void>;
}

/** Spawns a command as the leader of a new process group. */
export function spawnGroup(cmd: string, args: string[], env: NodeJS.ProcessEnv, cwd?: string): GroupProcess {
  installExitHook();
  const child = spawn(cmd, args, { env: { ...env, PATH: env['PATH'] ?? PATH }, detached: true, stdio: ['ignore', 'pipe', 'pipe'], cwd });
  const pgid = child.pid!;
  liveGroups.add(pgid);
  let out = '';
  let done = false;
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exitP = new Promise<void>((resolve) => {
    child.on('exit', () => {
      done = true;
      resolve();
    });
  });
  return {
    child,
    pgid,
    output: () => out,
    exited: () => done,
    async stop(signal: NodeJS.Signals = 'SIGINT', graceMs = 3000) {
      const kill = (s: NodeJS.Signals): void => {
        try {
          process.kill(-pgid, s);
        } catch {
          // group already gone
        }
      };
      const tree = done ? [] : descendants(pgid);
      if (!done) {
        kill(signal);
        const t = setTimeout(() => kill('SIGKILL'), graceMs);
        await Promise.race([exitP, sleep(graceMs + 2000)]);
        clearTimeout(t);
      }
      // Whatever outlived the leader (rosmaster and rosout when roslaunch could not shut them down).
      kill('SIGKILL');
      killExact(tree, 'SIGKILL');
      liveGroups.delete(pgid);
    },
  };
}

export interface Roscore {
  uri: string;
  port: number;
  /** Environment for ROS tools against this master. */
  env: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

/** XML-RPC getUri against the master: true once it answers. */
async function masterAnswers(uri: string): Promise<boolean> {
  const body =
    '<?xml version="1.0"?><methodCall><methodName>getUri</methodName><params><param><value><string>/probe</string></value></param></params></methodCall>';
  try {
    const res = await fetch(uri, { method: 'POST', headers: { 'Content-Type': 'text/xml' }, body, signal: AbortSignal.timeout(1000) });
    return res.ok && (await res.text()).includes(uri.replace(/\/$/, ''));
  } catch {
    return false;
  }
}

export async function startRoscore(): Promise<Roscore> {
  const port = await freePort();
  const rosHome = mkdtempSync(join(tmpdir(), 'farhand-ros-'));
  const uri = `http://127.0.0.1:${port}/`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH,
    ROS_HOME: rosHome,
    ROS_LOG_DIR: join(rosHome, 'log'),
    ROS_MASTER_URI: uri,
    ROS_IP: '127.0.0.1',
    ROS_HOSTNAME: '127.0.0.1',
    PYTHONUNBUFFERED: '1',
  };
  const proc = spawnGroup('roscore', ['-p', String(port)], env);
  const stop = async (): Promise<void> => {
    await proc.stop('SIGINT', 3000);
    rmSync(rosHome, { recursive: true, force: true });
  };
  try {
    await waitFor(async () => {
      if (proc.exited()) throw new Error(`roscore exited: ${proc.output().slice(-2000)}`);
      return masterAnswers(uri);
    }, 20_000, `roscore on port ${port}`, 100);
  } catch (err) {
    await stop();
    throw err;
  }
  return { uri, port, env, stop };
}

/** Runs a ROS command line tool to completion (bounded), returning its output. */
export async function runRosTool(cmd: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<{ code: number | null; out: string }> {
  const p = spawnGroup(cmd, args, env);
  const deadline = Date.now() + timeoutMs;
  while (!p.exited() && Date.now() < deadline) await sleep(20);
  const out = p.output();
  const code = p.exited() ? p.child.exitCode : null;
  await p.stop('SIGKILL', 100);
  return { code, out };
}

// ------------------------------------------------------------------------------------------------
// A scripted CRTK arm: a real ROS node (through the real master) whose measurements the test sets. Used
// beside a bag (which carries measured_js/measured_cp but no operating_state, jaw or command subscribers)
// and to feed the driver bad input on purpose.


export interface ScriptedArmOptions {
  masterUri: string;
  arm: string;
  /** Publish measured_js and measured_cp (false when a bag provides them). */
  measured: boolean;
  rateHz?: number;
  operatingStateType?: M.OperatingStateTypeName;
  /** A perfect follower: measured_cp becomes each servo_cp received (so the core's tracking check passes). */
  follow?: boolean;
}

export interface ScriptedArm {
  node: RosNode;
  /** Values published every period; tests change them. position may be anything (NaN, wrong length). */
  js: number[];
  cp: { position: [number, number, number]; orientation: [number, number, number, number] };
  jaw: number[];
  /** Stop the periodic publishing (e.g. to make measurements stale). */
  paused: boolean;
  setState(state: string, isHomed?: boolean): Promise<void>;
  /** Messages received on the command topics, with their arrival (Date.now()). */
  received: { topic: string; msg: any; atMs: number }[];
  close(): Promise<void>;
}

export async function startScriptedArm(opts: ScriptedArmOptions): Promise<ScriptedArm> {
  const ns = `/${opts.arm}`;
  const node = await startRosNode({ masterUri: opts.masterUri, name: `/scripted_${opts.arm}_${process.pid}` });
  const pubs = {
    js: new LatestWinsPublisher(node, `${ns}/measured_js`, M.JOINT_STATE_TYPE, M.JOINT_STATE_DEF),
    cp: new LatestWinsPublisher(node, `${ns}/measured_cp`, M.POSE_STAMPED_TYPE, M.POSE_STAMPED_DEF),
    jaw: new LatestWinsPublisher(node, `${ns}/jaw/measured_js`, M.JOINT_STATE_TYPE, M.JOINT_STATE_DEF),
  };
  if (opts.measured) {
    await pubs.js.advertise();
    await pubs.cp.advertise();
  }
  await pubs.jaw.advertise();
  const stateTopic = `${ns}/operating_state`;
  await node.advertise({
    topic: stateTopic,
    dataType: opts.operatingStateType ?? 'crtk_msgs/OperatingState',
    messageDefinitionText: M.OPERATING_STATE_DEF,
    latching: true,
  });
  let seq = 0;
  let state = 'DISABLED';
  let homed = false;
  const arm: ScriptedArm = {
    node,
    js: [0, 0, 0.12, 0, 0, 0],
    cp: { position: [0, 0, -0.12], orientation: [0, 0, 0, 1] },
    jaw: [0.2],
    paused: false,
    async setState(s: string, isHomed = homed) {
      state = s;
      homed = isHomed;
      seq += 1;
      await node.publish(stateTopic, { header: M.header(seq, '', Date.now()), state, is_homed: homed, is_busy: false });
    },
    received: [],
    async close() {
      clearInterval(timer);
      node.shutdown();
      await sleep(20);
    },
  };
  await arm.setState('DISABLED', false);
  for (const t of ['servo_cp', 'servo_jp', 'jaw/servo_jp', 'state_command']) {
    const type = t === 'servo_cp' ? M.POSE_STAMPED_TYPE : t === 'state_command' ? M.STRING_STAMPED_TYPE : M.JOINT_STATE_TYPE;
    node.subscribe({ topic: `${ns}/${t}`, dataType: type, tcpNoDelay: true }).on('message', (msg: any) => {
      arm.received.push({ topic: t, msg, atMs: Date.now() });
      if (t === 'servo_cp' && opts.follow) {
        const { position: p, orientation: o } = msg.pose;
        arm.cp = { position: [p.x, p.y, p.z], orientation: [o.x, o.y, o.z, o.w] };
      }
      if (t === 'state_command') {
        if (msg.string === 'enable') void arm.setState('ENABLED');
        if (msg.string === 'home') void arm.setState('ENABLED', true);
        if (msg.string === 'disable') void arm.setState('DISABLED');
      }
    });
  }
  const timer = setInterval(() => {
    if (arm.paused) return;
    seq += 1;
    const h = M.header(seq, 'ECM', Date.now());
    if (opts.measured) {
      pubs.js.publish({ header: h, name: [], position: arm.js, velocity: [], effort: [] });
      const [x, y, z] = arm.cp.position;
      const [qx, qy, qz, qw] = arm.cp.orientation;
      pubs.cp.publish({ header: h, pose: { position: { x, y, z }, orientation: { x: qx, y: qy, z: qz, w: qw } } });
    }
    pubs.jaw.publish({ header: h, name: ['jaw'], position: arm.jaw, velocity: [], effort: [] });
  }, 1000 / (opts.rateHz ?? 100));
  return arm;
}

/** Topics the master lists right now, via XML-RPC (no ROS client needed). */
export async function publishedTopics(masterUri: string): Promise<string[]> {
  const body =
    '<?xml version="1.0"?><methodCall><methodName>getPublishedTopics</methodName><params><param><value><string>/probe</string></value></param><param><value><string></string></value></param></params></methodCall>';
  const res = await fetch(masterUri, { method: 'POST', headers: { 'Content-Type': 'text/xml' }, body, signal: AbortSignal.timeout(2000) });
  const text = await res.text();
  return [...text.matchAll(/<string>(\/[^<]*)<\/string>/g)].map((m) => m[1]!);
}

// ------------------------------------------------------------------------------------------------
// `farhand sim-ros` as a separate process (so that a test can kill it), built from the sources with
// esbuild: the test never runs a stale dist/.

const ROOT = new URL('../', import.meta.url).pathname;

/**
 * Bundles packages/ros/src/sim-ros/sim-ros-cli.ts into a runnable .mjs under node_modules/.cache (ESM
 * resolves the bundle's bare imports from its own location, so it must live inside the repository).
 * Returns the file and a cleanup.
 */
export async function bundleSimRosCli(): Promise<{ file: string; cleanup: () => void }> {
  const cacheDir = join(ROOT, 'node_modules/.cache');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(cacheDir, { recursive: true });
  const dir = mkdtempSync(join(cacheDir, 'farhand-ros-test-'));
  const file = await bundleCli('packages/ros/src/sim-ros/sim-ros-cli.ts', 'sim-ros', dir);
  return { file, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Bundles a CLI module (its `main(argv)` resolving to an exit code; path relative to the repository) into
 * `dir/<name>.mjs`, with the workspace packages from source. `dir` must be inside the repository (see above).
 */
export async function bundleCli(entryTs: string, name: string, dir: string): Promise<string> {
  const { build } = await import('esbuild');
  const { writeFileSync } = await import('node:fs');
  const entry = join(dir, `${name}-entry.mjs`);
  const out = join(dir, `${name}.mjs`);
  writeFileSync(
    entry,
    `import { main } from ${JSON.stringify(join(ROOT, entryTs))};\n` +
      'main(process.argv.slice(2)).then((c) => { process.exitCode = c; }, (e) => { console.error(e); process.exitCode = 1; });\n',
  );
  await build({
    entryPoints: [entry],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    alias: {
      '@farhand/sim': join(ROOT, 'sim/src/index.ts'),
      '@farhand/latency-core': join(ROOT, 'packages/latency-core/src/index.ts'),
      '@farhand/protocol': join(ROOT, 'packages/protocol/src/index.ts'),
    },
    logLevel: 'error',
  });
  return out;
}

/** Starts `farhand sim-ros` from a bundle (see bundleSimRosCli) and waits until its topics are on the master. */
export async function startSimRosProcess(bundle: string, core: Roscore, args: string[]): Promise<GroupProcess> {
  const armIdx = args.indexOf('--arm');
  const arm = armIdx >= 0 ? args[armIdx + 1]! : 'PSM1';
  const p = spawnGroup(process.execPath, [bundle, '--ros-master', core.uri, ...args], core.env, ROOT);
  try {
    await waitFor(async () => {
      if (p.exited()) throw new Error(`sim-ros exited: ${p.output().slice(-2000)}`);
      return (await publishedTopics(core.uri)).includes(`/${arm}/operating_state`);
    }, 15_000, 'sim-ros to advertise', 50);
  } catch (err) {
    await p.stop('SIGKILL', 100);
    throw err;
  }
  return p;
}
