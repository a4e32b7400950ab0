/// <reference types="webxr" />
// WebXR tracked controllers (where the browser offers immersive sessions): the right controller is the
// master hand. Its 6-DoF motion is applied as increments re-expressed through the view basis, so the
// clutch works as on a real console: hold A to move the controller without moving the tool.
// xr-standard buttons: 0 trigger (grip, analog), 1 squeeze (dead-man, held), 4 A/X, 5 B/Y.
// Right A = clutch, right B = engage, left X = EMERGENCY STOP.
import type { Quat, Vec3 } from '@farhand/latency-core';
import { trackedDelta } from './mapping.js';
import { emptyContribution, type ConsoleAction, type InputContribution, type InputSink, type InputSource, type ViewBasis } from './source.js';

interface TrackedPose {
  position: Vec3;
  orientation: Quat;
}

export const XR_LEGEND: ReadonlyArray<{ caps: string; label: string }> = [
  { caps: 'Right squeeze (hold)', label: 'Operator present (dead-man)' },
  { caps: 'Right trigger', label: 'Grip (analog)' },
  { caps: 'Right A (hold)', label: 'Clutch' },
  { caps: 'Right B', label: 'Engage' },
  { caps: 'Left X', label: 'EMERGENCY STOP' },
];

export class XrSource implements InputSource {
  readonly id = 'xr';
  readonly label = 'WebXR controller';
  private newest: TrackedPose | null = null;
  private polled: TrackedPose | null = null;
  private trigger = 0;
  private squeeze = false;
  private clutchBtn = false;
  private prevEngage = false;
  private prevEstop = false;
  private active = false;

  constructor(private readonly sink: InputSink) {}

  available(): boolean {
    return this.active;
  }

  /** Called by the view on every XR animation frame. */
  update(frame: XRFrame, refSpace: XRReferenceSpace): void {
    this.active = true;
    for (const src of frame.session.inputSources) {
      const buttons = src.gamepad?.buttons ?? [];
      const down = (i: number): boolean => !!buttons[i]?.pressed;
      if (src.handedness === 'left') {
        const estop = down(4);
        if (estop && !this.prevEstop) this.act('estop');
        this.prevEstop = estop;
        continue;
      }
      if (src.handedness !== 'right' || !src.gripSpace) continue;
      const pose = frame.getPose(src.gripSpace, refSpace);
      if (pose) {
        const p = pose.transform.position;
        const o = pose.transform.orientation;
        this.newest = { position: [p.x, p.y, p.z], orientation: [o.x, o.y, o.z, o.w] };
      }
      this.trigger = buttons[0]?.value ?? 0;
      this.squeeze = down(1);
      this.clutchBtn = down(4);
      const engage = down(5);
      if (engage && !this.prevEngage) this.act('engage');
      this.prevEngage = engage;
      this.sink.onInput();
    }
  }

  private act(a: ConsoleAction): void {
    this.sink.onAction(a);
  }

  /** The XR session ended: nothing is held any more. */
  end(): void {
    this.active = false;
    this.newest = this.polled = null;
    this.squeeze = this.clutchBtn = false;
    this.trigger = 0;
  }

  poll(_nowMs: number, basis: ViewBasis): InputContribution {
    if (!this.active || !this.newest) return emptyContribution();
    const prev = this.polled ?? this.newest;
    this.polled = this.newest;
    const d = trackedDelta(prev, this.newest, basis);
    return { translationM: d.translationM, rotation: d.rotation, grip: this.trigger, operatorPresent: this.squeeze, clutch: this.clutchBtn };
  }

  dispose(): void {
    this.end();
  }
}
