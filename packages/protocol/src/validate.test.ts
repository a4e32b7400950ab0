import { describe, expect, it } from 'vitest';
import { decodeEnvelope, encodeEnvelope, type EnvelopeInit } from './codec.js';
import { farhand } from './gen/farhand.js';
import { reasonText } from './refusal.js';
import { MAX_ICE_CANDIDATE_CHARS, MAX_SDP_CHARS, validateClockProbe, validateCommand, validateHello, validateRtcSignal } from './validate.js';

const v1 = farhand.v1;

/** Encodes and decodes, so each check runs on what the agent would really see. */
function wire<K extends 'hello' | 'clock' | 'command'>(kind: K, msg: NonNullable<EnvelopeInit[K]>) {
  const r = decodeEnvelope(encodeEnvelope({ [kind]: msg } as EnvelopeInit));
  if (!r.ok || r.kind !== kind) throw new Error(`decode of ${kind} failed`);
  return r.message as never;
}

describe('validateHello', () => {
  const good = { protocol_major: 1, protocol_minor: 0, role: v1.Role.SURGEON, token: 'abcdefghijklmnop', client_name: 'console' };

  it('accepts a valid Hello', () => {
    expect(validateHello(wire('hello', good))).toEqual({
      ok: true,
      hello: { major: 1, minor: 0, newerMinor: false, role: 'SURGEON', token: 'abcdefghijklmnop', clientName: 'console' },
    });
  });

  it('refuses a missing or unknown role, naming the accepted ones, with reject BAD_HELLO', () => {
    const none = validateHello(wire('hello', { ...good, role: v1.Role.ROLE_UNSPECIFIED }));
    expect(none).toMatchObject({ ok: false, code: 'MISSING', field: 'role', reject: v1.RejectCode.BAD_HELLO });
    if (!none.ok) expect(none.message).toBe('role is missing; ask for a role, accepted: SURGEON (1), OBSERVER (2), ENGINEER (3).');
    const unknown = validateHello(wire('hello', { ...good, role: 7 as farhand.v1.Role }));
    expect(unknown).toMatchObject({ ok: false, code: 'UNKNOWN_ENUM', field: 'role' });
    if (!unknown.ok) expect(unknown.message).toMatch(/^role 7 is not a role this agent knows; accepted: SURGEON/);
  });

  it('refuses a missing or absurdly long token and a client_name over 64 characters', () => {
    expect(validateHello(wire('hello', { ...good, token: '' }))).toMatchObject({ ok: false, code: 'MISSING', field: 'token' });
    expect(validateHello(wire('hello', { ...good, token: 'x'.repeat(257) }))).toMatchObject({ ok: false, code: 'TOO_LONG', field: 'token' });
    const long = validateHello(wire('hello', { ...good, client_name: 'é'.repeat(65) }));
    expect(long).toMatchObject({ ok: false, code: 'TOO_LONG', field: 'client_name', message: 'client_name is 65 characters; at most 64 are accepted.' });
    // 64 characters outside the BMP are 128 UTF-16 units, still 64 characters.
    expect(validateHello(wire('hello', { ...good, client_name: '🩺'.repeat(64) })).ok).toBe(true);
  });

  it('checks the version first, with reject VERSION_MISMATCH', () => {
    const r = validateHello(wire('hello', { ...good, protocol_major: 2, role: 0, token: '' }));
    expect(r).toMatchObject({ ok: false, code: 'VERSION_MISMATCH', reject: v1.RejectCode.VERSION_MISMATCH });
  });

  it('refuses a missing Hello', () => {
    expect(validateHello(null)).toMatchObject({ ok: false, code: 'MISSING', reject: v1.RejectCode.BAD_HELLO });
  });
});

