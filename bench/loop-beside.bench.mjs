// The 1 kHz loop beside a browser, inputs through the MessagePort vs the lock-free ring, in one run: the
// agent (its own process, recording on) twice, FARHAND_LOOP_INPUTS=port then =ring, each with one
// surgeon client streaming motion at 500 Hz (plus its clock probes) and BROWSER_PAGES headless Chromium
// pages (consoles and monitors, WebGL on the CPU) open beside it on the same 2 cores. Loop figures come
// from the recording's tick times; bench/loop-diag-preload.cjs, preloaded into the agent, says where
// each stall was spent (the loop thread's Atomics.wait returning late, or busy in a tick: port, posts,
// GC) and gives each thread's GC pauses and event loop delay.
//   node bench/loop-beside.bench.mjs      (after `node scripts/build.mjs`; ~75 s)
//   FARHAND_BESIDE_SECONDS=20 FARHAND_BESIDE_ORDER=ring,port node bench/loop-beside.bench.mjs
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
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
const ORDER = (process.env.FARHAND_BESIDE_ORDER ?? 'port,ring').split(',');
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

async function runOnce(path) {
  const dir = mkdtempSync(join(tmpdir(), `farhand-beside-${path}-`));
  const diagBase = join(dir, 'diag');
  const agent = spawn(process.execPath, ['--require', PRELOAD, CLI, '--port', '0', '--recording-dir', dir, '--log-level', 'warn'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FARHAND_LOOP_INPUTS: path, FARHAND_LOOP_DIAG: diagBase },
  });
  let out = '';
  agent.stdout.setEncoding('utf8').on('data', (d) => (out += d));
  agent.stderr.resume();
  const exited = new Promise((r) => agent.once('exit', r));
  try {
    for (let i = 0; i < 300 && !/^Recording: /m.test(out); i++) await sleep(50);
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
    agent.kill('SIGTERM');
    await exited;

    const rec = await readRecording(recording);
    const ticks = rec.ticks.map((t) => t.msg);
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
        }
      }
    }
    const win = (e) => e.a >= from && e.a <= to;
    const gcOf = (th) => diag.filter((e) => e.thread === th && e.k === 'gc' && win(e)).map((e) => e.ms);
    const eldOf = (th) => diag.filter((e) => e.thread === th && e.k === 'eld' && win(e));
    const mainGc = quantiles(gcOf('main'));
    const loopGc = quantiles(gcOf('loop'));
    const mainEld = eldOf('main');
    const waitLate = quantiles(loopEv.filter((e) => e.k === 'wait-late' && win(e)).map((e) => e.ms));
    const portSlow = loopEv.filter((e) => e.k === 'port-recv' && win(e)).length;
    const postSlow = loopEv.filter((e) => e.k === 'post' && win(e));
    const postToMain = postSlow.filter((e) => e.to === 'main').length;
    const postToRecorder = postSlow.length - postToMain;
    return {
      path,
      err,
      missed,
      overruns: h1.loop.overruns - loop0.overruns,
      stalls5: stalls.length,
      stalls20: stalls.filter((s) => s.ms >= 20).length,
      stallMaxMs: stalls.reduce((a, s) => Math.max(a, s.ms), 0),
      cause,
      busyParts,
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

export default async function run() {
  if (!existsSync(CHROMIUM)) return { title: 'loop beside a browser', rows: [], notes: [`skipped: no Chromium at ${CHROMIUM}`] };
  const res = [];
  for (const path of ORDER) res.push(await runOnce(path));
  const rows = [];
  const row = (measure, f) => {
    const r = { measure };
    for (const x of res) r[x.path] = f(x);
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
  row('loop thread: Atomics.wait late >= 2 ms: count, p50, max (ms)', (x) => `${x.waitLate.n}, ${x.waitLate.p50?.toFixed?.(1) ?? ''}, ${Number.isFinite(x.waitLate.max) ? x.waitLate.max.toFixed(1) : '-'}`);
  row('loop thread: input port recv >= 2 ms; postMessage >= 2 ms to main / to the recorder (count)', (x) => `${x.portSlow}; ${x.postToMain} / ${x.postToRecorder}`);
  row('loop thread GC pauses >= 1 ms: count, max (ms)', (x) => `${x.loopGc.n}, ${Number.isFinite(x.loopGc.max) ? x.loopGc.max.toFixed(1) : '-'}`);
  row('main thread GC pauses >= 1 ms: count, p99, max (ms)', (x) => `${x.mainGc.n}, ${Number.isFinite(x.mainGc.p99) ? x.mainGc.p99.toFixed(1) : '-'}, ${Number.isFinite(x.mainGc.max) ? x.mainGc.max.toFixed(1) : '-'}`);
  row('main thread event loop delay: median of 1 s p99s, max (ms)', (x) => `${x.mainEldP99Ms.toFixed(1)}, ${x.mainEldMaxMs.toFixed(1)}`);
  row('surgeon engaged; state at end; page errors', (x) => `${x.engaged}; ${x.stateAtEnd}; ${x.pageErrors}`);
  row('load average at start / end', (x) => `${x.load[0].toFixed(2)} / ${x.load[1].toFixed(2)}`);
  row('/healthz at end; LOOP_STALL events the surgeon client got', (x) => `${x.degraded.length ? x.degraded.join(', ') : 'ok'}; ${x.stallEvents}`);
  return {
    title: `loop beside ${BROWSER_PAGES} Chromium pages: inputs through the MessagePort vs the lock-free ring (${SECONDS} s each)`,
    rows,
    notes: [
      `One agent per column (FARHAND_LOOP_INPUTS), run one after the other on ${os.cpus().length} CPUs shared with other work; a surgeon client streams at ${RATE_HZ} Hz throughout. Loop scheduling: ${res[0]?.scheduling}.`,
      'A stall is a tick period >= 5 ms (>= 20 ms: LOOP_STALL). "Atomics.wait returned late": the thread asked to sleep until just before its slot and the call returned >= 2 ms after that (the kernel did not run it, or V8\'s futex mutex); "busy": >= 2 ms between two waits (the tick, its input drain, its posts, GC, the event loop turn).',
      'Diagnostics: bench/loop-diag-preload.cjs (GC observer and monitorEventLoopDelay in every thread; timing of Atomics.wait, receiveMessageOnPort, postMessage and the event loop turn in the loop thread).',
    ],
  };
}

await runIfMain(import.meta.url, run);
