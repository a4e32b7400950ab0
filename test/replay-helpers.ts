// Helpers for the replay tests: a small real session (imported from a synthetic hand motion, so it
// has genuine tick records from the core and the simulator), and an MCAP rewriter to make damaged or
// tampered copies of it.
import { readFileSync, writeFileSync } from 'node:fs';
import { McapStreamReader, McapWriter, type IWritable, type McapTypes } from '@mcap/core';
import { DECOMPRESS_HANDLERS } from '@farhand/recording';
import { buildSession, type ImportOptions } from '../packages/workbench/src/import/build.js';
import type { PoseTrack } from '../packages/workbench/src/import/track.js';

/** A smooth hand motion: a few cm, +-2 deg of wrist, 100 Hz. */
export function handTrack(durationS: number, rateHz = 100): PoseTrack {
  const samples: PoseTrack['samples'] = [];
  const n = Math.floor(durationS * rateHz) + 1;
  for (let i = 0; i < n; i++) {
    const t = i / rateHz;
    const s = (f: number, ph: number) => Math.sin(2 * Math.PI * f * t + ph);
    const a = ((2 * Math.PI) / 180) * s(0.3, 0);
    samples.push({
      timeNs: Math.round(t * 1e9),
      position: [0.04 * s(0.4, 0), 0.03 * s(0.3, 1), 0.02 * s(0.5, 2)],
      orientation: [0, 0, Math.sin(a / 2), Math.cos(a / 2)],
      grip: 0.5 + 0.4 * s(0.2, 0),
      clutch: false,
      operatorPresent: true,
    });
  }
  return { kind: 'hand', source: 'synthetic', frameId: '', samples, dropped: [] };
}

export async function smallSession(path: string, durationS = 4, options: ImportOptions = {}): Promise<string> {
  await buildSession(handTrack(durationS), path, options);
  return path;
}

class MemoryWritable implements IWritable {
  readonly chunks: Uint8Array[] = [];
  private size = 0n;
  async write(buffer: Uint8Array): Promise<void> {
    this.chunks.push(buffer.slice());
    this.size += BigInt(buffer.byteLength);
  }
  position(): bigint {
    return this.size;
  }
}

/**
 * Copies an MCAP file record by record, letting `transform` replace (or drop, with null) each message's
 * data. Schemas, channels and the header are kept; the copy is a complete, valid MCAP file.
 */
export async function rewriteMcap(src: string, dst: string, transform: (topic: string, data: Uint8Array, index: number) => Uint8Array | null): Promise<void> {
  // Imported sessions are compressed as the agent's are (zstd): the copy is written uncompressed.
  const reader = new McapStreamReader({ decompressHandlers: DECOMPRESS_HANDLERS });
  reader.append(readFileSync(src));
  const out = new MemoryWritable();
  const schemas = new Map<number, McapTypes.Schema>();
  const channels = new Map<number, McapTypes.Channel>();
  const schemaMap = new Map<number, number>();
  const channelMap = new Map<number, number>();
  let writer: McapWriter | null = null;
  let index = 0;
  for (let rec; (rec = reader.nextRecord()); ) {
    if (rec.type === 'Header') {
      writer = new McapWriter({ writable: out });
      await writer.start({ profile: rec.profile, library: rec.library });
    } else if (rec.type === 'Schema') {
      schemas.set(rec.id, rec);
    } else if (rec.type === 'Channel') {
      channels.set(rec.id, rec);
    } else if (rec.type === 'Message' && writer) {
      const ch = channels.get(rec.channelId);
      if (!ch) continue;
      if (!channelMap.has(ch.id)) {
        let sid = schemaMap.get(ch.schemaId);
        if (sid === undefined) {
          const s = schemas.get(ch.schemaId);
          if (!s) throw new Error(`schema ${ch.schemaId} missing`);
          sid = await writer.registerSchema({ name: s.name, encoding: s.encoding, data: s.data });
          schemaMap.set(ch.schemaId, sid);
        }
        channelMap.set(ch.id, await writer.registerChannel({ schemaId: sid, topic: ch.topic, messageEncoding: ch.messageEncoding, metadata: ch.metadata }));
      }
      const data = transform(ch.topic, rec.data, index++);
      if (data) await writer.addMessage({ ...rec, channelId: channelMap.get(ch.id) as number, data });
    }
  }
  if (!writer) throw new Error(`${src}: no MCAP header`);
  await writer.end();
  writeFileSync(dst, Buffer.concat(out.chunks));
}
