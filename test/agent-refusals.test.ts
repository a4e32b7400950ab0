// Hostile and mistaken input over real sockets: each gets its clear refusal and its counter, the agent
// stays up, and the arm never moves because of it (checked on every recorded tick).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { farhand } from '@farhand/protocol';
import { type Agent } from '../packages/robot-agent/src/index.js';
import { readRecording } from '@farhand/recording';
import { TestClient, metricValue, sleep, startTestAgent, waitFor, waitForAsync, type LogSink } from './agent-helpers.js';

const pb = farhand.v1;
let agent: Agent;
let logs: LogSink;
const clients: TestClient[] = [];

beforeAll(async () => {
  ({ agent, logs } = await startTestAgent(['--max-clients', '8', '--max-frame-rate', '200']));
});

afterAll(async () => {
  for (const c of clients) await c.close();
  await agent.close('test done');
});

async function connect(role: 'SURGEON' | 'OBSERVER' | 'ENGINEER', extra: { token?: string; major?: number; name?: string } = {}): Promise<TestClient> {
  const token = extra.token ?? agent.tokens[role.toLowerCase() as 'surgeon' | 'observer' | 'engineer'];
  const c = await TestClient.connect(agent.urls.ws, { role, token, ...(extra.major !== undefined ? { major: extra.major } : {}), name: extra.name ?? role.toLowerCase() });
  clients.push(c);
  return c;
}

const metrics = (): Promise<string> => agent.metricsText();
const HOME_POSE = { position: [0, 0, 0] as [number, number, number], orientation: [0, 0, 0, 1] as [number, number, number, number] };

