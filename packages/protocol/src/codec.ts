// Envelope codec: one WebSocket binary message = one farhand.v1.Envelope.
// decodeEnvelope never throws for any input: hostile bytes come back as a typed error with a sentence.
// It checks structure only (size, protobuf wire format, one known message kind); the semantic checks
// (finite numbers, unit quaternion, ranges, enums) are the validate* functions, run per message kind.
import protobuf from 'protobufjs/minimal.js';
import { farhand } from './gen/farhand.js';
import { PROTOCOL_VERSION } from './version.js';

const Envelope = farhand.v1.Envelope;

/** Default bound on one Envelope, bytes. A MotionFrame is ~60 bytes, a full Telemetry ~420, a Welcome ~280. */
export const DEFAULT_MAX_ENVELOPE_BYTES = 4096;

/** What each oneof member of Envelope decodes to. */
export interface EnvelopeMessages {
  hello: farhand.v1.Hello;
  welcome: farhand.v1.Welcome;
  reject: farhand.v1.Reject;
  motion: farhand.v1.MotionFrame;
  clock: farhand.v1.ClockProbe;
  command: farhand.v1.Command;
  ack: farhand.v1.CommandAck;
  telemetry: farhand.v1.Telemetry;
  event: farhand.v1.Event;
  rtc: farhand.v1.RtcSignal;
  video_report: farhand.v1.VideoReport;
}
export type MessageKind = keyof EnvelopeMessages;
/** The Envelope's oneof members, in field-number order. */
export const MESSAGE_KINDS: readonly MessageKind[] = [
  'hello', 'welcome', 'reject', 'motion', 'clock', 'command', 'ack', 'telemetry', 'event', 'rtc', 'video_report',
];
/** Envelope field number of each kind (1..10, then the video's 40). */
const FIELD_NUMBERS: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 40];

/**
 * The generated codec of each member, by kind and by Envelope field number. The Envelope level is
 * coded here rather than by the generated Envelope.encode/decode: every Envelope is one oneof member,
 * and the generated decoder's oneof bookkeeping (a `delete` per other member on every message) cost
 * 40 % of a MotionFrame decode. Same bytes and same results: the golden vectors and a differential
 * fuzz test against the generated Envelope codec check it. The members' codecs are the generated ones.
 */
interface MemberCodec {
  encode(message: unknown, writer: protobuf.Writer): protobuf.Writer;
  // The generated decoders take (reader, length, endGroup, depth, mergeTarget); depth and merge target
  // keep the recursion limit and protobuf's merge rule exactly as the generated Envelope.decode has them.
  decode(reader: protobuf.Reader, length: number, end?: number, depth?: number, target?: unknown): unknown;
}
const MEMBERS: readonly { kind: MessageKind; field: number; codec: MemberCodec }[] = MESSAGE_KINDS.map((kind, i) => ({
  kind,
  field: FIELD_NUMBERS[i]!,
  codec: {
    hello: farhand.v1.Hello,
    welcome: farhand.v1.Welcome,
    reject: farhand.v1.Reject,
    motion: farhand.v1.MotionFrame,
    clock: farhand.v1.ClockProbe,
    command: farhand.v1.Command,
    ack: farhand.v1.CommandAck,
    telemetry: farhand.v1.Telemetry,
    event: farhand.v1.Event,
    rtc: farhand.v1.RtcSignal,
    video_report: farhand.v1.VideoReport,
  }[kind] as unknown as MemberCodec,
}));
/** Members by Envelope field number (sparse). */
const BY_FIELD: readonly ((typeof MEMBERS)[number] | undefined)[] = (() => {
  const a: ((typeof MEMBERS)[number] | undefined)[] = [];
  for (const m of MEMBERS) a[m.field] = m;
  return a;
})();

/**
 * The one member set in an Envelope, by static property reads (keyed reads over a list of names cost
 * more than the rest of a MotionFrame encode); null when none, 'many' when more than one.
 */