describe('validateClockProbe', () => {
  it('accepts a request and a well-formed reply', () => {
    expect(validateClockProbe(wire('clock', { id: 3, t0_ns: 1000 }))).toEqual({
      ok: true,
      probe: { id: 3, reply: false, t0Ns: 1000, t1Ns: 0, t2Ns: 0, t3Ns: 0 },
    });
    expect(validateClockProbe(wire('clock', { id: 3, t0_ns: 1000, t1_ns: 50, t2_ns: 60, reply: true }))).toEqual({
      ok: true,
      probe: { id: 3, reply: true, t0Ns: 1000, t1Ns: 50, t2Ns: 60, t3Ns: 0 },
    });
  });

  it('refuses a reply whose responder stamps are missing or out of order', () => {
    expect(validateClockProbe(wire('clock', { id: 3, t0_ns: 1000, t2_ns: 60, reply: true }))).toMatchObject({ ok: false, code: 'MISSING', field: 't1_ns' });
    const r = validateClockProbe(wire('clock', { id: 3, t0_ns: 1000, t1_ns: 70, t2_ns: 60, reply: true }));
    expect(r).toMatchObject({ ok: false, code: 'OUT_OF_RANGE', field: 't2_ns' });
    if (!r.ok) expect(r.message).toBe('t2_ns (60) is before t1_ns (70); the reply cannot leave before the request arrived.');
  });

  it('refuses an id beyond 2^53 - 1 and accepts wall-clock times beyond it', () => {
    expect(validateClockProbe(wire('clock', { id: 2 ** 60, t0_ns: 1 }))).toMatchObject({ ok: false, code: 'OUT_OF_RANGE', field: 'id' });
    expect(validateClockProbe(wire('clock', { id: 1, t0_ns: 1.7e18 })).ok).toBe(true);
  });
});

describe('validateCommand', () => {
  it('accepts every command type with its argument', () => {
    for (const name of Object.keys(v1.CommandType).filter((n) => n !== 'COMMAND_TYPE_UNSPECIFIED')) {
      const type = v1.CommandType[name as keyof typeof v1.CommandType];
      const r = validateCommand(wire('command', { id: 10, type, scale: 0.2, flag: true, target_session_id: 's-1' }));
      expect(r.ok, name).toBe(true);
      if (r.ok) expect(r.command.type).toBe(name);
    }
  });

  it('carries only the argument the type uses', () => {
    const all = { id: 1, scale: 0.5, flag: true, target_session_id: 's-9', arm_id: 1 };
    expect(validateCommand(wire('command', { ...all, type: v1.CommandType.SET_SCALE }))).toEqual({ ok: true, command: { id: 1, type: 'SET_SCALE', armId: 1, scale: 0.5 } });
    expect(validateCommand(wire('command', { ...all, type: v1.CommandType.CLUTCH }))).toEqual({ ok: true, command: { id: 1, type: 'CLUTCH', armId: 1, flag: true } });
    expect(validateCommand(wire('command', { ...all, type: v1.CommandType.GRANT_CONTROL }))).toEqual({
      ok: true,
      command: { id: 1, type: 'GRANT_CONTROL', armId: 1, targetSessionId: 's-9' },
    });
    expect(validateCommand(wire('command', { ...all, type: v1.CommandType.ESTOP }))).toEqual({ ok: true, command: { id: 1, type: 'ESTOP', armId: 1 } });
  });

  it('refuses a missing or unknown type, naming the accepted ones', () => {
    expect(validateCommand(wire('command', { id: 1 }))).toMatchObject({ ok: false, code: 'MISSING', field: 'type' });
    const r = validateCommand(wire('command', { id: 1, type: 99 as farhand.v1.CommandType }));
    expect(r).toMatchObject({ ok: false, code: 'UNKNOWN_ENUM', field: 'type' });
    if (!r.ok) expect(r.message).toMatch(/^type 99 is not a command this agent knows; accepted: ENGAGE \(1\), DISENGAGE \(2\), ESTOP \(3\).*GRANT_CONTROL \(10\)\.$/);
  });

  it('refuses a scale outside [0.1, 1] or NaN, and honours the agent bounds', () => {
    const r = validateCommand(wire('command', { id: 1, type: v1.CommandType.SET_SCALE, scale: 0.05 }));
    expect(r).toMatchObject({ ok: false, code: 'OUT_OF_RANGE', field: 'scale' });
    if (!r.ok) expect(reasonText(r)).toBe('OUT_OF_RANGE: scale is 0.05; accepted: 0.1 .. 1 (tool/master translation ratio, 1:1 .. 10:1).');
    expect(validateCommand(wire('command', { id: 1, type: v1.CommandType.SET_SCALE, scale: Number.NaN }))).toMatchObject({ ok: false, code: 'NOT_FINITE' });
    expect(validateCommand(wire('command', { id: 1, type: v1.CommandType.SET_SCALE }))).toMatchObject({ ok: false, code: 'OUT_OF_RANGE' }); // absent = 0
    expect(validateCommand(wire('command', { id: 1, type: v1.CommandType.SET_SCALE, scale: 0.6 }), { scaleMax: 0.5 })).toMatchObject({ ok: false });
  });

  it('refuses GRANT_CONTROL without a target, an unknown arm and an id beyond 2^53 - 1', () => {
    expect(validateCommand(wire('command', { id: 1, type: v1.CommandType.GRANT_CONTROL }))).toMatchObject({ ok: false, code: 'MISSING', field: 'target_session_id' });
    expect(validateCommand(wire('command', { id: 1, type: v1.CommandType.GRANT_CONTROL, target_session_id: 'x'.repeat(129) }))).toMatchObject({ ok: false, code: 'TOO_LONG' });
    expect(validateCommand(wire('command', { id: 1, type: v1.CommandType.ESTOP, arm_id: 2 }), { armIds: [0] })).toMatchObject({ ok: false, code: 'UNKNOWN_ARM' });
    expect(validateCommand(wire('command', { id: 2 ** 54, type: v1.CommandType.ESTOP }))).toMatchObject({ ok: false, code: 'OUT_OF_RANGE', field: 'id' });
  });
});

