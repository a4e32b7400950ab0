// The field's video as the main view: a <video> element under the (transparent) 3D canvas, and the
// glass-to-glass meter. For each displayed frame (requestVideoFrameCallback) the capture timecode strip
// is read back from the frame's own pixels (drawn at the video's intrinsic size into a small canvas, so
// the strip's geometry is the agent's) and its capture time, on the agent's clock, is mapped to this
// page's clock with the control channel's clock sync: glass-to-glass = display time - capture time.
import { readRgba, timecodeGeometry, stripSize } from '@farhand/video';

/** No new frame for this long is a freeze. */
export const FREEZE_MS = 200;

export interface VideoFigures {
  /** Glass-to-glass of the newest displayed frame with a readable timecode, ms (NaN: unknown). */
  glassToGlassMs: number;
  /** Mean over the last second, ms. */
  glassToGlassMeanMs: number;
  /** Displayed frames per second over the last second. */
  fps: number;
  /** Gaps of more than FREEZE_MS without a new frame, since the video started. */
  freezes: number;
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
  readonly figures: VideoFigures = { glassToGlassMs: NaN, glassToGlassMeanMs: NaN, fps: NaN, freezes: 0, frameNumber: -1, captureTimeNs: NaN, unreadable: 0, width: 0, height: 0 };
  #stream: MediaStream | null = null;
  #cb = 0;
  #strip: CanvasRenderingContext2D | null = null;
  #lastFrameMs = NaN;
  #recent: { atMs: number; g2gMs: number }[] = [];

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

  /** The video track arrived (a stream) or went with its peer (null). */
  setStream(stream: MediaStream | null): void {
    if (stream === this.#stream) return;
    this.#stream = stream;
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
    if (nowMs - this.#lastFrameMs > FREEZE_MS && !this.#frozen) {
      this.#frozen = true;
      this.figures.freezes++;
    }
    this.#trim(nowMs);
  }

  #frozen = false;

  #watch(): void {
    const v = this.video;
    if (!v.requestVideoFrameCallback) return; // no per-frame callback: the video plays, unmeasured
    const onFrame = (now: number, meta: { expectedDisplayTime: number }): void => {
      if (!this.#stream) return;
      this.#cb = v.requestVideoFrameCallback!(onFrame);
      this.#onFrame(now, meta.expectedDisplayTime);
    };
    this.#cb = v.requestVideoFrameCallback(onFrame);
  }

  #onFrame(nowMs: number, displayMs: number): void {
    const v = this.video;
    const f = this.figures;
    if (Number.isFinite(this.#lastFrameMs) && nowMs - this.#lastFrameMs > FREEZE_MS && !this.#frozen) f.freezes++;
    this.#frozen = false;
    this.#lastFrameMs = nowMs;
    f.width = v.videoWidth;
    f.height = v.videoHeight;
    if (f.width < 2) return;
    const g = timecodeGeometry(f.width);
    const size = stripSize(g.cellPx);
    const w = g.x + size.width;
    const h = g.y + size.height;
    if (!this.#strip || this.#strip.canvas.width !== w || this.#strip.canvas.height !== h) {
      const c = document.createElement('canvas');
      c.width = w;
      c.height = h;
      this.#strip = c.getContext('2d', { willReadFrequently: true });
    }
    const ctx = this.#strip;
    if (!ctx) return;
    // Source rectangle in the video's intrinsic pixels: the strip as the agent stamped it, unscaled.
    ctx.drawImage(v, 0, 0, w, h, 0, 0, w, h);
    const code = readRgba(ctx.getImageData(0, 0, w, h).data, w, g);
    let g2g = NaN;
    if (code === null) f.unreadable++;
    else {
      f.frameNumber = code.frameNumber;
      f.captureTimeNs = code.captureTimeNs;
      const captureLocalNs = this.toConsoleNs(code.captureTimeNs);
      g2g = (displayMs * 1e6 - captureLocalNs) / 1e6;
    }
    f.glassToGlassMs = g2g;
    this.#recent.push({ atMs: nowMs, g2gMs: g2g });
    this.#trim(nowMs);
  }

  #trim(nowMs: number): void {
    while (this.#recent.length > 0 && nowMs - this.#recent[0]!.atMs > 1000) this.#recent.shift();
    const f = this.figures;
    f.fps = this.#stream ? this.#recent.length : NaN;
    const ok = this.#recent.filter((r) => Number.isFinite(r.g2gMs));
    f.glassToGlassMeanMs = ok.length ? ok.reduce((a, r) => a + r.g2gMs, 0) / ok.length : NaN;
  }
}
