// One tick's inputs, taken from main in main's order: the one-arm loop (worker.ts), the multi-arm loop
// (arms-loop.ts) and the warm-up (warmup.ts) share this code, so the warm-up compiles what the loop runs
// and the core sees the same objects in the same shapes.
import type { ArmCoreCommand, ArrivedArmsFrame, ArrivedFrame, ClockSample, MasterKind } from '@farhand/latency-core';
import type { LoopRequest } from './messages.js';

type FrameRequest = Extract<LoopRequest, { k: 'frame' }>;

export class InputDrain<F extends ArrivedFrame | ArrivedArmsFrame> {
  readonly frames: F[] = [];
  readonly clockSamples: ClockSample[] = [];
  readonly commands: ArmCoreCommand[] = [];
  /** The controller and its hand device, as the last control change said (kept across ticks). */
  controllerId: string | null = null;
  masterKind: MasterKind | undefined;
  /** Hold timeout of a shutdown request taken by the last drain(), s; null: none. */
  shutdownHoldS: number | null = null;

  /** frameOf: what the loop plays of a frame request (the one-arm loop its lead hand, the multi-arm loop both hands). */
  constructor(private readonly frameOf: (req: FrameRequest) => F) {}

  /** Takes every request main queued for this tick; returns the seq of the last input taken, -1 if none. */
  drain(source: { next(): LoopRequest | undefined }): number {
    let lastSeq = -1;
    this.shutdownHoldS = null;
    for (let req = source.next(); req !== undefined; req = source.next()) {
      switch (req.k) {
        case 'frame':
          this.frames.push(this.frameOf(req));
          lastSeq = req.seq;
          break;
        case 'clock':
          this.clockSamples.push(req.sample);
          lastSeq = req.seq;
          break;
        case 'command':
          this.commands.push(req.command);
          lastSeq = req.seq;
          break;
        case 'control':
          this.controllerId = req.controllerId;
          this.masterKind = req.masterKind;
          lastSeq = req.seq;
          break;
        case 'shutdown':
          this.shutdownHoldS = req.holdTimeoutS;
          break;
      }
    }
    return lastSeq;
  }

  /** What runTick / runArmsTick take this tick (masterKind only once a controller's device is known). */
  tickInputs(): { frames: F[]; clockSamples: ClockSample[]; commands: ArmCoreCommand[]; controllerId: string | null; masterKind?: MasterKind } {
    const { frames, clockSamples, commands, controllerId, masterKind } = this;
    return { frames, clockSamples, commands, controllerId, ...(masterKind ? { masterKind } : {}) };
  }

  /** After the tick: the frames, samples and commands were consumed; the controller stays. */
  consumed(): void {
    this.frames.length = 0;
    this.clockSamples.length = 0;
    this.commands.length = 0;
  }
}
