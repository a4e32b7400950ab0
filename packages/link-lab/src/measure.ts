// Messages through a running lab, measured end to end with the probe (probe/probe.mjs): a receiver in
// the agent namespace, a paced sender in the console namespace, one-way delay per message from the
// shared monotonic clock. Used by the lab's own tests and by bench/lab.bench.mjs.
import { createInterface } from 'node:readline';
import type { Lab } from './lab.js';
import { PROBE_SCRIPT } from './paths.js';
import { runSync } from './system.js';

export interface MeasureOptions {
  transport: 'udp' | 'tcp';
  /** Which way the messages go (default consoleToAgent: sender on the console side). */
  direction?: 'consoleToAgent' | 'agentToConsole';
  count: number;
  rateHz?: number;
  /** Message size, bytes (>= 16). */
  sizeBytes?: number;
  port?: number;
  /** UDP: the receiver stops after this long without a message (default 1000 ms). */
  idleMs?: number;
  /**
   * Run the probes at real-time priority (SCHED_FIFO 1, via chrt) when allowed, as the forwarder runs
   * (default true): on a busy machine a receiver that wakes late measures the machine, not the link.
   */
  realtime?: boolean;
}

export interface DelaySummary {
  count: number;
  meanMs: number;
  sdMs: number;
  minMs: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
}

export interface MeasureResult {
  transport: 'udp' | 'tcp';
  sent: number;
  /** Distinct messages received. */
  delivered: number;
  lost: number;
  lossRatio: number;
  duplicates: number;
  /** First copies that arrived after a message sent later. */
  outOfOrder: number;
  /** Runs of consecutive lost messages, by sequence number. */
  lossBursts: number;
  meanBurstLength: number | null;
  /** One-way delay, send to receive, of each delivered message, in sequence order (ms). */
  delaysMs: number[];
  delay: DelaySummary;
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}

export function summarise(delaysMs: number[]): DelaySummary {
  const s = [...delaysMs].sort((a, b) => a - b);
  const n = s.length;
  const mean = n ? s.reduce((a, b) => a + b, 0) / n : Number.NaN;
  const sd = n ? Math.sqrt(s.reduce((a, b) => a + (b - mean) ** 2, 0) / n) : Number.NaN;
  return { count: n, meanMs: mean, sdMs: sd, minMs: s[0] ?? Number.NaN, p50Ms: percentile(s, 0.5), p90Ms: percentile(s, 0.9), p99Ms: percentile(s, 0.99), maxMs: s[n - 1] ?? Number.NaN };
}

interface ProbeResult {
  received: number;
  unique: number;
  duplicates: number;
  outOfOrder: number;
  arrivals: [number, number][];
}

let nextPort = 40_000 + (process.pid % 10_000);
let chrtWorks: boolean | null = null;

/** The command that runs the probe: node, or `chrt -f 1 node` when real-time scheduling is allowed. */
function probeCommand(realtime: boolean): [string, string[]] {
  if (realtime) {
    if (chrtWorks === null) {
      try {
        runSync('chrt', ['-f', '1', 'true'], 5_000);
        chrtWorks = true;
      } catch {
        chrtWorks = false;
      }
    }
    if (chrtWorks) return ['chrt', ['-f', '1', process.execPath, PROBE_SCRIPT]];
  }
  return [process.execPath, [PROBE_SCRIPT]];
}

/** Sends opts.count stamped messages through the lab (console -> agent by default) and measures what arrives. */
export async function measure(lab: Lab, opts: MeasureOptions): Promise<MeasureResult> {
  const port = opts.port ?? nextPort++;
  const size = String(opts.sizeBytes ?? 16);
  const [cmd, pre] = probeCommand(opts.realtime ?? true);
  const recvArgs = [...pre, `${opts.transport}-recv`, '--port', String(port)];
  if (opts.transport === 'udp') recvArgs.push('--idle-ms', String(opts.idleMs ?? 1000));
  else recvArgs.push('--size', size);
  const up = (opts.direction ?? 'consoleToAgent') === 'consoleToAgent';
  const receiver = lab.spawnIn(up ? 'agent' : 'console', cmd, recvArgs, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  receiver.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const lines = createInterface({ input: receiver.stdout! });
  let onListening: () => void = () => {};
  const listening = new Promise<void>((r) => (onListening = r));
  const result = new Promise<ProbeResult>((resolve, reject) => {
    lines.on('line', (line) => {
      const msg = JSON.parse(line) as { type: string } & ProbeResult;
      if (msg.type === 'listening') onListening();
      else if (msg.type === 'result') resolve(msg);
    });
    receiver.once('exit', (code) => setImmediate(() => reject(new Error(`probe receiver exited (${code}) without a result: ${stderr.trim()}`))));
  });
  await Promise.race([listening, result]);
  const sender = await lab.runIn(up ? 'console' : 'agent', cmd, [...pre, `${opts.transport}-send`, '--host', up ? lab.agentAddr : lab.consoleAddr, '--port', String(port), '--count', String(opts.count), '--rate-hz', String(opts.rateHz ?? 100), '--size', size], {
    timeoutMs: 30_000 + (opts.count / (opts.rateHz ?? 100)) * 1000 * 2,
  });
  if (sender.code !== 0) {
    receiver.kill('SIGKILL');
    throw new Error(`probe sender failed (${sender.signal ?? sender.code}): ${sender.stderr.trim()}`);
  }
  const r = await result;
  const bySeq = new Map(r.arrivals);
  const delaysMs: number[] = [];
  let lossBursts = 0;
  let inBurst = false;
  for (let seq = 0; seq < opts.count; seq++) {
    const d = bySeq.get(seq);
    if (d === undefined) {
      if (!inBurst) lossBursts++;
      inBurst = true;
    } else {
      inBurst = false;
      delaysMs.push(d);
    }
  }
  const lost = opts.count - delaysMs.length;
  return {
    transport: opts.transport,
    sent: opts.count,
    delivered: delaysMs.length,
    lost,
    lossRatio: lost / opts.count,
    duplicates: r.duplicates,
    outOfOrder: r.outOfOrder,
    lossBursts,
    meanBurstLength: lossBursts ? lost / lossBursts : null,
    delaysMs,
    delay: summarise(delaysMs),
  };
}
