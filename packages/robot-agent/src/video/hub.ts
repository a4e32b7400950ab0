// The field's video for every console's peer connection: one configured source (test scene, ffmpeg),
// one libwebrtc video source and one track shared by all peers (libwebrtc encodes per peer, so each
// console's congestion control adapts its own bitrate). The source runs only while at least one peer
// carries the track: an agent nobody watches draws and decodes nothing.
import { parseVideoSize, type AgentConfig } from '@farhand/protocol';
import { intrinsicsForFov, lookAt, type Camera, type ToolState } from '@farhand/video';
import { FfmpegSource, TestSource, type VideoFrame, type VideoSource, type VideoSourceInfo } from '@farhand/video/node';
import type { Logger } from '../log.js';
import type { RtcMediaTrackLike, Wrtc } from '../transport/wrtc.js';

export interface VideoHubOptions {
  video: AgentConfig['video'];
  wrtc: Wrtc;
  nowNs: () => number;
  /** The measured tool now (the newest loop snapshot), for the test scene. */
  tool: () => ToolState | null;
  log: Logger;
  /** A source built elsewhere (the `ros` source, tests) instead of test/ffmpeg from the config. */
  source?: VideoSource;
  /** Each frame handed to the encoder: the recording keeps its capture time (called on the main thread). */
  onSent?: (f: SentFrame) => void;
}

/** What the recording keeps of each frame handed to the encoder. */
export interface SentFrame {
  captureTimeNs: number;
  frameNumber: number;
  width: number;
  height: number;
  viewers: number;
}

export interface VideoHubStats {
  /** Frames the source delivered / handed to the encoder. */
  framesCaptured: number;
  framesSent: number;
  /** Peers carrying the track now. */
  viewers: number;
  /** Agent clock, ns, of the newest frame's capture (NaN before one). */
  lastCaptureNs: number;
  /** The last source failure (null: none). */
  lastError: string | null;
}

/** The camera of the test scene, from the config: intrinsics from a horizontal FOV, a lookAt pose. */
export function configuredCamera(video: AgentConfig['video']): Camera {
  const { width, height } = parseVideoSize(video.size);
  const c = video.camera;
  return { intrinsics: intrinsicsForFov(width, height, (c.hfovDeg * Math.PI) / 180), pose: lookAt(c.eye, c.target, c.up) };
}

export class VideoHub {
  readonly info: VideoSourceInfo;
  /** The camera the picture is taken with, when known (the test scene); null for ffmpeg inputs. */
  readonly camera: Camera | null;
  readonly stats: VideoHubStats = { framesCaptured: 0, framesSent: 0, viewers: 0, lastCaptureNs: NaN, lastError: null };
  readonly #o: VideoHubOptions;
  readonly #source: VideoSource;
  readonly #rtcSource: { onFrame(f: { width: number; height: number; data: Uint8Array }): void; createTrack(): RtcMediaTrackLike };
  #track: RtcMediaTrackLike | null = null;
  #running: Promise<void> | null = null;
  #closed = false;

  constructor(o: VideoHubOptions) {
    this.#o = o;
    const ns = o.wrtc.nonstandard;
    if (!ns || typeof ns.RTCVideoSource !== 'function') throw new Error('the native WebRTC library has no RTCVideoSource (nonstandard API)');
    this.#rtcSource = new ns.RTCVideoSource();
    const { width, height } = parseVideoSize(o.video.size);
    if (o.source) {
      this.#source = o.source;
      this.camera = null;
    } else if (o.video.source === 'ffmpeg') {
      this.#source = new FfmpegSource({ input: o.video.input!, width, height, fps: o.video.fps, nowNs: o.nowNs });
      this.camera = null;
    } else {
      this.camera = configuredCamera(o.video);
      this.#source = new TestSource({ camera: this.camera, fps: o.video.fps, nowNs: o.nowNs, tool: o.tool });
    }
    this.info = this.#source.info;
  }

  /** The encoder's bitrate ceiling per peer, kbit/s (the peer puts it in the offer's video section). */
  get maxBitrateKbps(): number {
    return this.#o.video.maxBitrateKbps;
  }

  /** The track to send on a new peer connection; starts the source for the first viewer. */
  attach(): RtcMediaTrackLike {
    this.#track ??= this.#rtcSource.createTrack();
    this.stats.viewers++;
    if (this.#running === null && !this.#closed) this.#running = this.#start();
    return this.#track;
  }

  /** A peer carrying the track is gone; the source stops with the last one. */
  detach(): void {
    this.stats.viewers = Math.max(0, this.stats.viewers - 1);
    if (this.stats.viewers === 0) this.#stopSource();
  }

  /**
   * Stops the source. The shared track is deliberately not stopped: @roamhq/wrtc crashes (SIGSEGV) at
   * process exit once a created track was stopped, and a live track costs nothing without frames.
   */
  async close(): Promise<void> {
    this.#closed = true;
    this.#stopSource();
    await this.#source.stop();
  }

  async #start(): Promise<void> {
    const { log } = this.#o;
    try {
      await this.#source.start(
        (f) => this.#onFrame(f),
        (message) => {
          this.stats.lastError = message;
          log.warn({ code: 'VIDEO_SOURCE_ERROR', err: message }, 'video source failed');
        },
      );
      log.info({ code: 'VIDEO_STARTED', source: this.info.kind, width: this.info.width, height: this.info.height, fps: this.info.fps }, `video source started: ${this.info.description}`);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      this.stats.lastError = why;
      this.#running = null;
      log.warn({ code: 'VIDEO_SOURCE_ERROR', err: why }, 'video source could not start');
    }
  }

  #stopSource(): void {
    if (this.#running === null) return;
    const running = this.#running;
    this.#running = null;
    void running.then(() => this.#source.stop()).then(() => this.#o.log.info({ code: 'VIDEO_STOPPED' }, 'video source stopped: no viewer'));
  }

  #onFrame(f: VideoFrame): void {
    this.stats.framesCaptured++;
    this.stats.lastCaptureNs = f.captureTimeNs;
    if (this.#running === null) return;
    this.#rtcSource.onFrame({ width: f.width, height: f.height, data: f.data });
    this.stats.framesSent++;
    this.#o.onSent?.({ captureTimeNs: f.captureTimeNs, frameNumber: f.frameNumber, width: f.width, height: f.height, viewers: this.stats.viewers });
  }
}
