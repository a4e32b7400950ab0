// What a refusal costs the recording: the first refusal of a kind (frame, command, e-stop coalesced) from
// one sender for one reason is recorded in full; the ones that follow within the same second are only
// counted, and when the second is over one Event says how many there were (code REFUSALS_SUMMARY, or
// ESTOP_COALESCED for e-stops). A flood from any number of sockets therefore grows the recording by a few
// records per sender and reason per second, whatever its rate, and replay still sees every kind of
// refusal with its reason and count.
export type SummaryKind = 'frame' | 'command' | 'estop';

interface Window {
  sessionId: string;
  kind: SummaryKind;
  code: string;
  startNs: number;
  /** Counted but not recorded one by one. */
  suppressed: number;
}

export interface SummaryLine {
  sessionId: string;
  kind: SummaryKind;
  code: string;
  count: number;
  startNs: number;
  endNs: number;
}

const WINDOW_NS = 1e9;

export class RefusalSummary {
  readonly #windows = new Map<string, Window>();

  /**
   * One refusal: true when it opens a window (record it in full), false when it is only counted. A window
   * past its second is closed first (its summary goes to `emit`).
   */
  note(sessionId: string, kind: SummaryKind, code: string, t: number, emit: (line: SummaryLine) => void): boolean {
    const key = `${sessionId}\u0000${kind}\u0000${code}`;
    const w = this.#windows.get(key);
    if (w !== undefined && t - w.startNs < WINDOW_NS) {
      w.suppressed++;
      return false;
    }
    if (w !== undefined) this.#close(key, w, t, emit);
    this.#windows.set(key, { sessionId, kind, code, startNs: t, suppressed: 0 });
    return true;
  }

  /** Closes every window older than a second (or all of one session's, when it goes away). */
  flush(t: number, emit: (line: SummaryLine) => void, sessionId?: string): void {
    for (const [key, w] of this.#windows) {
      if (sessionId !== undefined ? w.sessionId === sessionId : t - w.startNs >= WINDOW_NS) this.#close(key, w, t, emit);
    }
  }

  get openWindows(): number {
    return this.#windows.size;
  }

  #close(key: string, w: Window, t: number, emit: (line: SummaryLine) => void): void {
    this.#windows.delete(key);
    if (w.suppressed > 0) emit({ sessionId: w.sessionId, kind: w.kind, code: w.code, count: w.suppressed, startNs: w.startNs, endNs: Math.min(t, w.startNs + WINDOW_NS) });
  }
}
