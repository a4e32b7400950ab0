// Golden wire vectors (test/golden/NAME.hex + NAME.json). Each vector must:
//   1. be exactly what encodeEnvelope produces for the JSON (an accidental wire change fails here),
//   2. decode with decodeEnvelope to the JSON's field values,
//   3. decode with Debian's `protoc --decode farhand.v1.Envelope` to the same field values, and
//      re-encode with `protoc --encode` to the same bytes: the bytes are standard protobuf, not a
//      protobufjs dialect.
// Vectors are written by hand with scripts/golden.mjs, never by this test.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import protobuf from 'protobufjs';
import { describe, expect, it } from 'vitest';
import { MESSAGE_KINDS, decodeEnvelope, encodeEnvelope } from './codec.js';
import { farhand } from './gen/farhand.js';

const pkg = fileURLToPath(new URL('..', import.meta.url));
const goldenDir = join(pkg, 'test/golden');
const protoDir = join(pkg, 'proto');
const PROTOC_ARGS = ['-I', protoDir, 'farhand/v1/teleop.proto'];

// Reflection of the same .proto, only to know each field's type (float vs double, uint64, enum...).
const schema = new protobuf.Root().loadSync(join(protoDir, 'farhand/v1/teleop.proto'), { keepCase: true });
schema.resolveAll();
const EnvelopeType = schema.lookupType('farhand.v1.Envelope');

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
interface Vector {
  name: string;
  description: string;
  envelope: { [k: string]: Json };
  bytes: Uint8Array;
}

const vectors: Vector[] = readdirSync(goldenDir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => {
    const name = f.replace(/\.json$/, '');
    const json = JSON.parse(readFileSync(join(goldenDir, f), 'utf8')) as { description: string; envelope: Vector['envelope'] };
    const hex = readFileSync(join(goldenDir, `${name}.hex`), 'utf8').replace(/\s+/g, '');
    return { name, description: json.description, envelope: json.envelope, bytes: Uint8Array.from(Buffer.from(hex, 'hex')) };
  });

/**
 * Compares a message's fields with the expected JSON: the same set of fields present (proto3 omits
 * defaults, so an expected default counts as absent) and equal values by the field's type. `actual` comes from protobufjs toObject (numbers,
 * enum names) or from protoc's text format (strings for every scalar).
 */
function compare(type: protobuf.Type, expected: { [k: string]: Json }, actual: { [k: string]: unknown }, path: string, errors: string[]): void {
  const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  for (const key of keys) {
    const field = type.fields[key];
    const at = `${path}.${key}`;
    if (!field) {
      errors.push(`${at}: not a field of ${type.fullName}`);
      continue;
    }
    if (!(key in expected)) errors.push(`${at}: present (${JSON.stringify(actual[key])}) but not expected`);
    else if (!(key in actual)) {
      // proto3: a scalar at its default (0, false, "", first enum value) is the same as absent.
      if (!isDefault(field, expected[key]!)) errors.push(`${at}: expected ${JSON.stringify(expected[key])} but absent`);
    }
    else if (field.repeated) {
      const e = expected[key] as Json[];
      const a = Array.isArray(actual[key]) ? (actual[key] as unknown[]) : [actual[key]];
      if (e.length !== a.length) errors.push(`${at}: ${a.length} elements, expected ${e.length}`);
      else if (field.resolvedType instanceof protobuf.Type) {
        // Repeated messages (e.g. Welcome.rtc.ice_servers): element by element.
        const t = field.resolvedType;
        e.forEach((ei, i) => compare(t, ei as { [k: string]: Json }, a[i] as { [k: string]: unknown }, `${at}[${i}]`, errors));
      } else e.forEach((ei, i) => compareScalar(field, ei, a[i], `${at}[${i}]`, errors));
    } else if (field.resolvedType instanceof protobuf.Type) {
      compare(field.resolvedType, expected[key] as { [k: string]: Json }, actual[key] as { [k: string]: unknown }, at, errors);
    } else compareScalar(field, expected[key]!, actual[key], at, errors);
  }
}

function isDefault(field: protobuf.Field, e: Json): boolean {
  if (field.repeated) return Array.isArray(e) && e.length === 0;
  if (field.resolvedType instanceof protobuf.Enum) return field.resolvedType.values[e as string] === 0 || e === 0;
  return e === 0 || e === '0' || e === false || e === '';
}

function compareScalar(field: protobuf.Field, e: Json, a: unknown, at: string, errors: string[]): void {
  let same: boolean;
  switch (field.type) {
    case 'float':
      same = Math.fround(Number(e)) === Math.fround(Number(a));
      break;
    case 'double':
      same = Number(e) === Number(a);
      break;
    case 'uint64':
    case 'int64':
      // protoc prints the exact integer; protobufjs gives the nearest double (see README on uint64).
      same = typeof a === 'string' ? BigInt(e as string | number) === BigInt(a) : Number(e) === a;
      break;
    case 'uint32':
    case 'int32':
      same = Number(e) === Number(a);
      break;
    case 'bool':
      same = e === (a === true || a === 'true');
      break;
    default: // string, or an enum by name
      same = e === a;
  }
  if (!same) errors.push(`${at}: got ${JSON.stringify(a)}, expected ${JSON.stringify(e)}`);
}

