// Mouse / trackpad: left-drag moves the hand in the view plane, right-drag (or Shift+left-drag)
// rotates it, the wheel (two-finger scroll) moves it in depth, Shift+wheel rolls, the middle button
// closes the jaws. Motion accumulates between polls; every pointer update also asks the console to
// send a frame now, so frames leave at the device's rate, not at the display's. pointerrawupdate
// (Chromium, secure contexts) is used when offered: it is not aligned to animation frames.
import { qIdentity, qMul, qNormalize, vAdd } from '@farhand/latency-core';
import type { Quat, Vec3 } from '@farhand/latency-core';
import { DEFAULT_POINTER_GAINS, dragRotation, dragTranslation, wheelDeltaPx, wheelRoll, wheelTranslation, type PointerGains } from './mapping.js';
import type { InputContribution, InputSink, InputSource, ViewBasis } from './source.js';

type DragMode = 'translate' | 'rotate' | null;

export class MouseSource implements InputSource {
  readonly id = 'mouse';
  readonly label = 'Mouse / trackpad';
  private dxT = 0;
  private dyT = 0;
  private dxR = 0;
  private dyR = 0;
  private wheelDepth = 0;
  private wheelRollPx = 0;
  private mode: DragMode = null;
  private lastX = 0;
  private lastY = 0;
  private gripHeld = false;
  /** Timestamp of the newest pointer/wheel event folded in since the last poll. */
  private newestEventMs: number | null = null;
  private lastEventMs = -Infinity;
  private readonly off: Array<() => void> = [];

  constructor(
    private readonly el: HTMLElement,
    private readonly sink: InputSink,
    private readonly gains: PointerGains = DEFAULT_POINTER_GAINS,
  ) {
    const on = <K extends keyof HTMLElementEventMap>(t: K, f: (e: HTMLElementEventMap[K]) => void, o?: AddEventListenerOptions): void => {
      el.addEventListener(t, f as EventListener, o);
      this.off.push(() => el.removeEventListener(t, f as EventListener, o));
    };
    on('pointerdown', (e) => this.down(e));
    const moveEvent = 'onpointerrawupdate' in el ? 'pointerrawupdate' : 'pointermove';
    on(moveEvent as 'pointermove', (e) => this.move(e));
    on('pointerup', (e) => this.up(e));
    on('pointercancel', () => this.cancel());
    on('lostpointercapture', () => this.cancel());
    on('contextmenu', (e) => e.preventDefault());
    on('wheel', (e) => this.wheel(e), { passive: false });
  }

  available(): boolean {
    return true;
  }

  private down(e: PointerEvent): void {
    if (e.button === 1) {
      this.gripHeld = true;
      e.preventDefault();
      this.sink.onInput();
      return;
    }
    if (e.button !== 0 && e.button !== 2) return;
    this.mode = e.button === 2 || e.shiftKey ? 'rotate' : 'translate';
    this.lastX = e.clientX;
    this.lastY = e.clientY;
    try {
      this.el.setPointerCapture(e.pointerId);
    } catch {
      // Synthetic or already-released pointers cannot be captured; the drag still works inside the view.
    }
    e.preventDefault();
  }

  private move(e: PointerEvent): void {
    if (this.mode === null) return;
    const dx = e.clientX - this.lastX;
    const dy = e.clientY - this.lastY;
    this.lastX = e.clientX;
    this.lastY = e.clientY;
    if (dx === 0 && dy === 0) return;
    this.stamp(e);
    if (this.mode === 'translate') {
      this.dxT += dx;
      this.dyT += dy;
    } else {
      this.dxR += dx;
      this.dyR += dy;
    }
    this.sink.onInput();
  }

  private up(e: PointerEvent): void {
    if (e.button === 1) this.gripHeld = false;
    else this.mode = null;
    this.sink.onInput();
  }

  /**
   * The hand was where this event says at the event's own time, not when the page got round to it:
   * after a busy moment queued events arrive together, and stamping them "now" would squeeze real
   * motion into a few milliseconds (an impossible hand speed for the agent's jump detector).
   */
  private stamp(e: Event): void {
    const t = e.timeStamp;
    if (Number.isFinite(t) && t > 0) this.newestEventMs = Math.max(this.newestEventMs ?? 0, t);
    this.lastEventMs = performance.now();
  }

  /** Pointer motion arrived within the last windowMs: more may be queued behind a busy page. */
  inMotion(nowMs: number, windowMs: number): boolean {
    return nowMs - this.lastEventMs < windowMs;
  }

  private cancel(): void {
    this.mode = null;
    this.gripHeld = false;
  }

  private wheel(e: WheelEvent): void {
    e.preventDefault();
    // Shift+wheel turns into horizontal scrolling in some browsers: take whichever axis moved.
    const raw = Math.abs(e.deltaY) >= Math.abs(e.deltaX) ? e.deltaY : e.deltaX;
    const px = wheelDeltaPx(raw, e.deltaMode);
    this.stamp(e);
    if (e.shiftKey || e.altKey) this.wheelRollPx += px;
    else this.wheelDepth += px;
    this.sink.onInput();
  }

  poll(_nowMs: number, basis: ViewBasis): InputContribution {
    let t: Vec3 = dragTranslation(this.dxT, this.dyT, basis, this.gains);
    t = vAdd(t, wheelTranslation(this.wheelDepth, basis, this.gains));
    let r: Quat = qIdentity();
    if (this.dxR !== 0 || this.dyR !== 0) r = dragRotation(this.dxR, this.dyR, basis, this.gains);
    if (this.wheelRollPx !== 0) r = qNormalize(qMul(wheelRoll(this.wheelRollPx, basis, this.gains), r));
    this.dxT = this.dyT = this.dxR = this.dyR = this.wheelDepth = this.wheelRollPx = 0;
    const sampledAtMs = this.newestEventMs;
    this.newestEventMs = null;
    return { translationM: t, rotation: r, grip: this.gripHeld ? 1 : 0, operatorPresent: false, clutch: false, sampledAtMs };
  }

  /** Focus lost: a drag or a held button cannot be trusted any more. */
  releaseAll(): void {
    this.cancel();
  }

  dispose(): void {
    for (const f of this.off) f();
  }
}
