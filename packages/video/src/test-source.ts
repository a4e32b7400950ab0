// The `test` source: the synthetic scene drawn at the configured rate from the tool state the agent
// measures (a getter over its latest snapshot). Paced by a timer on the agent's main thread; a late tick
// is skipped, not queued, so the picture is never older than one frame period plus the timer's slack.
import type { Camera } from './camera.js';
import type { VideoFrame, VideoSource, VideoSourceInfo } from './source.js';
import { TestScene, type ToolState } from './test-scene.js';

export interface TestSourceOptions {
  camera: Camera;
  fps: number;
  nowNs: () => number;
  /** The measured tool now (null: not known yet; the last known is drawn). */
  tool: () => ToolState | null;
}

export class TestSource implements VideoSource {
  readonly info: VideoSourceInfo;
  readonly scene: TestScene;
  readonly #o: TestSourceOptions;
  #timer: NodeJS.Timeout | null = null;

  constructor(o: TestSourceOptions) {
    if (!(o.fps >= 1 && o.fps <= 120)) throw new RangeError(`video fps ${o.fps}: expected 1 to 120`);
    this.#o = o;
    this.scene = new TestScene(o.camera);
    const { width, height } = o.camera.intrinsics;
    this.info = { kind: 'test', width, height, fps: o.fps, description: 'synthetic scene of the simulated tool' };
  }

  async start(onFrame: (f: VideoFrame) => void): Promise<void> {
    const periodNs = 1e9 / this.#o.fps;
    let frameNumber = 0;
    let last: ToolState = { position: [0, 0, -0.1135], orientation: [0, 0, 0, 1], jawRad: 0 };
    const t0 = this.#o.nowNs();
    let next = 0;
    const tick = (): void => {
      const now = this.#o.nowNs();
      const k = Math.floor((now - t0) / periodNs);
      if (k < next) return;
      next = k + 1;
      last = this.#o.tool() ?? last;
      const f = this.scene.render(last, { captureTimeNs: now, frameNumber });
      onFrame({ ...f, captureTimeNs: now, frameNumber });
      frameNumber++;
    };
    // Polled at 4x the frame rate so a frame is drawn within a quarter period of its slot.
    this.#timer = setInterval(tick, Math.max(1, Math.floor(1000 / this.#o.fps / 4)));
    this.#timer.unref();
    tick();
  }

  async stop(): Promise<void> {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
  }
}
