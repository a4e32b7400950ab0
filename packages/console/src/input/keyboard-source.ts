// Keyboard: held keys are the dead-man (Space or a foot pedal mapped to F8), clutch and grip; motion
// keys are rate controls integrated over the poll interval; action keys fire once per press (auto-repeat
// ignored). Losing focus or hiding the page releases everything: a keyup that never arrives must never
// leave the operator "present".
import { heldControlFor, actionFor, isConsoleKey, keyVelocity, DEFAULT_KEY_RATES, type HeldControl, type KeyRates } from './keymap.js';
import { rateStep } from './mapping.js';
import type { InputContribution, InputSink, InputSource, ViewBasis } from './source.js';

export class KeyboardSource implements InputSource {
  readonly id = 'keyboard';
  readonly label = 'Keyboard';
  private readonly held = new Set<string>();
  private lastPollMs: number | null = null;
  private readonly off: Array<() => void> = [];

  constructor(
    target: Window,
    private readonly sink: InputSink,
    private readonly rates: KeyRates = DEFAULT_KEY_RATES,
  ) {
    const on = <K extends keyof WindowEventMap>(t: K, f: (e: WindowEventMap[K]) => void): void => {
      target.addEventListener(t, f as EventListener);
      this.off.push(() => target.removeEventListener(t, f as EventListener));
    };
    on('keydown', (e) => this.down(e));
    on('keyup', (e) => this.up(e));
    on('blur', () => this.releaseAll());
    const doc = target.document;
    const vis = (): void => {
      if (doc.visibilityState !== 'visible') this.releaseAll();
    };
    doc.addEventListener('visibilitychange', vis);
    this.off.push(() => doc.removeEventListener('visibilitychange', vis));
  }

  available(): boolean {
    return true;
  }

  private down(e: KeyboardEvent): void {
    if (isEditable(e.target)) return;
    if (isConsoleKey(e.code)) e.preventDefault();
    const first = !this.held.has(e.code);
    this.held.add(e.code);
    if (e.shiftKey) this.held.add('ShiftLeft');
    if (heldControlFor(e.code) !== undefined) {
      if (first) this.sink.onInput();
      return;
    }
    if (!e.repeat && first) {
      const action = actionFor(e.code, e.shiftKey);
      if (action) this.sink.onAction(action);
    }
    this.sink.onInput();
  }

  private up(e: KeyboardEvent): void {
    // Without this, releasing Space would "click" whichever button has focus (possibly the e-stop).
    if (isConsoleKey(e.code) && !isEditable(e.target)) e.preventDefault();
    this.held.delete(e.code);
    if (!e.shiftKey) {
      this.held.delete('ShiftLeft');
      this.held.delete('ShiftRight');
    }
    this.sink.onInput();
  }

  isHeld(control: HeldControl): boolean {
    for (const code of this.held) if (heldControlFor(code) === control) return true;
    return false;
  }

  poll(nowMs: number, basis: ViewBasis): InputContribution {
    // Clamp the step so a stalled tab does not turn a held key into one big jump.
    const dtS = this.lastPollMs === null ? 0 : Math.max(0, Math.min(0.05, (nowMs - this.lastPollMs) / 1000));
    this.lastPollMs = nowMs;
    const { v, w } = keyVelocity(this.held, this.rates);
    const step = rateStep(v, w, dtS, basis);
    return {
      translationM: step.translationM,
      rotation: step.rotation,
      grip: this.isHeld('grip') ? 1 : 0,
      operatorPresent: this.isHeld('present'),
      clutch: this.isHeld('clutch'),
      // The camera pedal: only a two-instrument console reads it (a 1.0 agent has no camera arm).
      camera: this.isHeld('camera'),
    };
  }

  releaseAll(): void {
    this.held.clear();
    this.sink.onInput();
  }

  dispose(): void {
    for (const f of this.off) f();
  }
}

function isEditable(t: EventTarget | null): boolean {
  if (!t || !(t instanceof HTMLElement)) return false;
  return t.isContentEditable || t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT';
}
