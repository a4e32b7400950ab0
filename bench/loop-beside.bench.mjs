// The 1 kHz loop beside a browser: the loop as before (FARHAND_LOOP_GC=background: a fresh ArrayBuffer
// for its tick rows every 50 ms, so each scavenge of its heap hands array-buffer sweeping to V8's worker
// pool) vs the agent's default (local: no ArrayBuffer allocated in the loop), in one run: the agent (its
// own process, recording on, inputs through the rings) once per variant, each with one surgeon client
// streaming motion at 500 Hz (plus its clock probes) and BROWSER_PAGES headless Chromium pages (consoles
// and monitors, WebGL on the CPU) open beside it on the same 2 cores. Loop figures come from the
// recording's tick times; bench/loop-diag-preload.cjs, preloaded into the agent, says where each stall
// was spent (the loop thread's Atomics.wait returning late, or busy in a tick: port, posts, GC; on a CPU,
// runnable or blocked) and gives each thread's GC pauses and event loop delay. With FARHAND_BESIDE_NVP=1,
// V8's --trace-gc-nvp lines of the loop isolate give its allocation per tick and the phases of its
// longest collection; with FARHAND_BESIDE_TRACE_OPT=1, --trace-opt gives the synchronous optimizing
// compiles (the loop isolate compiles on its own thread, host.ts).
//   node bench/loop-beside.bench.mjs      (after `node scripts/build.mjs`; ~60 s)
//   FARHAND_BESIDE_SECONDS=20 FARHAND_BESIDE_VARIANTS=local,background FARHAND_BESIDE_NVP=1 node bench/loop-beside.bench.mjs
// Variants (FARHAND_BESIDE_VARIANTS, comma-separated, run in that order): background, local, and to
// explore: sync-sweep (local plus --no-concurrent-array-buffer-sweeping, the agent's opt-in), local-nosweep (local plus
// --no-concurrent-sweeping, process-wide), local-cr (the loop
// isolate's optimizing compiles on V8's threads: --no-concurrent-recompilation dropped), st-start (node
// --single-threaded-gc: no GC helper threads at all; only safe on the command line), port-background
// (the MessagePort inputs), young8-local (the loop worker's young generation at 8 MB instead of 48),
// warmup / no-warmup (the loop's warm-up before it goes live, src/loop/warmup.ts, on or off; with
// FARHAND_BESIDE_TRACE_OPT=1 the synchronous compiles are split at the loop's first live tick, marked by
// the preload), warmup-deopt (warmup plus V8's --trace-deopt: why optimized code was thrown away),
// warmup-deopt-verbose (--trace-deopt-verbose: the source position of each, with FARHAND_BESIDE_DUMP), arms /
// arms-no-warmup (three arms, PSM1, PSM2 and the ECM, in one loop, with and without the warm-up), before
// (the agent built in another checkout, FARHAND_BESIDE_BEFORE=/path: a before/after column in one run).
//   git archive HEAD | tar -x -C /tmp/before && (link node_modules, node scripts/build.mjs there), then
//   FARHAND_BESIDE_BEFORE=/tmp/before FARHAND_BESIDE_TRACE_OPT=1 FARHAND_BESIDE_VARIANTS=before,warmup node bench/loop-beside.bench.mjs
// FARHAND_BESIDE_DUMP=/path/prefix writes each agent's stdout (V8's traces) to <prefix>.<variant>.txt.
//   FARHAND_BESIDE_TRACE_OPT=1 FARHAND_BESIDE_VARIANTS=no-warmup,warmup node bench/loop-beside.bench.mjs   (~95 s)
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { decodeEnvelope, encodeEnvelope, toMotionFrame, farhand } from '../packages/protocol/dist/index.js';
import { readRecording } from '../packages/recording/dist/index.js';
import { runIfMain } from './table.mjs';
import { CHROMIUM, withBrowserPages } from './browser-beside.mjs';

