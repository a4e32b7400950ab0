import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_ENVELOPE_BYTES, MESSAGE_KINDS, decodeEnvelope, encodeEnvelope, type EnvelopeInit, type MessageKind } from './codec.js';
import { farhand } from './gen/farhand.js';

const v1 = farhand.v1;
const toPlain = (m: farhand.v1.Envelope) => v1.Envelope.toObject(m, { defaults: true, arrays: true, longs: Number });

// ------------------------------------------------------------------------------------------------
// Arbitraries: every field of every message, with values the wire carries exactly (float32 for float
// fields, safe integers for uint64, any int32 for enums since proto3 enums are open).

const f32 = fc.float({ noNaN: true });
const f64 = fc.double({ noNaN: true });
const u32 = fc.nat({ max: 0xffffffff });
const u64 = fc.maxSafeNat();
const str = fc.string({ maxLength: 40, unit: 'grapheme' });
const enumOf = (e: object) => fc.constantFrom(...Object.values(e).filter((v): v is number => typeof v === 'number'));
const vec3 = fc.record({ x: f64, y: f64, z: f64 });
const quat = fc.record({ x: f64, y: f64, z: f64, w: f64 });
const pose = fc.record({ position: vec3, orientation: quat });

const arb: { [K in MessageKind]: fc.Arbitrary<Record<string, unknown>> } = {
  hello: fc.record({ protocol_major: u32, protocol_minor: u32, role: enumOf(v1.Role), token: str, client_name: str }),
  welcome: fc.record({
    session_id: str, agent_version: str, protocol_major: u32, protocol_minor: u32, role: enumOf(v1.Role),
    control_rate_hz: f64, telemetry_rate_hz: f64,
    limits: fc.record({
      motion_scale: f64, motion_scale_min: f64, motion_scale_max: f64, max_linear_speed_mps: f64,
      max_linear_accel_mps2: f64, max_angular_speed_radps: f64, max_angular_accel_radps2: f64,
      max_jaw_speed_radps: f64, stale_link_timeout_s: f64, engage_alignment_tolerance_rad: f64,
      max_one_way_delay_engage_s: f64, warn_one_way_delay_s: f64, tracking_error_limit_m: f64,
      tracking_error_time_s: f64, max_frame_bytes: f64, max_frame_rate_hz: f64,
      workspace: fc.record({ min_m: vec3, max_m: vec3 }), playout_delay_min_s: f64, playout_delay_max_s: f64,
    }),
    arm_ids: fc.array(u32, { maxLength: 4 }), agent_time_ns: u64, controller_session_id: str,
    rtc: fc.record({
      available: fc.boolean(),
      ice_servers: fc.array(fc.record({ urls: fc.array(str, { maxLength: 3 }), username: str, credential: str }), { maxLength: 3 }),
      motion_label: str, unavailable_reason: str, connect_timeout_s: f64,
    }),
  }),
  reject: fc.record({ code: enumOf(v1.RejectCode), reason: str }),
  motion: fc.record({
    arm_id: u32, seq: u64, capture_time_ns: u64,
    position: fc.record({ x: f32, y: f32, z: f32 }), orientation: fc.record({ x: f32, y: f32, z: f32, w: f32 }),
    grip: f32, clutch: fc.boolean(), operator_present: fc.boolean(),
  }),
  clock: fc.record({ id: u64, t0_ns: u64, t1_ns: u64, t2_ns: u64, t3_ns: u64, reply: fc.boolean() }),
  command: fc.record({ id: u64, type: enumOf(v1.CommandType), scale: f64, flag: fc.boolean(), target_session_id: str, arm_id: u32 }),
  ack: fc.record({ id: u64, ok: fc.boolean(), reason: str, type: enumOf(v1.CommandType) }),
  telemetry: fc.record({
    agent_time_ns: u64, state: enumOf(v1.SupervisorState), reason: str, measured_cp: pose, setpoint_cp: pose,
    measured_js: fc.array(f64, { maxLength: 7 }), setpoint_js: fc.array(f64, { maxLength: 7 }),
    jaw_measured_rad: f64, jaw_setpoint_rad: f64, last_applied_seq: u64,
    link: fc.record({
      rtt_s: f64, one_way_delay_s: f64, jitter_s: f64, loss_ratio: f64, playout_delay_s: f64,
      frames_received: u64, frames_late: u64, frames_dropped: u64, frames_refused: u64, frame_rate_hz: f64,
      clock_offset_s: f64, clock_uncertainty_s: f64, clock_synced: fc.boolean(), frames_received_rtc: u64,
    }),
    operating_state: enumOf(v1.ArmOperatingState), controller_session_id: str, motion_scale: f64, arm_id: u32,
    master_cp: pose, loop_overruns: u64, loop_period_error_p99_s: f64, recording: fc.boolean(), recording_bytes: u64,
    motion_transport: enumOf(v1.MotionTransport),
  }),
  event: fc.record({ agent_time_ns: u64, severity: enumOf(v1.Severity), code: str, message: str, session_id: str, arm_id: u32 }),
  rtc: fc.record({ type: enumOf(v1.RtcSignalType), sdp: str, candidate: str, sdp_mid: str, sdp_mline_index: u32, reason: str }),
  video_report: fc.record({
    seq: u64, interval_s: f64, glass_to_glass_ms: fc.array(f32, { maxLength: 40 }), frames_displayed: u32, frames_lost: u32,
    frames_unreadable: u32, freezes: u32, longest_freeze_ms: f32, bitrate_bps: f64, frame_rate_hz: f32, jitter_buffer_ms: f32,
    decode_ms: f32, width: u32, height: u32, packets_lost: u64, nacks: u32, plis: u32,
  }),
};

