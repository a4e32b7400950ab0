// An MCAP writer that can close a chunk on demand. @mcap/core 2.2's McapWriter closes a chunk only when
// it outgrows chunkSize or at end(), so a process killed mid-session would lose everything since the
// last full chunk. This writer uses the same building blocks (McapRecordBuilder, McapChunkBuilder) and
// the same file layout, plus flushChunk(): the recorder calls it on a timer, so after a SIGKILL a
// streaming reader finds every record up to the last flushed chunk. Schemas and channels are written
// to the data section before any chunk (and repeated in the summary), so any prefix of the file that
// ends at a chunk boundary is a readable MCAP stream. Chunks are compressed (zstd or lz4, codecs.ts) when
// that makes them smaller; each chunk is still complete on its own, so the crash-safety argument holds.
import { crc32 } from 'node:zlib';
import { McapChunkBuilder, McapRecordBuilder, Opcode, type McapTypes } from '@mcap/core';
import type { ChunkCompressor } from './codecs.js';

/** Where the bytes go. write() must complete synchronously (the recorder runs on its own thread). */
export interface ByteSink {
  write(bytes: Uint8Array): void;
}

export interface ChunkedWriterOptions {
  /** A chunk is closed when it grows past this many bytes, flushChunk() or not. */
  chunkSize?: number;
  /** Compresses each chunk (null or absent: chunks stored uncompressed). */
  compressor?: ChunkCompressor | null;
}

/** What the chunks cost, for the bench and the recorder's reports. */
export interface ChunkStats {
  chunks: number;
  /** Chunk records before compression, bytes. */
  uncompressedBytes: number;
  /** Chunk records as written, bytes. */
  writtenBytes: number;
  /** Time spent in the compressor, ns. */
  compressNs: number;
}