const pb = farhand.v1;
const CLI = fileURLToPath(new URL('../packages/robot-agent/dist/cli.js', import.meta.url));
const PRELOAD = fileURLToPath(new URL('./loop-diag-preload.cjs', import.meta.url));
const SECONDS = Number(process.env.FARHAND_BESIDE_SECONDS ?? 15);
const WARMUP_TICKS = process.env.FARHAND_BESIDE_WARMUP_TICKS ? { FARHAND_LOOP_WARMUP: process.env.FARHAND_BESIDE_WARMUP_TICKS } : {};
const VARIANT_ENV = {
  background: { env: { FARHAND_LOOP_GC: 'background' } },
  local: { env: { FARHAND_LOOP_GC: 'local' } },
  'sync-sweep': { env: { FARHAND_LOOP_GC: 'sync-sweep' } },
  'local-nosweep': { env: { FARHAND_LOOP_GC: 'local' }, diagFlags: '--no-concurrent-sweeping' },
  'local-cr': { env: { FARHAND_LOOP_GC: 'local', FARHAND_DIAG_DROP_FLAGS: '--no-concurrent-recompilation' } },
  'st-start': { env: { FARHAND_LOOP_GC: 'local' }, args: ['--single-threaded-gc'] },
  'port-background': { env: { FARHAND_LOOP_GC: 'background', FARHAND_LOOP_INPUTS: 'port' } },
  'young8-local': { env: { FARHAND_LOOP_GC: 'local', FARHAND_DIAG_YOUNG_MB: '8' } },
  // The loop's warm-up before it goes live (src/loop/warmup.ts): on (FARHAND_BESIDE_WARMUP_TICKS ticks, else the agent's default) vs off.
  warmup: { env: { FARHAND_LOOP_GC: 'local', ...WARMUP_TICKS } },
  'no-warmup': { env: { FARHAND_LOOP_GC: 'local', FARHAND_LOOP_WARMUP: '0' } },
  'warmup-deopt': { env: { FARHAND_LOOP_GC: 'local', ...WARMUP_TICKS }, diagFlags: '--trace-deopt' },
  // As warmup-deopt, with the source position of each deopt and the inlined frames it was in (FARHAND_BESIDE_DUMP to read them).
  // The agent of another checkout, built (FARHAND_BESIDE_BEFORE=/path/to/checkout), with the warm-up's default: a
  // before/after column in one run, e.g. the commit before a change extracted with `git archive` and built there.
  before: { env: { FARHAND_LOOP_GC: 'local' }, cli: process.env.FARHAND_BESIDE_BEFORE ? join(process.env.FARHAND_BESIDE_BEFORE, 'packages/robot-agent/dist/cli.js') : undefined },
  'warmup-deopt-verbose': { env: { FARHAND_LOOP_GC: 'local', ...WARMUP_TICKS }, diagFlags: '--trace-deopt-verbose' },
  // Three arms in one loop (PSM1, PSM2, ECM), warm-up on (the agent's default) or off; loop figures from PSM1's rows.
  arms: { env: { FARHAND_LOOP_GC: 'local', ...WARMUP_TICKS }, agentArgs: ['--arms', 'PSM1,PSM2,ECM'] },
  'arms-no-warmup': { env: { FARHAND_LOOP_GC: 'local', FARHAND_LOOP_WARMUP: '0' }, agentArgs: ['--arms', 'PSM1,PSM2,ECM'] },
};
const VARIANTS = (process.env.FARHAND_BESIDE_VARIANTS ?? 'background,local').split(',');
for (const v of VARIANTS) if (!VARIANT_ENV[v]) throw new Error(`FARHAND_BESIDE_VARIANTS: unknown variant ${JSON.stringify(v)}; known: ${Object.keys(VARIANT_ENV).join(', ')}`);
if (VARIANTS.includes('before') && !(VARIANT_ENV.before.cli && existsSync(VARIANT_ENV.before.cli))) throw new Error('the "before" variant needs FARHAND_BESIDE_BEFORE: a checkout with a built agent (packages/robot-agent/dist/cli.js)');
const NVP = process.env.FARHAND_BESIDE_NVP === '1';
// FARHAND_BESIDE_TRACE_OPT=1: V8's --trace-opt in the agent; the notes list optimizing compiles >= 5 ms.
const TRACE_OPT = process.env.FARHAND_BESIDE_TRACE_OPT === '1';
const BROWSER_PAGES = 4;
const RATE_HZ = 500;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const hr = () => process.hrtime.bigint();

