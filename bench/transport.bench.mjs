// Motion frame latency on loopback, WebSocket vs the WebRTC DataChannel (unordered, no retransmission),
// against the real agent (built CLI, simulated arm, 1 kHz loop, recording on): one surgeon session
// streams frames over each transport in turn at 100, 250, 500 and 1000 Hz, and the latency is each
// frame's capture -> agent receive, from the agent's own recording (exact: the same CLOCK_MONOTONIC,
// mapped through /healthz). Also, for the choice of where commands/acks/events/telemetry ride, the
// bare round trip of a small message on loopback: WebSocket, a reliable ordered DataChannel and the
// unordered no-retransmit one (Node peers, @roamhq/wrtc, no agent).
//   node bench/transport.bench.mjs          (FARHAND_TRANSPORT_SECONDS=4 per run by default)
// Loopback shows only the transports' own costs: no loss, so no head-of-line blocking. The figures
// that decide between them on a real link come from the packet-level link lab (issue 12, items 4-5).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import wrtc from '@roamhq/wrtc';
import WebSocket, { WebSocketServer } from 'ws';
import { decodeEnvelope, encodeEnvelope, farhand, toMotionFrame } from '../packages/protocol/dist/index.js';
import { readRecording } from '../packages/recording/dist/index.js';
import { runIfMain } from './table.mjs';

const pb = farhand.v1;
const CLI = fileURLToPath(new URL('../packages/robot-agent/dist/cli.js', import.meta.url));
const SECONDS = Number(process.env.FARHAND_TRANSPORT_SECONDS ?? 4);
const RATES_HZ = [100, 250, 500, 1000];

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const hr = () => process.hrtime.bigint();
const consoleOrigin = hr();
const consoleNowNs = () => Number(hr() - consoleOrigin);

function quantiles(values) {
  const v = Float64Array.from(values).sort();
  const q = (p) => (v.length ? v[Math.min(v.length - 1, Math.floor(p * v.length))] : NaN);
  return { p50: q(0.5), p99: q(0.99), max: v.length ? v[v.length - 1] : NaN, n: v.length };
}

class Client {
  constructor(url, token) {
    this.ws = new WebSocket(url, { perMessageDeflate: false });
    this.ws.binaryType = 'nodebuffer';
    this.acks = new Map();
    this.telemetry = null;
    this.onRtc = null;
    this.nextId = 1;
    this.ws.on('message', (d) => this.onMessage(d));
    this.ready = new Promise((resolve, reject) => {
      this.ws.once('open', () => this.send({ hello: { protocol_major: 1, protocol_minor: 0, role: pb.Role.SURGEON, token, client_name: 'transport-bench' } }));
      this.ws.once('error', reject);
      this.onWelcome = resolve;
    });
  }
  send(e) {
    this.ws.send(encodeEnvelope(e));
  }
  onMessage(d) {
    const r = decodeEnvelope(d, { maxBytes: 1 << 20 });
    if (!r.ok) return;
    if (r.kind === 'welcome') this.onWelcome(r.message);
    else if (r.kind === 'telemetry') this.telemetry = r.message;
    else if (r.kind === 'ack') this.acks.set(Number(r.message.id), r.message);
    else if (r.kind === 'rtc') this.onRtc?.(r.message);
    else if (r.kind === 'clock' && !r.message.reply) {
      const t1 = consoleNowNs();
      this.send({ clock: { id: r.message.id, t0_ns: r.message.t0_ns, t1_ns: t1, t2_ns: consoleNowNs(), reply: true } });
    }
  }
  async command(type) {
    const id = this.nextId++;
    this.send({ command: { id, type: pb.CommandType[type] } });
    for (let i = 0; i < 400 && !this.acks.has(id); i++) await sleep(5);
    const ack = this.acks.get(id);
    if (!ack) throw new Error(`no ack for ${type}`);
    return ack;
  }
}

