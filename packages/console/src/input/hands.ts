// The surgeon's two master hands on a two-instrument agent (protocol 1.1): one VirtualHand per hand, and
// the routing of every device's contribution to the hand it belongs to. Two-handed devices (gamepad,
// WebXR) name the hand in each contribution; one-handed devices (mouse, keyboard) drive the selected
// hand, which a key switches, while the other hand keeps its last pose (while the camera pedal is held
// they move both hands together: a pan or zoom, no roll). The dead-man and the camera pedal
// are frame-wide (one operator, one pedal), so they are the OR over every device, not per hand.
// On a one-instrument agent (protocol 1.0, or fewer than two INSTRUMENT arms) everything drives the right
// hand, exactly as the console's single virtual hand always has.
import { VirtualHand, handChanged, type HandOptions, type HandState } from './hand.js';
import { HAND_SIDES, type HandSide, type InputContribution } from './source.js';

export type HandMode = 'single' | 'bimanual';

export interface HandPairState {
  mode: HandMode;
  /** When the frame's poses were sampled (performance.now() ms): the one hand's time, or the pair's. */
  sampledAtMs: number;
  /** The hand the mouse and the keyboard drive (always 'right' in single mode). */
  selected: HandSide;
  /** Each hand; operatorPresent is the frame-wide dead-man in both. */
  hands: Record<HandSide, HandState>;
  operatorPresent: boolean;
  /** The camera pedal (always false in single mode: a 1.0 agent has no camera arm). */
  camera: boolean;
}

export class HandPair {
  private readonly pair: Record<HandSide, VirtualHand>;
  private mode: HandMode = 'single';
  private selected: HandSide = 'right';
  private present = false;
  private camera = false;
  /** Two hands: when the frame's poses were sampled, kept for the pair as one hand keeps its own. */
  private sampledAtMs = 0;
  private knownLate = false;

  constructor(opts: Partial<HandOptions> = {}) {
    this.pair = { right: new VirtualHand(opts), left: new VirtualHand(opts) };
  }

  /** Single: every device drives the right hand (a 1.0 agent). Bimanual: contributions are routed. */
  setMode(mode: HandMode): void {
    this.mode = mode;
    if (mode === 'single') this.selected = 'right';
  }

  get handMode(): HandMode {
    return this.mode;
  }

  get selectedHand(): HandSide {
    return this.selected;
  }

  /** The mouse and the keyboard move to the other hand; returns it. Single mode: stays on the right hand. */
  switchHand(): HandSide {
    if (this.mode === 'bimanual') this.selected = this.selected === 'right' ? 'left' : 'right';
    return this.selected;
  }

  hand(side: HandSide): VirtualHand {
    return this.pair[side];
  }

  /**
   * Folds one poll's contributions into the hands (see VirtualHand.apply for claimStill). A hand no
   * device drove this poll keeps its pose and grip; its clutch is released (a held clutch is a held
   * control: a device must keep saying so).
   */
  apply(contributions: readonly InputContribution[], nowMs: number, claimStill: boolean | number = true): void {
    const per: Record<HandSide, InputContribution[]> = { right: [], left: [] };
    let present = false;
    let camera = false;
    // One time for both hands, decided as one hand decides its own (VirtualHand.apply): the newest motion's
    // time (an input event's own time, or now for polled devices), else as far as the still-claim allows;
    // motion older than what a frame already claimed is stamped when it is learned. So two hands driven by
    // one pointer are stamped exactly as one hand is, and a second device's motion moves the time on.
    let sampled: number | null = null;
    for (const c of contributions) {
      const moved = c.translationM.some((v) => v !== 0) || c.rotation[3] !== 1;
      if (moved) {
        const at = c.sampledAtMs ?? nowMs;
        if (!(at > this.sampledAtMs)) this.knownLate = true;
        sampled = Math.max(sampled ?? -Infinity, at > this.sampledAtMs ? at : nowMs);
      }
    }
    const claimMs = claimStill === true ? nowMs : claimStill === false ? -Infinity : claimStill;
    const asOf = sampled ?? claimMs;
    if (asOf > -Infinity) this.sampledAtMs = Math.max(this.sampledAtMs, Math.min(nowMs, asOf));
    for (const c of contributions) {
      present ||= c.operatorPresent;
      camera ||= c.camera === true;
    }
    const cameraHeld = this.mode === 'bimanual' && camera;
    const other: HandSide = this.selected === 'right' ? 'left' : 'right';
    for (const c of contributions) {
      const side = this.mode === 'single' ? 'right' : (c.hand ?? this.selected);
      per[side].push(c);
      // Camera pedal held: a one-handed device (mouse, keys) moves BOTH hands together, so it pans and
      // zooms the camera by the whole drag. Moving the selected hand alone would move the hands' mean by
      // half and turn the line between them, which the agent reads as a roll of the camera.
      if (cameraHeld && c.hand === undefined) per[other].push({ translationM: c.translationM, rotation: [0, 0, 0, 1], grip: null, operatorPresent: c.operatorPresent, clutch: false, sampledAtMs: c.sampledAtMs ?? null, camera: true });
    }
    for (const side of HAND_SIDES) this.pair[side].apply(per[side], nowMs, claimStill);
    this.present = present;
    this.camera = this.mode === 'bimanual' && camera;
  }

