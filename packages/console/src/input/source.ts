// One interface for every input device. Each source turns its device into 6-DoF hand motion plus grip,
// expressed in the console frame (the PSM base frame, identity registration), and into the two safety
// flags (operator present, clutch). The console integrates all sources into one VirtualHand, so a
// surgeon may mix devices (mouse to move, foot-pedal key for presence) and a lost frame never matters:
// frames always carry the hand's ABSOLUTE pose.
import type { Quat, Vec3 } from '@farhand/latency-core';

/** Screen axes of the current 3D view, as unit vectors in the console frame. */
export interface ViewBasis {
  /** Screen right. */
  right: Vec3;
  /** Screen up. */
  up: Vec3;
  /** Into the screen (away from the viewer). */
  forward: Vec3;
}

/** Discrete requests a device can make (keys, gamepad buttons, XR buttons, on-screen buttons). */
export type ConsoleAction =
  | 'engage'
  | 'disengage'
  | 'estop'
  | 'reset'
  | 'requestControl'
  | 'releaseControl'
  | 'scaleUp'
  | 'scaleDown'
  | 'align'
  | 'home'
  | 'view'
  | 'switchHand';

/**
 * The surgeon's two hands on a two-instrument agent (protocol 1.1). As on a dVRK console, the right
 * hand (MTMR) drives PSM1 and the left hand (MTML) drives PSM2.
 */
export type HandSide = 'right' | 'left';
export const HAND_SIDES: readonly HandSide[] = ['right', 'left'];

/** What one source contributes since its previous poll. */
export interface InputContribution {
  /** Hand translation since the previous poll, m, console frame. */
  translationM: Vec3;
  /** Hand rotation since the previous poll, console frame (applied as q = rotation * q). */
  rotation: Quat;
  /** Grip this source asks for, 0 open .. 1 closed, or null when it has no opinion. */
  grip: number | null;
  /** This source's dead-man control is held. */
  operatorPresent: boolean;
  /** This source's clutch control is held. */
  clutch: boolean;
  /**
   * When the newest motion in this contribution was sampled (performance.now() ms), for event-driven
   * devices the input event's own timestamp; null when the motion is "as of the poll" (rate controls,
   * polled devices) or when there is none.
   */
  sampledAtMs?: number | null;
  /**
   * Two-handed mode: the hand this contribution's motion, grip and clutch belong to. Absent: the selected
   * hand (the one a one-handed device such as the mouse or the keyboard drives; a key switches it).
   */
  hand?: HandSide;
  /** The camera pedal is held (both instruments hold, the hands move the camera arm). */
  camera?: boolean;
}

export interface InputSource {
  /** Stable id ('mouse', 'keyboard', 'gamepad', 'xr'). */
  readonly id: string;
  /** What the HUD shows, e.g. 'Xbox Wireless Controller'. */
  readonly label: string;
  /** Whether the device is present and usable right now (a gamepad may be unplugged). */
  available(): boolean;
  /** Motion and flags since the previous poll, at time nowMs (performance.now() clock). */
  poll(nowMs: number, basis: ViewBasis): InputContribution;
  /**
   * Two-handed devices (gamepad, WebXR): motion and flags since the previous poll, one contribution per
   * hand, each naming its hand. Called instead of poll() while the agent drives two instruments;
   * one-handed devices leave it out and their poll() drives the selected hand.
   */
  pollHands?(nowMs: number, basis: ViewBasis): InputContribution[];
  /** Releases listeners and devices. */
  dispose(): void;
}

/** Callbacks a source uses to reach the console loop. */
export interface InputSink {
  /** New device data arrived: the console may send a frame now instead of waiting for its timer. */
  onInput(): void;
  onAction(action: ConsoleAction): void;
}

export function emptyContribution(): InputContribution {
  return { translationM: [0, 0, 0], rotation: [0, 0, 0, 1], grip: null, operatorPresent: false, clutch: false };
}
