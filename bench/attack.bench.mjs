// The hostile-client suite (issue 13): a real agent (packages/robot-agent/dist/cli.js, simulated arm,
// 1 kHz loop, recording on) on 127.0.0.1, attacked one way after another, each attack bounded in count
// and time. Per attack, measured by the agent's own recording, /proc and /healthz:
//   - setpoint_um: how far the arm's setpoint moved from where it rested (every recorded tick in the window)
//   - connect: fresh surgeon and bedside (observer) sessions that got their Welcome during the attack
//   - rss_mb: the agent's peak RSS; its growth during the attack and over the idle figure (bounds below)
//   - healthz: probes answered within 1 s, and their p99 latency
//   - period_p99_us: the loop's tick-to-tick period p99 in the window, against 2x the idle figure of the run
// The row passes when all of these hold. Attacks: seq-reuse frames on the controller's own socket,
// reconnecting squatters, an e-stop flood, a refused-frame flood from many observers, cross-origin
// upgrades, rebinding Host headers, a silent controller, slowloris sockets and garbage.
//   npm run attack                                    (builds first; FARHAND_ATTACK_SECONDS=5 per attack)
//   node bench/attack.bench.mjs [--json] [--only a,b]  (after `node scripts/build.mjs`)
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { connect as tcpConnect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { decodeEnvelope, encodeEnvelope, farhand, toMotionFrame } from '../packages/protocol/dist/index.js';
import { readRecording } from '../packages/recording/dist/index.js';
import { formatResult, runIfMain } from './table.mjs';

/** Loop period p99 under attack / idle p99 that passes: 2 (the issue's bound); the bounded run inside a
 * busy `npm test` (other test files share the 2 cores) passes a looser one (FARHAND_ATTACK_PERIOD_RATIO). */
const PERIOD_RATIO = Number(process.env.FARHAND_ATTACK_PERIOD_RATIO ?? 2);
const pb = farhand.v1;
const CLI = fileURLToPath(new URL('../packages/robot-agent/dist/cli.js', import.meta.url));
const SECONDS = Number(process.env.FARHAND_ATTACK_SECONDS ?? 5);
const IDLE_SECONDS = Math.min(3, Math.max(1, SECONDS));
/**
 * Peak RSS during an attack may exceed the RSS at its start by at most RSS_BOUND_MB, and the idle figure
 * of the run by at most RSS_TOTAL_BOUND_MB (V8 grows its heap lazily across attacks: a plateau, not a leak).
 */
const RSS_BOUND_MB = 64;
const RSS_TOTAL_BOUND_MB = 128;
/** The controller-silence deadline the agent runs with here (the default is 2 s; shorter keeps the run short). */
const SILENCE_S = 0.5;
const TOKENS = { surgeon: randomBytes(18).toString('base64url'), observer: randomBytes(18).toString('base64url'), engineer: randomBytes(18).toString('base64url') };

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const hr = () => process.hrtime.bigint();

function quantile(values, p) {
  if (values.length === 0) return NaN;
  const v = Float64Array.from(values).sort();
  return v[Math.min(v.length - 1, Math.floor(p * v.length))];
}

function rssMb(pid) {
  const m = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

/** A farhand.v1 client: Hello, Welcome, acks, events, telemetry; answers clock probes unless told not to. */
class Client {
  constructor(url, { role, token, name, answerProbes = true, origin }) {
    this.ws = new WebSocket(url, { perMessageDeflate: false, ...(origin ? { origin } : {}) });
    this.ws.binaryType = 'nodebuffer';
    this.welcome = null;
    this.reject = null;
    this.telemetry = null;
    this.events = [];
    this.acks = new Map();
    this.nextId = 1;
    this.answerProbes = answerProbes;
    this.ws.on('error', () => undefined);
    this.ws.on('message', (d) => this.onMessage(d));
    this.ready = new Promise((resolve) => {
      this.ws.once('open', () => this.send({ hello: { protocol_major: 1, protocol_minor: 0, role: pb.Role[role], token, client_name: name } }));
      this.ws.once('close', () => resolve(false));
      this.onWelcome = resolve;
    });
  }
  send(e) {
    if (this.ws.readyState === WebSocket.OPEN) this.ws.send(encodeEnvelope(e));
  }
  onMessage(d) {
    const r = decodeEnvelope(d, { maxBytes: 1 << 20 });
    if (!r.ok) return;
    if (r.kind === 'welcome') {
      this.welcome = r.message;
      this.onWelcome(true);
    } else if (r.kind === 'reject') this.reject = r.message;
    else if (r.kind === 'telemetry') this.telemetry = r.message;
    else if (r.kind === 'event') this.events.push(r.message);
    else if (r.kind === 'ack') this.acks.set(Number(r.message.id), r.message);
    else if (r.kind === 'clock' && !r.message.reply && this.answerProbes) {
      const t = Number(hr());
      this.send({ clock: { id: r.message.id, t0_ns: r.message.t0_ns, t1_ns: t, t2_ns: t, reply: true } });
    }
  }
  async command(type, extra = {}) {
    const id = this.nextId++;
    this.send({ command: { id, type: pb.CommandType[type], ...extra } });
    for (let i = 0; i < 400 && !this.acks.has(id); i++) await sleep(5);
    return this.acks.get(id) ?? { ok: false, reason: 'no ack within 2 s' };
  }
  close() {
    this.ws.terminate();
  }
}

async function within(promise, ms) {
  let timer;
  const r = await Promise.race([promise, new Promise((res) => (timer = setTimeout(() => res(false), ms)))]);
  clearTimeout(timer);
  return r;
}

/** A fresh surgeon and a fresh bedside observer: both welcomed within 3 s? */
async function realClientsGetIn(wsUrl) {
  const s = new Client(wsUrl, { role: 'SURGEON', token: TOKENS.surgeon, name: 'real-surgeon' });
  const o = new Client(wsUrl, { role: 'OBSERVER', token: TOKENS.observer, name: 'real-bedside' });
  const [a, b] = await Promise.all([within(s.ready, 3000), within(o.ready, 3000)]);
  s.close();
  o.close();
  return (a ? 1 : 0) + (b ? 1 : 0);
}

/** One raw HTTP request; resolves { status, ms } (status 0 on error or timeout). */
function httpGet(port, path, headers = {}, timeoutMs = 1000) {
  const t0 = performance.now();
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET', headers, setHost: !('host' in headers), agent: false, timeout: timeoutMs }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - t0 }));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve({ status: 0, ms: performance.now() - t0 }));
    req.end();
  });
}

