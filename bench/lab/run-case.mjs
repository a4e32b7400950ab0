// One lab run for the transport benches and tests: a link lab with the given impairment, the real agent
// (its own process, simulated arm, recording on) in the agent namespace, the console client in the console
// namespace streaming the recorded dVRK motion over one transport; then the figures from the agent's own
// recording and the client's telemetry. Both namespaces share CLOCK_MONOTONIC, so capture -> receive
// lateness is exact.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startLab } from '../../packages/link-lab/dist/index.js';
import { readRecording } from '../../packages/recording/dist/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(root, 'packages/robot-agent/dist/cli.js');
const CLIENT = join(root, 'bench/lab/console-client.mjs');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const HOLDING = 5;
const FOLLOWING = 3;

let chrtOk = null;
/** [cmd, args] under `chrt -f 1` when this process may use SCHED_FIFO (root), else as they are. */
export function rt(cmd, args) {
  if (chrtOk === null) chrtOk = spawnSync('chrt', ['-f', '1', 'true']).status === 0;
  return chrtOk ? ['chrt', ['-f', '1', cmd, ...args]] : [cmd, args];
}

export function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/**
 * Runs one case. link: a link-lab Impairment (partial), same both ways unless `down` is given.
 * Returns the figures; throws with the agent's or the client's output when a process fails.
 */
