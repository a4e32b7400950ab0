// Any camera, capture card, RTSP stream or file that Debian's ffmpeg reads, as raw I420 frames on a pipe.
// The input is named by a small validated spec (never a shell string), ffmpeg scales and paces it to the
// configured size and rate, and the agent stamps each frame's arrival time and the timecode strip into it.
// The capture time is when the frame reached the agent: a camera's own pipeline latency comes before it
// and is not in the glass-to-glass figure (say so wherever the figure is shown for an ffmpeg source).
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';
import { i420Bytes } from './i420.js';
import type { VideoFrame, VideoSource, VideoSourceInfo } from './source.js';
import { timecodeGeometry } from './test-scene.js';
import { MIN_VIDEO_WIDTH, stampLuma } from './timecode.js';

export interface FfmpegSourceOptions {
  /**
   * What to read: `lavfi:GRAPH` (ffmpeg's own test sources, e.g. lavfi:testsrc2), `v4l2:/dev/videoN`,
   * `rtsp://...` / `rtsps://...`, or a file path (played at real time, looped).
   */
  input: string;
  width: number;
  height: number;
  fps: number;
  /** The agent clock, ns. */
  nowNs: () => number;
  /** ffmpeg executable (default "ffmpeg" on PATH). */
  ffmpegPath?: string;
}

export type InputSpec = { kind: 'lavfi'; graph: string } | { kind: 'v4l2'; device: string } | { kind: 'rtsp'; url: string } | { kind: 'file'; path: string };