describe('refusals', () => {
  it('bad token: Reject BAD_TOKEN with a sentence, then close; counted', async () => {
    const c = await connect('SURGEON', { token: 'x'.repeat(32) });
    expect(c.welcome).toBeNull();
    expect(c.reject?.code).toBe(pb.RejectCode.BAD_TOKEN);
    expect(c.reject?.reason).toBe(
      'BAD_TOKEN: the token is not one this agent issued (tokens change at every start unless configured); open the URL the agent printed.',
    );
    await waitFor('close', () => c.closeCode !== null);
    expect(c.closeCode).toBe(1008);
    // A real token for another role: refused too, saying which role it grants.
    const d = await connect('SURGEON', { token: agent.tokens.observer });
    expect(d.reject?.code).toBe(pb.RejectCode.BAD_TOKEN);
    expect(d.reject?.reason).toBe('BAD_TOKEN: this token grants the OBSERVER role, not SURGEON; each role has its own token and URL.');
    expect(metricValue(await metrics(), 'farhand_handshake_rejects_total', { code: 'BAD_TOKEN' })).toBe(2);
  });

  it('wrong protocol major: Reject VERSION_MISMATCH naming both versions', async () => {
    const c = await connect('SURGEON', { major: 2 });
    expect(c.reject?.code).toBe(pb.RejectCode.VERSION_MISMATCH);
    expect(c.reject?.reason).toMatch(/^VERSION_MISMATCH: Protocol version mismatch: the client speaks Farhand protocol 2\.0 but this agent speaks Farhand protocol 1\.1/);
    expect(metricValue(await metrics(), 'farhand_handshake_rejects_total', { code: 'VERSION_MISMATCH' })).toBe(1);
  });

  it('a first message that is not a Hello, and no Hello at all', async () => {
    const c = await TestClient.open(agent.urls.ws);
    clients.push(c);
    c.motion(HOME_POSE);
    await waitFor('reject', () => c.reject);
    expect(c.reject!.code).toBe(pb.RejectCode.BAD_HELLO);
    expect(c.reject!.reason).toBe('BAD_HELLO: the first message must be a Hello, got motion.');
  });

  it('observer sending motion: FRAME_REFUSED NOT_CONTROLLER, counted per client, never applied', async () => {
    const o = await connect('OBSERVER');
    for (let i = 0; i < 3; i++) o.motion(HOME_POSE);
    await waitFor('refusal event', () => o.eventsWith('FRAME_REFUSED').length >= 3);
    expect(o.eventsWith('FRAME_REFUSED')[0]!.message).toBe(
      'NOT_CONTROLLER: motion frames are accepted only from the surgeon holding control, not from observer sessions.',
    );
    expect(o.eventsWith('FRAME_REFUSED')[0]!.severity).toBe(pb.Severity.WARNING);
    const m = await metrics();
    expect(metricValue(m, 'farhand_frames_refused_total', { session: o.sessionId, reason: 'NOT_CONTROLLER' })).toBe(3);
    expect(metricValue(m, 'farhand_frames_applied_total', { session: o.sessionId })).toBeNaN();
  });

  it('a second surgeon is refused control until release or a bedside grant; its frames are refused', async () => {
    const s1 = await connect('SURGEON', { name: 'first' });
    const s2 = await connect('SURGEON', { name: 'second' });
    const obs = await connect('OBSERVER', { name: 'bedside' });
    expect((await s1.command('REQUEST_CONTROL')).ok).toBe(true);
    const refused = await s2.command('REQUEST_CONTROL');
    expect(refused.ok).toBe(false);
    expect(refused.reason).toBe(
      `CONTROL_HELD: control is held by session ${s1.sessionId} (first); it passes on when they release it or the bedside grants a handover.`,
    );
    await waitFor('CONTROL_REQUESTED seen at the bedside', () => obs.eventsWith('CONTROL_REQUESTED').length > 0);
    s2.motion(HOME_POSE);
    await waitFor('refusal', () => s2.eventsWith('FRAME_REFUSED').length > 0);
    expect(s2.eventsWith('FRAME_REFUSED')[0]!.message).toBe('NOT_CONTROLLER: motion frames are accepted only from the session holding control; send REQUEST_CONTROL first.');
    // A surgeon may not grant; the bedside may.
    const notAllowed = await s1.command('GRANT_CONTROL', { target_session_id: s2.sessionId });
    expect(notAllowed.reason).toBe('NOT_PERMITTED: GRANT_CONTROL is not accepted from a surgeon; it is accepted from the bedside observer or an engineer.');
    const granted = await obs.command('GRANT_CONTROL', { target_session_id: s2.sessionId });
    expect(granted.ok).toBe(true);
    await waitFor('telemetry names the new controller', () => s2.telemetry?.controller_session_id === s2.sessionId);
    const ev = await waitFor('CONTROL_GRANTED', () => s1.eventsWith('CONTROL_GRANTED')[0]);
    expect(ev.message).toBe(`Control handed from ${s1.sessionId} (first) to ${s2.sessionId} (second) by ${obs.sessionId} (bedside).`);
    // Released, the lock is free for anyone.
    expect((await s2.command('RELEASE_CONTROL')).ok).toBe(true);
    expect((await s1.command('RELEASE_CONTROL')).reason).toBe('NOT_CONTROLLER: this session does not hold control, so it cannot release it.');
    expect(metricValue(await metrics(), 'farhand_control_changes_total', { reason: 'GRANTED' })).toBe(1);
    const logged = logs.lines.filter((l) => l.code === 'CONTROL_GRANTED');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ controller: s2.sessionId, previous: s1.sessionId, grantedBy: obs.sessionId });
  });

  it('garbage bytes, text, oversized messages, unexpected kinds: MESSAGE_REFUSED with the reason; the connection stays', async () => {
    const c = await connect('OBSERVER', { name: 'garbage' });
    c.sendRaw(Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f]));
    c.sendRaw('{"hello": "json"}');
    c.sendRaw(Buffer.alloc(5000, 0x0a));
    c.sendEnvelope({ telemetry: { agent_time_ns: 1 } });
    await waitFor('four refusals', () => c.eventsWith('MESSAGE_REFUSED').length >= 4);
    const msgs = c.eventsWith('MESSAGE_REFUSED').map((e) => e.message);
    expect(msgs[0]).toMatch(/^MALFORMED: The message is not a valid protobuf farhand\.v1\.Envelope \(.+\)\.$/);
    expect(msgs[1]).toBe('NOT_BYTES: Expected binary data (one protobuf farhand.v1.Envelope per binary WebSocket message), got a string of 17 characters (a text message?).');
    expect(msgs[2]).toBe('TOO_LARGE: The message is 5000 bytes; at most 4096 bytes are accepted per Envelope.');
    expect(msgs[3]).toBe('UNEXPECTED_MESSAGE: telemetry is not accepted from a client after the handshake; clients send motion, clock, command, rtc and video_report.');
    expect(c.ws.readyState).toBe(WebSocket.OPEN);
    const m = await metrics();
    for (const reason of ['MALFORMED', 'NOT_BYTES', 'TOO_LARGE', 'UNEXPECTED_MESSAGE']) {
      expect(metricValue(m, 'farhand_messages_refused_total', { session: c.sessionId, reason })).toBe(1);
    }
    // Beyond the hard cap the socket is closed (1009), counted, and the agent carries on.
    c.sendRaw(Buffer.alloc(300 * 1024, 1));
    await waitFor('close 1009', () => c.closeCode !== null);
    expect(c.closeCode).toBe(1009);
  });

  it('NaN poses and a flood from the controller: refused and counted, never reaching the core', async () => {
    const s = await connect('SURGEON', { name: 'nan-and-flood' });
    expect((await s.command('REQUEST_CONTROL')).ok).toBe(true);
    s.motion({ position: [NaN, 0, 0], orientation: [0, 0, 0, 1] });
    s.motion({ position: [0, 0, 0], orientation: [0, 0, 0, 2] });
    await waitFor('two refusals', () => s.eventsWith('FRAME_REFUSED').length >= 2);
    expect(s.eventsWith('FRAME_REFUSED').map((e) => e.message)).toEqual([
      'NOT_FINITE: position.x is NaN; a position in m must be a finite number.',
      'BAD_QUATERNION: orientation has norm 2; accepted: a unit quaternion (x, y, z, w) with norm within 0.001 of 1.',
    ]);
    // Flood: 2000 frames as fast as the socket takes them, against a 200 Hz frame limit and the 2000 Hz
    // message limit. Every frame is accounted for: dropped at the message limit, refused as a flood, or
    // handed to the core (within the limits). (RATE_LIMITED may also count a probe reply caught in the blast.)
    for (let i = 0; i < 2000; i++) s.motion(HOME_POSE);
    const sum = async (): Promise<{ dropped: number; flood: number; applied: number }> => {
      const m = await metrics();
      const v = (x: number): number => (Number.isNaN(x) ? 0 : x);
      return {
        dropped: v(metricValue(m, 'farhand_messages_refused_total', { session: s.sessionId, reason: 'RATE_LIMITED' })),
        flood: v(metricValue(m, 'farhand_frames_refused_total', { session: s.sessionId, reason: 'FLOOD' })),
        applied: v(metricValue(m, 'farhand_frames_applied_total', { session: s.sessionId })),
      };
    };
    const counts = await waitForAsync('all 2000 frames accounted for', async () => {
      const c = await sum();
      return c.dropped + c.flood + c.applied >= 2000 ? c : undefined;
    }, 10_000);
    expect(counts.flood).toBeGreaterThan(0);
    expect(counts.dropped).toBeGreaterThan(0);
    // The frame limit holds: at most the burst (20) plus 200 per second of the blast got through.
    expect(counts.applied).toBeLessThan(20 + 200 * 3);
    // Refusal notices are rate limited: at most 5 per second reach the client, with a count of the rest.
    await sleep(1100);
    s.motion({ position: [NaN, 0, 0], orientation: [0, 0, 0, 1] });
    const last = await waitFor('summarised notice', () => s.eventsWith('FRAME_REFUSED').find((e) => /more refusals since the last notice/.test(e.message)));
    // The next notice carries the count. Usually it is the NaN's; on a loaded machine the tail of the flood
    // can still be arriving after the pause, and then a FLOOD notice carries it.
    expect(last.message).toMatch(/^(NOT_FINITE: position\.x is NaN; a position in m must be a finite number\.|FLOOD: more than 200 motion frames per second; the excess is refused\.) \(\d+ more refusals since the last notice were not reported one by one\)$/);
    expect(s.eventsWith('FRAME_REFUSED').length).toBeLessThan(20);
    expect((await s.command('RELEASE_CONTROL')).ok).toBe(true);
  });

  it('an e-stop gets through anything: an unknown arm_id, a flood from the same client', async () => {
    const o = await connect('OBSERVER', { name: 'panic' });
    const ack = await o.command('ESTOP', { arm_id: 7 });
    expect(ack.ok).toBe(true);
    await waitFor('ESTOPPED', () => farhand.v1.SupervisorState[o.telemetry?.state ?? 0] === 'ESTOPPED', 2000);
    expect((await o.command('RESET_FAULT')).ok).toBe(true);
    await waitFor('reset', () => farhand.v1.SupervisorState[o.telemetry?.state ?? 0] !== 'ESTOPPED', 2000);
    // 3000 garbage messages, an e-stop in the middle of them: the rate limit drops the garbage, not the e-stop.
    for (let i = 0; i < 1500; i++) o.sendRaw(Buffer.from([0xff, 0x01]));
    o.sendEnvelope({ command: { id: 500, type: pb.CommandType.ESTOP } });
    for (let i = 0; i < 1500; i++) o.sendRaw(Buffer.from([0xff, 0x01]));
    const stop = await waitFor('e-stop ack through the flood', () => o.acks.get(500), 5000);
    expect(stop.ok).toBe(true);
    expect(metricValue(await metrics(), 'farhand_messages_refused_total', { session: o.sessionId, reason: 'RATE_LIMITED' })).toBeGreaterThan(0);
    await waitFor('ESTOPPED again', () => farhand.v1.SupervisorState[o.telemetry?.state ?? 0] === 'ESTOPPED', 2000);
    expect((await o.command('RESET_FAULT')).ok).toBe(true);
  });

  it('commands: validated, role-checked, acked with a stable code', async () => {
    const o = await connect('OBSERVER', { name: 'cmds' });
    expect((await o.command('ENGAGE')).reason).toBe('NOT_PERMITTED: ENGAGE is not accepted from the bedside observer; it is accepted from the surgeon holding control.');
    expect((await o.command('SET_SCALE', { scale: 5 })).reason).toBe('OUT_OF_RANGE: scale is 5; accepted: 0.1 .. 1 (tool/master translation ratio, 1:1 .. 10:1).');
    o.sendEnvelope({ command: { id: 99, type: 42 as farhand.v1.CommandType } });
    const ack = await waitFor('ack 99', () => o.acks.get(99));
    expect(ack.ok).toBe(false);
    expect(ack.reason).toMatch(/^UNKNOWN_ENUM: type 42 is not a command this agent knows; accepted: /);
    expect((await o.command('GRANT_CONTROL', { target_session_id: 'c-nobody' })).reason).toBe(
      'UNKNOWN_SESSION: no connected session "c-nobody"; the target is a surgeon\'s session id (see the monitor).',
    );
  });

  it('too many clients: rejected at Hello with the reason; un-Hello\'d sockets do not count', async () => {
    const extra: WebSocket[] = [];
    // Sockets that never say Hello live in their own pool: they do not fill the agent.
    for (let i = 0; i < 8; i++) {
      const ws = new WebSocket(agent.urls.ws);
      ws.on('error', () => undefined);
      await new Promise((r) => ws.once('open', r));
      extra.push(ws);
    }
    const first = await connect('OBSERVER');
    expect(first.welcome).not.toBeNull();
    // Fill the agent with engineers up to its shared slots (8 - 2 kept for surgeons - 2 for the bedside).
    const engineers: TestClient[] = [];
    for (;;) {
      const e = await connect('ENGINEER');
      engineers.push(e);
      if (e.reject) break;
    }
    const refused = engineers[engineers.length - 1]!;
    expect(refused.reject!.code).toBe(pb.RejectCode.TOO_MANY_CLIENTS);
    expect(refused.reject!.reason).toMatch(/^TOO_MANY_CLIENTS: the agent has \d+ clients, its limit \(maxClients 8, of which 2 kept for surgeons and 2 for the bedside\); close another page and retry\.$/);
    for (const ws of extra) ws.terminate();
    for (const e of engineers) await e.close();
  });

  it('the arm never moved: every recorded tick has the same setpoint, and the agent is still up', async () => {
    const snap = agent.snapshot();
    expect(snap).not.toBeNull();
    const h = await fetch(agent.urls.healthz);
    expect(h.status).toBe(200);
    // Flush what is recorded so far by reading the live file: chunks are written every 0.5 s.
    await sleep(700);
    const rec = await readRecording(agent.recordingPath!);
    expect(rec.ticks.length).toBeGreaterThan(100);
    const first = rec.ticks[0]!.msg.setpoint_cp;
    for (const t of rec.ticks) {
      expect(t.msg.setpoint_cp).toEqual(first);
      expect(pb.SupervisorState[t.msg.state]).not.toBe('FOLLOWING');
    }
    // Refused frames are in the recording, marked refused with their reason (the first per sender and
    // reason each second; the rest summarised in an Event with their count); none was handed to the core.
    const refused = rec.frames.filter((f) => f.msg.refused);
    expect(new Set(refused.map((f) => f.msg.refuse_reason.split(':')[0]))).toEqual(new Set(['NOT_CONTROLLER', 'NOT_FINITE', 'BAD_QUATERNION', 'FLOOD']));
    // The summaries are written when their second is over (and reach the file with the next chunk).
    const counted = await waitForAsync('the refusal summaries in the recording', async () => {
      const r = await readRecording(agent.recordingPath!);
      const n = r.events.filter((e) => e.msg.code === 'REFUSALS_SUMMARY').reduce((k, e) => k + Number(/^(\d+) more/.exec(e.msg.message)?.[1] ?? 0), 0);
      return refused.length + n > 100 ? n : false;
    }, 5000, 200);
    expect(counted).toBeGreaterThan(0);
  });
});