/** Parses protoc's text format (as --decode prints it) into nested objects; repeated fields become arrays. */
function parseTextFormat(text: string): { [k: string]: unknown } {
  const root: { [k: string]: unknown } = {};
  const stack = [root];
  const add = (obj: { [k: string]: unknown }, k: string, v: unknown) => {
    if (!(k in obj)) obj[k] = v;
    else if (Array.isArray(obj[k])) (obj[k] as unknown[]).push(v);
    else obj[k] = [obj[k], v];
  };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    const top = stack[stack.length - 1]!;
    let m: RegExpMatchArray | null;
    if (line === '}') stack.pop();
    else if ((m = /^(\w+) \{$/.exec(line))) {
      const child = {};
      add(top, m[1]!, child);
      stack.push(child);
    } else if ((m = /^(\w+): (.*)$/.exec(line))) add(top, m[1]!, m[2]!.startsWith('"') ? unquote(m[2]!) : m[2]!);
    else throw new Error(`unexpected protoc output line: ${raw}`);
  }
  return root;
}

/** C-style escapes as protoc prints them (octal for non-ASCII bytes), then UTF-8. */
function unquote(q: string): string {
  const bytes: number[] = [];
  const body = q.slice(1, -1);
  const simple: Record<string, number> = { n: 10, r: 13, t: 9, '"': 34, "'": 39, '\\': 92 };
  for (let i = 0; i < body.length; i++) {
    if (body[i] !== '\\') {
      bytes.push(...Buffer.from(body[i]!, 'utf8'));
      continue;
    }
    const c = body[++i]!;
    if (/[0-7]/.test(c)) {
      const oct = /^[0-7]{1,3}/.exec(body.slice(i))![0];
      bytes.push(parseInt(oct, 8));
      i += oct.length - 1;
    } else if (c === 'x') {
      const hx = /^[0-9a-fA-F]{1,2}/.exec(body.slice(i + 1))![0];
      bytes.push(parseInt(hx, 16));
      i += hx.length;
    } else bytes.push(simple[c] ?? c.charCodeAt(0));
  }
  return Buffer.from(bytes).toString('utf8');
}

function protoc(args: string[], input: Uint8Array | string): Buffer {
  const r = spawnSync('protoc', [...args, ...PROTOC_ARGS], { input });
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new Error(
      'protoc is not installed: install Debian package protobuf-compiler (apt-get install -y protobuf-compiler). ' +
        'CI installs it (.ci/run); this test fails rather than skips so the wire format is always checked by a second implementation.',
    );
  }
  if (r.status !== 0) throw new Error(`protoc ${args.join(' ')} failed (${r.status}): ${r.stderr.toString()}`);
  return r.stdout;
}

describe('golden wire vectors', () => {
  it('cover every Envelope message kind, and the schema has no kind the codec does not know', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(MESSAGE_KINDS.length);
    const covered = new Set(vectors.map((v) => Object.keys(v.envelope)[0]));
    expect([...covered].sort()).toEqual([...MESSAGE_KINDS].sort());
    expect(EnvelopeType.oneofs['msg']!.oneof.slice().sort()).toEqual([...MESSAGE_KINDS].sort());
  });

  for (const v of vectors) {
    describe(v.name, () => {
      it('is what encodeEnvelope produces for the JSON', () => {
        const bytes = encodeEnvelope(farhand.v1.Envelope.fromObject(v.envelope));
        expect(Buffer.from(bytes).toString('hex')).toBe(Buffer.from(v.bytes).toString('hex'));
      });

      it('decodes to the JSON field values', () => {
        const r = decodeEnvelope(v.bytes);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.kind).toBe(Object.keys(v.envelope)[0]);
        const actual = farhand.v1.Envelope.toObject(r.envelope, { enums: String, longs: Number });
        const errors: string[] = [];
        compare(EnvelopeType, v.envelope, actual, 'Envelope', errors);
        expect(errors).toEqual([]);
      });

      it('decodes with protoc --decode to the same field values and re-encodes to the same bytes', () => {
        const text = protoc(['--decode', 'farhand.v1.Envelope'], v.bytes).toString('utf8');
        const errors: string[] = [];
        compare(EnvelopeType, v.envelope, parseTextFormat(text), 'Envelope', errors);
        expect(errors, text).toEqual([]);
        const again = protoc(['--encode', 'farhand.v1.Envelope'], text);
        expect(again.toString('hex')).toBe(Buffer.from(v.bytes).toString('hex'));
      });
    });
  }
});