function quantiles(values) {
  const v = Float64Array.from(values).sort();
  const q = (p) => (v.length ? v[Math.min(v.length - 1, Math.floor(p * v.length))] : NaN);
  return { p50: q(0.5), p99: q(0.99), p999: q(0.999), max: v.length ? v[v.length - 1] : NaN, n: v.length };
}

/** A surgeon: Hello, REQUEST_CONTROL, ENGAGE, then motion at RATE_HZ and answers to the agent's probes. */
async function surgeon(wsUrl, token) {
  const ws = new WebSocket(wsUrl, { perMessageDeflate: false });
  const acks = new Map();
  let telemetry = null;
  let stallEvents = 0;
  const send = (e) => ws.send(encodeEnvelope(e));
  const welcome = new Promise((resolve, reject) => {
    ws.once('error', reject);
    ws.on('message', (d) => {
      const r = decodeEnvelope(d, { maxBytes: 1 << 20 });
      if (!r.ok) return;
      if (r.kind === 'welcome') resolve();
      else if (r.kind === 'telemetry') telemetry = r.message;
      else if (r.kind === 'ack') acks.set(Number(r.message.id), r.message);
      else if (r.kind === 'event' && r.message.code === 'LOOP_STALL') stallEvents++;
      else if (r.kind === 'clock' && !r.message.reply) {
        const t = Number(hr());
        send({ clock: { id: r.message.id, t0_ns: r.message.t0_ns, t1_ns: t, t2_ns: Number(hr()), reply: true } });
      }
    });
  });
  await new Promise((r) => ws.once('open', r));
  send({ hello: { protocol_major: 1, protocol_minor: 0, role: pb.Role.SURGEON, token, client_name: 'beside-bench' } });
  await welcome;
  let id = 1;
  const command = async (type) => {
    const cid = id++;
    send({ command: { id: cid, type: pb.CommandType[type] } });
    for (let i = 0; i < 400 && !acks.has(cid); i++) await sleep(5);
    return acks.get(cid);
  };
  for (let i = 0; i < 200 && !telemetry; i++) await sleep(10);
  const q0 = telemetry.measured_cp.orientation;
  const orientation = [q0.x, q0.y, q0.z, q0.w];
  await command('REQUEST_CONTROL');
  let seq = 1;
  let streaming = true;
  const t0 = Number(hr());
  let nextAt = t0;
  const pace = (async () => {
    while (streaming) {
      const now = Number(hr());
      while (nextAt <= now) {
        const w = ((nextAt - t0) / 1e9) * Math.PI;
        send({ motion: toMotionFrame({ armId: 0, seq: seq++, captureTimeNs: nextAt, position: [0.02 * Math.sin(w), 0.02 * (1 - Math.cos(w)), 0], orientation, grip: 0, clutch: false, operatorPresent: true }) });
        nextAt += 1e9 / RATE_HZ;
      }
      await sleep(1);
    }
  })();
  await sleep(600);
  const engaged = (await command('ENGAGE'))?.ok === true;
  return {
    engaged,
    state: () => (telemetry ? pb.SupervisorState[telemetry.state] : '?'),
    stallEvents: () => stallEvents,
    stop: async () => {
      streaming = false;
      await pace;
      ws.terminate();
    },
  };
}

function readDiag(base) {
  const events = [];
  const dir = join(base, '..');
  for (const f of readdirSync(dir)) {
    if (!f.startsWith('diag.') || !f.endsWith('.jsonl')) continue;
    for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) if (line) events.push(JSON.parse(line));
  }
  return events;
}

