// sensor_msgs/Image and sensor_msgs/CompressedImage as text definitions (same origin and reasoning as
// ../driver/msgdefs.ts: @foxglove/ros1 computes the md5sums roscpp and rospy use), and what a message must
// hold before a byte of it becomes a picture.
// Origin: github.com/ros/common_msgs sensor_msgs (BSD-3-Clause, Willow Garage).

const SEPARATOR = '\n================================================================================\n';
const HEADER = 'MSG: std_msgs/Header\nuint32 seq\ntime stamp\nstring frame_id';

export const IMAGE_TYPE = 'sensor_msgs/Image';
export const IMAGE_DEF = ['Header header\nuint32 height\nuint32 width\nstring encoding\nuint8 is_bigendian\nuint32 step\nuint8[] data', HEADER].join(SEPARATOR);

export const COMPRESSED_IMAGE_TYPE = 'sensor_msgs/CompressedImage';
export const COMPRESSED_IMAGE_DEF = ['Header header\nstring format\nuint8[] data', HEADER].join(SEPARATOR);

/** Encodings a raw Image may have here, with bytes per pixel (what dVRK endoscope drivers publish: rgb8/bgr8/mono8). */
export const IMAGE_ENCODINGS: Readonly<Record<string, number>> = { rgb8: 3, bgr8: 3, rgba8: 4, bgra8: 4, mono8: 1 };

/** Largest picture accepted, px per side: beyond it a message is refused, not converted. */
export const MAX_IMAGE_SIDE = 4096;

export interface RawImage {
  width: number;
  height: number;
  encoding: string;
  step: number;
  data: Uint8Array;
}

/** Checks a decoded sensor_msgs/Image; a sentence when it cannot be a picture of the kind accepted. */
export function checkImage(msg: unknown): { ok: true; image: RawImage } | { ok: false; reason: string } {
  const m = msg as Partial<{ width: number; height: number; encoding: string; step: number; data: Uint8Array }>;
  if (typeof m !== 'object' || m === null) return { ok: false, reason: 'not a sensor_msgs/Image' };
  const { width, height, encoding, step, data } = m;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width! < 2 || height! < 2 || width! > MAX_IMAGE_SIDE || height! > MAX_IMAGE_SIDE) {
    return { ok: false, reason: `image size ${String(width)}x${String(height)}: expected 2..${MAX_IMAGE_SIDE} px per side` };
  }
  const bpp = typeof encoding === 'string' ? IMAGE_ENCODINGS[encoding] : undefined;
  if (bpp === undefined) return { ok: false, reason: `encoding ${JSON.stringify(encoding)}: accepted ${Object.keys(IMAGE_ENCODINGS).join(', ')}` };
  if (!Number.isInteger(step) || step! < width! * bpp) return { ok: false, reason: `step ${String(step)}: expected at least width x ${bpp} = ${width! * bpp} bytes` };
  if (!(data instanceof Uint8Array) || data.length < step! * (height! - 1) + width! * bpp) {
    return { ok: false, reason: `data holds ${data instanceof Uint8Array ? data.length : 'no'} bytes; ${width}x${height} ${encoding} with step ${step} needs ${step! * height!}` };
  }
  return { ok: true, image: { width: width!, height: height!, encoding: encoding!, step: step!, data } };
}

/**
 * Converts a raw image to I420 at the output size (nearest-neighbour scaling; BT.601 video range), into
 * `out` (length outW*outH*3/2).
 */
export function rawToI420(img: RawImage, out: Uint8Array, outW: number, outH: number): void {
  const bpp = IMAGE_ENCODINGS[img.encoding]!;
  const [ri, gi, bi] = img.encoding.startsWith('bgr') ? [2, 1, 0] : [0, 1, 2];
  const mono = img.encoding === 'mono8';
  const uOff = outW * outH;
  const vOff = uOff + (outW >> 1) * (outH >> 1);
  for (let y = 0; y < outH; y++) {
    const sy = Math.min(img.height - 1, Math.floor(((y + 0.5) * img.height) / outH));
    const row = sy * img.step;
    for (let x = 0; x < outW; x++) {
      const sx = Math.min(img.width - 1, Math.floor(((x + 0.5) * img.width) / outW));
      const p = row + sx * bpp;
      const r = img.data[p + (mono ? 0 : ri)] as number;
      const g = img.data[p + (mono ? 0 : gi)] as number;
      const b = img.data[p + (mono ? 0 : bi)] as number;
      out[y * outW + x] = (16 + (65.481 * r + 128.553 * g + 24.966 * b) / 255 + 0.5) | 0;
      if ((x & 1) === 0 && (y & 1) === 0) {
        const ci = (y >> 1) * (outW >> 1) + (x >> 1);
        out[uOff + ci] = (128 + (-37.797 * r - 74.203 * g + 112.0 * b) / 255 + 0.5) | 0;
        out[vOff + ci] = (128 + (112.0 * r - 93.786 * g - 18.214 * b) / 255 + 0.5) | 0;
      }
    }
  }
}
