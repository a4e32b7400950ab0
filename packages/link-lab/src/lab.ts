// Brings a link lab up and tears it down: two network namespaces (console side, agent side), each with
// lo up and one end of a point-to-point TUN link, joined by the Python forwarder that impairs every IP
// packet per direction. Nothing is routed outside the namespaces: they hold only lo and the TUN device.
import { type ChildProcess, type SpawnOptions, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { labAvailable } from './available.js';
import { type Teardown, removeNamespacesSync, track, untrack } from './cleanup.js';
import { AGENT_ADDR, CONSOLE_ADDR, type LabNames, PREFIX_LEN, type Side, labNames } from './names.js';
import { type LabOptions, type LabOptionsInput, resolveLabOptions } from './params.js';
import { FORWARDER_SCRIPT } from './paths.js';
import { type LabStats, fromForwarder } from './stats.js';
import { isAlive, killQuietly, namespacePids, run } from './system.js';

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface Lab {
  readonly options: LabOptions;
  readonly consoleNs: string;
  readonly agentNs: string;
  readonly consoleDev: string;
  readonly agentDev: string;
  /** The console side's address on the lab link (10.213.0.1). */
  readonly consoleAddr: string;
  /** The agent side's address on the lab link (10.213.0.2). */
  readonly agentAddr: string;
  /**
   * Runs a process inside a namespace (`ip netns exec NS cmd args...`); ns is 'console', 'agent' or
   * one of this lab's namespace names. stdio defaults to pipes. stop() kills it with everything else.
   */
  spawnIn(ns: Side | string, cmd: string, args?: string[], options?: SpawnOptions): ChildProcess;
  /** spawnIn, then waits for the exit and collects stdout/stderr; kills the process after timeoutMs. */
  runIn(ns: Side | string, cmd: string, args?: string[], options?: { timeoutMs?: number; env?: NodeJS.ProcessEnv; cwd?: string }): Promise<RunResult>;
  /** The forwarder's statistics now. */
  stats(): Promise<LabStats>;
  /**
   * Tears everything down: processes in the namespaces (SIGTERM, then SIGKILL after 2 s), the forwarder
   * (its final statistics are returned; null if it had died) and the namespaces. Idempotent.
   */
  stop(): Promise<LabStats | null>;
}

export interface StartLabExtras {
  /** Also write the forwarder's final statistics to this JSON file when it exits. */
  statsFile?: string;
  /** How long to wait for the forwarder to open its devices, ms (default 10 s). */
  readyTimeoutMs?: number;
  /**
   * Run the forwarder at real-time priority (SCHED_FIFO 1, else nice -10) so that a busy machine does
   * not delay packets beyond the parameters (default true; LabStats.priority says what it got).
   */
  realtime?: boolean;
}

let counter = 0;

/** Disables IPv6 in a namespace, so that the only packets on the link are the ones the test sends. */
const NO_IPV6 = 'for f in /proc/sys/net/ipv6/conf/*/disable_ipv6; do [ -w "$f" ] && echo 1 > "$f"; done; true';

interface Pending {
  resolve(v: LabStats): void;
  reject(e: Error): void;
}

class LabImpl implements Lab, Teardown {
  readonly consoleAddr = CONSOLE_ADDR;
  readonly agentAddr = AGENT_ADDR;
  private readonly children = new Set<ChildProcess>();
  private forwarder: ChildProcess | null = null;
  private forwarderExited = false;
  private readonly pending = new Map<number, Pending>();
  private nextStatsId = 1;
  private finalStats: Promise<LabStats | null> | null = null;
  private onFinal: ((s: LabStats | null) => void) | null = null;
  private stopping: Promise<LabStats | null> | null = null;
  private stderrTail = '';

  constructor(
    readonly options: LabOptions,
    private readonly names: LabNames,
    private readonly python: string,
  ) {}

  get consoleNs(): string {
    return this.names.consoleNs;
  }
  get agentNs(): string {
    return this.names.agentNs;
  }
  get consoleDev(): string {
    return this.names.consoleDev;
  }
  get agentDev(): string {
    return this.names.agentDev;
  }

  async up(extras: StartLabExtras): Promise<void> {
    const { consoleNs, agentNs, consoleDev, agentDev } = this.names;
    for (const ns of [consoleNs, agentNs]) {
      await run('ip', ['netns', 'add', ns]);
      await run('ip', ['-n', ns, 'link', 'set', 'lo', 'up']);
      await run('ip', ['netns', 'exec', ns, 'sh', '-c', NO_IPV6]);
    }
    await this.startForwarder(extras);
    for (const [ns, dev, addr] of [
      [consoleNs, consoleDev, CONSOLE_ADDR],
      [agentNs, agentDev, AGENT_ADDR],
    ] as const) {
      // The forwarder holds the device's fd; moving the device keeps it valid.
      await run('ip', ['link', 'set', dev, 'netns', ns]);
      await run('ip', ['netns', 'exec', ns, 'sh', '-c', NO_IPV6]);
      await run('ip', ['-n', ns, 'addr', 'add', `${addr}/${PREFIX_LEN}`, 'dev', dev]);
      await run('ip', ['-n', ns, 'link', 'set', dev, 'up']);
    }
  }

  private startForwarder(extras: StartLabExtras): Promise<void> {
    const config = JSON.stringify({ seed: this.options.seed, up: this.options.consoleToAgent, down: this.options.agentToConsole });
    const args = [FORWARDER_SCRIPT, 'run', '--config', config, '--tun-console', this.names.consoleDev, '--tun-agent', this.names.agentDev, '--netns', this.names.consoleNs, '--netns', this.names.agentNs];
    if (extras.statsFile) args.push('--stats-file', extras.statsFile);
    if (extras.realtime === false) args.push('--priority', 'normal');
    const child = spawn(this.python, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    this.forwarder = child;
    this.finalStats = new Promise((resolve) => {
      this.onFinal = resolve;
    });
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (d: string) => {
      this.stderrTail = (this.stderrTail + d).slice(-4000);
    });
    // A write to a dead forwarder's stdin must not crash the process.
    child.stdin?.on('error', () => {});
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`link lab forwarder did not start within ${extras.readyTimeoutMs ?? 10_000} ms: ${this.stderrTail.trim()}`)), extras.readyTimeoutMs ?? 10_000);
      const lines = createInterface({ input: child.stdout! });
      lines.on('line', (line) => {
        let msg: { type?: string; id?: string | null } & Record<string, unknown>;
        try {
          msg = JSON.parse(line);
        } catch {
          return;
        }
        if (msg.type === 'ready') {
          clearTimeout(timer);
          resolve();
        } else if (msg.type === 'stats') {
          const id = Number(msg.id);
          const p = this.pending.get(id);
          this.pending.delete(id);
          p?.resolve(fromForwarder(msg as never));
        } else if (msg.type === 'final') {
          this.onFinal?.(fromForwarder(msg as never));
        }
      });
      child.once('exit', (code, signal) => {
        this.forwarderExited = true;
        clearTimeout(timer);
        const err = new Error(`link lab forwarder exited (${signal ?? `code ${code}`}): ${this.stderrTail.trim() || 'no message'}`);
        reject(err);
        for (const p of this.pending.values()) p.reject(err);
        this.pending.clear();
        // 'final' arrives before exit when it was stopped properly; otherwise there are none.
        setImmediate(() => this.onFinal?.(null));
      });
      child.once('error', (e) => {
        clearTimeout(timer);
        reject(new Error(`cannot run the link lab forwarder with ${this.python}: ${e.message}`));
      });
    });
  }

  private nsName(ns: Side | string): string {
    if (ns === 'console' || ns === this.names.consoleNs) return this.names.consoleNs;
    if (ns === 'agent' || ns === this.names.agentNs) return this.names.agentNs;
    throw new Error(`spawnIn: namespace "${ns}" is not this lab's; accepted: console, agent, ${this.names.consoleNs}, ${this.names.agentNs}`);
  }

  spawnIn(ns: Side | string, cmd: string, args: string[] = [], options: SpawnOptions = {}): ChildProcess {
    if (this.stopping) throw new Error('spawnIn: the lab is stopped');
    const child = spawn('ip', ['netns', 'exec', this.nsName(ns), cmd, ...args], { stdio: 'pipe', ...options });
    this.children.add(child);
    child.once('exit', () => this.children.delete(child));
    child.once('error', () => this.children.delete(child));
    return child;
  }

  runIn(ns: Side | string, cmd: string, args: string[] = [], options: { timeoutMs?: number; env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<RunResult> {
    const child = this.spawnIn(ns, cmd, args, { env: options.env ?? process.env, cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    return new Promise((resolve, reject) => {
      const timer = options.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), options.timeoutMs) : null;
      child.once('error', (e) => {
        if (timer) clearTimeout(timer);
        reject(e);
      });
      child.once('close', (code, signal) => {
        if (timer) clearTimeout(timer);
        resolve({ code, signal, stdout, stderr });
      });
    });
  }

  stats(): Promise<LabStats> {
    const f = this.forwarder;
    if (!f || this.forwarderExited || this.stopping) return Promise.reject(new Error('link lab: the forwarder is not running'));
    const id = this.nextStatsId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      f.stdin?.write(`stats ${id}\n`);
    });
  }

  stop(): Promise<LabStats | null> {
    this.stopping ??= this.doStop();
    return this.stopping;
  }

  private async doStop(): Promise<LabStats | null> {
    const namespaces = [this.names.consoleNs, this.names.agentNs];
    // 1. Every process in the namespaces (ours and whatever they started), politely, then not.
    const pids = new Set<number>([...(await namespacePids(namespaces[0]!)), ...(await namespacePids(namespaces[1]!))]);
    for (const c of this.children) if (c.pid !== undefined && c.exitCode === null) pids.add(c.pid);
    for (const pid of pids) killQuietly(pid, 'SIGTERM');
    const deadline = Date.now() + 2000;
    while ([...pids].some(isAlive) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    for (const pid of pids) if (isAlive(pid)) killQuietly(pid, 'SIGKILL');
    for (const ns of namespaces) for (const pid of await namespacePids(ns)) killQuietly(pid, 'SIGKILL');
    // 2. The forwarder: its final statistics, then it closes the devices (they vanish with its fds).
    let final: LabStats | null = null;
    const f = this.forwarder;
    if (f && !this.forwarderExited) {
      f.stdin?.write('quit\n');
      const timeout = new Promise<null>((r) => setTimeout(() => r(null), 2000).unref());
      final = await Promise.race([this.finalStats!, timeout]);
      if (!this.forwarderExited) {
        const exited = new Promise((r) => f.once('exit', r));
        if (final === null) f.kill('SIGKILL');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 2000).unref())]);
      }
    }
    f?.stdin?.end();
    // 3. The namespaces.
    removeNamespacesSync(namespaces);
    untrack(this);
    return final;
  }

  teardownSync(): void {
    const namespaces = [this.names.consoleNs, this.names.agentNs];
    for (const c of this.children) if (c.pid !== undefined) killQuietly(c.pid, 'SIGKILL');
    if (this.forwarder?.pid !== undefined && !this.forwarderExited) killQuietly(this.forwarder.pid, 'SIGKILL');
    removeNamespacesSync(namespaces);
  }
}

/**
 * Brings a lab up. Throws (after removing whatever it had made) when the options are invalid, the
 * machine cannot run a lab (see labAvailable()), or a step fails.
 */
export async function startLab(input: LabOptionsInput = {}, extras: StartLabExtras = {}): Promise<Lab> {
  const options = resolveLabOptions(input);
  const avail = labAvailable();
  if (!avail.ok) throw new Error(`the link lab cannot run here: ${avail.why}`);
  const lab = new LabImpl(options, labNames(process.pid, ++counter), avail.python);
  track(lab);
  try {
    await lab.up(extras);
  } catch (e) {
    await lab.stop().catch(() => null);
    throw e;
  }
  return lab;
}