/** The motion DataChannel, negotiated over the client's session as the console does it. */
async function openMotionChannel(client, label) {
  const pc = new wrtc.RTCPeerConnection({ iceServers: [] });
  const dc = pc.createDataChannel(label, { ordered: false, maxRetransmits: 0 });
  pc.onicecandidate = (e) =>
    client.send({ rtc: { type: pb.RtcSignalType.CANDIDATE, candidate: e.candidate?.candidate ?? '', sdp_mid: e.candidate?.sdpMid ?? '0', sdp_mline_index: e.candidate?.sdpMLineIndex ?? 0 } });
  client.onRtc = (m) => {
    if (m.type === pb.RtcSignalType.ANSWER) void pc.setRemoteDescription({ type: 'answer', sdp: m.sdp });
    else if (m.type === pb.RtcSignalType.CANDIDATE && m.candidate) void pc.addIceCandidate({ candidate: m.candidate, sdpMid: m.sdp_mid || '0', sdpMLineIndex: 0 }).catch(() => undefined);
  };
  const offer = await pc.createOffer();
  await pc.setLocalDescription(offer);
  client.send({ rtc: { type: pb.RtcSignalType.OFFER, sdp: offer.sdp } });
  for (let i = 0; i < 500 && dc.readyState !== 'open'; i++) await sleep(10);
  if (dc.readyState !== 'open') throw new Error('the DataChannel did not open');
  return { pc, dc };
}

/** Streams frames at rateHz for `seconds` through send(bytes); returns the seq range sent. */
async function streamAt(rateHz, seconds, orientation, seq0, send) {
  let seq = seq0;
  const end = consoleNowNs() + seconds * 1e9;
  let nextAt = consoleNowNs();
  while (consoleNowNs() < end) {
    const now = consoleNowNs();
    while (nextAt <= now) {
      send(encodeEnvelope({ motion: toMotionFrame({ armId: 0, seq: seq++, captureTimeNs: consoleNowNs(), position: [0, 0, 0], orientation, grip: 0, clutch: false, operatorPresent: true }) }));
      nextAt += 1e9 / rateHz;
    }
    await sleep(1);
  }
  return { from: seq0, to: seq - 1 };
}

/** Bare loopback round trips of a 60-byte message: ws, reliable ordered DC, unordered no-retransmit DC. */
async function echoRoundTrips(n = 2000) {
  const payload = new Uint8Array(60).fill(7);
  const out = {};
  // WebSocket.
  const server = new WebSocketServer({ port: 0, host: '127.0.0.1', perMessageDeflate: false });
  await new Promise((r) => server.once('listening', r));
  server.on('connection', (s) => s.on('message', (d) => s.send(d)));
  const ws = new WebSocket(`ws://127.0.0.1:${server.address().port}`, { perMessageDeflate: false });
  await new Promise((r) => ws.once('open', r));
  out.websocket = await pingPong(n, (cb) => ws.once('message', cb), (b) => ws.send(b), payload);
  ws.terminate();
  server.close();
  // DataChannels between two Node peers.
  for (const [name, init] of [
    ['datachannel reliable ordered', { ordered: true }],
    ['datachannel unordered, maxRetransmits 0', { ordered: false, maxRetransmits: 0 }],
  ]) {
    const a = new wrtc.RTCPeerConnection({ iceServers: [] });
    const b = new wrtc.RTCPeerConnection({ iceServers: [] });
    a.onicecandidate = (e) => e.candidate && b.addIceCandidate(e.candidate);
    b.onicecandidate = (e) => e.candidate && a.addIceCandidate(e.candidate);
    b.ondatachannel = (e) => (e.channel.onmessage = (m) => e.channel.send(m.data));
    const dc = a.createDataChannel('echo', init);
    dc.binaryType = 'arraybuffer';
    await a.setLocalDescription(await a.createOffer());
    await b.setRemoteDescription(a.localDescription);
    await b.setLocalDescription(await b.createAnswer());
    await a.setRemoteDescription(b.localDescription);
    for (let i = 0; i < 500 && dc.readyState !== 'open'; i++) await sleep(10);
    let waiter = null;
    dc.onmessage = () => waiter?.();
    out[name] = await pingPong(n, (cb) => (waiter = cb), (x) => dc.send(x), payload);
    a.close();
    b.close();
  }
  return out;
}

async function pingPong(n, once, send, payload) {
  const rtts = [];
  for (let i = 0; i < n; i++) {
    const t = hr();
    await new Promise((r) => {
      once(r);
      send(payload);
    });
    rtts.push(Number(hr() - t) / 1e3);
    if (i % 2 === 0) await sleep(1);
  }
  return quantiles(rtts.slice(200));
}

