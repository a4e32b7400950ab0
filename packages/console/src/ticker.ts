// The console's frame clock. Browsers throttle main-thread timers in background tabs (to 1 Hz, and
// to once a minute after a while in Chrome); a dedicated worker's timer is not throttled that way, and
// the message it posts wakes the main thread. So the ticks come from a tiny worker where the page may
// start one (made from a Blob: no extra file to serve), and from a main-thread interval otherwise.
// A hidden tab still never moves the arm: the console drops the dead-man when the page is hidden
// (pages/console.ts), and the steady frames then tell the agent "operator absent", so the arm holds.

export interface Ticker {
  /** 'worker' (not throttled in background tabs) or 'timer' (fallback). */
  readonly kind: 'worker' | 'timer';
  stop(): void;
}

export function startTicker(periodMs: number, onTick: () => void): Ticker {
  const ms = Math.max(1, Math.round(periodMs));
  try {
    if (typeof Worker === 'function' && typeof Blob === 'function' && typeof URL.createObjectURL === 'function') {
      const src = `setInterval(function(){postMessage(0)},${ms});`;
      const url = URL.createObjectURL(new Blob([src], { type: 'text/javascript' }));
      const w = new Worker(url);
      URL.revokeObjectURL(url);
      w.onmessage = () => onTick();
      return { kind: 'worker', stop: () => w.terminate() };
    }
  } catch {
    // Workers refused (a policy, an old browser): the main-thread timer below still works in front tabs.
  }
  const id = setInterval(onTick, ms);
  return { kind: 'timer', stop: () => clearInterval(id) };
}
