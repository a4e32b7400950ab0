// Gamepad API: polled (the API has no motion events), so each console tick reads the pad; the tick
// runs at 250 Hz, faster than most pads report, and the frame pacer sends whenever the hand moved. The first connected pad with the standard mapping is used.
import { mapGamepad, mapGamepadBimanual, padActionEdges, padPressedVector, DEFAULT_PAD_RATES, type PadRates } from './gamepad-map.js';
import { rateStep } from './mapping.js';
import { emptyContribution, HAND_SIDES, type InputContribution, type InputSink, type InputSource, type ViewBasis } from './source.js';

export class GamepadSource implements InputSource {
  readonly id = 'gamepad';
  private name = 'Gamepad';
  private prevPressed: boolean[] = [];
  private lastPollMs: number | null = null;

  constructor(
    private readonly nav: Navigator,
    private readonly sink: InputSink,
    private readonly rates: PadRates = DEFAULT_PAD_RATES,
  ) {}

  get label(): string {
    return this.name;
  }

  private pad(): Gamepad | null {
    if (typeof this.nav.getGamepads !== 'function') return null;
    let pads: (Gamepad | null)[];
    try {
      pads = this.nav.getGamepads();
    } catch {
      // Blocked by a permissions policy: no gamepad.
      return null;
    }
    for (const p of pads) if (p && p.connected && p.mapping === 'standard') return p;
    return null;
  }

  available(): boolean {
    return this.pad() !== null;
  }

  /** The pad's buttons now, its actions fired on their press (edges); null without a pad. */
  private read(nowMs: number): { p: Gamepad; buttons: Array<{ pressed: boolean; value: number }>; dtS: number } | null {
    const dtS = this.lastPollMs === null ? 0 : Math.max(0, Math.min(0.05, (nowMs - this.lastPollMs) / 1000));
    this.lastPollMs = nowMs;
    const p = this.pad();
    if (!p) {
      this.prevPressed = [];
      return null;
    }
    this.name = p.id.replace(/\s*\(.*$/, '') || 'Gamepad';
    const buttons = p.buttons.map((b) => ({ pressed: b.pressed, value: b.value }));
    for (const a of padActionEdges(this.prevPressed, buttons)) this.sink.onAction(a);
    this.prevPressed = padPressedVector(buttons);
    return { p, buttons, dtS };
  }

  /** Two instruments: the left stick drives the left hand, the right stick the right hand. */
  pollHands(nowMs: number, basis: ViewBasis): InputContribution[] {
    const got = this.read(nowMs);
    if (!got) return [];
    const r = mapGamepadBimanual(got.p.axes, got.buttons, this.rates);
    return HAND_SIDES.map((hand) => {
      const step = rateStep(r[hand].v, [0, 0, 0], got.dtS, basis);
      return { translationM: step.translationM, rotation: step.rotation, grip: r[hand].grip, operatorPresent: r.present, clutch: r[hand].clutch, hand, camera: r.camera };
    });
  }

  poll(nowMs: number, basis: ViewBasis): InputContribution {
    const got = this.read(nowMs);
    if (!got) return emptyContribution();
    const { p, buttons, dtS } = got;
    const r = mapGamepad(p.axes, buttons, this.rates);
    const step = rateStep(r.v, r.w, dtS, basis);
    return { translationM: step.translationM, rotation: step.rotation, grip: r.grip, operatorPresent: r.present, clutch: r.clutch };
  }

  dispose(): void {
    this.prevPressed = [];
  }
}
