// Chunk compression: each codec round-trips through the streaming reader and @mcap/core's indexed reader
// (with DECOMPRESS_HANDLERS), the reference zstd / lz4 command-line tools decode the chunks we write, and a
// compressed file cut anywhere still reads back every record up to the last complete chunk.
import { execFileSync } from 'node:child_process';
import { McapIndexedReader, McapStreamReader } from '@mcap/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { memorySink, movingTicks, testSession } from '../test/fixtures.js';
import { DECOMPRESS_HANDLERS, loadCompressor, type ChunkCompressor, type Compression } from './codecs.js';
import { ChunkedMcapWriter } from './mcap-writer.js';
import { readRecordingBytes } from './read.js';
import { Recorder } from './recorder.js';
import { loadRecordingSchema } from './schema.js';

const compressors = {} as Record<Compression, ChunkCompressor | null>;
beforeAll(async () => {
  for (const c of ['zstd', 'lz4', 'none'] as const) compressors[c] = await loadCompressor(c);
});

/** 4 s of a session at 1 kHz, a chunk closed every 0.5 s (the recorder's timer), plus 30 ticks never flushed. */
function record(c: Compression): { bytes: Uint8Array; flushedAt: number[]; writer: ChunkedMcapWriter } {
  const out = memorySink();
  const writer = new ChunkedMcapWriter(out, { compressor: compressors[c] });
  const r = new Recorder(writer, loadRecordingSchema(), 'test');
  r.on({ k: 'session', start: testSession });
  const flushedAt: number[] = [];
  for (let k = 0; k < 8; k++) {
    r.onTicks(movingTicks(k * 500, 500));
    r.flush();
    flushedAt.push(out.bytes().byteLength);
  }
  r.onTicks(movingTicks(4000, 30));
  return { bytes: out.bytes(), flushedAt, writer };
}

function closed(c: Compression): Uint8Array {
  const out = memorySink();
  const r = new Recorder(new ChunkedMcapWriter(out, { compressor: compressors[c] }), loadRecordingSchema(), 'test');
  r.on({ k: 'session', start: testSession });
  for (let k = 0; k < 4; k++) {
    r.onTicks(movingTicks(k * 500, 500));
    r.flush();
  }
  r.end();
  return out.bytes();
}

const hasCli = (name: string): boolean => {
  try {
    execFileSync(name, ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

describe('chunk compression', () => {
  it.each(['zstd', 'lz4'] as const)('%s: chunks are compressed, smaller, and decode to the same records', async (c) => {
    const packed = closed(c);
    const plain = closed('none');
    expect(packed.byteLength).toBeLessThan(plain.byteLength); // the ratio on real sessions: bench/recording.bench.mjs
    const a = readRecordingBytes(packed);
    const b = readRecordingBytes(plain);
    expect(a.complete).toBe(true);
    expect(a.ticks.map((t) => t.msg)).toEqual(b.ticks.map((t) => t.msg));
    expect(a.session).toEqual(b.session);

    const reader = await McapIndexedReader.Initialize({
      readable: { size: async () => BigInt(packed.byteLength), read: async (o: bigint, n: bigint) => packed.subarray(Number(o), Number(o + n)) },
      decompressHandlers: DECOMPRESS_HANDLERS,
    });
    expect(reader.chunkIndexes.length).toBeGreaterThan(3);
    // Every chunk of more than a few records is compressed (the session header chunk may be stored as is).
    expect(reader.chunkIndexes.filter((ci) => ci.uncompressedSize > 4096).every((ci) => ci.compression === c && ci.compressedSize < ci.uncompressedSize)).toBe(true);
    let n = 0;
    for await (const _m of reader.readMessages({ topics: ['/farhand/tick'] })) n++;
    expect(n).toBe(2000);
  });

  it.each(['zstd', 'lz4'] as const)('%s: the reference command-line decoder reads every chunk we write', (c) => {
    if (!hasCli(c)) return; // the Debian zstd / lz4 packages; the @mcap/core checks above stand alone
    const packed = closed(c);
    const stream = new McapStreamReader({ includeChunks: true, validateCrcs: true, decompressHandlers: DECOMPRESS_HANDLERS });
    stream.append(packed);
    let checked = 0;
    for (let rec; (rec = stream.nextRecord()); ) {
      if (rec.type !== 'Chunk' || rec.compression !== c) continue;
      const cli = execFileSync(c, ['-d', '-c'], { input: rec.records, maxBuffer: 64 << 20 });
      expect(cli.byteLength).toBe(Number(rec.uncompressedSize));
      expect(Buffer.compare(cli, Buffer.from(DECOMPRESS_HANDLERS[c]!(rec.records, rec.uncompressedSize)))).toBe(0);
      checked++;
    }
    expect(checked).toBeGreaterThan(3);
  });

  it.each(['zstd', 'lz4', 'none'] as const)('%s: a file cut anywhere reads back every record up to the last complete chunk', (c) => {
    const { bytes, flushedAt } = record(c);
    for (const [k, end] of flushedAt.entries()) {
      for (const cut of [end, end + 97, end + 4000]) {
        if (k + 1 < flushedAt.length && cut >= flushedAt[k + 1]!) continue;
        const rec = readRecordingBytes(bytes.subarray(0, Math.min(cut, bytes.byteLength)));
        expect(rec.complete).toBe(false);
        expect(rec.session?.session_id).toBe('s-test');
        expect(rec.ticks.length).toBe((k + 1) * 500);
      }
    }
  });

  it('counts what compression saved and cost', () => {
    const { writer } = record('zstd');
    const s = writer.chunkStats;
    expect(s.chunks).toBeGreaterThanOrEqual(8);
    expect(s.writtenBytes).toBeLessThan(s.uncompressedBytes);
    expect(s.compressNs).toBeGreaterThan(0);
  });
});
