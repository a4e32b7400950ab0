// Versioning with real encoded bytes: a Hello from another major, and messages encoded with a newer
// minor of the schema (this schema plus fields and a message kind), decoded by this version.
import { readFileSync } from 'node:fs';
import protobuf from 'protobufjs';
import { describe, expect, it } from 'vitest';
import { decodeEnvelope, encodeEnvelope } from './codec.js';
import { farhand } from './gen/farhand.js';
import { validateMotionFrame } from './motion.js';
import { validateHello } from './validate.js';
import { PROTOCOL_MAJOR, PROTOCOL_MINOR, checkVersion } from './version.js';

const teleop = readFileSync(new URL('../proto/farhand/v1/teleop.proto', import.meta.url), 'utf8');

/** Inserts `line` just before the closing brace of `message name`. */
function addToMessage(src: string, name: string, line: string): string {
  const start = src.indexOf(`message ${name} {`);
  const end = src.indexOf('\n}', start);
  if (start < 0 || end < 0) throw new Error(`message ${name} not found`);
  return `${src.slice(0, end)}\n  ${line}${src.slice(end)}`;
}

// Protocol 1.2 as a future author would write it: new fields in Hello and MotionFrame, a new message
// kind in the Envelope's oneof.
let v11 = teleop;
v11 = addToMessage(v11, 'Hello', 'string locale = 106;  // a later minor');
v11 = addToMessage(v11, 'Hello', 'repeated string features = 107;');
v11 = addToMessage(v11, 'MotionFrame', 'float grip_force_n = 109;');
v11 = addToMessage(v11, 'MotionFrame', 'Vector3f velocity_mps = 110;');
v11 = v11.replace('Event event = 9;', 'Event event = 9;\n    Haptics haptics = 110;');
v11 += '\nmessage Haptics { double force_n = 1; }\n';
const newer = protobuf.parse(v11, { keepCase: true }).root;
const Envelope11 = newer.lookupType('farhand.v1.Envelope');
const encode11 = (obj: Record<string, unknown>) => Envelope11.encode(Envelope11.fromObject(obj)).finish();

describe('protocol version', () => {
  it('is 1.1', () => {
    expect([PROTOCOL_MAJOR, PROTOCOL_MINOR]).toEqual([1, 1]);
  });

  it('rejects a Hello of another major with a sentence naming both versions (real bytes)', () => {
    const bytes = encodeEnvelope({ hello: { protocol_major: 2, protocol_minor: 3, role: farhand.v1.Role.SURGEON, token: 't'.repeat(16) } });
    const r = decodeEnvelope(bytes);
    expect(r.ok && r.kind).toBe('hello');
    if (!r.ok || r.kind !== 'hello') return;
    const h = validateHello(r.message);
    expect(h).toMatchObject({ ok: false, code: 'VERSION_MISMATCH', reject: farhand.v1.RejectCode.VERSION_MISMATCH });
    if (h.ok) return;
    expect(h.message).toBe(
      'Protocol version mismatch: the client speaks Farhand protocol 2.3 but this agent speaks Farhand protocol 1.1; ' +
        'the major versions must be equal, so update the agent to protocol major 2.',
    );
  });

  it('rejects a Hello without a version (0.0), telling the client to update', () => {
    const r = checkVersion({});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/the client sent no protocol version \(0\.0\) but this agent speaks Farhand protocol 1\.1.*update the client to protocol major 1\./);
  });

  it('lets a client check the agent Welcome the same way', () => {
    const r = checkVersion({ protocol_major: 3, protocol_minor: 1 }, 'agent');
    expect(!r.ok && r.message).toMatch(/the agent speaks Farhand protocol 3\.1 but this client speaks Farhand protocol 1\.1.*update the client/);
  });

  it('accepts a Hello from a newer minor and ignores its new fields (real bytes from a 1.2 schema)', () => {
    const bytes = encode11({
      hello: { protocol_major: 1, protocol_minor: 2, role: 'OBSERVER', token: 'abcdefghijklmnop', client_name: 'bedside', locale: 'it-IT', features: ['haptics', 'xr'] },
    });
    const r = decodeEnvelope(bytes);
    expect(r.ok && r.kind).toBe('hello');
    if (!r.ok || r.kind !== 'hello') return;
    expect(validateHello(r.message)).toEqual({
      ok: true,
      hello: { major: 1, minor: 2, newerMinor: true, role: 'OBSERVER', token: 'abcdefghijklmnop', clientName: 'bedside' },
    });
    expect(Object.keys(farhand.v1.Hello.toObject(r.message))).not.toContain('locale');
  });

  it('accepts a MotionFrame with fields from a newer minor, with identical values for the known ones', () => {
    const motion = {
      seq: 77, capture_time_ns: 123456789, position: { x: 0.5, y: 0.25, z: -0.125 }, orientation: { w: 1 }, grip: 0.75,
      operator_present: true,
    };
    const withNew = decodeEnvelope(encode11({ motion: { ...motion, grip_force_n: 3.5, velocity_mps: { x: 1, y: 2, z: 3 } } }));
    const plain = decodeEnvelope(encodeEnvelope({ motion }));
    expect(withNew.ok && withNew.kind === 'motion').toBe(true);
    if (!withNew.ok || withNew.kind !== 'motion' || !plain.ok || plain.kind !== 'motion') return;
    expect(validateMotionFrame(withNew.message)).toEqual(validateMotionFrame(plain.message));
    expect(validateMotionFrame(withNew.message).ok).toBe(true);
  });

  it('reports a message kind added by a newer minor as NO_MESSAGE (ignored), not as malformed', () => {
    const r = decodeEnvelope(encode11({ haptics: { force_n: 2 } }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('NO_MESSAGE');
  });
});