  /** Whether the last apply() moved either hand. */
  get movedLastPoll(): boolean {
    return this.pair.right.movedLastPoll || this.pair.left.movedLastPoll;
  }

  /**
   * As VirtualHand.takeKnownLate: single mode, the one hand's; two hands, the pair's (motion learned
   * after a later time was claimed for the frame). Reading clears it.
   */
  takeKnownLate(): boolean {
    const r = this.pair.right.takeKnownLate();
    const l = this.pair.left.takeKnownLate();
    const k = this.knownLate;
    this.knownLate = false;
    return this.mode === 'single' ? r : k;
  }

  /**
   * Turns one hand towards its tool's orientation (VirtualHand.alignTo); a turn is a new pose now, for
   * the pair's time too.
   */
  alignTo(side: HandSide, orientation: readonly number[], nowMs: number, maxRateRadps = Infinity): number {
    const h = this.pair[side];
    const before = h.state().sampledAtMs;
    const left = h.alignTo(orientation as [number, number, number, number], nowMs, maxRateRadps);
    if (h.state().sampledAtMs !== before) this.sampledAtMs = Math.max(this.sampledAtMs, nowMs);
    return left;
  }

  /** Drops the dead-man, both clutches and the camera pedal at once (focus lost, page hidden). */
  releaseAll(): void {
    this.pair.right.releaseAll();
    this.pair.left.releaseAll();
    this.present = false;
    this.camera = false;
  }

  state(): HandPairState {
    const withPresent = (h: HandState): HandState => ({ ...h, operatorPresent: this.present });
    return {
      mode: this.mode,
      selected: this.selected,
      sampledAtMs: this.mode === 'single' ? this.pair.right.state().sampledAtMs : this.sampledAtMs,
      hands: { right: withPresent(this.pair.right.state()), left: withPresent(this.pair.left.state()) },
      operatorPresent: this.present,
      camera: this.camera,
    };
  }
}

/** When the frame's poses were sampled (HandPairState.sampledAtMs). */
export function pairSampledAtMs(s: HandPairState): number {
  return s.sampledAtMs;
}

/** True when two pair states would put different values on the wire. */
export function pairChanged(a: HandPairState | null, b: HandPairState): boolean {
  if (a === null) return true;
  if (a.mode !== b.mode || a.camera !== b.camera) return true;
  if (b.mode === 'single') return handChanged(a.hands.right, b.hands.right);
  return handChanged(a.hands.right, b.hands.right) || handChanged(a.hands.left, b.hands.left);
}

/**
 * The safety flags the pacer sends at once when they change: the dead-man, each hand's clutch and the
 * camera pedal, as one key (the pacer compares keys); in single mode the clutch alone, as always.
 */
export function pairFlagsKey(s: HandPairState): boolean | string {
  if (s.mode === 'single') return s.hands.right.clutch;
  return `${s.hands.right.clutch ? 'R' : '-'}${s.hands.left.clutch ? 'L' : '-'}${s.camera ? 'K' : '-'}`;
}