describe('encodeEnvelope / decodeEnvelope round trip', () => {
  it('has an arbitrary for every Envelope member', () => {
    expect(Object.keys(arb).sort()).toEqual([...MESSAGE_KINDS].sort());
    for (const kind of MESSAGE_KINDS) expect(v1.Envelope.create({ [kind]: {} }).msg).toBe(kind);
  });

  for (const kind of MESSAGE_KINDS) {
    it(`round-trips every field of ${kind}`, () => {
      fc.assert(
        fc.property(arb[kind], (msg) => {
          const bytes = encodeEnvelope({ [kind]: msg } as EnvelopeInit);
          const r = decodeEnvelope(bytes, { maxBytes: 1 << 16 });
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          expect(r.kind).toBe(kind);
          expect(r.message).toBe(r.envelope[kind]);
          // The decoded message, with defaults filled in, equals what was sent (same field names, exact values).
          expect(toPlain(r.envelope)[kind]).toEqual(toPlain(v1.Envelope.fromObject({ [kind]: msg }))[kind]);
          expect(toPlain(r.envelope)[kind]).toMatchObject(msg);
        }),
        { numRuns: 200, seed: 20240611 },
      );
    });
  }

  it('decodes uint64 as JS numbers, never Long objects', () => {
    const r = decodeEnvelope(encodeEnvelope({ clock: { id: 1, t0_ns: 2 ** 40 + 3, t1_ns: 0 } }));
    expect(r.ok && r.kind === 'clock').toBe(true);
    if (!r.ok || r.kind !== 'clock') return;
    expect(r.message.t0_ns).toBe(2 ** 40 + 3);
    expect(typeof r.message.t1_ns).toBe('number'); // the prototype default, too
    expect(r.message.t1_ns).toBe(0);
  });

  it('decodes uint64 beyond 2^53 approximately (nearest double), as documented for wall-clock times', () => {
    // seq = 2^53 + 1 as a varint: not representable as a double; the decoder gives the nearest, 2^53.
    const big = 2n ** 53n + 1n;
    const varint: number[] = [];
    for (let v = big; ; ) {
      const b = Number(v & 0x7fn);
      v >>= 7n;
      if (v === 0n) { varint.push(b); break; }
      varint.push(b | 0x80);
    }
    const motion = [0x10, ...varint]; // field 2 (seq), varint
    const bytes = new Uint8Array([0x22, motion.length, ...motion]); // Envelope field 4 (motion)
    const r = decodeEnvelope(bytes);
    expect(r.ok && r.kind === 'motion' && r.message.seq).toBe(2 ** 53);
  });

  it('keeps the last member when hostile bytes set two (protobuf oneof rule, same as protoc)', () => {
    const a = encodeEnvelope({ hello: { protocol_major: 1 } });
    const b = encodeEnvelope({ motion: { seq: 9 } });
    const r = decodeEnvelope(new Uint8Array([...a, ...b]));
    expect(r.ok && r.kind).toBe('motion');
    expect(r.ok && r.envelope.hello).toBeFalsy();
  });
});

describe('encodeEnvelope', () => {
  it('refuses an Envelope with no message or two messages (a programming error)', () => {
    expect(() => encodeEnvelope({})).toThrow(/exactly one message.*got 0/);
    expect(() => encodeEnvelope({ hello: {}, motion: {} })).toThrow(/exactly one message.*got 2/);
  });
});