export async function runLabCase({ transport, link, down, seconds = 20, rateHz = 100, seed = 1, agentArgs = [] }) {
  const lab = await startLab({ seed, consoleToAgent: link, agentToConsole: down ?? link });
  const dir = mkdtempSync(join(tmpdir(), 'farhand-lab-run-'));
  try {
    // Both ends at real-time priority (as the lab's forwarder), so a busy machine delays neither beyond the
    // link's parameters; without permission they run as they are (rt() says which).
    const agent = lab.spawnIn('agent', ...rt(process.execPath, [CLI, '--host', lab.agentAddr, '--port', '8080', '--insecure', '--recording-dir', dir, '--log-level', 'info', '--seed', '7', ...agentArgs]), { cwd: root, env: labAgentEnv() });
    let out = '';
    let err = '';
    agent.stdout.setEncoding('utf8').on('data', (d) => (out += d));
    // The agent's clock origin (CLOCK_MONOTONIC at its start) is in its AGENT_STARTED log line.
    let agentOrigin = null;
    agent.stderr.setEncoding('utf8').on('data', (d) => {
      err = (err + d).slice(-4000);
      const m = /"code":"AGENT_STARTED".*?"clockOriginMonotonicNs":"(\d+)"/.exec(d);
      if (m) agentOrigin = BigInt(m[1]);
    });
    for (let i = 0; i < 400 && !/^Recording: /m.test(out); i++) await sleep(50);
    const consoleUrl = /^Console: (\S+)$/m.exec(out)?.[1];
    const recording = /^Recording: (\S+)$/m.exec(out)?.[1];
    if (!consoleUrl || !recording) throw new Error(`the agent did not start in the lab:\n${out}\n${err}`);
    const token = new URL(consoleUrl).searchParams.get('token');
    for (let i = 0; i < 100 && agentOrigin === null; i++) await sleep(20);
    if (agentOrigin === null) throw new Error(`no AGENT_STARTED line with the clock origin in the agent's log:\n${err}`);
    const client = await lab.runIn('console', ...rt(process.execPath, // --name=value: a token may begin with '-', which parseArgs would take for a flag.
      [CLIENT, `--url=ws://${lab.agentAddr}:8080/ws`, `--token=${token}`, `--transport=${transport}`, `--seconds=${seconds}`, `--rate=${rateHz}`]), {
      timeoutMs: (seconds + 40) * 1000,
      cwd: root,
    });
    if (client.code !== 0) throw new Error(`the console client failed (${client.code ?? client.signal}):\n${client.stderr.slice(-3000)}\nagent: ${err}`);
    const c = JSON.parse(client.stdout.trim().split('\n').at(-1));
    agent.kill('SIGTERM');
    await new Promise((r) => (agent.exitCode !== null ? r() : agent.once('exit', r)));
    const stats = await lab.stats().catch(() => null);
    return analyse(await readRecording(recording), c, agentOrigin, { transport, link, seconds, stats });
  } finally {
    await lab.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

function analyse(rec, c, agentOrigin, meta) {
  const toAgent = (monoNs) => (agentOrigin === null ? NaN : monoNs - Number(agentOrigin));
  const engagedAt = toAgent(c.engagedMonoNs);
  const endAt = toAgent(c.endMonoNs);
  const sentBySeq = new Map(c.sent.map((s) => [s[0], s]));
  // Lateness at the agent: receive time minus capture time, both on the agent's clock.
  const lateness = [];
  for (const f of rec.frames) {
    const m = f.msg;
    if (m.refused || !m.frame) continue;
    const s = sentBySeq.get(Number(m.frame.seq));
    if (!s) continue;
    lateness.push((Number(m.receive_time_ns) - toAgent(s[1])) / 1e6);
  }
  lateness.sort((x, y) => x - y);
  const received = new Set(rec.frames.filter((f) => !f.msg.refused && f.msg.frame).map((f) => Number(f.msg.frame.seq)));
  const framesLostPct = (100 * (c.sent.length - received.size)) / c.sent.length;
  // Engaged window: ticks after engage + 1 s (settled) to the end of streaming.
  const ticks = rec.ticks.map((t) => t.msg).filter((t) => t.time_ns >= engagedAt + 1e9 && t.time_ns <= endAt);
  let heldNs = 0;
  let holds = 0;
  for (let i = 1; i < ticks.length; i++) {
    if (ticks[i - 1].state === HOLDING) heldNs += ticks[i].time_ns - ticks[i - 1].time_ns;
    if (ticks[i].state === HOLDING && ticks[i - 1].state !== HOLDING) holds++;
  }
  const windowS = ticks.length > 1 ? (ticks.at(-1).time_ns - ticks[0].time_ns) / 1e9 : NaN;
  // Playout delay the core settles on: median over the second half of the engaged window.
  const tel = c.telemetry.filter((t) => t[0] >= engagedAt + (endAt - engagedAt) / 2 && t[0] <= endAt);
  const playout = tel.map((t) => t[2]).filter(Number.isFinite).sort((x, y) => x - y);
  // Tracking: the tool setpoint against the true hand path scaled, after the best lag per 250 ms window (see tracking).
  // Ticks within 50 ms after a loop stall of 10 ms or more (the shared machine's scheduling, not the link)
  // are left out: the setpoint catching up after a stall is the loop's figure, not the transport's.
  const afterStall = new Array(ticks.length).fill(false);
  let stallEnd = -Infinity;
  let stalls = 0;
  for (let i = 1; i < ticks.length; i++) {
    if (ticks[i].time_ns - ticks[i - 1].time_ns >= 10e6) {
      stallEnd = ticks[i].time_ns + 50e6;
      stalls++;
    }
    afterStall[i] = ticks[i].time_ns < stallEnd;
  }
  const track = tracking(ticks.filter((t, i) => t.state === FOLLOWING && i % 5 === 0 && !afterStall[i]), c.sent, toAgent, 0.2);
  return {
    transport: meta.transport,
    motionOn: c.motionOn,
    frames: c.sent.length,
    lateness,
    latenessMs: { p50: quantile(lateness, 0.5), p90: quantile(lateness, 0.9), p99: quantile(lateness, 0.99), max: lateness.at(-1) ?? NaN },
    lateOver150Pct: (100 * lateness.filter((x) => x > 150).length) / Math.max(1, c.sent.length),
    framesLostPct,
    playoutMs: 1e3 * quantile(playout, 0.5),
    heldS: heldNs / 1e9,
    holds,
    holdsPerMin: windowS > 0 ? (holds * 60) / windowS : NaN,
    windowS,
    trackingRmsMm: track.rmsM * 1e3,
    trackingMaxMm: track.maxM * 1e3,
    trackingLagMs: track.lagMs,
    trackingConstLagRmsMm: track.constLagRmsM * 1e3,
    trackingLagSpreadMs: track.lagSpreadMs,
    loopStalls: stalls,
    trackingLeftOutPct: (100 * afterStall.filter(Boolean).length) / Math.max(1, ticks.length),
    labStats: meta.stats,
  };
}

/**
 * The lab's agent runs as deployed: with the loop's warm-up (the system tests' agents skip it to start
 * faster, FARHAND_LOOP_WARMUP=0 in vitest.config.ts; without it the first seconds of a loop are full of
 * synchronous compiles, which a transport figure must not carry). FARHAND_LAB_LOOP_WARMUP sets it here.
 */
export function labAgentEnv() {
  const env = { ...process.env };
  delete env.FARHAND_LOOP_WARMUP;
  if (process.env.FARHAND_LAB_LOOP_WARMUP !== undefined) env.FARHAND_LOOP_WARMUP = process.env.FARHAND_LAB_LOOP_WARMUP;
  return env;
}

/**
 * Setpoint vs anchor + scale * hand(t - lag): RMS and max. The offset (the clutch anchor) is one for the run, from
 * the best constant lag (2 ms steps to 600 ms); the lag is then fitted per 250 ms window (1 ms steps, +-60 ms about the
 * constant one), because the core moves its playout delay as the link's jitter changes and a constant lag would
 * count each such change as tracking error. Ticks at 200 Hz.
 */
export function tracking(ticks, sent, toAgent, scale) {
  if (ticks.length < 10 || sent.length < 10) return { rmsM: NaN, maxM: NaN, lagMs: NaN, constLagRmsM: NaN, lagSpreadMs: NaN };
  const tS = sent.map((s) => toAgent(s[1]));
  const handAt = (t) => {
    let lo = 0;
    let hi = sent.length - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (tS[mid] <= t) lo = mid;
      else hi = mid;
    }
    const u = Math.min(1, Math.max(0, (t - tS[lo]) / Math.max(1, tS[hi] - tS[lo])));
    return [0, 1, 2].map((k) => sent[lo][2 + k] + u * (sent[hi][2 + k] - sent[lo][2 + k]));
  };
  const sp = ticks.map((t) => [t.setpoint_cp.position.x, t.setpoint_cp.position.y, t.setpoint_cp.position.z]);
  const offsetAt = (lagNs) => {
    const exp = ticks.map((t) => handAt(t.time_ns - lagNs));
    return [0, 1, 2].map((k) => sp.reduce((acc, p, i) => acc + p[k] - scale * exp[i][k], 0) / sp.length);
  };
  const residuals = (lagNs, off, from = 0, to = ticks.length) => {
    const r = [];
    for (let i = from; i < to; i++) {
      const e = handAt(ticks[i].time_ns - lagNs);
      r.push(Math.hypot(...[0, 1, 2].map((k) => sp[i][k] - off[k] - scale * e[k])));
    }
    return r;
  };
  const rms = (v) => Math.sqrt(v.reduce((x, y) => x + y * y, 0) / v.length);
  let best = { lagMs: 0, rms: Infinity, off: [0, 0, 0] };
  for (let lagMs = 0; lagMs <= 600; lagMs += 2) {
    const off = offsetAt(lagMs * 1e6);
    const v = rms(residuals(lagMs * 1e6, off));
    if (v < best.rms) best = { lagMs, rms: v, off };
  }
  const all = [];
  const lags = [];
  let from = 0;
  while (from < ticks.length) {
    let to = from + 1;
    while (to < ticks.length && ticks[to].time_ns - ticks[from].time_ns < 0.25e9) to++;
    let w = { rms: Infinity, r: [], lagMs: best.lagMs };
    for (let lagMs = Math.max(0, best.lagMs - 60); lagMs <= best.lagMs + 60; lagMs += 1) {
      const r = residuals(lagMs * 1e6, best.off, from, to);
      const v = rms(r);
      if (v < w.rms) w = { rms: v, r, lagMs };
    }
    all.push(...w.r);
    lags.push(w.lagMs);
    from = to;
  }
  return { rmsM: rms(all), maxM: Math.max(...all), lagMs: best.lagMs, constLagRmsM: best.rms, lagSpreadMs: Math.max(...lags) - Math.min(...lags) };
}