function soleMember(e: EnvelopeInit): (typeof MEMBERS)[number] | null | 'many' {
  let m: (typeof MEMBERS)[number] | null = null;
  let n = 0;
  if (e.hello != null) (m = MEMBERS[0]!), n++;
  if (e.welcome != null) (m = MEMBERS[1]!), n++;
  if (e.reject != null) (m = MEMBERS[2]!), n++;
  if (e.motion != null) (m = MEMBERS[3]!), n++;
  if (e.clock != null) (m = MEMBERS[4]!), n++;
  if (e.command != null) (m = MEMBERS[5]!), n++;
  if (e.ack != null) (m = MEMBERS[6]!), n++;
  if (e.telemetry != null) (m = MEMBERS[7]!), n++;
  if (e.event != null) (m = MEMBERS[8]!), n++;
  if (e.rtc != null) (m = MEMBERS[9]!), n++;
  if (e.video_report != null) (m = MEMBERS[10]!), n++;
  return n > 1 ? 'many' : m;
}

/** What encodeEnvelope takes: exactly one member set, e.g. `{ motion: {...} }`. */
export type EnvelopeInit = farhand.v1.Envelope.$Properties;

export type DecodeErrorCode =
  /** Not binary data (e.g. a WebSocket text message). */
  | 'NOT_BYTES'
  /** Zero bytes. */
  | 'EMPTY'
  /** Longer than maxBytes. */
  | 'TOO_LARGE'
  /** Not a valid protobuf encoding (truncated, bad varint, bad wire type, bad group...). */
  | 'MALFORMED'
  /** Valid protobuf but no message kind this version knows (e.g. a kind added by a newer minor). */
  | 'NO_MESSAGE';

export interface DecodeError {
  code: DecodeErrorCode;
  /** A sentence saying what was wrong and what is accepted. */
  message: string;
}

/** A decoded Envelope, narrowed by kind: `if (r.ok && r.kind === 'motion') use(r.message)`. */
export type DecodedMessage = { [K in MessageKind]: { kind: K; message: EnvelopeMessages[K] } }[MessageKind];

export type DecodeResult = ({ ok: true; envelope: farhand.v1.Envelope } & DecodedMessage) | { ok: false; error: DecodeError };

export interface DecodeOptions {
  /** Refuse anything longer, bytes (default DEFAULT_MAX_ENVELOPE_BYTES). Checked before any parsing. */
  maxBytes?: number;
}

/**
 * Encodes one Envelope. Exactly one message kind must be set; anything else is a programming error
 * and throws a TypeError (this side builds the object; the receiving side validates the values).
 * Returns a view of exactly the encoded bytes; in Node it is a Buffer that may share a pooled
 * ArrayBuffer, so pass the view itself (ws.send(bytes)), never `bytes.buffer`.
 */
export function encodeEnvelope(envelope: EnvelopeInit): Uint8Array {
  const m = soleMember(envelope);
  if (m === null || m === 'many') {
    const set = MESSAGE_KINDS.filter((k) => envelope[k] != null).length;
    throw new TypeError(
      `encodeEnvelope: an Envelope carries exactly one message (one of ${MESSAGE_KINDS.join(', ')}), got ${set}.`,
    );
  }
  // One Writer is reused: it holds a growable scratch buffer, and allocating it per message was a fifth
  // of the encode cost. Taken out while in use (a re-entrant call, e.g. from a getter, gets its own) and
  // not given back after a throw (its state is unknown) or a large message (do not pin the memory).
  const writer = spareWriter ?? protobuf.Writer.create();
  spareWriter = null;
  // Field tag, wire type 2 (length-delimited), as the generated Envelope.encode writes a member.
  m.codec.encode(envelope[m.kind], writer.uint32((m.field << 3) | 2).fork()).ldelim();
  const bytes = writer.finish(); // a copy of exactly the encoded bytes
  if (bytes.length <= KEEP_WRITER_BYTES) spareWriter = writer.reset();
  return bytes;
}

const KEEP_WRITER_BYTES = 16 * 1024;
let spareWriter: protobuf.Writer | null = null;

/**
 * The Envelope level of decoding: the generated Envelope.decode's loop without its oneof setter.
 * Last member wins; the same member twice in a row merges (protobuf rule); wrong wire types and
 * unknown fields are skipped; throws what the generated code throws.
 */