/** V8 --trace-gc-nvp lines by isolate: [{ tMs, pause, gc, fields }]. */
function parseNvp(out) {
  const byIsolate = new Map();
  for (const m of out.matchAll(/^\[\d+:(0x[0-9a-f]+)\]\s+(\d+) ms: (pause=.*)$/gm)) {
    const fields = {};
    for (const kv of m[3].split(' ')) {
      const i = kv.indexOf('=');
      if (i > 0) fields[kv.slice(0, i)] = kv.slice(i + 1);
    }
    const list = byIsolate.get(m[1]) ?? [];
    list.push({ tMs: Number(m[2]), pause: Number(fields.pause), gc: fields.gc, fields });
    byIsolate.set(m[1], list);
  }
  return byIsolate;
}

/** The loop isolate's nvp lines: the isolate with as many collections as the loop thread's GC observer saw. */
function loopNvp(byIsolate, loopGcCount) {
  let best = null;
  for (const list of byIsolate.values()) if (!best || Math.abs(list.length - loopGcCount) < Math.abs(best.length - loopGcCount)) best = list;
  if (!best || Math.abs(best.length - loopGcCount) > Math.max(2, 0.05 * loopGcCount)) return null;
  // Allocation: bytes allocated between collections over the time between them, past warm-up (the first 3).
  const steady = best.slice(3);
  const allocBytes = steady.reduce((a, e) => a + Number(e.fields.allocated ?? 0), 0);
  const spanMs = steady.length > 1 ? steady[steady.length - 1].tMs - best[2].tMs : NaN;
  const longest = best.reduce((a, e) => (e.pause > a.pause ? e : a), best[0]);
  const phases = Object.entries(longest.fields)
    .filter(([k, v]) => /^[a-z_.]+$/.test(k) && !k.startsWith('background') && !['pause', 'mutator', 'gc', 'reduce_memory'].includes(k) && Number(v) >= 0.5 && !/size|throughput|allocated|promoted|survived|nodes|rate|ratio|count|chunks/.test(k))
    .map(([k, v]) => `${k}=${v}`);
  return { n: best.length, bytesPerMs: allocBytes / spanMs, longest: `${longest.gc} pause=${longest.pause} ms: ${phases.join(' ')}` };
}

