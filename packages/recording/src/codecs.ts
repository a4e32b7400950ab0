/// <reference path="./lz4js.d.ts" />
// Chunk compression. The writer compresses with Foxglove's own WebAssembly build of libzstd
// (@foxglove/wasm-zstd, needs one async load per thread) or with lz4js (pure JS, LZ4 frame format); the
// reader decompresses synchronously with fzstd (pure JS) and lz4js, so every reader API stays synchronous
// and a process that only reads never loads WebAssembly. Both are codecs every MCAP reader knows
// (Foxglove, the mcap CLI, @mcap/core with these handlers).
import type { McapTypes } from '@mcap/core';
import { decompress as zstdDecompress } from 'fzstd';
import lz4 from 'lz4js';

export const COMPRESSIONS = ['zstd', 'lz4', 'none'] as const;
export type Compression = (typeof COMPRESSIONS)[number];

/** Compresses one chunk's records. `name` is the MCAP chunk compression string. */
export interface ChunkCompressor {
  name: 'zstd' | 'lz4';
  compress(data: Uint8Array): Uint8Array;
}

/** zstd level 3 (zstd's default): the measured cost on the recorder thread is in bench/recording.bench.mjs. */
export const ZSTD_LEVEL = 3;

/** The compressor for `c`, loaded (null for "none"). */
export async function loadCompressor(c: Compression): Promise<ChunkCompressor | null> {
  switch (c) {
    case 'none':
      return null;
    case 'lz4':
      return { name: 'lz4', compress: (data) => lz4.compress(data) as Uint8Array };
    case 'zstd': {
      // CommonJS module; its WebAssembly instance loads asynchronously.
      const zstd = (await import('@foxglove/wasm-zstd')).default;
      await zstd.isLoaded;
      return { name: 'zstd', compress: (data) => zstd.compress(data, ZSTD_LEVEL) };
    }
  }
}

type WasmZstd = typeof import('@foxglove/wasm-zstd');
let wasmZstd: WasmZstd | null = null;
let wasmZstdLoading: Promise<void> | null = null;

/**
 * Loads the WebAssembly zstd decoder (about 3x faster than fzstd); the async readers call it first, the
 * synchronous ones use fzstd until it is loaded. Never fails: without it fzstd does the work.
 */
export function loadZstdDecoder(): Promise<void> {
  wasmZstdLoading ??= import('@foxglove/wasm-zstd').then(
    async (m) => {
      await m.default.isLoaded;
      wasmZstd = m.default;
    },
    () => undefined,
  );
  return wasmZstdLoading;
}

/** What @mcap/core's readers take to read compressed chunks (McapStreamReader, McapIndexedReader). */
export const DECOMPRESS_HANDLERS: McapTypes.DecompressHandlers = {
  zstd: (buffer, decompressedSize) => {
    const size = Number(decompressedSize);
    const out = wasmZstd ? wasmZstd.decompress(buffer, size) : zstdDecompress(buffer, new Uint8Array(size));
    if (out.byteLength !== size) throw new Error(`zstd chunk decompressed to ${out.byteLength} bytes, its header says ${decompressedSize}`);
    return out;
  },
  lz4: (buffer, decompressedSize) => {
    const out = lz4.decompress(buffer, Number(decompressedSize)) as Uint8Array;
    if (out.byteLength !== Number(decompressedSize)) throw new Error(`lz4 chunk decompressed to ${out.byteLength} bytes, its header says ${decompressedSize}`);
    return out;
  },
};
