// The `ros` video source: a ROS 1 image topic (a dVRK endoscope publishes e.g. /jhu_daVinci/left/image_raw)
// as I420 frames at the configured size. Raw sensor_msgs/Image (rgb8, bgr8, rgba8, bgra8, mono8) is
// converted here; sensor_msgs/CompressedImage (JPEG) goes through one long-lived ffmpeg decoder (it holds
// one or two images before its first output, then one image in, one frame out). The
// capture time is when the message reached the agent (the camera's and the ROS graph's latency come before
// it). Frames faster than the configured rate are dropped, newest kept; a bad message is counted and
// reported once, never turned into a picture.
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import type { RosNode, Subscription } from '@foxglove/ros1';
import type { Logger } from 'pino';
import { MIN_VIDEO_WIDTH, i420Bytes, stampLuma, timecodeGeometry } from '@farhand/video';
import type { VideoFrame, VideoSource, VideoSourceInfo } from '@farhand/video/node';
import { startRosNode, uniqueNodeName } from '../driver/node.js';
import { COMPRESSED_IMAGE_DEF, COMPRESSED_IMAGE_TYPE, IMAGE_DEF, IMAGE_TYPE, checkImage, rawToI420 } from './image-msgs.js';

export interface RosImageSourceOptions {
  masterUri: string;
  /** The image topic, e.g. /jhu_daVinci/left/image_raw (raw) or .../image_raw/compressed. */
  topic: string;
  /** raw: sensor_msgs/Image; compressed: sensor_msgs/CompressedImage. */
  kind: 'raw' | 'compressed';
  width: number;
  height: number;
  fps: number;
  nowNs: () => number;
  logger?: Logger;
  hostname?: string;
  ffmpegPath?: string;
}

export class RosImageSource implements VideoSource {
  readonly info: VideoSourceInfo;
  readonly #o: RosImageSourceOptions;
  #node: RosNode | null = null;
  #sub: Subscription | null = null;
  #decoder: ChildProcessByStdio<Writable, Readable, Readable> | null = null;
  /** Messages received, dropped for rate, refused as bad. */
  readonly counts = { received: 0, dropped: 0, bad: 0 };

  constructor(o: RosImageSourceOptions) {
    if (!/^\/?[A-Za-z][A-Za-z0-9_/]*$/.test(o.topic) || o.topic.includes('//')) {
      throw new Error(`video topic ${JSON.stringify(o.topic)}: expected a ROS topic name, e.g. /jhu_daVinci/left/image_raw`);
    }
    if (!Number.isInteger(o.width) || !Number.isInteger(o.height) || o.width % 2 || o.height % 2 || o.width < MIN_VIDEO_WIDTH || o.height < 16 || o.width > 3840 || o.height > 2160) {
      throw new RangeError(`video size ${o.width}x${o.height}: expected even whole numbers from ${MIN_VIDEO_WIDTH}x16 to 3840x2160`);
    }
    if (!(o.fps >= 1 && o.fps <= 120)) throw new RangeError(`video fps ${o.fps}: expected 1 to 120`);
    this.#o = o;
    this.info = { kind: 'ros', width: o.width, height: o.height, fps: o.fps, description: `${o.topic} (${o.kind === 'raw' ? IMAGE_TYPE : COMPRESSED_IMAGE_TYPE}) on ${o.masterUri}` };
  }

