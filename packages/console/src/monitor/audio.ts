// Audible alert for the bedside monitor, with WebAudio (no sound files to fetch). Browsers block audio
// until the page gets a user gesture; that is reported, never thrown, and the first click anywhere
// unlocks it. Headless browsers without audio devices get the same treatment.

export type SoundState = 'on' | 'blocked' | 'muted' | 'unavailable';

export class AlarmSound {
  private ctx: AudioContext | null = null;
  private muted = false;
  private lastBeepMs = -Infinity;

  constructor(private readonly onState: (s: SoundState) => void) {
    this.create();
    const unlock = (): void => {
      void this.resume();
    };
    window.addEventListener('pointerdown', unlock);
    window.addEventListener('keydown', unlock);
  }

  private create(): void {
    try {
      const Ctor = window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
      this.ctx = Ctor ? new Ctor() : null;
    } catch {
      this.ctx = null;
    }
    this.ctx?.addEventListener('statechange', () => this.report());
    this.report();
  }

  state(): SoundState {
    if (!this.ctx) return 'unavailable';
    if (this.muted) return 'muted';
    return this.ctx.state === 'running' ? 'on' : 'blocked';
  }

  private report(): void {
    this.onState(this.state());
  }

  async resume(): Promise<void> {
    if (!this.ctx || this.ctx.state === 'running') return;
    try {
      await this.ctx.resume();
    } catch {
      // Still blocked: the status button says so.
    }
    this.report();
  }

  toggleMute(): void {
    this.muted = !this.muted;
    void this.resume();
    this.report();
  }

  /**
   * Called often; beeps at most every periodMs while `sounding`. CRITICAL gets a faster triple pulse,
   * ALARM a double (high vs medium priority in IEC 60601-1-8 spirit).
   */
  update(nowMs: number, sounding: 'CRITICAL' | 'ALARM' | null): void {
    if (!sounding || this.state() !== 'on' || !this.ctx) return;
    const periodMs = sounding === 'CRITICAL' ? 1500 : 3000;
    if (nowMs - this.lastBeepMs < periodMs) return;
    this.lastBeepMs = nowMs;
    const pulses = sounding === 'CRITICAL' ? 3 : 2;
    try {
      const t0 = this.ctx.currentTime + 0.01;
      for (let i = 0; i < pulses; i++) {
        const osc = this.ctx.createOscillator();
        const gain = this.ctx.createGain();
        osc.type = 'square';
        osc.frequency.value = sounding === 'CRITICAL' ? 988 : 740;
        const s = t0 + i * 0.22;
        gain.gain.setValueAtTime(0, s);
        gain.gain.linearRampToValueAtTime(0.12, s + 0.015);
        gain.gain.setValueAtTime(0.12, s + 0.14);
        gain.gain.linearRampToValueAtTime(0, s + 0.16);
        osc.connect(gain).connect(this.ctx.destination);
        osc.start(s);
        osc.stop(s + 0.18);
      }
    } catch {
      // An audio graph error must never take the monitor down.
    }
  }
}
