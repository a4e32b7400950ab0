// The field's video as the main view: a <video> element under the (transparent) 3D canvas, and the
// glass-to-glass meter. For each displayed frame (requestVideoFrameCallback) the capture timecode strip
// is read back from the frame's own pixels (drawn at the video's intrinsic size into a small canvas, so
// the strip's geometry is the agent's) and its capture time, on the agent's clock, is mapped to this
// page's clock with the control channel's clock sync: glass-to-glass = display time - capture time.
import { CELL_COUNT, decodeTimecodeLevels, readRgba, timecodeGeometry, stripSize, type StripGeometry, type Timecode } from '@farhand/video';
import { FREEZE_MS, VideoReportBuilder, inboundVideoStats, type VideoReportFigures } from './video-report.js';

export { FREEZE_MS };

export interface VideoFigures {
  /** Glass-to-glass of the newest displayed frame with a readable timecode, ms (NaN: unknown). */
  glassToGlassMs: number;
  /** Mean over the last second, ms. */
  glassToGlassMeanMs: number;
  /** Displayed frames per second over the last second. */
  fps: number;
  /** Gaps of more than FREEZE_MS without a new frame, since the video started. */
  freezes: number;
  /** Main-thread time spent reading the timecode per displayed frame, ms (mean over the last second). */
  readMs: number;
  /** The longest such gap, ms, since the video started (0: none). */
  longestFreezeMs: number;
  /** Frames never displayed (timecode frame-number gaps), since the video started. */
  framesLost: number;
  /** The newest decoded timecode (frame number, capture time on the agent clock), or null. */
  frameNumber: number;
  captureTimeNs: number;
  /** Frames whose strip did not read (CRC), since the start. */
  unreadable: number;
  width: number;
  height: number;
}

type FrameCallbackVideo = HTMLVideoElement & {
  requestVideoFrameCallback?(cb: (now: number, meta: { expectedDisplayTime: number; presentedFrames: number }) => void): number;
  cancelVideoFrameCallback?(id: number): void;
};

export class VideoView {
  readonly video: FrameCallbackVideo;
  readonly figures: VideoFigures = { glassToGlassMs: NaN, glassToGlassMeanMs: NaN, fps: NaN, freezes: 0, readMs: NaN, longestFreezeMs: 0, framesLost: 0, frameNumber: -1, captureTimeNs: NaN, unreadable: 0, width: 0, height: 0 };
  /** What goes to the agent about once a second. */
  readonly report = new VideoReportBuilder();
  #receiver: RTCRtpReceiver | null = null;
  #stream: MediaStream | null = null;
  #cb = 0;
  #strip: CanvasRenderingContext2D | null = null;
  #lastFrameMs = NaN;
  #recent: { atMs: number; g2gMs: number }[] = [];
  #readCost: number[] = [];

  /** `toConsoleNs` maps an agent-clock time to this page's monotonic clock (NaN when not synced). */
  constructor(
    container: HTMLElement,
    private readonly toConsoleNs: (agentNs: number) => number,
  ) {
    const v = document.createElement('video') as FrameCallbackVideo;
    v.className = 'field-video';
    v.muted = true;
    v.autoplay = true;
    v.playsInline = true;
    v.hidden = true;
    v.setAttribute('aria-label', "The field's video from the agent");
    container.prepend(v);
    this.video = v;
  }

  get active(): boolean {
    return this.#stream !== null;
  }

