// The one streaming reader of farhand recordings. It reads an MCAP file (or bytes) record by record,
// checks that it is a farhand session (profile, channel schemas) and hands each known message to a
// visitor, undecoded. A file cut short by a crash (no footer) or damaged in the middle still yields every
// record before the damage; `damage` says where and why, and the caller decides whether to go on.
// Replay's loader and readRecording() are both visitors of this reader.
import { open } from 'node:fs/promises';
import { McapStreamReader, type TypedMcapRecord } from '@mcap/core';
import { DECOMPRESS_HANDLERS, loadZstdDecoder } from './codecs.js';
import { CHANNELS, MCAP_PROFILE, type ChannelName } from './schema.js';

/** The file is readable MCAP but not a farhand session (another profile, a channel of another type). */
export class RecordingFormatError extends Error {
  override name = 'RecordingFormatError';
}

export interface StreamDamage {
  kind: 'TRUNCATED' | 'CORRUPT';
  /** Byte offset where reading stopped (approximate for CORRUPT: the start of the unreadable record). */
  atByte: number;
  message: string;
}

export interface RecordingVisitor {
  /** The MCAP header; throw RecordingFormatError to refuse the file. Default: refuse a profile other than "farhand". */
  header?(profile: string, library: string): void;
  /**
   * One message on a farhand channel, as encoded. Return false to stop reading (e.g. the visitor found
   * damage of its own). Throwing anything but RecordingFormatError is taken as a corrupt record.
   */
  message(channel: ChannelName, data: Uint8Array, logTimeNs: bigint, publishTimeNs: bigint): boolean | void;
  /** An MCAP Metadata record (farhand.session, farhand.arm, farhand.config; see the README). */
  metadata?(name: string, metadata: ReadonlyMap<string, string>): void;
}

export interface StreamResult {
  sizeBytes: number;
  /** The footer was reached: the writer closed the file. */
  complete: boolean;
  /** Chunks read. */
  chunks: number;
  /** Bytes after the last complete record (a partly written chunk). */
  trailingBytes: number;
  /** null: nothing wrong; otherwise where and why reading stopped early. */
  damage: StreamDamage | null;
  /** The visitor asked to stop. */
  stoppedByVisitor: boolean;
}

export interface StreamOptions {
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  /** Read size for files, bytes (default 4 MiB). */
  readBytes?: number;
}

const TOPIC_TO_CHANNEL = new Map<string, ChannelName>(Object.entries(CHANNELS).map(([k, c]) => [c.topic, k as ChannelName]));

function defaultHeader(profile: string): void {
  if (profile !== MCAP_PROFILE) throw new RecordingFormatError(`an MCAP file with profile "${profile}", not a farhand session (profile "${MCAP_PROFILE}")`);
}

/** The record-level state machine, fed chunk by chunk from a file or all at once from bytes. */
class Reader {
  // Chunks compressed with zstd or lz4 are decompressed here; a chunk cut short is not yielded at all.
  readonly mcap = new McapStreamReader({ validateCrcs: true, includeChunks: true, decompressHandlers: DECOMPRESS_HANDLERS });
  readonly schemas = new Map<number, string>();
  readonly channels = new Map<number, ChannelName>();
  sawHeader = false;
  chunks = 0;
  messages = 0;
  damage: StreamDamage | null = null;
  stoppedByVisitor = false;

  constructor(
    private readonly visitor: RecordingVisitor,
    private readonly sizeBytes: number,
  ) {}

  /** Appends bytes that end at `endOffset` and reads every complete record; false once reading stopped. */
  feed(bytes: Uint8Array, endOffset: number): boolean {
    try {
      this.mcap.append(bytes);
      for (let rec; (rec = this.mcap.nextRecord()); ) if (!this.take(rec)) return false;
      return true;
    } catch (e) {
      if (e instanceof RecordingFormatError) throw e;
      const at = endOffset - this.mcap.bytesRemaining();
      this.damage ??= { kind: 'CORRUPT', atByte: at, message: `unreadable data at about byte ${at} of ${this.sizeBytes}: ${(e as Error).message}` };
      return false;
    }
  }