export class ChunkedMcapWriter {
  readonly #sink: ByteSink;
  readonly #chunkSize: number;
  readonly #rec = new McapRecordBuilder();
  readonly #chunk = new McapChunkBuilder({ useMessageIndex: true });
  readonly #schemas: McapTypes.Schema[] = [];
  readonly #channels: McapTypes.Channel[] = [];
  readonly #chunkIndexes: McapTypes.ChunkIndex[] = [];
  readonly #metadataIndexes: McapTypes.MetadataIndex[] = [];
  readonly #compressor: ChunkCompressor | null;
  readonly #chunkStats: ChunkStats = { chunks: 0, uncompressedBytes: 0, writtenBytes: 0, compressNs: 0 };
  readonly #stats: McapTypes.Statistics = {
    messageCount: 0n,
    schemaCount: 0,
    channelCount: 0,
    attachmentCount: 0,
    metadataCount: 0,
    chunkCount: 0,
    messageStartTime: 0n,
    messageEndTime: 0n,
    channelMessageCounts: new Map(),
  };
  #position = 0n;
  #dataCrc = 0;
  #ended = false;

  constructor(sink: ByteSink, options: ChunkedWriterOptions = {}) {
    this.#sink = sink;
    this.#chunkSize = options.chunkSize ?? 4 * 1024 * 1024;
    this.#compressor = options.compressor ?? null;
  }

  get chunkStats(): Readonly<ChunkStats> {
    return this.#chunkStats;
  }

  /** Bytes written so far. */
  get position(): bigint {
    return this.#position;
  }

  /**
   * About how many bytes end() will still write beyond the open chunk: DataEnd, the summary (schemas,
   * channels, statistics, metadata and chunk indexes), summary offsets and the footer. An upper estimate.
   */
  get summaryBytesEstimate(): number {
    const perChunk = 80 + 12 * this.#channels.length;
    return 64 + this.#schemaBytes + this.#channelBytes + 64 + 16 * this.#channels.length + this.#metadataIndexes.length * 64 + this.#chunkIndexes.length * perChunk + 200;
  }
  #schemaBytes = 0;
  #channelBytes = 0;

  /** Bytes of the open chunk before compression: flushChunk() adds at most this plus its indexes. */
  get openChunkBytes(): number {
    return this.#chunk.byteLength;
  }

  /** Messages waiting in the open chunk. */
  get pendingMessages(): number {
    return this.#chunk.numMessages;
  }

  #emit(dataSection: boolean): void {
    const buf = this.#rec.buffer;
    if (buf.byteLength === 0) return;
    if (dataSection) this.#dataCrc = crc32(buf, this.#dataCrc);
    this.#sink.write(buf);
    this.#position += BigInt(buf.byteLength);
    this.#rec.reset();
  }

  start(header: McapTypes.Header): void {
    this.#rec.writeMagic();
    this.#rec.writeHeader(header);
    this.#emit(true);
  }

  registerSchema(info: Omit<McapTypes.Schema, 'id'>): number {
    const schema = { ...info, id: this.#schemas.length + 1 };
    this.#schemas.push(schema);
    this.#stats.schemaCount++;
    this.#schemaBytes += Number(this.#rec.writeSchema(schema));
    this.#emit(true);
    return schema.id;
  }

  registerChannel(info: Omit<McapTypes.Channel, 'id'>): number {
    const channel = { ...info, id: this.#channels.length };
    this.#channels.push(channel);
    this.#stats.channelCount++;
    this.#channelBytes += Number(this.#rec.writeChannel(channel));
    this.#emit(true);
    return channel.id;
  }

  /**
   * A Metadata record (name and string pairs), written at once in the data section between chunks and
   * indexed in the summary, so McapIndexedReader.readMetadata() and Foxglove's metadata panel find it.
   */
  addMetadata(metadata: McapTypes.Metadata): void {
    if (this.#ended) throw new Error('ChunkedMcapWriter: addMetadata after end()');
    const offset = this.#position;
    const length = this.#rec.writeMetadata(metadata);
    this.#emit(true);
    this.#metadataIndexes.push({ offset, length, name: metadata.name });
    this.#stats.metadataCount++;
  }

  addMessage(message: McapTypes.Message): void {
    if (this.#ended) throw new Error('ChunkedMcapWriter: addMessage after end()');
    // The chunk must carry its channel, so a reader that starts at any chunk can decode it.
    if (!this.#chunkHasChannel.has(message.channelId)) {
      const ch = this.#channels[message.channelId];
      if (!ch) throw new Error(`ChunkedMcapWriter: unknown channel ${message.channelId}`);
      this.#chunk.addChannel(ch);
      this.#chunkHasChannel.add(message.channelId);
    }
    const s = this.#stats;
    if (s.messageCount === 0n) {
      s.messageStartTime = message.logTime;
      s.messageEndTime = message.logTime;
    } else {
      if (message.logTime < s.messageStartTime) s.messageStartTime = message.logTime;
      if (message.logTime > s.messageEndTime) s.messageEndTime = message.logTime;
    }
    s.messageCount++;
    s.channelMessageCounts.set(message.channelId, (s.channelMessageCounts.get(message.channelId) ?? 0n) + 1n);
    this.#chunk.addMessage(message);
    if (this.#chunk.byteLength > this.#chunkSize) this.flushChunk();
  }
  readonly #chunkHasChannel = new Set<number>();

  /** Closes the open chunk (if it holds any message) and writes it with its message indexes. */
  flushChunk(): void {
    if (this.#chunk.numMessages === 0) return;
    const data = this.#chunk.buffer;
    let records = data;
    let compression = '';
    if (this.#compressor) {
      const t0 = process.hrtime.bigint();
      const packed = this.#compressor.compress(data);
      this.#chunkStats.compressNs += Number(process.hrtime.bigint() - t0);
      // A chunk of a few records can grow: MCAP lets each chunk say its own compression.
      if (packed.byteLength < data.byteLength) {
        records = packed;
        compression = this.#compressor.name;
      }
    }
    this.#chunkStats.chunks++;
    this.#chunkStats.uncompressedBytes += data.byteLength;
    this.#chunkStats.writtenBytes += records.byteLength;
    const chunk: McapTypes.Chunk = {
      messageStartTime: this.#chunk.messageStartTime,
      messageEndTime: this.#chunk.messageEndTime,
      uncompressedSize: BigInt(data.byteLength),
      uncompressedCrc: crc32(data),
      compression,
      records,
    };
    const chunkStartOffset = this.#position;
    const chunkLength = this.#rec.writeChunk(chunk);
    this.#emit(true);
    const messageIndexStart = this.#position;
    let messageIndexLength = 0n;
    const messageIndexOffsets = new Map<number, bigint>();
    for (const index of this.#chunk.indices) {
      if (index.records.length === 0) continue;
      messageIndexOffsets.set(index.channelId, messageIndexStart + messageIndexLength);
      messageIndexLength += this.#rec.writeMessageIndex(index);
    }
    this.#emit(true);
    this.#chunkIndexes.push({
      messageStartTime: chunk.messageStartTime,
      messageEndTime: chunk.messageEndTime,
      chunkStartOffset,
      chunkLength,
      messageIndexOffsets,
      messageIndexLength,
      compression,
      compressedSize: BigInt(records.byteLength),
      uncompressedSize: chunk.uncompressedSize,
    });
    this.#stats.chunkCount++;
    this.#chunk.reset();
    this.#chunkHasChannel.clear();
  }

  /** Flushes, then writes DataEnd, the summary (schemas, channels, statistics, chunk indexes) and the footer. */
  end(): void {
    if (this.#ended) return;
    this.flushChunk();
    this.#ended = true;
    this.#rec.writeDataEnd({ dataSectionCrc: this.#dataCrc });
    this.#emit(false);

    const summaryStart = this.#position;
    let summaryCrc = 0;
    const offsets: McapTypes.SummaryOffset[] = [];
    const group = (opcode: number, write: () => bigint): void => {
      const start = this.#position + BigInt(this.#rec.length);
      const length = write();
      if (length > 0n) offsets.push({ groupOpcode: opcode, groupStart: start, groupLength: length });
    };
    group(Opcode.SCHEMA, () => this.#schemas.reduce((n, s) => n + this.#rec.writeSchema(s), 0n));
    group(Opcode.CHANNEL, () => this.#channels.reduce((n, c) => n + this.#rec.writeChannel(c), 0n));
    group(Opcode.STATISTICS, () => this.#rec.writeStatistics(this.#stats));
    group(Opcode.METADATA_INDEX, () => this.#metadataIndexes.reduce((n, m) => n + this.#rec.writeMetadataIndex(m), 0n));
    group(Opcode.CHUNK_INDEX, () => this.#chunkIndexes.reduce((n, c) => n + this.#rec.writeChunkIndex(c), 0n));
    const summaryOffsetStart = summaryStart + BigInt(this.#rec.length);
    for (const o of offsets) this.#rec.writeSummaryOffset(o);
    summaryCrc = crc32(this.#rec.buffer, summaryCrc);

    // The footer's CRC covers the summary and the footer's own fields up to the CRC.
    const footerHead = new DataView(new ArrayBuffer(1 + 8 + 8 + 8));
    footerHead.setUint8(0, Opcode.FOOTER);
    footerHead.setBigUint64(1, 8n + 8n + 4n, true);
    footerHead.setBigUint64(9, summaryStart, true);
    footerHead.setBigUint64(17, summaryOffsetStart, true);
    summaryCrc = crc32(new Uint8Array(footerHead.buffer), summaryCrc);
    this.#rec.writeFooter({ summaryStart, summaryOffsetStart, summaryCrc });
    this.#rec.writeMagic();
    this.#emit(false);
  }
}
