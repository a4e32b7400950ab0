// The second transport over a real DataChannel on 127.0.0.1: a Node peer (@roamhq/wrtc) negotiates
// over its authenticated WebSocket session, streams motion on the unordered, never-retransmitted
// channel, and the tool follows. Whatever arrives on the channel is checked exactly as on the
// WebSocket (non-controller, NaN pose, flood), an observer's channel cannot move the arm, signalling
// before Hello is refused, and an agent with WebRTC off answers an offer with CLOSE (the client stays
// on the WebSocket).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeEnvelope, farhand } from '@farhand/protocol';
import { readRecording } from '@farhand/recording';
import { startAgent, type Agent } from '../packages/robot-agent/src/index.js';
import { loadWrtc } from '../packages/robot-agent/src/transport/wrtc.js';
import { LogSink, TestClient, metricValue, sleep, startTestAgent, testConfig, waitFor, waitForAsync } from './agent-helpers.js';
import { RtcLink } from './rtc-helpers.js';
import { fromWire, stream, type Q, type V3 } from './trajectory.js';

const pb = farhand.v1;
const STATE = (n: number | null | undefined): string => pb.SupervisorState[n ?? 0] ?? String(n);

let agent: Agent;
const clients: TestClient[] = [];
const links: RtcLink[] = [];

beforeAll(async () => {
  ({ agent } = await startTestAgent(['--max-frame-rate', '300', '--ice-servers', '[{"urls":"stun:127.0.0.1:3478"}]', '--core', 'staleLinkTimeoutS=0.5']));
});

afterAll(async () => {
  for (const l of links) l.close();
  for (const c of clients) await c.close();
  await agent?.close('test done');
});