/** A WebSocket upgrade with chosen headers; resolves the HTTP status (101 when upgraded). */
function upgradeStatus(port, headers) {
  return new Promise((resolve) => {
    const req = request({
      host: '127.0.0.1',
      port,
      path: '/ws',
      agent: false,
      setHost: !('host' in headers),
      headers: { connection: 'Upgrade', upgrade: 'websocket', 'sec-websocket-version': '13', 'sec-websocket-key': randomBytes(16).toString('base64'), ...headers },
    });
    req.on('upgrade', (res, socket) => {
      socket.destroy();
      resolve(101);
    });
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', () => resolve(0));
    req.end();
  });
}

// ------------------------------------------------------------------------------------------------
// The attacks. Each runs for about `ms`, bounded in count too, and returns { sent, outcome }.

const HOME_ORIENTATION = (c) => {
  const q = c.telemetry.measured_cp.orientation;
  return [q.x, q.y, q.z, q.w];
};

const ATTACKS = {
  /** On the controller's own socket: a still hand, with frames that reuse seqs with other poses, a maximal seq and future stamps. */
  async 'seq-reuse'({ wsUrl }, ms) {
    const c = new Client(wsUrl, { role: 'SURGEON', token: TOKENS.surgeon, name: 'attacker-seq' });
    await within(c.ready, 3000);
    for (let i = 0; i < 200 && !c.telemetry; i++) await sleep(5);
    const orientation = HOME_ORIENTATION(c);
    await c.command('REQUEST_CONTROL');
    let seq = 1;
    let sent = 0;
    const frame = (s, p, stampNs = Number(hr())) => {
      c.send({ motion: toMotionFrame({ armId: 0, seq: s, captureTimeNs: stampNs, position: p, orientation, grip: 0, clutch: false, operatorPresent: true }) });
      sent++;
    };
    const still = [0, 0, 0];
    let creep = 0;
    let lastReason = '';
    const end = Date.now() + ms;
    let engaged = false;
    while (Date.now() < end && sent < 100_000) {
      frame(seq++, still);
      if (!engaged && seq > 60 && seq % 20 === 0) {
        const a = await c.command('ENGAGE');
        engaged = a.ok;
        lastReason = a.reason;
        continue;
      }
      // Earlier seqs with other poses: a far one, and one that creeps 5 mm further each time (within the
      // hand-speed limit of the one before, so a detector that took it as its reference would follow it).
      if (engaged && seq % 4 === 0) frame(seq - 3, [0.03, -0.02, 0.05]);
      if (engaged && seq % 4 === 2) frame(seq - 1, [Math.min(0.05, (creep += 0.005)), 0, 0]);
      // The last third: a maximal seq and frames stamped an hour ahead (they may stop teleoperation, never move the arm).
      const late = Date.now() > end - ms / 3;
      if (late && engaged && seq % 50 === 0) frame(2 ** 53 - 1, [0.05, 0.05, 0.05]);
      if (late && engaged && seq % 70 === 0) frame(seq + 1, [-0.04, 0, 0.03], Number(hr()) + 3600e9);
      await sleep(5);
    }
    const state = pb.SupervisorState[c.telemetry?.state ?? 0];
    await c.command('DISENGAGE');
    await c.command('RELEASE_CONTROL');
    c.close();
    return { sent, outcome: engaged ? `engaged; ${state} at the end` : `ENGAGE refused: ${lastReason}` };
  },

  /** 40 sockets that never say Hello, each reconnecting as soon as it is closed. */
  async squatters({ wsUrl, port }, ms) {
    let opened = 0;
    let stop = false;
    const squat = async () => {
      while (!stop && opened < 50_000) {
        const ws = new WebSocket(wsUrl, { perMessageDeflate: false });
        ws.on('error', () => undefined);
        opened++;
        await new Promise((r) => {
          ws.once('close', r);
          ws.once('error', r);
        });
      }
    };
    const all = Array.from({ length: 40 }, squat);
    await sleep(300);
    let got = 0;
    let tries = 0;
    const end = Date.now() + ms - 300;
    while (Date.now() < end) {
      got += await realClientsGetIn(wsUrl);
      tries += 2;
      await sleep(100);
    }
    stop = true;
    await Promise.all(all);
    void port;
    return { sent: opened, outcome: `real ${got}/${tries} in` };
  },

  /** One observer sending e-stops as fast as its socket takes them. */
  async 'estop-flood'({ wsUrl }, ms) {
    const o = new Client(wsUrl, { role: 'OBSERVER', token: TOKENS.observer, name: 'attacker-estop' });
    await within(o.ready, 3000);
    let sent = 0;
    const end = Date.now() + ms;
    while (Date.now() < end && sent < 5_000_000) {
      while (o.ws.bufferedAmount < 1 << 20 && sent % 1000 !== 999) {
        o.ws.send(encodeEnvelope({ command: { id: sent + 1, type: pb.CommandType.ESTOP } }));
        sent++;
      }
      sent++;
      o.ws.send(encodeEnvelope({ command: { id: sent, type: pb.CommandType.ESTOP } }));
      await new Promise((r) => setImmediate(r));
    }
    const acks = o.acks.size;
    await sleep(200);
    const reset = await o.command('RESET_FAULT');
    o.close();
    return { sent, outcome: `${acks} acks; reset ${reset.ok ? 'ok' : reset.reason}` };
  },

  /** 24 observers sending motion frames under their message rate (every one refused as NOT_CONTROLLER). */
  async 'refused-flood'({ wsUrl, health }, ms) {
    const obs = Array.from({ length: 24 }, (_, i) => new Client(wsUrl, { role: 'OBSERVER', token: TOKENS.observer, name: `attacker-obs-${i}` }));
    await Promise.all(obs.map((o) => within(o.ready, 3000)));
    const b0 = (await health()).recording.bytes;
    const t0 = Date.now();
    let sent = 0;
    const bytes = encodeEnvelope({ motion: toMotionFrame({ armId: 0, seq: 1, captureTimeNs: 1, position: [0.01, 0, 0], orientation: [0, 0, 0, 1], grip: 0, clutch: false, operatorPresent: true }) });
    // 1500 frames/s each (the message limit is 2000/s): 15 every 10 ms.
    while (Date.now() - t0 < ms && sent < 2_000_000) {
      for (const o of obs) for (let k = 0; k < 15; k++) if (o.ws.readyState === WebSocket.OPEN && o.ws.bufferedAmount < 1 << 20) (o.ws.send(bytes), sent++);
      await sleep(10);
    }
    await sleep(1200); // the last summaries and a flushed chunk
    const grownMb = ((await health()).recording.bytes - b0) / 1e6;
    for (const o of obs) o.close();
    return { sent, outcome: `recording +${((grownMb / ((Date.now() - t0) / 1000)) * 3600 / 1000).toFixed(2)} GB/h` };
  },

  /** Upgrades from a page on another site. */
  async 'cross-origin'({ port }, ms) {
    let sent = 0;
    let refused = 0;
    const end = Date.now() + ms;
    while (Date.now() < end && sent < 20_000) {
      const batch = await Promise.all(Array.from({ length: 20 }, () => upgradeStatus(port, { origin: 'http://evil.example' })));
      sent += batch.length;
      refused += batch.filter((s) => s === 403).length;
    }
    return { sent, outcome: `${refused}/${sent} refused 403` };
  },

  /** DNS rebinding: requests and upgrades naming a foreign host. */
  async 'rebind-host'({ port }, ms) {
    let sent = 0;
    let refused = 0;
    const host = `rebind.example:${port}`;
    const end = Date.now() + ms;
    while (Date.now() < end && sent < 20_000) {
      const batch = await Promise.all([
        ...Array.from({ length: 8 }, (_, i) => httpGet(port, i % 2 ? '/metrics' : '/healthz', { host }).then((r) => r.status)),
        ...Array.from({ length: 4 }, () => upgradeStatus(port, { host })),
      ]);
      sent += batch.length;
      refused += batch.filter((s) => s === 403).length;
    }
    return { sent, outcome: `${refused}/${sent} refused 403` };
  },

  /** A controller that takes the lock and then sends nothing (but its socket stays open and answers pings). */
  async 'silent-controller'({ wsUrl }, ms) {
    const watcher = new Client(wsUrl, { role: 'OBSERVER', token: TOKENS.observer, name: 'watcher' });
    const c = new Client(wsUrl, { role: 'SURGEON', token: TOKENS.surgeon, name: 'attacker-silent', answerProbes: false });
    await Promise.all([within(c.ready, 3000), within(watcher.ready, 3000)]);
    const took = await c.command('REQUEST_CONTROL');
    const t0 = Date.now();
    let lostAfterS = NaN;
    while (Date.now() - t0 < ms) {
      const lost = watcher.events.find((e) => e.code === 'CONTROL_LOST');
      if (lost && Number.isNaN(lostAfterS)) lostAfterS = (Date.now() - t0) / 1000;
      await sleep(20);
    }
    c.close();
    watcher.close();
    return { sent: 1, outcome: took.ok ? (Number.isNaN(lostAfterS) ? 'kept control' : `lost control after ${lostAfterS.toFixed(2)} s`) : `no control: ${took.reason}` };
  },

  /** 1000 sockets that send a request line and then one header line every 2 s. */
  async slowloris({ port }, ms) {
    const N = 1000;
    const held = [];
    const socks = [];
    for (let i = 0; i < N; i++) {
      const t0 = Date.now();
      const s = tcpConnect(port, '127.0.0.1');
      s.on('error', () => undefined);
      s.on('connect', () => s.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n'));
      s.on('close', () => held.push((Date.now() - t0) / 1000));
      socks.push(s);
      if (i % 50 === 49) await sleep(10);
    }
    const drip = setInterval(() => {
      for (const s of socks) if (!s.destroyed) s.write('X-Drip: 1\r\n');
    }, 2000);
    await sleep(ms);
    clearInterval(drip);
    const open = socks.filter((s) => !s.destroyed).length;
    for (const s of socks) s.destroy();
    return { sent: N, outcome: `${N - open}/${N} closed by the agent; held p50 ${quantile(held, 0.5).toFixed(2)} s` };
  },

  /** Garbage: random bytes before and after Hello, and malformed HTTP. */
  async garbage({ wsUrl, port }, ms) {
    const o = new Client(wsUrl, { role: 'OBSERVER', token: TOKENS.observer, name: 'attacker-garbage' });
    await within(o.ready, 3000);
    let sent = 0;
    const end = Date.now() + ms;
    while (Date.now() < end && sent < 200_000) {
      for (let k = 0; k < 20; k++) o.ws.readyState === WebSocket.OPEN && o.ws.bufferedAmount < 1 << 20 && (o.ws.send(randomBytes(1 + (k * 37) % 300)), sent++);
      if (sent % 200 === 0) {
        const pre = new WebSocket(wsUrl, { perMessageDeflate: false });
        pre.on('error', () => undefined);
        pre.on('open', () => (pre.send(randomBytes(64)), pre.send('not a hello')));
        const s = tcpConnect(port, '127.0.0.1', () => s.end(randomBytes(200)));
        s.on('error', () => undefined);
        sent += 3;
      }
      await sleep(5);
    }
    const alive = o.ws.readyState === WebSocket.OPEN;
    o.close();
    return { sent, outcome: alive ? 'socket kept (refusals counted)' : 'socket closed' };
  },
};

// ------------------------------------------------------------------------------------------------

export default async function run({ seconds = SECONDS, only = null } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'farhand-attack-'));
  const args = [CLI, '--port', '0', '--recording-dir', dir, '--log-level', 'error', '--controller-silence', String(SILENCE_S)];
  for (const [role, t] of Object.entries(TOKENS)) args.push(`--token-${role}`, t);
  const agent = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  agent.stdout.setEncoding('utf8').on('data', (d) => (out += d));
  agent.stderr.resume();
  const exited = new Promise((r) => agent.once('exit', r));
  const rows = [];
  let idleRecordingGbPerH = NaN;
  try {
    for (let i = 0; i < 300 && !/^Recording: /m.test(out); i++) await sleep(50);
    const consoleUrl = /^Console: (\S+)$/m.exec(out)?.[1];
    const recording = /^Recording: (\S+)$/m.exec(out)?.[1];
    if (!consoleUrl || !recording) throw new Error(`the agent did not start:\n${out}`);
    const base = new URL(consoleUrl);
    const port = Number(base.port);
    const wsUrl = `ws://${base.host}/ws`;
    const health = async () => (await fetch(`http://${base.host}/healthz`)).json();
    const agentOrigin = BigInt((await health()).clockOriginMonotonicNs);
    const agentNow = () => Number(hr() - agentOrigin);

    /** Samples RSS and probes /healthz every 200 ms while `body` runs. */
    const watch = async (body) => {
      const rss = [];
      const probes = [];
      let going = true;
      const sampler = (async () => {
        while (going) {
          rss.push(rssMb(agent.pid));
          probes.push(httpGet(port, '/healthz'));
          await sleep(200);
        }
      })();
      const t0 = agentNow();
      const result = await body();
      const t1 = agentNow();
      going = false;
      await sampler;
      const answers = await Promise.all(probes);
      return { result, t0, t1, rss, answers };
    };

    await sleep(1000); // start-up settles before the idle figures
    const idleBytes0 = (await health()).recording.bytes;
    const idle = await watch(() => sleep(IDLE_SECONDS * 1000));
    await sleep(600); // a chunk flushed
    idleRecordingGbPerH = ((((await health()).recording.bytes - idleBytes0) / 1e9) * 3600) / ((idle.t1 - idle.t0) / 1e9 + 0.6);
    const idleRss = quantile(idle.rss, 0.5);
    const windows = [];
    for (const [name, attack] of Object.entries(ATTACKS)) {
      if (only && !only.includes(name)) continue;
      const w = await watch(async () => {
        const r = await attack({ wsUrl, port, health }, seconds * 1000);
        // The real clients, once more at the end of every attack.
        const got = await realClientsGetIn(wsUrl);
        return { ...r, got };
      });
      windows.push({ name, ...w });
      await sleep(300);
    }
    agent.kill('SIGTERM');
    await exited;

    // From the recording: the setpoint and the tick period in each window.
    const rec = await readRecording(recording);
    const ticks = rec.ticks.map((t) => t.msg);
    const rest = ticks.find((t) => t.time_ns >= idle.t0)?.setpoint_cp.position;
    const inWindow = (a, b) => ticks.filter((t) => t.time_ns >= a && t.time_ns <= b);
    const periods = (a, b) => {
      const p = [];
      for (let i = 1; i < ticks.length; i++) if (ticks[i].time_ns >= a && ticks[i].time_ns <= b) p.push((ticks[i].time_ns - ticks[i - 1].time_ns) / 1e3);
      return p;
    };
    const idleP99 = quantile(periods(idle.t0, idle.t1), 0.99);
    rows.push({
      attack: 'idle',
      sent: 0,
      outcome: `recording +${idleRecordingGbPerH.toFixed(2)} GB/h`,
      setpoint_um: 0,
      connect: '',
      rss_mb: idleRss,
      rss_growth_mb: 0,
      rss_over_idle_mb: 0,
      healthz: `${idle.answers.filter((a) => a.status === 200 || a.status === 503).length}/${idle.answers.length}`,
      healthz_p99_ms: quantile(idle.answers.map((a) => a.ms), 0.99),
      period_p99_us: idleP99,
      period_ratio: 1,
      pass: 'yes',
    });
    for (const w of windows) {
      const moved = Math.max(0, ...inWindow(w.t0, w.t1 + 0.3e9).map((t) => Math.hypot(t.setpoint_cp.position.x - rest.x, t.setpoint_cp.position.y - rest.y, t.setpoint_cp.position.z - rest.z) * 1e6));
      const p99 = quantile(periods(w.t0, w.t1), 0.99);
      // Answered: the health report came back within 1 s, 200 (ok) or 503 (degraded, e.g. overruns on a busy
      // machine): responsiveness is what the attack must not take away; the status is reported apart.
      const answered = w.answers.filter((a) => (a.status === 200 || a.status === 503) && a.ms < 1000).length;
      const degraded = w.answers.filter((a) => a.status === 503).length;
      const peak = Math.max(...w.rss);
      const got = w.result.got + (/^real (\d+)\/(\d+)/.exec(w.result.outcome) ? Number(/^real (\d+)/.exec(w.result.outcome)[1]) : 0);
      const tries = 2 + (/^real \d+\/(\d+)/.exec(w.result.outcome) ? Number(/^real \d+\/(\d+)/.exec(w.result.outcome)[1]) : 0);
      const checks = {
        setpoint: moved < 1,
        connect: got === tries,
        rss: peak - w.rss[0] <= RSS_BOUND_MB && peak - idleRss <= RSS_TOTAL_BOUND_MB,
        healthz: answered === w.answers.length,
        period: p99 <= PERIOD_RATIO * idleP99,
      };
      const failed = Object.entries(checks).filter(([, ok]) => !ok).map(([k]) => k);
      rows.push({
        attack: w.name,
        sent: w.result.sent,
        outcome: w.result.outcome,
        setpoint_um: moved,
        connect: `${got}/${tries}`,
        rss_mb: peak,
        rss_growth_mb: peak - w.rss[0],
        rss_over_idle_mb: peak - idleRss,
        healthz: `${answered}/${w.answers.length}${degraded ? ` (${degraded} degraded)` : ''}`,
        healthz_p99_ms: quantile(w.answers.map((a) => a.ms), 0.99),
        period_p99_us: p99,
        period_ratio: p99 / idleP99,
        pass: failed.length === 0 ? 'yes' : `no: ${failed.join(', ')}`,
      });
    }
  } finally {
    if (agent.exitCode === null) agent.kill('SIGKILL');
    await exited;
    if (!process.env.FARHAND_ATTACK_KEEP) rmSync(dir, { recursive: true, force: true });
  }
  return {
    title: `Hostile clients against a live agent (${seconds} s per attack, loopback)`,
    rows,
    notes: [
      'setpoint_um: largest distance of the recorded setpoint from its idle position in the window; pass below 1 um',
      'connect: fresh surgeon + bedside sessions welcomed during/after the attack',
      `rss_growth_mb: peak minus the RSS at the attack's start (bound ${RSS_BOUND_MB} MB); rss_over_idle_mb: peak minus the idle figure (bound ${RSS_TOTAL_BOUND_MB} MB)`,
      `healthz: probes every 200 ms answered within 1 s (200 ok, or 503 degraded: counted apart); period_ratio: tick period p99 / the idle p99 of this run (pass <= ${PERIOD_RATIO})`,
      `the agent runs with its defaults except --controller-silence ${SILENCE_S} (default 2 s) so the silent controller fits the window`,
    ],
  };
}

if (process.argv.includes('--json') && process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const onlyArg = process.argv.find((a) => a.startsWith('--only='));
  const result = await run({ only: onlyArg ? onlyArg.slice(7).split(',') : null });
  process.stderr.write(`${formatResult(result)}\n`);
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else {
  await runIfMain(import.meta.url, () => {
    const onlyArg = process.argv.find((a) => a.startsWith('--only='));
    return run({ only: onlyArg ? onlyArg.slice(7).split(',') : null });
  });
}
