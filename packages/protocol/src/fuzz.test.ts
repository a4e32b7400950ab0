// Fuzz: random and mutated buffers through decodeEnvelope and the validators. Each must return a value
// or a typed error, never throw, never hang. It is also a differential test: codec.ts codes the
// Envelope level itself, and must agree with the generated Envelope.decode/encode on every buffer. Bounded in the suite (~120k buffers, about a second);
// FARHAND_LONG=1 runs 2M. A failure prints the seed and the buffer to reproduce it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeEnvelope, encodeEnvelope, type DecodeErrorCode, type DecodeResult } from './codec.js';
import { farhand } from './gen/farhand.js';
import { validateMotionFrame } from './motion.js';
import type { RefusalCode } from './refusal.js';
import { validateClockProbe, validateCommand, validateHello, validateRtcSignal } from './validate.js';
import { validateVideoReport } from './video-report.js';

const SEED = Number(process.env['FARHAND_FUZZ_SEED'] ?? 0x5eed5);
const COUNT = process.env['FARHAND_LONG'] === '1' ? 2_000_000 : 120_000;
const MAX_BYTES = 1024;

/** mulberry32: small, fast, seeded; the same seed gives the same buffers. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: <T>(xs: readonly T[]): T => xs[int(xs.length)]! };
}

const goldenDir = fileURLToPath(new URL('../test/golden', import.meta.url));
const corpus: Uint8Array[] = readdirSync(goldenDir)
  .filter((f) => f.endsWith('.hex'))
  .map((f) => Uint8Array.from(Buffer.from(readFileSync(join(goldenDir, f), 'utf8').trim(), 'hex')));

const INTERESTING = [0x00, 0x01, 0x7f, 0x80, 0xff, 0x08, 0x0a, 0x0b, 0x0c, 0x22, 0x3a];

function varint(v: number): number[] {
  const out: number[] = [];
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
  return out;
}

type R = ReturnType<typeof prng>;

/** A random but protobuf-shaped token stream: tags with every wire type, nested messages and groups. */
function protobufish(r: R, depth: number): number[] {
  const out: number[] = [];
  const fields = 1 + r.int(6);
  for (let i = 0; i < fields; i++) {
    const field = r.next() < 0.8 ? 1 + r.int(20) : r.int(1 << 20);
    const wire = r.pick([0, 0, 1, 2, 2, 2, 3, 5, 4, 6, 7]);
    out.push(...varint(field * 8 + wire));
    if (wire === 0) out.push(...varint(r.next() < 0.5 ? r.int(300) : Math.floor(r.next() * 2 ** 53)));
    else if (wire === 1) for (let k = 0; k < 8; k++) out.push(r.int(256));
    else if (wire === 5) for (let k = 0; k < 4; k++) out.push(r.int(256));
    else if (wire === 2) {
      const body = depth > 0 && r.next() < 0.6 ? protobufish(r, depth - 1) : Array.from({ length: r.int(12) }, () => r.int(256));
      const lie = r.next() < 0.05 ? r.int(5) - 2 : 0; // sometimes a wrong length
      out.push(...varint(Math.max(0, body.length + lie)), ...body);
    } else if (wire === 3) {
      if (depth > 0) out.push(...protobufish(r, depth - 1));
      if (r.next() < 0.9) out.push(...varint(field * 8 + 4));
    }
  }
  return out;
}

function mutate(r: R, src: Uint8Array): Uint8Array {
  let b = Array.from(src);
  const steps = 1 + r.int(4);
  for (let s = 0; s < steps; s++) {
    const at = r.int(b.length + 1);
    switch (r.int(9)) {
      case 0: // bit flip
        if (b.length) b[at % b.length]! ^= 1 << r.int(8);
        break;
      case 1: // interesting byte
        if (b.length) b[at % b.length] = r.pick(INTERESTING);
        break;
      case 2: // insert random bytes
        b.splice(at, 0, ...Array.from({ length: 1 + r.int(8) }, () => r.int(256)));
        break;
      case 3: // delete a range
        b.splice(at, 1 + r.int(8));
        break;
      case 4: // truncate
        b = b.slice(0, at);
        break;
      case 5: // duplicate a range
        b.splice(at, 0, ...b.slice(r.int(b.length + 1), r.int(b.length + 1)));
        break;
      case 6: // splice with another vector
        b = [...b.slice(0, at), ...Array.from(r.pick(corpus)).slice(r.int(40))];
        break;
      case 7: // a huge or negative-looking varint (length prefixes, uint64s)
        b.splice(at, 0, ...r.pick([[0xff, 0xff, 0xff, 0xff, 0x0f], [0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01], [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f]]));
        break;
      default: // wrap in one more length-delimited layer
        b = [...varint((1 + r.int(12)) * 8 + 2), ...varint(b.length), ...b];
    }
  }
  return Uint8Array.from(b);
}

function generate(r: R): Uint8Array {
  const k = r.next();
  if (k < 0.45) return mutate(r, r.pick(corpus));
  if (k < 0.75) return Uint8Array.from(protobufish(r, 4));
  if (k < 0.98) return Uint8Array.from({ length: r.int(200) }, () => r.int(256));
  return new Uint8Array(MAX_BYTES + 1 + r.int(100)); // oversized
}