function varint(n: number): Buffer {
  const out: number[] = [];
  while (n > 0x7f) {
    out.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  out.push(n);
  return Buffer.from(out);
}

async function connect(role: 'SURGEON' | 'OBSERVER'): Promise<TestClient> {
  const c = await TestClient.connect(agent.urls.ws, { role, token: agent.tokens[role === 'SURGEON' ? 'surgeon' : 'observer'], name: `rtc-${role.toLowerCase()}` });
  clients.push(c);
  expect(c.welcome).not.toBeNull();
  return c;
}

async function open(c: TestClient, o: Parameters<typeof RtcLink.open>[1] = {}): Promise<RtcLink> {
  const l = await RtcLink.open(c, o);
  links.push(l);
  return l;
}

describe('WebRTC motion DataChannel, Node peer to agent on loopback', () => {
  it('Welcome offers WebRTC: the motion label, the fallback deadline and the configured ICE servers', async () => {
    const c = await connect('OBSERVER');
    expect(c.welcome!.rtc).toMatchObject({ available: true, motion_label: 'farhand-motion', connect_timeout_s: 5 });
    expect(c.welcome!.rtc!.ice_servers!.map((s) => s.urls)).toEqual([['stun:127.0.0.1:3478']]);
    expect(metricValue(await agent.metricsText(), 'farhand_rtc_available')).toBe(1);
  });

  it('signalling before Hello is refused: BAD_HELLO, and the socket closes', async () => {
    const c = await TestClient.open(agent.urls.ws);
    clients.push(c);
    c.sendEnvelope({ rtc: { type: pb.RtcSignalType.OFFER, sdp: 'v=0\r\nm=application 9 UDP/DTLS/SCTP webrtc-datachannel\r\n' } });
    await waitFor('reject', () => c.reject);
    expect(c.reject!.code).toBe(pb.RejectCode.BAD_HELLO);
    expect(c.reject!.reason).toBe('BAD_HELLO: the first message must be a Hello, got rtc.');
    await waitFor('close', () => c.closeCode !== null);
  });

  it('handshake over the session, then frames on the channel: the tool follows, and telemetry, /metrics and the recording say which transport', async () => {
    const c = await connect('SURGEON');
    await waitFor('telemetry', () => c.telemetry);
    const tool0 = fromWire(c.telemetry!.measured_cp!);
    expect((await c.command('REQUEST_CONTROL')).ok).toBe(true);
    const link = await open(c);
    // Exactly one answer, only loopback candidates from an agent bound to 127.0.0.1.
    const answers = c.rtcSignals.filter((m) => m.type === pb.RtcSignalType.ANSWER);
    expect(answers).toHaveLength(1);
    const cands = c.rtcSignals.filter((m) => m.type === pb.RtcSignalType.CANDIDATE && m.candidate !== '').map((m) => m.candidate.split(' ')[4]);
    expect(cands.length).toBeGreaterThan(0);
    for (const a of cands) expect(['127.0.0.1', '::1']).toContain(a);

    // A 2 cm line at the master over 1 s (0.4 cm at the tool at 5:1), on the DataChannel.
    const line = (t: number): { p: V3; q: Q } => ({ p: [0.02 * Math.min(1, Math.max(0, t - 0.8)), 0, 0], q: tool0.q });
    const s = stream(c, 200, line, link.send);
    await sleep(500);
    const engage = await c.command('ENGAGE');
    expect(engage.ok, engage.reason).toBe(true);
    await waitFor('FOLLOWING', () => STATE(c.telemetry?.state) === 'FOLLOWING', 2000);
    await sleep(1800);
    const sp = fromWire(c.telemetry!.setpoint_cp!);
    const t = c.telemetry!;
    s.stop();
    expect(STATE(t.state)).toBe('FOLLOWING');
    // The tool moved the scaled line (0.2 x 2 cm), along x, within 0.5 mm.
    expect(sp.p[0] - tool0.p[0]).toBeGreaterThan(0.004 - 0.0005);
    expect(sp.p[0] - tool0.p[0]).toBeLessThan(0.004 + 0.0005);
    expect(t.motion_transport).toBe(pb.MotionTransport.WEBRTC_DATACHANNEL);
    expect(t.link!.frames_received_rtc).toBeGreaterThan(300);
    // The channel's count is main's, taken as each frame arrives; frames_received is the core's, from the
    // loop's last snapshot (up to one telemetry period older): a frame or two may be in between.
    expect(t.link!.frames_received_rtc).toBeLessThanOrEqual(Number(t.link!.frames_received) + 4);
    const m = await agent.metricsText();
    expect(metricValue(m, 'farhand_motion_transport', { transport: 'webrtc' })).toBe(1);
    expect(metricValue(m, 'farhand_motion_transport', { transport: 'websocket' })).toBe(0);
    expect(metricValue(m, 'farhand_motion_frames_by_transport_total', { session: c.sessionId, transport: 'webrtc' })).toBeGreaterThan(300);
    expect(metricValue(m, 'farhand_rtc_peers', { state: 'open' })).toBe(1);
    expect(c.eventsWith('MOTION_TRANSPORT').at(-1)!.message).toBe(
      `webrtc: motion frames from ${c.sessionId} arrive over the WebRTC DataChannel (unordered, no retransmission).`,
    );

    // The channel closes: frames go back on the WebSocket, and everyone is told (WARNING).
    link.close();
    await waitForAsync('agent sees the channel close', async () => metricValue(await agent.metricsText(), 'farhand_rtc_peers', { state: 'open' }) === 0);
    const ws = stream(c, 200, line);
    await waitFor('back on the WebSocket', () => c.telemetry?.motion_transport === pb.MotionTransport.WEBSOCKET, 2000);
    ws.stop();
    const back = c.eventsWith('MOTION_TRANSPORT').at(-1)!;
    expect(back.severity).toBe(pb.Severity.WARNING);
    expect(back.message).toBe(`websocket: motion frames from ${c.sessionId} now arrive over the WebSocket (TCP: reliable, ordered).`);
    expect((await c.command('DISENGAGE')).ok).toBe(true);
    expect((await c.command('RELEASE_CONTROL')).ok).toBe(true);
  }, 20_000);

  it('refusals on the channel are those of the WebSocket: not the controller, NaN pose, flood; the arm never moves', async () => {
    const c = await connect('SURGEON');
    await waitFor('telemetry', () => c.telemetry);
    const held = fromWire(c.telemetry!.setpoint_cp!);
    const link = await open(c);
    const pose = { position: [0, 0, 0] as V3, orientation: held.q };
    // Not the controller (no REQUEST_CONTROL yet).
    for (let i = 0; i < 3; i++) c.motion(pose, {}, link.send);
    await waitFor('NOT_CONTROLLER', () => c.eventsWith('FRAME_REFUSED').length >= 3);
    expect(c.eventsWith('FRAME_REFUSED')[0]!.message).toBe('NOT_CONTROLLER: motion frames are accepted only from the session holding control; send REQUEST_CONTROL first.');
    expect((await c.command('REQUEST_CONTROL')).ok).toBe(true);
    // A NaN position: the same sentence as on the WebSocket (validateMotionFrame).
    c.motion({ position: [NaN, 0, 0], orientation: held.q }, {}, link.send);
    await waitFor('NaN refused', () => c.eventsWith('FRAME_REFUSED').some((e) => e.message.startsWith('NOT_FINITE: position.x')));
    // A flood: 600 frames at once against 300 Hz (burst 30): the excess refused as FLOOD.
    for (let i = 0; i < 600; i++) c.motion(pose, {}, link.send);
    await waitForAsync('FLOOD', async () => metricValue(await agent.metricsText(), 'farhand_frames_refused_total', { session: c.sessionId, reason: 'FLOOD' }) > 100, 3000);
    // Refusal notices are limited to 5 a second per client: let the window pass so the next is told.
    await sleep(1100);
    // A command on the DataChannel is not accepted (e-stop and every command go over the WebSocket).
    link.send(encodeEnvelope({ command: { id: 99, type: pb.CommandType.ESTOP } }));
    await waitFor('UNEXPECTED_MESSAGE', () => c.eventsWith('MESSAGE_REFUSED').some((e) => e.message.startsWith('UNEXPECTED_MESSAGE: command is not accepted on the motion DataChannel')));
    // Garbage bytes: MALFORMED, as on the WebSocket.
    link.send(Uint8Array.from([0x22, 0xff, 0xff]));
    await waitFor('MALFORMED', () => c.eventsWith('MESSAGE_REFUSED').some((e) => e.message.startsWith('MALFORMED')));
    const m = await agent.metricsText();
    expect(metricValue(m, 'farhand_messages_refused_total', { session: c.sessionId, reason: 'UNEXPECTED_MESSAGE' })).toBe(1);
    expect(metricValue(m, 'farhand_messages_refused_total', { session: c.sessionId, reason: 'MALFORMED' })).toBe(1);
    expect(metricValue(m, 'farhand_frames_refused_total', { session: c.sessionId, reason: 'NOT_CONTROLLER' })).toBe(3);
    expect(metricValue(m, 'farhand_frames_refused_total', { session: c.sessionId, reason: 'NOT_FINITE' })).toBe(1);
    // Never engaged: the setpoint did not move.
    const now = fromWire(c.telemetry!.setpoint_cp!);
    expect(Math.hypot(now.p[0] - held.p[0], now.p[1] - held.p[1], now.p[2] - held.p[2])).toBeLessThan(1e-6);
    // An e-stop on the WebSocket still gets through while the channel is open.
    expect((await c.command('ESTOP')).ok).toBe(true);
    await waitFor('ESTOPPED', () => STATE(c.telemetry?.state) === 'ESTOPPED', 2000);
    expect((await c.command('RESET_FAULT')).ok).toBe(true);
    expect((await c.command('RELEASE_CONTROL')).ok).toBe(true);
    link.close();
  }, 20_000);

  it("an observer's DataChannel cannot move the arm: every frame refused NOT_CONTROLLER", async () => {
    const s = await connect('SURGEON');
    expect((await s.command('REQUEST_CONTROL')).ok).toBe(true);
    const o = await connect('OBSERVER');
    await waitFor('telemetry', () => o.telemetry);
    const held = fromWire(o.telemetry!.setpoint_cp!);
    const link = await open(o);
    for (let i = 0; i < 20; i++) o.motion({ position: [0.05, 0, 0], orientation: held.q }, {}, link.send);
    await waitForAsync('refused', async () => metricValue(await agent.metricsText(), 'farhand_frames_refused_total', { session: o.sessionId, reason: 'NOT_CONTROLLER' }) === 20);
    expect(o.eventsWith('FRAME_REFUSED')[0]!.message).toBe('NOT_CONTROLLER: motion frames are accepted only from the surgeon holding control, not from observer sessions.');
    expect(metricValue(await agent.metricsText(), 'farhand_frames_applied_total', { session: o.sessionId })).toBeNaN();
    const now = fromWire(o.telemetry!.setpoint_cp!);
    expect(Math.hypot(now.p[0] - held.p[0], now.p[1] - held.p[1], now.p[2] - held.p[2])).toBeLessThan(1e-6);
    link.close();
    expect((await s.command('RELEASE_CONTROL')).ok).toBe(true);
  }, 15_000);

  it('a channel that is not the motion channel as specified is closed and refused; bad signalling is refused with the field', async () => {
    const c = await connect('SURGEON');
    const ordered = await RtcLink.offer(c, { ordered: true });
    links.push(ordered);
    await waitFor('RTC_BAD_CHANNEL', () => c.eventsWith('MESSAGE_REFUSED').find((e) => e.message.startsWith('RTC_BAD_CHANNEL')));
    expect(c.eventsWith('MESSAGE_REFUSED').find((e) => e.message.startsWith('RTC_BAD_CHANNEL'))!.message).toMatch(
      /^RTC_BAD_CHANNEL: DataChannel refused: ordered = true, maxRetransmits = unlimited; the motion channel must be ordered = false, maxRetransmits = 0/,
    );
    ordered.close();
    c.sendEnvelope({ rtc: { type: pb.RtcSignalType.ANSWER, sdp: 'v=0\r\n' } });
    c.sendEnvelope({ rtc: { type: pb.RtcSignalType.OFFER, sdp: 'v=0\r\nm=audio 9 RTP/AVP 0\r\n' } });
    await waitFor('two refusals', () => c.eventsWith('MESSAGE_REFUSED').filter((e) => /^(UNKNOWN_ENUM|OUT_OF_RANGE): rtc\./.test(e.message)).length >= 2);
    const msgs = c.eventsWith('MESSAGE_REFUSED').map((e) => e.message);
    expect(msgs).toContain('UNKNOWN_ENUM: rtc.type: type ANSWER is not sent by the client; accepted from the client: OFFER (1), CANDIDATE (3), CLOSE (4).');
    expect(msgs.some((m) => m.startsWith('OUT_OF_RANGE: rtc.sdp: sdp has media sections [audio]'))).toBe(true);
  }, 15_000);

  it('signalling may exceed max_frame_bytes up to MAX_RTC_ENVELOPE_BYTES; no other kind may, even behind an rtc member', async () => {
    const c = await connect('OBSERVER');
    // A 6000-byte offer (over the 4096-byte frame bound): decoded and handed to WebRTC, not TOO_LARGE.
    const pad = 'a=x-pad:' + 'p'.repeat(90) + '\r\n';
    const sdp = `v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=application 9 UDP/DTLS/SCTP webrtc-datachannel\r\n${pad.repeat(60)}`;
    const big = encodeEnvelope({ rtc: { type: pb.RtcSignalType.OFFER, sdp } });
    expect(big.length).toBeGreaterThan(4096);
    c.sendRaw(Buffer.from(big));
    await waitFor('the offer to be answered or refused by WebRTC', () => c.eventsWith('MESSAGE_REFUSED').find((e) => e.message.startsWith('RTC_BAD_OFFER')) ?? c.rtcSignals.find((m) => m.type === pb.RtcSignalType.ANSWER));
    expect(c.eventsWith('MESSAGE_REFUSED').some((e) => e.message.startsWith('TOO_LARGE'))).toBe(false);
    // An rtc member first, then a motion member padded with an unknown field to 5000 bytes: the last
    // member wins (motion), and a motion Envelope over the bound is TOO_LARGE.
    const head = encodeEnvelope({ rtc: { type: pb.RtcSignalType.CLOSE } });
    const motion = Buffer.concat([Buffer.from([0xa2, 0x06]), varint(5000), Buffer.alloc(5000, 1)]); // field 100, bytes
    const tail = Buffer.concat([Buffer.from([0x22]), varint(motion.length), motion]); // Envelope.motion (4)
    c.sendRaw(Buffer.concat([Buffer.from(head), tail]));
    await waitFor('TOO_LARGE', () => c.eventsWith('MESSAGE_REFUSED').find((e) => e.message.startsWith('TOO_LARGE')));
    expect(c.eventsWith('MESSAGE_REFUSED').find((e) => e.message.startsWith('TOO_LARGE'))!.message).toBe(
      `TOO_LARGE: The message is ${head.length + tail.length} bytes; at most 4096 bytes are accepted per Envelope.`,
    );
  }, 15_000);

  it('the recording holds the transport changes (MOTION_TRANSPORT events) and the frames that came over the channel', async () => {
    const path = agent.recordingPath!;
    for (const l of links) l.close();
    for (const c of clients.splice(0)) await c.close();
    await agent.close('test done');
    const rec = await readRecording(path);
    const codes = rec.events.map((e) => e.msg.code);
    expect(codes).toContain('RTC_OPEN');
    const transports = rec.events.filter((e) => e.msg.code === 'MOTION_TRANSPORT').map((e) => e.msg.message.split(':')[0]);
    expect(transports.slice(0, 2)).toEqual(['webrtc', 'websocket']);
    expect(rec.frames.filter((f) => !f.msg.refused).length).toBeGreaterThan(300);
  }, 15_000);
});

describe('an agent whose native WebRTC library does not load', () => {
  it('still starts, says WebRTC is unavailable and why (log, Welcome, /metrics), and takes motion on the WebSocket', async () => {
    const logs = new LogSink();
    const broken = await startAgent(testConfig(), { logDestination: logs, loadWrtc: () => loadWrtc('@farhand/no-such-native-webrtc') });
    try {
      const line = logs.lines.find((l) => l['code'] === 'RTC_UNAVAILABLE');
      expect(line?.['level']).toBe('warn');
      expect(String(line?.['msg'])).toMatch(/^WebRTC is unavailable \(the native WebRTC library \(@farhand\/no-such-native-webrtc\) did not load: .*\); motion frames go over the WebSocket$/);
      const c = await TestClient.connect(broken.urls.ws, { role: 'SURGEON', token: broken.tokens.surgeon });
      expect(c.welcome!.rtc!.available).toBe(false);
      expect(c.welcome!.rtc!.unavailable_reason).toMatch(/did not load/);
      const link = await RtcLink.offer(c);
      await waitFor('CLOSE', () => link.closedByAgent);
      expect(link.closedByAgent).toMatch(/^RTC_UNAVAILABLE: the native WebRTC library/);
      link.close();
      expect((await c.command('REQUEST_CONTROL')).ok).toBe(true);
      c.motion({ position: [0, 0, 0], orientation: [0, 0, 0, 1] });
      await waitFor('transport', () => c.telemetry?.motion_transport === pb.MotionTransport.WEBSOCKET, 2000);
      expect(metricValue(await broken.metricsText(), 'farhand_rtc_available')).toBe(0);
      await c.close();
    } finally {
      await broken.close('test done');
    }
  }, 15_000);
});

describe('an agent with WebRTC off', () => {
  it('says so in Welcome and answers an offer with CLOSE RTC_UNAVAILABLE; motion stays on the WebSocket', async () => {
    const { agent: off } = await startTestAgent(['--no-webrtc']);
    try {
      const c = await TestClient.connect(off.urls.ws, { role: 'SURGEON', token: off.tokens.surgeon });
      expect(c.welcome!.rtc).toMatchObject({ available: false, unavailable_reason: 'WebRTC is turned off on this agent (rtc.enabled = false, --no-webrtc)' });
      const link = await RtcLink.offer(c);
      await waitFor('CLOSE', () => link.closedByAgent);
      expect(link.closedByAgent).toBe('RTC_UNAVAILABLE: WebRTC is turned off on this agent (rtc.enabled = false, --no-webrtc)');
      expect(link.answered).toBe(false);
      link.close();
      expect((await c.command('REQUEST_CONTROL')).ok).toBe(true);
      c.motion({ position: [0, 0, 0], orientation: [0, 0, 0, 1] });
      await waitFor('transport', () => c.telemetry?.motion_transport === pb.MotionTransport.WEBSOCKET, 2000);
      expect(metricValue(await off.metricsText(), 'farhand_rtc_available')).toBe(0);
      await c.close();
    } finally {
      await off.close('test done');
    }
  }, 15_000);
});