describe('validateRtcSignal', () => {
  const OFFER_SDP =
    'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\na=group:BUNDLE 0\r\nm=application 9 UDP/DTLS/SCTP webrtc-datachannel\r\nc=IN IP4 0.0.0.0\r\na=mid:0\r\na=sctp-port:5000\r\n';
  const pbt = farhand.v1.RtcSignalType;
  const client = { from: 'client' as const };

  it('accepts an offer, a candidate (and the end-of-candidates marker) and a close from a client', () => {
    expect(validateRtcSignal({ type: pbt.OFFER, sdp: OFFER_SDP }, client)).toEqual({ ok: true, signal: { type: 'OFFER', sdp: OFFER_SDP } });
    const cand = 'candidate:1467250027 1 udp 2122260223 127.0.0.1 46243 typ host generation 0 ufrag hvlW network-id 3';
    expect(validateRtcSignal({ type: pbt.CANDIDATE, candidate: cand, sdp_mid: '0' }, client)).toEqual({
      ok: true,
      signal: { type: 'CANDIDATE', candidate: cand, sdpMid: '0', sdpMLineIndex: 0 },
    });
    // A browser's mDNS host name and a relay candidate with its extensions.
    expect(validateRtcSignal({ type: pbt.CANDIDATE, candidate: 'candidate:2 1 udp 2113937151 4f0c1a2e-1b2c-4d5e-8f90-0123456789ab.local 53210 typ host generation 0', sdp_mid: '0' }, client).ok).toBe(true);
    expect(validateRtcSignal({ type: pbt.CANDIDATE, candidate: 'candidate:3 1 udp 41885439 203.0.113.9 3478 typ relay raddr 0.0.0.0 rport 0', sdp_mid: '0' }, client).ok).toBe(true);
    expect(validateRtcSignal({ type: pbt.CANDIDATE, candidate: '' }, client)).toMatchObject({ ok: true, signal: { candidate: '' } });
    expect(validateRtcSignal({ type: pbt.CLOSE, reason: 'page closed' }, client)).toEqual({ ok: true, signal: { type: 'CLOSE', reason: 'page closed' } });
  });

  it('refuses what the other side sends, a missing or unknown type, with the accepted values', () => {
    expect(validateRtcSignal({ type: pbt.ANSWER, sdp: OFFER_SDP }, client)).toMatchObject({
      ok: false,
      code: 'UNKNOWN_ENUM',
      message: 'type ANSWER is not sent by the client; accepted from the client: OFFER (1), CANDIDATE (3), CLOSE (4).',
    });
    expect(validateRtcSignal({ type: pbt.OFFER, sdp: OFFER_SDP }, { from: 'agent' })).toMatchObject({ ok: false, code: 'UNKNOWN_ENUM' });
    expect(validateRtcSignal({}, client)).toMatchObject({ ok: false, code: 'MISSING', field: 'type' });
    expect(validateRtcSignal({ type: 9 as farhand.v1.RtcSignalType }, client)).toMatchObject({ ok: false, code: 'UNKNOWN_ENUM', message: 'type 9 is not a signal this side knows; accepted from the client: OFFER (1), CANDIDATE (3), CLOSE (4).' });
    expect(validateRtcSignal(null, client)).toMatchObject({ ok: false, code: 'MISSING', field: 'rtc' });
  });

  it('checks SDP: present, bounded, ASCII, v=0 first, exactly one application section', () => {
    expect(validateRtcSignal({ type: pbt.OFFER }, client)).toMatchObject({ ok: false, code: 'MISSING', field: 'sdp' });
    expect(validateRtcSignal({ type: pbt.OFFER, sdp: OFFER_SDP + 'a=x\r\n'.repeat(4000) }, client)).toMatchObject({
      ok: false,
      code: 'TOO_LONG',
      message: `sdp is ${OFFER_SDP.length + 20000} characters; at most ${MAX_SDP_CHARS} are accepted.`,
    });
    expect(validateRtcSignal({ type: pbt.OFFER, sdp: OFFER_SDP.replace('s=-', 's=\u00e9') }, client)).toMatchObject({ ok: false, code: 'OUT_OF_RANGE', field: 'sdp' });
    expect(validateRtcSignal({ type: pbt.OFFER, sdp: OFFER_SDP.replace('s=-', 's=\u0000') }, client)).toMatchObject({ ok: false, code: 'OUT_OF_RANGE', field: 'sdp' });
    expect(validateRtcSignal({ type: pbt.OFFER, sdp: OFFER_SDP.slice(5) }, client)).toMatchObject({ ok: false, message: 'sdp does not start with "v=0"; expected an SDP session description (RFC 8866).' });
    // The field's video: one recvonly video section beside the motion channel; never a console sending video, never audio.
    expect(validateRtcSignal({ type: pbt.OFFER, sdp: OFFER_SDP + 'm=video 9 UDP/TLS/RTP/SAVPF 96\r\na=recvonly\r\n' }, client)).toMatchObject({ ok: true });
    expect(validateRtcSignal({ type: pbt.OFFER, sdp: OFFER_SDP + 'm=video 9 UDP/TLS/RTP/SAVPF 96\r\na=sendrecv\r\n' }, client)).toMatchObject({
      ok: false,
      message: "sdp's video section is sendrecv; accepted: recvonly (or inactive): the console receives the field's video and sends none.",
    });
    expect(validateRtcSignal({ type: pbt.OFFER, sdp: OFFER_SDP + 'm=video 9 UDP/TLS/RTP/SAVPF 96\r\n' }, client)).toMatchObject({ ok: false, code: 'OUT_OF_RANGE' });
    expect(validateRtcSignal({ type: pbt.OFFER, sdp: OFFER_SDP + 'm=video 9 UDP/TLS/RTP/SAVPF 96\r\na=recvonly\r\nm=video 9 UDP/TLS/RTP/SAVPF 96\r\na=recvonly\r\n' }, client)).toMatchObject({
      ok: false,
      message: 'sdp has media sections [application, video, video]; accepted: exactly one "application" (the motion DataChannel) and at most one "video" (the field\'s video, agent to console), no audio.',
    });
  });

  it('checks candidates against the RFC 8839 grammar and bounds sdp_mid, sdp_mline_index and the close reason', () => {
    for (const bad of ['a=candidate:1 1 udp 1 127.0.0.1 1 typ host', 'candidate:1 1 sctp 1 127.0.0.1 1 typ host', 'candidate:1 1 udp 1 127.0.0.1 1 typ weird', 'candidate:1 1 udp 1 127.0.0.1 1 typ host\r\na=x']) {
      expect(validateRtcSignal({ type: pbt.CANDIDATE, candidate: bad }, client), bad).toMatchObject({ ok: false, code: 'OUT_OF_RANGE', field: 'candidate' });
    }
    expect(validateRtcSignal({ type: pbt.CANDIDATE, candidate: 'candidate:1 1 udp 1 127.0.0.1 1 typ host ' + 'x'.repeat(MAX_ICE_CANDIDATE_CHARS) }, client)).toMatchObject({ ok: false, code: 'TOO_LONG' });
    expect(validateRtcSignal({ type: pbt.CANDIDATE, candidate: '', sdp_mid: 'x'.repeat(33) }, client)).toMatchObject({ ok: false, field: 'sdp_mid' });
    expect(validateRtcSignal({ type: pbt.CANDIDATE, candidate: '', sdp_mline_index: 1 }, client)).toMatchObject({ ok: false, field: 'sdp_mline_index', message: 'sdp_mline_index is 1; accepted: 0 (the one DataChannel section).' });
    expect(validateRtcSignal({ type: pbt.CLOSE, reason: 'r'.repeat(257) }, client)).toMatchObject({ ok: false, code: 'TOO_LONG', field: 'reason' });
  });
});