const DECODE_CODES: DecodeErrorCode[] = ['NOT_BYTES', 'EMPTY', 'TOO_LARGE', 'MALFORMED', 'NO_MESSAGE'];
const REFUSAL_CODES: RefusalCode[] = ['MISSING', 'NOT_FINITE', 'OUT_OF_RANGE', 'BAD_QUATERNION', 'UNKNOWN_ENUM', 'UNKNOWN_ARM', 'TOO_LONG', 'VERSION_MISMATCH'];

function validate(d: Extract<DecodeResult, { ok: true }>): { ok: boolean; code?: string; message?: string } | null {
  switch (d.kind) {
    case 'hello': return validateHello(d.message);
    case 'motion': return validateMotionFrame(d.message, { armIds: [0, 1] });
    case 'clock': return validateClockProbe(d.message);
    case 'command': return validateCommand(d.message, { armIds: [0, 1] });
    case 'rtc': return validateRtcSignal(d.message, { from: 'client' });
    case 'video_report': return validateVideoReport(d.message);
    default: return null; // agent-to-client kinds: no inbound validation
  }
}

describe('fuzz: decodeEnvelope and the validators on hostile bytes', () => {
  it(`returns a value or a typed error for ${COUNT} random and mutated buffers (seed ${SEED})`, () => {
    const r = prng(SEED);
    const outcomes = new Map<string, number>();
    const count = (k: string) => outcomes.set(k, (outcomes.get(k) ?? 0) + 1);
    for (let i = 0; i < COUNT; i++) {
      const buf = generate(r);
      const where = () => `seed ${SEED}, buffer #${i}: ${Buffer.from(buf).toString('hex')}`;
      let d: DecodeResult;
      try {
        d = decodeEnvelope(buf, { maxBytes: MAX_BYTES });
      } catch (e) {
        throw new Error(`decodeEnvelope threw (${String(e)}) for ${where()}`);
      }
      // Differential: the generated Envelope codec must agree (same failure, same kind, same content).
      if (buf.length > 0 && buf.length <= MAX_BYTES) {
        let gen: farhand.v1.Envelope | null = null;
        try {
          gen = farhand.v1.Envelope.decode(buf);
        } catch {
          gen = null;
        }
        const genKind = gen ? gen.msg ?? 'NO_MESSAGE' : 'MALFORMED';
        const ours = d.ok ? d.kind : d.error.code;
        if (genKind !== ours) throw new Error(`generated Envelope.decode gives ${genKind}, decodeEnvelope ${ours}, for ${where()}`);
        if (gen && d.ok) {
          const a = Buffer.from(farhand.v1.Envelope.encode(gen).finish());
          const b = Buffer.from(encodeEnvelope(d.envelope));
          if (!a.equals(b)) throw new Error(`content differs from the generated decoder's (${a.toString('hex')} vs ${b.toString('hex')}) for ${where()}`);
        }
      }
      if (!d.ok) {
        if (!DECODE_CODES.includes(d.error.code) || typeof d.error.message !== 'string' || d.error.message.length < 10) {
          throw new Error(`untyped decode error ${JSON.stringify(d)} for ${where()}`);
        }
        count(`decode:${d.error.code}`);
        continue;
      }
      count(`kind:${d.kind}`);
      let v: ReturnType<typeof validate>;
      try {
        v = validate(d);
        // What decoded must encode again and decode to the same kind (no half-built objects).
        const again = decodeEnvelope(encodeEnvelope(d.envelope), { maxBytes: 1 << 20 });
        if (!again.ok || again.kind !== d.kind) throw new Error(`re-decode gave ${JSON.stringify(again)}`);
      } catch (e) {
        throw new Error(`validation or re-encode threw (${String(e)}) for ${where()}`);
      }
      if (v === null) continue;
      if (v.ok) count(`valid:${d.kind}`);
      else {
        if (!REFUSAL_CODES.includes(v.code as RefusalCode) || !v.message) throw new Error(`untyped refusal ${JSON.stringify(v)} for ${where()}`);
        count(`refused:${v.code}`);
      }
    }
    const seen = Object.fromEntries([...outcomes].sort());
    // The fuzzer must reach every layer, or it proves nothing.
    for (const k of ['decode:EMPTY', 'decode:TOO_LARGE', 'decode:MALFORMED', 'decode:NO_MESSAGE', 'kind:motion', 'kind:hello', 'kind:command', 'kind:clock', 'kind:telemetry']) {
      expect(seen[k] ?? 0, `${k} in ${JSON.stringify(seen)}`).toBeGreaterThan(0);
    }
    for (const k of ['valid:motion', 'valid:hello', 'valid:command', 'valid:clock', 'refused:BAD_QUATERNION', 'refused:OUT_OF_RANGE', 'refused:UNKNOWN_ENUM']) {
      expect(seen[k] ?? 0, `${k} in ${JSON.stringify(seen)}`).toBeGreaterThan(0);
    }
    const decoded = [...outcomes].filter(([k]) => k.startsWith('decode:') || k.startsWith('kind:'));
    expect(decoded.reduce((a, [, n]) => a + n, 0)).toBe(COUNT);
  }, COUNT > 200_000 ? 900_000 : 60_000);
});