function decodeMembers(bytes: Uint8Array): farhand.v1.Envelope {
  const reader = protobuf.Reader.create(bytes);
  let kind: MessageKind | undefined;
  let message: unknown;
  while (reader.pos < reader.len) {
    const tag = reader.tag();
    const field = tag >>> 3;
    const wireType = tag & 7;
    const m = wireType === 2 ? BY_FIELD[field] : undefined;
    if (m) {
      message = m.codec.decode(reader, reader.size(), undefined, 1, kind === m.kind ? message : undefined);
      kind = m.kind;
    } else reader.skipType(wireType, 0, field);
  }
  const envelope = new Envelope();
  // Static stores: a keyed store with the kind as key would turn each Envelope into a slow object.
  switch (kind) {
    case 'hello': envelope.hello = message as farhand.v1.Hello; break;
    case 'welcome': envelope.welcome = message as farhand.v1.Welcome; break;
    case 'reject': envelope.reject = message as farhand.v1.Reject; break;
    case 'motion': envelope.motion = message as farhand.v1.MotionFrame; break;
    case 'clock': envelope.clock = message as farhand.v1.ClockProbe; break;
    case 'command': envelope.command = message as farhand.v1.Command; break;
    case 'ack': envelope.ack = message as farhand.v1.CommandAck; break;
    case 'telemetry': envelope.telemetry = message as farhand.v1.Telemetry; break;
    case 'event': envelope.event = message as farhand.v1.Event; break;
    case 'rtc': envelope.rtc = message as farhand.v1.RtcSignal; break;
    case 'video_report': envelope.video_report = message as farhand.v1.VideoReport; break;
    case undefined: break;
  }
  return envelope;
}

/**
 * Decodes one Envelope from a binary WebSocket message. Never throws for any input (bytes,
 * ArrayBuffer, or anything else): failures are `{ ok: false, error: { code, message } }`. Unknown fields
 * (from a newer minor) are skipped. Throws a RangeError only for an invalid maxBytes option,
 * which is a programming error, not input.
 */
export function decodeEnvelope(input: unknown, options: DecodeOptions = {}): DecodeResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_ENVELOPE_BYTES;
  if (!(Number.isInteger(maxBytes) && maxBytes > 0)) {
    throw new RangeError(`decodeEnvelope: maxBytes must be a positive integer, got ${String(maxBytes)}.`);
  }
  const bytes = asBytes(input);
  if (bytes === null) {
    return fail('NOT_BYTES', `Expected binary data (one protobuf farhand.v1.Envelope per binary WebSocket message), got ${describe(input)}.`);
  }
  if (bytes.length === 0) {
    return fail('EMPTY', 'The message is empty (0 bytes); expected one protobuf farhand.v1.Envelope.');
  }
  if (bytes.length > maxBytes) {
    return fail('TOO_LARGE', `The message is ${bytes.length} bytes; at most ${maxBytes} bytes are accepted per Envelope.`);
  }
  let envelope: farhand.v1.Envelope;
  try {
    envelope = decodeMembers(bytes);
  } catch (e) {
    // protobufjs throws plain Errors/RangeErrors for truncation, bad varints, wire types, groups, depth.
    const why = e instanceof Error ? e.message : String(e);
    return fail('MALFORMED', `The message is not a valid protobuf farhand.v1.Envelope (${why}).`);
  }
  const m = soleMember(envelope);
  if (m === null || m === 'many') {
    return fail(
      'NO_MESSAGE',
      `The Envelope carries no message this side knows (protocol ${PROTOCOL_VERSION} knows ${MESSAGE_KINDS.join(', ')}); ` +
        'it may be a kind added by a newer minor version, and it is ignored.',
    );
  }
  // decodeMembers keeps exactly one member, so envelope[kind] is the message (last one wins, as in protoc).
  return { ok: true, envelope, kind: m.kind, message: envelope[m.kind] } as DecodeResult;
}

function fail(code: DecodeErrorCode, message: string): DecodeResult {
  return { ok: false, error: { code, message } };
}

/**
 * Accepts Uint8Array (incl. Node Buffer), any other ArrayBufferView, ArrayBuffer and SharedArrayBuffer,
 * also from another realm. Returns null for anything else, including objects whose getters throw.
 */
function asBytes(input: unknown): Uint8Array | null {
  try {
    if (input instanceof Uint8Array) return input;
    if (input === null || typeof input !== 'object') return null;
    if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    const tag = Object.prototype.toString.call(input);
    if (tag === '[object ArrayBuffer]' || tag === '[object SharedArrayBuffer]') return new Uint8Array(input as ArrayBuffer);
  } catch {
    // A detached buffer or a hostile proxy: not usable bytes.
  }
  return null;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return `a string of ${v.length} characters (a text message?)`;
  if (typeof v === 'object') {
    try {
      return `an object (${Object.prototype.toString.call(v).slice(8, -1)})`;
    } catch {
      return 'an object';
    }
  }
  return `a ${typeof v}`;
}