async function runOnce(variant) {
  const dir = mkdtempSync(join(tmpdir(), `farhand-beside-${variant}-`));
  const diagBase = join(dir, 'diag');
  const v = VARIANT_ENV[variant];
  const diagFlags = [v.diagFlags, NVP ? '--trace-gc-nvp' : '', TRACE_OPT ? '--trace-opt' : ''].filter(Boolean).join(' ');
  // --trace-opt: the agent's stdout line-buffered (stdbuf), so V8's trace lines and the preload's marker of the
  // loop's first live tick reach the pipe in the order they were written.
  const node = [process.execPath, ...(v.args ?? []), '--require', PRELOAD, v.cli ?? CLI, '--port', '0', '--recording-dir', dir, '--log-level', 'warn', ...(v.agentArgs ?? [])];
  const [cmd, ...argv] = TRACE_OPT && existsSync('/usr/bin/stdbuf') ? ['/usr/bin/stdbuf', '-oL', ...node] : node;
  const agent = spawn(cmd, argv, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      FARHAND_LOOP_INPUTS: 'ring',
      ...v.env,
      FARHAND_LOOP_DIAG: diagBase,
      ...(diagFlags ? { FARHAND_DIAG_V8_FLAGS: diagFlags } : {}),
    },
  });
  let out = '';
  agent.stdout.setEncoding('utf8').on('data', (d) => (out += d));
  let errTail = '';
  agent.stderr.setEncoding('utf8').on('data', (d) => (errTail = (errTail + d).slice(-4000)));
  agent.once('exit', (code, sig) => {
    if (!stopping) process.stderr.write(`the ${variant} agent exited (${code ?? sig}) during the run:\n${errTail}\n`);
  });
  let stopping = false;
  const exited = new Promise((r) => agent.once('exit', r));
  try {
    for (let i = 0; i < 600 && !/^Recording: /m.test(out); i++) await sleep(50);
    const consoleUrl = /^Console: (\S+)$/m.exec(out)?.[1];
    const monitorUrl = /^Monitor: (\S+)$/m.exec(out)?.[1];
    const recording = /^Recording: (\S+)$/m.exec(out)?.[1];
    if (!consoleUrl || !monitorUrl || !recording) throw new Error(`the agent did not start:\n${out}`);
    const base = new URL(consoleUrl);
    const health = async () => (await fetch(`http://${base.host}/healthz`)).json();
    const h0 = await health();
    const origin = BigInt(h0.clockOriginMonotonicNs);
    const s = await surgeon(`ws://${base.host}/ws`, base.searchParams.get('token'));
    await sleep(500);
    let from = 0;
    let loop0 = null;
    const load0 = os.loadavg()[0];
    const r = await withBrowserPages({
      consoleUrl,
      monitorUrl,
      pages: BROWSER_PAGES,
      seconds: SECONDS,
      onOpen: async () => {
        loop0 = (await health()).loop;
        from = Number(hr() - origin);
      },
    });
    const to = Number(hr() - origin);
    const h1 = await health();
    const stateAtEnd = s.state();
    const stallEvents = s.stallEvents();
    await s.stop();
    stopping = true;
    agent.kill('SIGTERM');
    await exited;

    if (process.env.FARHAND_BESIDE_DUMP) writeFileSync(`${process.env.FARHAND_BESIDE_DUMP}.${variant}.txt`, out);
    const rec = await readRecording(recording);
    // Several arms: one row per arm per tick; the loop's figures from the first arm's.
    const firstArm = rec.session?.arms?.[0]?.arm_id;
    const ticks = rec.ticks.map((t) => t.msg).filter((t) => firstArm === undefined || (t.arm_id ?? firstArm) === firstArm);
    const periods = [];
    let missed = 0;
    const stalls = [];
    for (let i = 1; i < ticks.length; i++) {
      if (ticks[i].time_ns < from || ticks[i].time_ns > to) continue;
      const p = ticks[i].time_ns - ticks[i - 1].time_ns;
      periods.push(p / 1e3);
      if (p >= 2e6) missed += Math.floor(p / 1e6) - 1;
      if (p >= 5e6) stalls.push({ start: ticks[i - 1].time_ns, ms: p / 1e6 });
    }
    const err = quantiles(periods.map((p) => Math.abs(p - 1000)));
    // Attribution of each stall >= 5 ms: the loop-thread diagnostic overlapping it the most.
    const originNs = Number(origin);
    const diag = readDiag(diagBase).map((e) => ({ ...e, a: e.t - originNs }));
    const loopEv = diag.filter((e) => e.thread === 'loop' && e.k !== 'eld');
    const cause = { 'wait-late': 0, busy: 0, unattributed: 0 };
    const busyParts = { port: 0, post: 0, turn: 0, gc: 0, other: 0 };
    // Where the thread was during each stall's busy span (schedstat): on a CPU, runnable, blocked.
    const busyWhere = { cpu: 0, runnable: 0, blocked: 0 };
    const busyMs = { cpu: 0, runnable: 0, blocked: 0 };
    for (const st of stalls) {
      const end = st.start + st.ms * 1e6;
      let best = null;
      let bestOv = 0;
      for (const e of loopEv) {
        if (e.k !== 'wait-late' && e.k !== 'busy') continue;
        const s0 = e.a;
        const s1 = e.a + (e.k === 'wait-late' ? e.ms * 1e6 + (e.askedMs ?? 0) * 1e6 : e.ms * 1e6);
        const ov = Math.min(end, s1) - Math.max(st.start, s0);
        if (ov > bestOv) {
          bestOv = ov;
          best = e;
        }
      }
      if (!best || bestOv < 0.5 * st.ms * 1e6) cause.unattributed++;
      else {
        cause[best.k]++;
        if (best.k === 'busy') {
          const gc = loopEv.filter((g) => g.k === 'gc' && g.a >= best.a && g.a <= best.a + best.ms * 1e6).reduce((a, g) => a + g.ms, 0);
          const parts = { port: best.recvMs, post: best.postMs, turn: best.turnMs ?? 0, gc };
          const top = Object.entries(parts).sort((x, y) => y[1] - x[1])[0];
          if (top[1] >= 0.5 * best.ms) busyParts[top[0]]++;
          else busyParts.other++;
          if (best.cpuMs !== undefined) {
            const where = { cpu: best.cpuMs, runnable: best.runnableMs, blocked: best.blockedMs };
            busyWhere[Object.entries(where).sort((x, y) => y[1] - x[1])[0][0]]++;
            for (const k of Object.keys(where)) busyMs[k] += where[k];
          }
        }
      }
    }
    const win = (e) => e.a >= from && e.a <= to;
    const gcOf = (th) => diag.filter((e) => e.thread === th && e.k === 'gc' && e.ms >= 1 && win(e)).map((e) => e.ms);
    const eldOf = (th) => diag.filter((e) => e.thread === th && e.k === 'eld' && win(e));
    const mainGc = quantiles(gcOf('main'));
    const loopGc = quantiles(gcOf('loop'));
    const mainEld = eldOf('main');
    const waitLate = quantiles(loopEv.filter((e) => e.k === 'wait-late' && win(e)).map((e) => e.ms));
    const portSlow = loopEv.filter((e) => e.k === 'port-recv' && win(e)).length;
    const postSlow = loopEv.filter((e) => e.k === 'post' && win(e));
    const postToMain = postSlow.filter((e) => e.to === 'main').length;
    const postToRecorder = postSlow.length - postToMain;
    const loopGcAll = diag.filter((e) => e.thread === 'loop' && e.k === 'gc');
    const loopScav = quantiles(loopGcAll.filter((e) => win(e) && e.kind === 1).map((e) => e.ms));
    const nvp = NVP ? loopNvp(parseNvp(out), loopGcAll.length) : null;
    // Synchronous optimizing compiles (--trace-opt): only isolates created after --no-concurrent-recompilation
    // (host.ts: the loop's; the recorder's too if it starts later) compile on their own thread, each a
    // "[compiling method 0x.. <JSFunction name ..> ..., mode: ConcurrencyMode::kSynchronous]" line followed by its
    // "[completed compiling 0x.. ... - took a, b, c ms]".
    const syncAt = new Set([...out.matchAll(/^\[compiling method (0x[0-9a-f]+) .*kSynchronous\]$/gm)].map((m) => m[1]));
    // The loop's first live tick (the preload's marker): compiles after it happened in live ticks.
    // (Not anchored to a line: another thread's trace line may have been cut by it.)
    const liveAt = out.search(/\[farhand-diag loop-live \d+\]/);
    const compiles = [...out.matchAll(/^\[completed compiling (0x[0-9a-f]+) <JSFunction (\S*).*?took ([\d.]+), ([\d.]+), ([\d.]+) ms\]$/gm)]
      .filter((m) => syncAt.has(m[1]))
      .map((m) => ({ fn: m[2], ms: Number(m[3]) + Number(m[4]) + Number(m[5]), live: liveAt >= 0 && m.index > liveAt }));
    const liveNs = Number(/\[farhand-diag loop-live (\d+)\]/.exec(out)?.[1] ?? NaN);
    // Busy spans >= 5 ms of the loop thread from its first live tick to the end (the whole run, not only the window).
    const busyLive = loopEv.filter((e) => e.k === 'busy' && e.ms >= 5 && e.t >= liveNs).length;
    const bigStalls = stalls.filter((st) => st.ms >= 20).map((st) => `${(st.start / 1e9).toFixed(1)} s: ${st.ms.toFixed(1)} ms`);
    return {
      variant,
      compiles,
      busyLive,
      bigStalls,
      windowS: (to - from) / 1e9,
      loopScav,
      nvp,
      err,
      missed,
      overruns: h1.loop.overruns - loop0.overruns,
      stalls5: stalls.length,
      stalls20: stalls.filter((s) => s.ms >= 20).length,
      stallMaxMs: stalls.reduce((a, s) => Math.max(a, s.ms), 0),
      cause,
      busyParts,
      busyWhere,
      busyMs,
      mainGc,
      loopGc,
      mainEldMaxMs: mainEld.reduce((a, e) => Math.max(a, e.maxMs), 0),
      mainEldP99Ms: mainEld.length ? mainEld.map((e) => e.p99Ms).sort((a, b) => a - b)[Math.floor(mainEld.length / 2)] : NaN,
      waitLate,
      portSlow,
      postToMain,
      postToRecorder,
      engaged: s.engaged,
      stallEvents,
      stateAtEnd,
      pageErrors: r.errors.length,
      load: [load0, os.loadavg()[0]],
      scheduling: h0.loopScheduling,
      degraded: (h1.degraded ?? []).map((d) => d.code),
    };
  } finally {
    if (agent.exitCode === null) agent.kill('SIGKILL');
    if (process.env.FARHAND_BESIDE_KEEP) process.stderr.write(`kept ${dir}\n`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

const fmt = (v, d) => (Number.isFinite(v) ? v.toFixed(d) : '-');

export default async function run() {
  if (!existsSync(CHROMIUM)) return { title: 'loop beside a browser', rows: [], notes: [`skipped: no Chromium at ${CHROMIUM}`] };
  const res = [];
  for (const v of VARIANTS) res.push(await runOnce(v));
  const rows = [];
  const row = (measure, f) => {
    const r = { measure };
    for (const x of res) r[x.variant] = f(x);
    rows.push(r);
  };
  row('loop period error p50 (us)', (x) => x.err.p50);
  row('loop period error p99 (us)', (x) => x.err.p99);
  row('loop period error p99.9 (us)', (x) => x.err.p999);
  row('loop period error max (us)', (x) => x.err.max);
  row('missed slots (recording) / overruns (/healthz)', (x) => `${x.missed} / ${x.overruns}`);
  row('stalls >= 5 ms / >= 20 ms; longest (ms)', (x) => `${x.stalls5} / ${x.stalls20}; ${x.stallMaxMs.toFixed(1)}`);
  row('stalls >= 5 ms in: Atomics.wait returned late / busy in the thread / unattributed', (x) => `${x.cause['wait-late']} / ${x.cause.busy} / ${x.cause.unattributed}`);
  row('  busy stalls by largest part: input port recv / post / event loop turn / GC / the tick itself', (x) => `${x.busyParts.port} / ${x.busyParts.post} / ${x.busyParts.turn} / ${x.busyParts.gc} / ${x.busyParts.other}`);
  row('  busy stalls, the thread mostly: on a CPU / runnable, waiting for one / blocked (ms in all)', (x) => `${x.busyWhere.cpu} / ${x.busyWhere.runnable} / ${x.busyWhere.blocked} (${x.busyMs.cpu.toFixed(0)} / ${x.busyMs.runnable.toFixed(0)} / ${x.busyMs.blocked.toFixed(0)})`);
  row('loop thread: Atomics.wait late >= 2 ms: count, p50, max (ms)', (x) => `${x.waitLate.n}, ${x.waitLate.p50?.toFixed?.(1) ?? ''}, ${Number.isFinite(x.waitLate.max) ? x.waitLate.max.toFixed(1) : '-'}`);
  row('loop thread: input port recv >= 2 ms; postMessage >= 2 ms to main / to the recorder (count)', (x) => `${x.portSlow}; ${x.postToMain} / ${x.postToRecorder}`);
  row('loop thread GC pauses >= 1 ms: count, max (ms)', (x) => `${x.loopGc.n}, ${Number.isFinite(x.loopGc.max) ? x.loopGc.max.toFixed(1) : '-'}`);
  row('loop thread scavenges: count, p50, p99, max (ms)', (x) => `${x.loopScav.n}, ${fmt(x.loopScav.p50, 2)}, ${fmt(x.loopScav.p99, 2)}, ${fmt(x.loopScav.max, 1)}`);
  if (NVP) row('loop isolate allocation, steady state (bytes per ms = per tick)', (x) => (x.nvp ? Math.round(x.nvp.bytesPerMs) : 'isolate not found'));
  if (TRACE_OPT) {
    row('loop thread: synchronous optimizing compiles before / after its first live tick', (x) => `${x.compiles.filter((c) => !c.live).length} / ${x.compiles.filter((c) => c.live).length}`);
    row('  after its first live tick: >= 5 ms; their sum; longest (ms)', (x) => {
      const live = x.compiles.filter((c) => c.live);
      return `${live.filter((c) => c.ms >= 5).length}; ${live.reduce((a, c) => a + c.ms, 0).toFixed(0)}; ${live.reduce((a, c) => Math.max(a, c.ms), 0).toFixed(1)}`;
    });
  }
  row('loop thread busy >= 5 ms between two waits, first live tick to the end (count)', (x) => x.busyLive);
  row('main thread GC pauses >= 1 ms: count, p99, max (ms)', (x) => `${x.mainGc.n}, ${Number.isFinite(x.mainGc.p99) ? x.mainGc.p99.toFixed(1) : '-'}, ${Number.isFinite(x.mainGc.max) ? x.mainGc.max.toFixed(1) : '-'}`);
  row('main thread event loop delay: median of 1 s p99s, max (ms)', (x) => `${x.mainEldP99Ms.toFixed(1)}, ${x.mainEldMaxMs.toFixed(1)}`);
  row('surgeon engaged; state at end; page errors', (x) => `${x.engaged}; ${x.stateAtEnd}; ${x.pageErrors}`);
  row('load average at start / end', (x) => `${x.load[0].toFixed(2)} / ${x.load[1].toFixed(2)}`);
  row('/healthz at end; LOOP_STALL events the surgeon client got', (x) => `${x.degraded.length ? x.degraded.join(', ') : 'ok'}; ${x.stallEvents}`);
  return {
    title: `loop beside ${BROWSER_PAGES} Chromium pages: the loop's ArrayBuffers swept on V8's worker pool (background) vs none allocated (local) (${SECONDS} s each)`,
    rows,
    notes: [
      `One agent per column (FARHAND_LOOP_GC and the variant's V8 flags; local is the agent's default), run one after the other on ${os.cpus().length} CPUs shared with other work; a surgeon client streams at ${RATE_HZ} Hz throughout. Loop scheduling: ${res[0]?.scheduling}.`,
      'A stall is a tick period >= 5 ms (>= 20 ms: LOOP_STALL). "Atomics.wait returned late": the thread asked to sleep until just before its slot and the call returned >= 2 ms after that (the kernel did not run it, or V8\'s futex mutex); "busy": >= 2 ms between two waits (the tick, its input drain, its posts, GC, the event loop turn).',
      ...res.map((x) => `${x.variant}: stalls >= 20 ms at (agent time) ${x.bigStalls.join(', ') || 'none'}`),
      ...(TRACE_OPT ? res.map((x) => `${x.variant}: synchronous optimizing compiles (--trace-opt, the whole run): ${x.compiles.length}, ${x.compiles.filter((c) => c.ms >= 5).length} of them >= 5 ms; longest: ${x.compiles.sort((a, b) => b.ms - a.ms).slice(0, 6).map((c) => `${c.fn} ${c.ms.toFixed(1)} ms`).join(', ')}`) : []),
      ...(TRACE_OPT ? res.map((x) => `${x.variant}: compiles >= 5 ms after the loop's first live tick (any isolate compiling synchronously: the loop's, main's): ${x.compiles.filter((c) => c.live && c.ms >= 5).map((c) => `${c.fn} ${c.ms.toFixed(1)}`).join(', ')}`) : []),
      ...res.filter((x) => x.nvp).map((x) => `${x.variant}: the loop isolate's longest collection (--trace-gc-nvp, phases >= 0.5 ms): ${x.nvp.longest}`),
      'Diagnostics: bench/loop-diag-preload.cjs (GC observer and monitorEventLoopDelay in every thread; timing of Atomics.wait, receiveMessageOnPort, postMessage and the event loop turn in the loop thread).',
    ],
  };
}

await runIfMain(import.meta.url, run);
