/// <reference types="webxr" />
// WebXR tracked controllers (where the browser offers immersive sessions). Each controller's 6-DoF motion
// is applied as increments re-expressed through the view basis, so the clutch works as on a real
// console: hold it to move the controller without moving the tool.
// xr-standard buttons: 0 trigger (analog), 1 squeeze, 4 A/X, 5 B/Y.
// One instrument: the right controller is the master hand. Right squeeze = dead-man, right trigger = grip,
// right A = clutch, right B = engage, left X = EMERGENCY STOP.
// Two instruments: each controller is its hand (right: PSM1, left: PSM2); both triggers are grippers and
// each squeeze is that hand's clutch (as the MTM's clutch is under the fingers); the dead-man moves to
// right A (held), left Y (held) is the camera pedal; right B engage and left X e-stop as before.
import type { Quat, Vec3 } from '@farhand/latency-core';
import { trackedDelta } from './mapping.js';
import { emptyContribution, HAND_SIDES, type ConsoleAction, type HandSide, type InputContribution, type InputSink, type InputSource, type ViewBasis } from './source.js';

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

export const XR_LEGEND_BIMANUAL: ReadonlyArray<{ caps: string; label: string }> = [
  { caps: 'Right A (hold)', label: 'Operator present (dead-man)' },
  { caps: 'Each controller', label: 'Its hand: right PSM1, left PSM2' },
  { caps: 'Each trigger', label: "That hand's grip (analog)" },
  { caps: 'Each squeeze (hold)', label: "That hand's clutch" },
  { caps: 'Left Y (hold)', label: 'Camera pedal' },
  { caps: 'Right B', label: 'Engage' },
  { caps: 'Left X', label: 'EMERGENCY STOP' },
];

interface Controller {
  newest: TrackedPose | null;
  polled: TrackedPose | null;
  trigger: number;
  squeeze: boolean;
  /** A (right) / X (left). */
  lower: boolean;
  /** B (right) / Y (left). */
  upper: boolean;
}

const idle = (): Controller => ({ newest: null, polled: null, trigger: 0, squeeze: false, lower: false, upper: false });

export class XrSource implements InputSource {
  readonly id = 'xr';
  readonly label = 'WebXR controller';
  private readonly ctl: Record<HandSide, Controller> = { right: idle(), left: idle() };
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
      const side = src.handedness;
      if (side !== 'left' && side !== 'right') continue;
      const buttons = src.gamepad?.buttons ?? [];
      const down = (i: number): boolean => !!buttons[i]?.pressed;
      const c = this.ctl[side];
      if (src.gripSpace) {
        const pose = frame.getPose(src.gripSpace, refSpace);
        if (pose) {
          const p = pose.transform.position;
          const o = pose.transform.orientation;
          c.newest = { position: [p.x, p.y, p.z], orientation: [o.x, o.y, o.z, o.w] };
        }
      }
      const t = buttons[0]?.value ?? 0;
      c.trigger = Number.isFinite(t) ? Math.max(0, Math.min(1, t)) : 0;
      c.squeeze = down(1);
      c.lower = down(4);
      c.upper = down(5);
      if (side === 'left') {
        if (c.lower && !this.prevEstop) this.act('estop');
        this.prevEstop = c.lower;
      } else {
        if (c.upper && !this.prevEngage) this.act('engage');
        this.prevEngage = c.upper;
      }
    }
    this.sink.onInput();
  }

  private act(a: ConsoleAction): void {
    this.sink.onAction(a);
  }

  /** The XR session ended: nothing is held any more. */
  end(): void {
    this.active = false;
    this.ctl.right = idle();
    this.ctl.left = idle();
  }

  private delta(side: HandSide, basis: ViewBasis): { translationM: Vec3; rotation: Quat } | null {
    const c = this.ctl[side];
    if (!c.newest) return null;
    const prev = c.polled ?? c.newest;
    c.polled = c.newest;
    return trackedDelta(prev, c.newest, basis);
  }

  poll(_nowMs: number, basis: ViewBasis): InputContribution {
    const r = this.ctl.right;
    const d = this.active ? this.delta('right', basis) : null;
    if (!d) return emptyContribution();
    return { translationM: d.translationM, rotation: d.rotation, grip: r.trigger, operatorPresent: r.squeeze, clutch: r.lower };
  }

  pollHands(_nowMs: number, basis: ViewBasis): InputContribution[] {
    if (!this.active) return [];
    const present = this.ctl.right.lower;
    const camera = this.ctl.left.upper;
    const out: InputContribution[] = [];
    for (const hand of HAND_SIDES) {
      const c = this.ctl[hand];
      const d = this.delta(hand, basis) ?? { translationM: [0, 0, 0] as Vec3, rotation: [0, 0, 0, 1] as Quat };
      out.push({ translationM: d.translationM, rotation: d.rotation, grip: c.newest ? c.trigger : null, operatorPresent: present, clutch: c.squeeze, hand, camera });
    }
    return out;
  }

  dispose(): void {
    this.end();
  }
}