  /** The video track arrived (a stream, with its receiver for getStats) or went with its peer (null). */
  setStream(stream: MediaStream | null, receiver: RTCRtpReceiver | null = null): void {
    if (stream === this.#stream) return;
    this.#stream = stream;
    this.#receiver = stream ? receiver : null;
    this.report.reset(performance.now());
    this.video.srcObject = stream;
    this.video.hidden = stream === null;
    this.#lastFrameMs = NaN;
    this.#recent = [];
    if (stream) {
      void this.video.play().catch(() => undefined);
      this.#watch();
    } else if (this.#cb && this.video.cancelVideoFrameCallback) {
      this.video.cancelVideoFrameCallback(this.#cb);
      this.#cb = 0;
    }
  }

  /** Whether the picture is hidden by choice (3D-only view); the meter keeps running. */
  setShown(shown: boolean): void {
    this.video.style.visibility = shown ? '' : 'hidden';
  }

  /** Freezes are counted as they happen, also when no frame comes at all; call from the page's timer. */
  tick(nowMs: number): void {
    if (!this.#stream || !Number.isFinite(this.#lastFrameMs)) return;
    this.report.tick(nowMs);
    this.figures.freezes = this.report.freezesTotal;
    this.#trim(nowMs);
  }

  /**
   * The figures of the interval since the previous call, with the receiver's getStats (null: the
   * video is not playing or the interval is too short). Called about once a second by the page.
   */
  async takeReport(): Promise<VideoReportFigures | null> {
    if (!this.#stream) return null;
    let stats = null;
    try {
      if (this.#receiver) stats = inboundVideoStats(await this.#receiver.getStats());
    } catch {
      // No stats from this browser: the report goes without them (NaN / 0 there).
    }
    return this.#stream ? this.report.take(performance.now(), stats) : null;
  }

  #watch(): void {
    const v = this.video;
    if (!v.requestVideoFrameCallback) return; // no per-frame callback: the video plays, unmeasured
    const onFrame = (now: number, meta: { expectedDisplayTime: number }): void => {
      if (!this.#stream) return;
      this.#cb = v.requestVideoFrameCallback!(onFrame);
      const t0 = performance.now();
      this.#onFrame(now, meta.expectedDisplayTime);
      this.#readCost.push(performance.now() - t0);
      if (this.#readCost.length > 30) this.#readCost.shift();
      this.figures.readMs = this.#readCost.reduce((a, b) => a + b, 0) / this.#readCost.length;
    };
    this.#cb = v.requestVideoFrameCallback(onFrame);
  }

  #onFrame(nowMs: number, displayMs: number): void {
    const v = this.video;
    const f = this.figures;
    this.#lastFrameMs = nowMs;
    f.width = v.videoWidth;
    f.height = v.videoHeight;
    if (f.width < 2) {
      this.#count(nowMs, -1, NaN);
      return;
    }
    const g = timecodeGeometry(f.width);
    const size = stripSize(g.cellPx);
    const w = g.x + size.width;
    const h = g.y + size.height;
    const viaLuma = this.#readLumaRect(w, h, g);
    if (viaLuma !== undefined) {
      // Measured when the copy lands (within the same frame on a CPU-decoded stream).
      void viaLuma.then((code) => this.#finish(nowMs, displayMs, code === undefined ? this.#readCanvas(w, h, g) : code));
      return;
    }
    this.#finish(nowMs, displayMs, this.#readCanvas(w, h, g));
  }

  /** One displayed frame's timecode (null: unreadable; undefined: could not be read at all). */
  #finish(nowMs: number, displayMs: number, code: Timecode | null | undefined): void {
    const f = this.figures;
    if (!this.#stream) return;
    if (code === undefined) {
      this.#count(nowMs, -1, NaN);
      return;
    }
    let g2g = NaN;
    if (code === null) f.unreadable++;
    else {
      f.frameNumber = code.frameNumber;
      f.captureTimeNs = code.captureTimeNs;
      const captureLocalNs = this.toConsoleNs(code.captureTimeNs);
      g2g = (displayMs * 1e6 - captureLocalNs) / 1e6;
    }
    f.glassToGlassMs = g2g;
    this.#count(nowMs, code === null ? -1 : code.frameNumber, g2g);
    this.#recent.push({ atMs: nowMs, g2gMs: g2g });
    this.#trim(nowMs);
  }

  /**
   * The strip from the decoded frame's own luma plane (WebCodecs: a VideoFrame of the <video>, copyTo of
   * the strip's rectangle only): no colour conversion of the whole frame and no canvas readback, a small
   * copy. undefined when this browser or this frame cannot (then the canvas path, from now on if the
   * frames are not YUV); the promise gives undefined when the copy failed (the canvas path for this one).
   */
  #readLumaRect(w: number, h: number, g: StripGeometry): Promise<Timecode | null | undefined> | undefined {
    if (this.#lumaPath === false || typeof VideoFrame === 'undefined') return undefined;
    let frame: VideoFrame;
    try {
      frame = new VideoFrame(this.video);
    } catch {
      this.#lumaPath = false;
      return undefined;
    }
    const fmt = frame.format;
    if (fmt !== 'I420' && fmt !== 'I420A' && fmt !== 'NV12') {
      frame.close();
      this.#lumaPath = false; // RGB or GPU-only frames: the canvas path from now on
      return undefined;
    }
    this.#lumaPath = true;
    // I420/NV12 rectangles sit on even coordinates; plane 0 (Y) comes first, stride = the rect's width.
    const rect = { x: 0, y: 0, width: Math.min(frame.codedWidth, w + (w & 1)), height: Math.min(frame.codedHeight, h + (h & 1)) };
    let buf: Uint8Array;
    try {
      buf = new Uint8Array(frame.allocationSize({ rect }));
    } catch {
      frame.close();
      return Promise.resolve(undefined);
    }
    return frame
      .copyTo(buf, { rect })
      .then((layout) => this.#lumaLevels(buf, layout[0]?.offset ?? 0, layout[0]?.stride ?? rect.width, g))
      .catch(() => undefined)
      .finally(() => frame.close());
  }

  /** Mean luma of each cell's central half (robust to codec noise, as readRgba). */
  #lumaLevels(y: Uint8Array, offset: number, stride: number, g: StripGeometry): Timecode | null {
    const q = g.cellPx / 4;
    const levels: number[] = [];
    for (let c = 0; c < CELL_COUNT; c++) {
      let sum = 0;
      let n = 0;
      for (let yy = Math.floor(g.y + q); yy < Math.ceil(g.y + 3 * q); yy++) {
        for (let xx = Math.floor(g.x + c * g.cellPx + q); xx < Math.ceil(g.x + c * g.cellPx + 3 * q); xx++) {
          sum += y[offset + yy * stride + xx]!;
          n++;
        }
      }
      levels.push(n > 0 ? sum / n : 0);
    }
    return decodeTimecodeLevels(levels);
  }

  /** The canvas path: the strip drawn at the video's intrinsic size into a small canvas, read back as RGBA. */
  #readCanvas(w: number, h: number, g: StripGeometry): Timecode | null | undefined {
    if (!this.#strip || this.#strip.canvas.width !== w || this.#strip.canvas.height !== h) {
      const c = document.createElement('canvas');
      c.width = w;
      c.height = h;
      this.#strip = c.getContext('2d', { willReadFrequently: true });
    }
    const ctx = this.#strip;
    if (!ctx) return undefined;
    // Source rectangle in the video's intrinsic pixels: the strip as the agent stamped it, unscaled.
    ctx.drawImage(this.video, 0, 0, w, h, 0, 0, w, h);
    return readRgba(ctx.getImageData(0, 0, w, h).data, w, g);
  }

  /** null: not tried yet; true: frames are YUV and copied; false: the canvas path. */
  #lumaPath: boolean | null = null;

  #count(nowMs: number, frameNumber: number, g2gMs: number): void {
    const f = this.figures;
    this.report.frame(nowMs, frameNumber, g2gMs, f.width, f.height);
    f.freezes = this.report.freezesTotal;
    f.framesLost = this.report.framesLostTotal;
    f.longestFreezeMs = this.report.longestFreezeTotalMs;
  }

  #trim(nowMs: number): void {
    while (this.#recent.length > 0 && nowMs - this.#recent[0]!.atMs > 1000) this.#recent.shift();
    const f = this.figures;
    f.fps = this.#stream ? this.#recent.length : NaN;
    const ok = this.#recent.filter((r) => Number.isFinite(r.g2gMs));
    f.glassToGlassMeanMs = ok.length ? ok.reduce((a, r) => a + r.g2gMs, 0) / ok.length : NaN;
  }
}
