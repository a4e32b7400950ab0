// lz4js ships no types: the two calls the recording uses (LZ4 frame format).
declare module 'lz4js' {
  /** An LZ4 frame of `src`. */
  export function compress(src: Uint8Array, maxSize?: number): Uint8Array;
  /** The bytes of the LZ4 frame `src`; `maxSize` bounds the output. */
  export function decompress(src: Uint8Array, maxSize?: number): Uint8Array;
  const lz4: { compress: typeof compress; decompress: typeof decompress };
  export default lz4;
}
