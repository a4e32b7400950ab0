#!/usr/bin/env node
// A surgeon's console for the lab benches and tests, run as its own process inside the lab's console
// namespace: connects to the agent, answers clock probes, takes control, engages and streams the recorded
// dVRK trajectory as the hand at a steady rate over the chosen transport (motion on the WebSocket, or on an
// unordered, never-retransmitted WebRTC DataChannel), then disengages and prints one JSON line: what it
// sent (seq, capture time on CLOCK_MONOTONIC, position) and the telemetry it saw.
//   node bench/lab/console-client.mjs --url ws://10.213.0.2:8080/ws --token T [--transport ws|dc]
//        [--seconds 20] [--rate 100] [--scale 0.2]
import { parseArgs } from 'node:util';
import WebSocket from 'ws';
import { decodeEnvelope, encodeEnvelope, farhand, toMotionFrame } from '../../packages/protocol/dist/index.js';
import { qConj, qMul, qNormalize, sampleAt } from './trajectory.mjs';

const pb = farhand.v1;
const { values: a } = parseArgs({
  options: {
    url: { type: 'string' },
    token: { type: 'string' },
    transport: { type: 'string', default: 'ws' },
    seconds: { type: 'string', default: '20' },
    rate: { type: 'string', default: '100' },
  },
});
if (!a.url || !a.token || !['ws', 'dc'].includes(a.transport)) {
  process.stderr.write('usage: console-client.mjs --url ws://HOST:PORT/ws --token T [--transport ws|dc] [--seconds S] [--rate HZ]\n');
  process.exit(2);
}
const SECONDS = Number(a.seconds);
const RATE = Number(a.rate);
const origin = process.hrtime.bigint();
const monoNs = () => Number(process.hrtime.bigint());
const nowNs = () => Number(process.hrtime.bigint() - origin);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const ws = new WebSocket(a.url, { perMessageDeflate: false });
ws.binaryType = 'nodebuffer';
const acks = new Map();
const telemetry = [];
let last = null;
let welcome = null;
let motionChannel = null; // set when a DataChannel carries motion
const send = (env) => ws.readyState === ws.OPEN && ws.send(encodeEnvelope(env));
const onEnvelope = (bytes) => {
  const r = decodeEnvelope(bytes, { maxBytes: 1 << 20 });
  if (!r.ok) return;
  const m = r.message;
  if (r.kind === 'welcome') welcome = m;
  else if (r.kind === 'ack') acks.set(Number(m.id), m);
  else if (r.kind === 'telemetry') {
    last = m;
    telemetry.push([Number(m.agent_time_ns), m.state, m.link?.playout_delay_s ?? NaN, m.link?.frame_rate_hz ?? NaN, m.link?.loss_ratio ?? NaN, m.total_delay_s ?? NaN]);
  } else if (r.kind === 'clock' && !m.reply) {
    const t1 = nowNs();
    send({ clock: { id: m.id, t0_ns: m.t0_ns, t1_ns: t1, t2_ns: nowNs(), reply: true } });
  }
  return r;
};
ws.on('message', (d) => onEnvelope(d));
await new Promise((res, rej) => {
  ws.once('open', res);
  ws.once('error', rej);
});
send({ hello: { protocol_major: 1, protocol_minor: 0, role: pb.Role.SURGEON, token: a.token, client_name: `lab-${a.transport}`, master_kind: pb.MasterKind?.UNACTUATED ?? 1 } });
for (let i = 0; i < 500 && !welcome; i++) await sleep(10);
if (!welcome) throw new Error('no Welcome from the agent');

let nextId = 1;
async function command(type, extra = {}) {
  const id = nextId++;
  send({ command: { id, type: pb.CommandType[type], ...extra } });
  for (let i = 0; i < 1000 && !acks.has(id); i++) await sleep(5);
  const ack = acks.get(id);
  if (!ack) throw new Error(`no ack for ${type}`);
  return ack;
}

if (a.transport === 'dc') {
  const { openMotionChannel } = await import('./dc-client.mjs');
  motionChannel = await openMotionChannel({ ws, welcome, send, onEnvelope, timeoutMs: 10_000 });
}

for (let i = 0; i < 500 && !last; i++) await sleep(10);
const q0 = last.measured_cp.orientation;
const tool0q = [q0.x, q0.y, q0.z, q0.w];
const rec0 = sampleAt(0);
const master = (s) => {
  const r = sampleAt(s);
  return { p: r.p, q: qNormalize(qMul(qMul(r.q, qConj(rec0.q)), tool0q)) };
};
if (!(await command('REQUEST_CONTROL')).ok) throw new Error('REQUEST_CONTROL refused');

const sent = [];
let seq = 1;
let start = 0;
let streaming = true;
const frame = () => {
  const c = nowNs();
  const m = master(start ? (c - start) / 1e9 : 0);
  const bytes = encodeEnvelope({ motion: toMotionFrame({ armId: 0, seq, captureTimeNs: c, position: m.p, orientation: m.q, grip: 0, clutch: false, operatorPresent: true }) });
  if (motionChannel && motionChannel.readyState === 'open') motionChannel.send(bytes);
  else if (ws.readyState === ws.OPEN) ws.send(bytes);
  sent.push([seq, Number(origin) + c, m.p[0], m.p[1], m.p[2]]);
  seq++;
};
// Paced on the clock (a timer alone drifts late): every frame at its slot, the newest hand state.
let nextAt = nowNs();
const pacing = (async () => {
  while (streaming) {
    const now = nowNs();
    while (nextAt <= now) {
      frame();
      nextAt += 1e9 / RATE;
    }
    await sleep(1);
  }
})();
await sleep(800);
const engage = await command('ENGAGE');
if (!engage.ok) throw new Error(`ENGAGE refused: ${engage.reason}`);
start = nowNs();
const engagedMonoNs = monoNs();
await sleep(SECONDS * 1000);
streaming = false;
await pacing;
const endMonoNs = monoNs();
await command('DISENGAGE').catch(() => undefined);
motionChannel?.close?.();
ws.close();
process.stdout.write(`${JSON.stringify({ transport: a.transport, motionOn: motionChannel ? 'datachannel' : 'websocket', engagedMonoNs, endMonoNs, sent, telemetry })}\n`);
process.exit(0);
