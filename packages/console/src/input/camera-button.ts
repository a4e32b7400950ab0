// The on-screen camera pedal: held while a pointer presses it (mouse, touch, pen), released on
// pointerup, pointercancel, leaving the button or losing pointer capture, and when the page loses
// focus. A pedal that a lost pointerup could leave held would keep the instruments holding: it must
// fail released, like the dead-man.
import { emptyContribution, type InputContribution, type InputSink, type InputSource } from './source.js';

export class CameraButtonSource implements InputSource {
  readonly id = 'camera-button';
  readonly label = 'Camera pedal button';
  private held = false;
  private readonly off: Array<() => void> = [];

  constructor(
    private readonly el: HTMLElement,
    private readonly sink: InputSink,
  ) {
    const on = <K extends keyof HTMLElementEventMap>(t: K, f: (e: HTMLElementEventMap[K]) => void): void => {
      el.addEventListener(t, f as EventListener);
      this.off.push(() => el.removeEventListener(t, f as EventListener));
    };
    on('pointerdown', (e) => {
      if (e.button !== 0) return;
      e.preventDefault();
      try {
        el.setPointerCapture(e.pointerId);
      } catch {
        // Synthetic pointers cannot be captured; pointerup on the button still releases.
      }
      this.set(true);
    });
    for (const t of ['pointerup', 'pointercancel', 'lostpointercapture'] as const) on(t, () => this.set(false));
    // A click from the keyboard (Enter/Space on a focused button) must not latch anything.
    on('click', (e) => e.preventDefault());
  }

  private set(held: boolean): void {
    if (this.held === held) return;
    this.held = held;
    this.el.classList.toggle('held', held);
    this.el.setAttribute('aria-pressed', String(held));
    this.sink.onInput();
  }

  isHeld(): boolean {
    return this.held;
  }

  available(): boolean {
    return true;
  }

  poll(): InputContribution {
    return { ...emptyContribution(), camera: this.held };
  }

  releaseAll(): void {
    this.set(false);
  }

  dispose(): void {
    for (const f of this.off) f();
  }
}