export default async function run() {
  const load0 = os.loadavg()[0];
  const dir = mkdtempSync(join(tmpdir(), 'farhand-transport-'));
  const agent = spawn(process.execPath, [CLI, '--port', '0', '--recording-dir', dir, '--log-level', 'warn', '--max-frame-rate', '2000'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  agent.stdout.setEncoding('utf8').on('data', (d) => (out += d));
  agent.stderr.resume();
  const exited = new Promise((r) => agent.once('exit', r));
  const runs = [];
  let echo;
  try {
    for (let i = 0; i < 300 && !/^Recording: /m.test(out); i++) await sleep(50);
    const consoleUrl = /^Console: (\S+)$/m.exec(out)?.[1];
    const recording = /^Recording: (\S+)$/m.exec(out)?.[1];
    if (!consoleUrl || !recording) throw new Error(`the agent did not start:\n${out}`);
    const base = new URL(consoleUrl);
    const h0 = await (await fetch(`http://${base.host}/healthz`)).json();
    const consoleToAgentNs = Number(consoleOrigin - BigInt(h0.clockOriginMonotonicNs));
    const client = new Client(`ws://${base.host}/ws`, base.searchParams.get('token'));
    const welcome = await client.ready;
    if (!welcome.rtc?.available) throw new Error(`the agent does not offer WebRTC: ${welcome.rtc?.unavailable_reason}`);
    for (let i = 0; i < 200 && !client.telemetry; i++) await sleep(10);
    const q = client.telemetry.measured_cp.orientation;
    const orientation = [q.x, q.y, q.z, q.w];
    if (!(await client.command('REQUEST_CONTROL')).ok) throw new Error('REQUEST_CONTROL refused');
    const { pc, dc } = await openMotionChannel(client, welcome.rtc.motion_label);
    let seq = 1;
    for (const rate of RATES_HZ) {
      for (const transport of ['websocket', 'webrtc']) {
        const send = transport === 'websocket' ? (b) => client.ws.send(b) : (b) => dc.send(b);
        // A short lead-in on each transport, not measured (the agent notes the switch).
        const lead = await streamAt(rate, 0.3, orientation, seq, send);
        const r = await streamAt(rate, SECONDS, orientation, lead.to + 1, send);
        seq = r.to + 1;
        runs.push({ transport, rate, ...r });
      }
    }
    dc.close();
    pc.close();
    client.ws.terminate();
    agent.kill('SIGTERM');
    await exited;
    echo = await echoRoundTrips();

    const rec = await readRecording(recording);
    const bySeq = new Map();
    for (const f of rec.frames) if (!f.msg.refused) bySeq.set(f.msg.frame.seq, f.msg);
    const rows = [];
    for (const r of runs) {
      const lat = [];
      let refused = 0;
      for (let s = r.from; s <= r.to; s++) {
        const f = bySeq.get(s);
        if (f) lat.push((f.receive_time_ns - (f.frame.capture_time_ns + consoleToAgentNs)) / 1e3);
      }
      refused = rec.frames.filter((f) => f.msg.refused).length;
      const qq = quantiles(lat);
      rows.push({
        measure: 'frame capture -> agent receive (us)',
        transport: r.transport === 'webrtc' ? 'datachannel unordered, maxRetransmits 0' : 'websocket',
        rate_hz: r.rate,
        p50: qq.p50,
        p99: qq.p99,
        max: qq.max,
        n: qq.n,
        missing: r.to - r.from + 1 - qq.n,
        refused_in_session: refused,
      });
    }
    for (const [name, qq] of Object.entries(echo)) {
      rows.push({ measure: 'bare round trip, 60 B (us)', transport: name, rate_hz: '', p50: qq.p50, p99: qq.p99, max: qq.max, n: qq.n, missing: '', refused_in_session: '' });
    }
    return {
      title: 'Motion transports on loopback: WebSocket vs WebRTC DataChannel',
      rows,
      notes: [
        `${SECONDS} s per run, one surgeon session (control held, not engaged: the frames are accepted and recorded), agent from dist with the simulated PSM, 1 kHz loop, recording on; load average ${load0.toFixed(2)} at start.`,
        'Frame latency is the agent recording\'s receive time minus the capture time, on the same host clock: the transport plus the agent\'s receive path (decode, checks, queueing to the loop), not the playout delay.',
        'Bare round trips are in one Node process (ws echo server; two @roamhq/wrtc peers), every other ping 1 ms apart.',
        'No loss on loopback: TCP head-of-line blocking never shows here. The link lab (issue 12 items 4-5) measures the transports under packet loss.',
      ],
    };
  } finally {
    if (agent.exitCode === null) {
      agent.kill('SIGKILL');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

await runIfMain(import.meta.url, run);
