// The pages and their assets, served compressed and revalidated. Each file is read once and kept with
// its ETag and, for text types over 1 KiB, its gzip and brotli forms, compressed on the first request
// that accepts them (libuv's thread pool, not the main thread) and reused until the file changes
// (size or mtime). Brotli quality 9: 176 KB for the 829 KB console bundle in ~0.3 s, where quality 11
// saves 9 % more for ~6 s. The console bundle goes from 829 KB to 176 KB (br) / 198 KB (gzip).
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants as zc, gzip } from 'node:zlib';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export type Encoding = 'br' | 'gzip' | 'identity';

/** Below this, compression is not worth a round of CPU (and can grow the body). */
const MIN_COMPRESS_BYTES = 1024;

const COMPRESSIBLE = /^(text\/|application\/json|image\/svg\+xml)/;

interface Entry {
  mtimeMs: number;
  size: number;
  hash: string;
  body: Buffer;
  compressible: boolean;
  encoded: Map<Exclude<Encoding, 'identity'>, Promise<Buffer>>;
}

export interface StaticBody {
  body: Buffer;
  encoding: Encoding;
  etag: string;
}

/**
 * The encoding to send for an Accept-Encoding header: br, then gzip, else identity. Honours q-values
 * (`br;q=0` refuses br) and `*`.
 */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding {
  if (!acceptEncoding) return 'identity';
  const q = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    let weight = 1;
    for (const p of params) {
      const m = /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(p);
      if (m) weight = Number(m[1]);
    }
    q.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const weight = (e: string): number => q.get(e) ?? q.get('*') ?? 0;
  if (weight('br') > 0) return 'br';
  if (weight('gzip') > 0) return 'gzip';
  return 'identity';
}

/** True when an If-None-Match header names this representation's ETag (or any of the same content). */
export function etagMatches(ifNoneMatch: string | undefined, hash: string): boolean {
  if (!ifNoneMatch) return false;
  for (const raw of ifNoneMatch.split(',')) {
    const t = raw.trim();
    if (t === '*') return true;
    const m = /^(?:W\/)?"([^"]*)"$/.exec(t);
    // Our tags are "<hash>" or "<hash>.<encoding>": the same content in another encoding is still fresh.
    if (m && m[1]!.split('.')[0] === hash) return true;
  }
  return false;
}

export class StaticFiles {
  readonly #entries = new Map<string, Entry>();

  /** The file's hash (for If-None-Match), or null when it is not a readable regular file. */
  async entry(file: string, type: string): Promise<Entry | null> {
    let s;
    try {
      s = await stat(file);
    } catch {
      return null;
    }
    if (!s.isFile()) return null;
    const cached = this.#entries.get(file);
    if (cached && cached.mtimeMs === s.mtimeMs && cached.size === s.size) return cached;
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return null;
    }
    const e: Entry = {
      mtimeMs: s.mtimeMs,
      size: s.size,
      hash: createHash('sha256').update(body).digest('base64url').slice(0, 27),
      body,
      compressible: COMPRESSIBLE.test(type) && body.byteLength >= MIN_COMPRESS_BYTES,
      encoded: new Map(),
    };
    this.#entries.set(file, e);
    return e;
  }

  /** The body to send for this entry and Accept-Encoding, with its ETag. */
  async body(e: Entry, acceptEncoding: string | undefined): Promise<StaticBody> {
    const enc = e.compressible ? chooseEncoding(acceptEncoding) : 'identity';
    if (enc === 'identity') return { body: e.body, encoding: 'identity', etag: `"${e.hash}"` };
    let p = e.encoded.get(enc);
    if (!p) {
      p =
        enc === 'br'
          ? brotliAsync(e.body, { params: { [zc.BROTLI_PARAM_QUALITY]: 9, [zc.BROTLI_PARAM_SIZE_HINT]: e.body.byteLength } })
          : gzipAsync(e.body, { level: 9 });
      e.encoded.set(enc, p);
      // A failed compression is not cached: the next request tries again.
      p.catch(() => e.encoded.delete(enc));
    }
    return { body: await p, encoding: enc, etag: `"${e.hash}.${enc === 'br' ? 'br' : 'gz'}"` };
  }
}