/** Parses and checks an input spec; throws with what is accepted. */
export function parseInputSpec(input: string): InputSpec {
  const bad = (why: string) => new Error(`video input ${JSON.stringify(input)}: ${why}; expected lavfi:GRAPH, v4l2:/dev/videoN, rtsp://HOST/PATH or a file path`);
  if (typeof input !== 'string' || input.trim() === '' || input.length > 1024) throw bad('empty or longer than 1024 characters');
  if (/[\u0000-\u001f]/.test(input)) throw bad('it contains control characters');
  if (input.startsWith('lavfi:')) {
    const graph = input.slice(6);
    // Only ffmpeg's synthetic sources: a lavfi graph could otherwise open files (movie=) or run filters on anything.
    if (!/^(testsrc2?|smptebars|smptehdbars|rgbtestsrc|yuvtestsrc|color|mandelbrot|life|cellauto)(=[A-Za-z0-9_:=.,#x-]*)?$/.test(graph)) throw bad('lavfi is limited to ffmpeg\'s synthetic sources (testsrc, testsrc2, smptebars, color, mandelbrot, ...)');
    return { kind: 'lavfi', graph };
  }
  if (input.startsWith('v4l2:')) {
    const device = input.slice(5);
    if (!/^\/dev\/video\d{1,3}$/.test(device)) throw bad('a v4l2 device is /dev/videoN');
    return { kind: 'v4l2', device };
  }
  if (/^rtsps?:\/\//i.test(input)) {
    let u: URL;
    try {
      u = new URL(input);
    } catch {
      throw bad('not a valid URL');
    }
    if (u.hostname === '') throw bad('the URL has no host');
    return { kind: 'rtsp', url: u.toString() };
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(input) && !/^[a-zA-Z]:[\\/]/.test(input)) throw bad(`the scheme "${input.split(':')[0]}" is not one of lavfi, v4l2, rtsp, rtsps`);
  if (input.startsWith('-')) throw bad('a file path may not start with "-"');
  return { kind: 'file', path: input };
}

/** ffmpeg's arguments for a spec: input, then scaling and pacing to WxH at fps, raw I420 on stdout. */
export function ffmpegArgs(spec: InputSpec, width: number, height: number, fps: number): string[] {
  const input =
    spec.kind === 'lavfi'
      ? ['-f', 'lavfi', '-i', spec.graph.includes('=') ? `${spec.graph}:size=${width}x${height}:rate=${fps}` : `${spec.graph}=size=${width}x${height}:rate=${fps}`]
      : spec.kind === 'v4l2'
        ? ['-f', 'v4l2', '-framerate', String(fps), '-video_size', `${width}x${height}`, '-i', spec.device]
        : spec.kind === 'rtsp'
          ? ['-rtsp_transport', 'tcp', '-i', spec.url]
          : ['-re', '-stream_loop', '-1', '-i', spec.path];
  // -re paces files at their own rate; lavfi sources are generated as fast as read, so pace them too.
  const pace = spec.kind === 'lavfi' ? ['-re'] : [];
  return ['-nostdin', '-hide_banner', '-loglevel', 'error', ...pace, ...input, '-an', '-vf', `scale=${width}:${height},fps=${fps}`, '-pix_fmt', 'yuv420p', '-f', 'rawvideo', 'pipe:1'];
}

export class FfmpegSource implements VideoSource {
  readonly info: VideoSourceInfo;
  readonly #spec: InputSpec;
  readonly #o: FfmpegSourceOptions;
  #proc: ChildProcessByStdio<null, Readable, Readable> | null = null;
  #stopping = false;

  constructor(o: FfmpegSourceOptions) {
    if (!Number.isInteger(o.width) || !Number.isInteger(o.height) || o.width % 2 || o.height % 2 || o.width < MIN_VIDEO_WIDTH || o.height < 16 || o.width > 3840 || o.height > 2160) {
      throw new RangeError(`video size ${o.width}x${o.height}: expected even whole numbers from ${MIN_VIDEO_WIDTH}x16 (room for the timecode strip) to 3840x2160`);
    }
    if (!(o.fps >= 1 && o.fps <= 120)) throw new RangeError(`video fps ${o.fps}: expected 1 to 120`);
    this.#spec = parseInputSpec(o.input);
    this.#o = o;
    this.info = { kind: 'ffmpeg', width: o.width, height: o.height, fps: o.fps, description: o.input };
  }

  start(onFrame: (f: VideoFrame) => void, onError: (message: string) => void): Promise<void> {
    const { width, height, fps, nowNs } = this.#o;
    const size = i420Bytes(width, height);
    const geometry = timecodeGeometry(width);
    const proc = spawn(this.#o.ffmpegPath ?? 'ffmpeg', ffmpegArgs(this.#spec, width, height, fps), { stdio: ['ignore', 'pipe', 'pipe'] });
    this.#proc = proc;
    let stderrTail = '';
    proc.stderr.on('data', (b: Buffer) => {
      stderrTail = (stderrTail + b.toString('utf8')).slice(-2000);
    });
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let frameNumber = 0;
    return new Promise<void>((resolve, reject) => {
      let started = false;
      proc.stdout.on('data', (chunk: Buffer) => {
        pending.push(chunk);
        pendingBytes += chunk.length;
        while (pendingBytes >= size) {
          const all = pending.length === 1 ? (pending[0] as Buffer) : Buffer.concat(pending);
          const data = new Uint8Array(size);
          data.set(all.subarray(0, size));
          const rest = all.subarray(size);
          pending = rest.length > 0 ? [Buffer.from(rest)] : [];
          pendingBytes = rest.length;
          const captureTimeNs = nowNs();
          stampLuma(data, width, height, { captureTimeNs, frameNumber }, geometry);
          if (!started) {
            started = true;
            resolve();
          }
          onFrame({ width, height, data, captureTimeNs, frameNumber });
          frameNumber++;
        }
      });
      proc.once('error', (e: Error) => {
        const msg = `ffmpeg could not start (${e.message}); install Debian's ffmpeg (apt-get install ffmpeg) or set the path`;
        if (!started) reject(new Error(msg));
        else onError(msg);
      });
      proc.once('exit', (code, signal) => {
        this.#proc = null;
        if (this.#stopping) return;
        const msg = `ffmpeg stopped (${signal ?? `exit ${code}`}) reading ${this.info.description}${stderrTail.trim() ? `: ${stderrTail.trim().split('\n').slice(-3).join(' | ')}` : ''}`;
        if (!started) reject(new Error(msg));
        else onError(msg);
      });
    });
  }

  async stop(): Promise<void> {
    this.#stopping = true;
    const p = this.#proc;
    if (!p) return;
    await new Promise<void>((resolve) => {
      const t = setTimeout(() => {
        p.kill('SIGKILL');
        resolve();
      }, 1000);
      p.once('exit', () => {
        clearTimeout(t);
        resolve();
      });
      p.kill('SIGTERM');
    });
    this.#proc = null;
  }
}