describe('decodeEnvelope refusals', () => {
  const motion = encodeEnvelope({ motion: { seq: 1, position: { x: 1 }, orientation: { w: 1 } } });

  it('EMPTY for zero bytes', () => {
    const r = decodeEnvelope(new Uint8Array(0));
    expect(r).toEqual({ ok: false, error: { code: 'EMPTY', message: expect.stringMatching(/empty \(0 bytes\)/) } });
  });

  it('TOO_LARGE before parsing, with both sizes in the sentence', () => {
    const r = decodeEnvelope(new Uint8Array(DEFAULT_MAX_ENVELOPE_BYTES + 1));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('TOO_LARGE');
    expect(r.error.message).toContain(`${DEFAULT_MAX_ENVELOPE_BYTES + 1} bytes`);
    expect(r.error.message).toContain(`at most ${DEFAULT_MAX_ENVELOPE_BYTES} bytes`);
    expect(decodeEnvelope(motion, { maxBytes: motion.length - 1 }).ok).toBe(false);
    expect(decodeEnvelope(motion, { maxBytes: motion.length }).ok).toBe(true);
  });

  it('MALFORMED for every truncation of a valid message', () => {
    for (let n = 1; n < motion.length; n++) {
      const r = decodeEnvelope(motion.subarray(0, n));
      expect(r.ok, `truncated to ${n}`).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('MALFORMED');
    }
  });

  it('MALFORMED for a length prefix beyond the buffer, a bad varint, a bad wire type, field number 0', () => {
    const cases: [string, number[]][] = [
      ['length beyond buffer', [0x22, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x00]],
      ['11-byte varint (MotionFrame.seq)', [0x22, 0x0c, 0x10, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]],
      ['wire type 7', [0x0f, 0x00]],
      ['field number 0', [0x00, 0x01]],
      ['unterminated group', [0x0b, 0x08, 0x01]],
    ];
    for (const [what, b] of cases) {
      const r = decodeEnvelope(new Uint8Array(b));
      expect(r.ok, what).toBe(false);
      if (!r.ok) {
        expect(r.error.code, what).toBe('MALFORMED');
        expect(r.error.message).toMatch(/^The message is not a valid protobuf farhand\.v1\.Envelope \(.+\)\.$/);
      }
    }
  });

  it('MALFORMED, not a stack overflow, for groups nested far beyond the recursion limit', () => {
    const depth = 3000;
    const bytes = new Uint8Array(depth * 2);
    for (let i = 0; i < depth; i++) bytes[i] = 0x5b; // field 11, start group
    for (let i = depth; i < 2 * depth; i++) bytes[i] = 0x5c; // field 11, end group
    const r = decodeEnvelope(bytes, { maxBytes: bytes.length });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('MALFORMED');
  });

  it('NO_MESSAGE for a valid Envelope that carries no known member (e.g. a kind from a newer minor)', () => {
    const r = decodeEnvelope(new Uint8Array([0x62, 0x02, 0x08, 0x01])); // field 12, length 2: unknown
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('NO_MESSAGE');
      expect(r.error.message).toMatch(/newer minor version, and it is ignored/);
    }
  });

  it('NOT_BYTES for a text message or other non-binary input, and never throws on odd objects', () => {
    const hostile = new Proxy({}, { getPrototypeOf() { throw new Error('trap'); }, get() { throw new Error('trap'); } });
    for (const input of ['{"op":"publish"}', null, undefined, 42, {}, [1, 2, 3], hostile]) {
      const r = decodeEnvelope(input);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('NOT_BYTES');
    }
    const t = decodeEnvelope('hello');
    expect(!t.ok && t.error.message).toMatch(/binary data.*got a string of 5 characters/);
  });

  it('accepts ArrayBuffer, DataView and views at an offset (browser WebSocket binaryType "arraybuffer")', () => {
    const ab = new ArrayBuffer(motion.length + 8);
    new Uint8Array(ab, 8).set(motion);
    expect(decodeEnvelope(ab.slice(8)).ok).toBe(true);
    expect(decodeEnvelope(new DataView(ab, 8)).ok).toBe(true);
    expect(decodeEnvelope(new Uint8Array(ab, 8)).ok).toBe(true);
  });

  it('throws only for an invalid maxBytes option (a programming error)', () => {
    expect(() => decodeEnvelope(motion, { maxBytes: 0 })).toThrow(RangeError);
    expect(() => decodeEnvelope(motion, { maxBytes: Number.NaN })).toThrow(RangeError);
  });

  it('ignores unknown fields inside known messages and does not keep them', () => {
    // MotionFrame + field 15 (varint) + field 16 (length-delimited), as a newer minor might add.
    const extra = [0x78, 0x05, 0x82, 0x01, 0x03, 0x61, 0x62, 0x63];
    const inner = [...encodeEnvelope({ motion: { seq: 5 } }).subarray(2), ...extra];
    const r = decodeEnvelope(new Uint8Array([0x22, inner.length, ...inner]));
    expect(r.ok && r.kind === 'motion').toBe(true);
    if (!r.ok || r.kind !== 'motion') return;
    expect(r.message.seq).toBe(5);
    expect(r.message.$unknowns).toBeUndefined();
  });
});