  private take(rec: TypedMcapRecord): boolean {
    switch (rec.type) {
      case 'Header':
        this.sawHeader = true;
        (this.visitor.header ?? defaultHeader)(rec.profile, rec.library);
        return true;
      case 'Schema':
        this.schemas.set(rec.id, rec.name);
        return true;
      case 'Chunk':
        this.chunks++;
        return true;
      case 'Metadata':
        this.visitor.metadata?.(rec.name, rec.metadata);
        return true;
      case 'Channel': {
        const key = TOPIC_TO_CHANNEL.get(rec.topic);
        if (key === undefined) return true; // channels from a newer agent, or a tool's own: ignored
        const schema = this.schemas.get(rec.schemaId);
        const want = CHANNELS[key].type;
        if (rec.messageEncoding !== 'protobuf' || schema !== want) {
          throw new RecordingFormatError(`channel ${rec.topic} is ${rec.messageEncoding} "${schema ?? '?'}"; a farhand session has protobuf ${want} there`);
        }
        this.channels.set(rec.id, key);
        return true;
      }
      case 'Message': {
        const key = this.channels.get(rec.channelId);
        if (key === undefined) return true;
        this.messages++;
        let go: boolean | void;
        try {
          go = this.visitor.message(key, rec.data, rec.logTime, rec.publishTime);
        } catch (e) {
          if (e instanceof RecordingFormatError) throw e;
          this.damage = { kind: 'CORRUPT', atByte: -1, message: `record ${this.messages} on ${CHANNELS[key].topic} is not a valid ${CHANNELS[key].type}: ${(e as Error).message}` };
          return false;
        }
        if (go === false) {
          this.stoppedByVisitor = true;
          return false;
        }
        return true;
      }
      default:
        return true;
    }
  }

  result(endOffset: number, stopped: boolean): StreamResult {
    if (!this.sawHeader) throw new RecordingFormatError('not an MCAP file (no MCAP header could be read)');
    const complete = this.mcap.done();
    const trailingBytes = this.mcap.bytesRemaining();
    if (!stopped && !complete && this.damage === null) {
      this.damage = {
        kind: 'TRUNCATED',
        atByte: endOffset - trailingBytes,
        message:
          trailingBytes > 0
            ? `the file ends at byte ${this.sizeBytes} without an MCAP footer (the recording was cut short, e.g. by a crash); ${trailingBytes} trailing bytes are an incomplete record`
            : `the file ends at byte ${this.sizeBytes} without an MCAP footer (the recording was cut short, e.g. by a crash)`,
      };
    }
    return { sizeBytes: this.sizeBytes, complete, chunks: this.chunks, trailingBytes, damage: this.damage, stoppedByVisitor: this.stoppedByVisitor };
  }
}

/** Streams a recording held in memory. Throws only RecordingFormatError (not a farhand session). */
export function streamRecordingBytes(bytes: Uint8Array, visitor: RecordingVisitor): StreamResult {
  const r = new Reader(visitor, bytes.length);
  const ok = r.feed(bytes, bytes.length);
  return r.result(bytes.length, !ok);
}

/** Streams a recording file in reads of options.readBytes. Throws for an unopenable file and RecordingFormatError. */
export async function streamRecordingFile(path: string, visitor: RecordingVisitor, options: StreamOptions = {}): Promise<StreamResult> {
  await loadZstdDecoder();
  const fh = await open(path, 'r');
  try {
    const size = (await fh.stat()).size;
    const r = new Reader(visitor, size);
    const buf = Buffer.allocUnsafe(options.readBytes ?? 4 << 20);
    let offset = 0;
    let ok = true;
    while (ok) {
      const { bytesRead } = await fh.read(buf, 0, buf.length, offset);
      if (bytesRead === 0) break;
      offset += bytesRead;
      ok = r.feed(buf.subarray(0, bytesRead), offset);
      options.onProgress?.(offset, size);
    }
    return r.result(offset, !ok);
  } finally {
    await fh.close();
  }
}