  async start(onFrame: (f: VideoFrame) => void, onError: (message: string) => void): Promise<void> {
    const { width, height, fps, nowNs, logger } = this.#o;
    const geometry = timecodeGeometry(width);
    const minGapNs = 1e9 / fps - 1e6; // a little slack: a publisher at exactly fps must not lose every other frame
    let lastNs = -Infinity;
    let frameNumber = 0;
    let reportedBad = false;
    const emit = (data: Uint8Array, captureTimeNs: number): void => {
      stampLuma(data, width, height, { captureTimeNs, frameNumber }, geometry);
      onFrame({ width, height, data, captureTimeNs, frameNumber });
      frameNumber++;
    };
    const bad = (reason: string): void => {
      this.counts.bad++;
      if (!reportedBad) {
        reportedBad = true;
        onError(`${this.#o.topic}: ${reason} (further bad images are counted, not reported)`);
      }
      logger?.warn({ code: 'VIDEO_BAD_IMAGE', topic: this.#o.topic, reason }, 'bad image message');
    };
    const rateOk = (t: number): boolean => {
      if (t - lastNs < minGapNs) {
        this.counts.dropped++;
        return false;
      }
      lastNs = t;
      return true;
    };

    // Compressed: one ffmpeg decoding the images as an MJPEG stream (started on the first image; its image2
    // demuxers wait for more input than a live stream gives); arrival times wait in order for their frames.
    const arrivals: number[] = [];
    let decoderStarted = false;
    const startDecoder = (): void => {
      decoderStarted = true;
      const proc = spawn(
        this.#o.ffmpegPath ?? 'ffmpeg',
        ['-hide_banner', '-loglevel', 'error', '-fflags', 'nobuffer', '-probesize', '32', '-analyzeduration', '0', '-f', 'mjpeg', '-i', 'pipe:0', '-vf', `scale=${width}:${height}`, '-pix_fmt', 'yuv420p', '-flush_packets', '1', '-f', 'rawvideo', 'pipe:1'],
        { stdio: ['pipe', 'pipe', 'pipe'] },
      );
      this.#decoder = proc;
      const size = i420Bytes(width, height);
      let pending: Buffer = Buffer.alloc(0);
      proc.stdout.on('data', (chunk: Buffer) => {
        pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
        while (pending.length >= size) {
          const data = new Uint8Array(size);
          data.set(pending.subarray(0, size));
          pending = pending.subarray(size);
          emit(data, arrivals.shift() ?? nowNs());
        }
      });
      let stderrTail = '';
      proc.stderr.on('data', (b: Buffer) => {
        stderrTail = (stderrTail + b.toString('utf8')).slice(-500);
      });
      proc.stdin.on('error', () => undefined);
      proc.once('error', (e) => onError(`the image decoder (ffmpeg) could not start: ${e.message}`));
      proc.once('exit', (code, signal) => {
        if (this.#decoder === proc) onError(`the image decoder (ffmpeg) stopped (${signal ?? `exit ${code}`})${stderrTail.trim() ? `: ${stderrTail.trim()}` : ''}`);
      });
    };

    const node = await startRosNode({ masterUri: this.#o.masterUri, name: uniqueNodeName('farhand_video'), ...(logger ? { logger } : {}), ...(this.#o.hostname ? { hostname: this.#o.hostname } : {}) });
    this.#node = node;
    const raw = this.#o.kind === 'raw';
    const sub = node.subscribe({ topic: this.#o.topic, dataType: raw ? IMAGE_TYPE : COMPRESSED_IMAGE_TYPE, md5sum: '*', tcpNoDelay: true });
    this.#sub = sub;
    // md5 "*" lets any publisher connect; the connection header says its real type, checked per message.
    sub.on('message', (msg: unknown, _data: Uint8Array, pub) => {
      const t = nowNs();
      this.counts.received++;
      const type = pub.connection.header().get('type');
      const want = raw ? IMAGE_TYPE : COMPRESSED_IMAGE_TYPE;
      if (type !== want) return bad(`the publisher sends ${type ?? 'an unknown type'}, not ${want}`);
      if (!rateOk(t)) return;
      if (raw) {
        const c = checkImage(msg);
        if (!c.ok) return bad(c.reason);
        const data = new Uint8Array(i420Bytes(width, height));
        rawToI420(c.image, data, width, height);
        emit(data, t);
        return;
      }
      const m = msg as { format?: unknown; data?: unknown };
      // image_transport writes e.g. "jpeg" or "rgb8; jpeg compressed bgr8"; endoscopes stream JPEG.
      if (typeof m.format !== 'string' || !/jpe?g/i.test(m.format) || /png/i.test(m.format)) return bad(`format ${JSON.stringify(m.format)}: accepted jpeg`);
      if (!(m.data instanceof Uint8Array) || m.data.length === 0 || m.data.length > 16 << 20) return bad('no image data, or more than 16 MiB');
      // A decoder that cannot keep up drops images here instead of queuing without bound.
      if (arrivals.length >= 4) {
        this.counts.dropped++;
        return;
      }
      if (!decoderStarted) startDecoder();
      arrivals.push(t);
      this.#decoder?.stdin.write(m.data);
    });
    sub.on('error', (e: Error) => logger?.debug({ topic: this.#o.topic, err: e.message }, 'image subscription error'));
  }

  async stop(): Promise<void> {
    this.#sub?.close();
    this.#sub = null;
    this.#node?.shutdown();
    this.#node = null;
    const d = this.#decoder;
    this.#decoder = null;
    if (d) {
      d.stdin.end();
      d.kill('SIGTERM');
    }
  }
}
