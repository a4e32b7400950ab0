// The injected faults of one simulated arm (PSM or ECM): when each takes effect, what the active ones do
// to the servo, and the encoder glitches still to be read. The arm keeps its own state machine: this
// says when a fault activates (the arm latches a power loss as a FAULT) and what it does to the joints.
import type { FaultSpec } from './faults.js';
import type { ServoBank } from './servo.js';

/** A fault as injected, with whether it has taken effect yet. */
export interface InjectedFault {
  id: number;
  spec: FaultSpec;
  /** Time it takes effect, ns; null: at injection. */
  startNs: number | null;
  active: boolean;
}

interface FaultEntry extends InjectedFault {
  samplesLeft: number;
}

export class FaultSchedule {
  private faults: FaultEntry[] = [];
  private nextId = 1;

  /** Adds a validated spec; returns the entry (the arm activates it at once if its time has come). */
  add(spec: FaultSpec, startNs: number | null): FaultEntry {
    const entry: FaultEntry = {
      id: this.nextId++,
      spec,
      startNs,
      active: false,
      samplesLeft: spec.kind === 'encoder_glitch' ? (spec.samples ?? 1) : 0,
    };
    this.faults.push(entry);
    return entry;
  }

  clearAll(): void {
    this.faults = [];
  }

  clear(id: number): void {
    this.faults = this.faults.filter((f) => f.id !== id);
  }

  get injected(): readonly InjectedFault[] {
    return this.faults.map(({ id, spec, startNs, active }) => ({ id, spec, startNs, active }));
  }

  /** Start time of the earliest fault not yet active, ns; null when none waits (idle steps may be skipped up to it). */
  nextPendingStart(): number | null {
    let t: number | null = null;
    for (const f of this.faults) {
      if (!f.active && f.startNs !== null && (t === null || f.startNs < t)) t = f.startNs;
    }
    return t;
  }

  /** Calls activate for every fault due at t, in injection order. */
  activateDue(t: number, activate: (f: InjectedFault) => void): void {
    for (const f of this.faults) {
      if (!f.active && (f.startNs === null || f.startNs <= t)) activate(f);
    }
  }

  /** Sets the servo's fault effects from the active faults; returns whether motor power is lost. */
  applyEffects(s: ServoBank): boolean {
    s.stuck.fill(0);
    s.slowFactor.fill(1);
    s.sagVelocity.fill(0);
    let powerLost = false;
    for (const f of this.faults) {
      if (!f.active) continue;
      const spec = f.spec;
      switch (spec.kind) {
        case 'stuck_joint':
          s.stuck[spec.joint] = 1;
          s.v[spec.joint] = 0;
          break;
        case 'slow_joint':
          s.slowFactor[spec.joint]! *= spec.factor;
          break;
        case 'power_loss':
          powerLost = true;
          (spec.sagVelocity ?? []).forEach((v, i) => {
            s.sagVelocity[i] = v;
          });
          break;
        case 'encoder_glitch':
          break;
      }
    }
    return powerLost;
  }

  /** Adds the active encoder glitches to a measurement m (one sample each); spent glitches are dropped. */
  applyGlitches(nowNs: number, m: Float64Array): void {
    let spent = false;
    for (const f of this.faults) {
      if (f.spec.kind !== 'encoder_glitch' || !f.active || f.samplesLeft <= 0) continue;
      if (f.startNs !== null && nowNs < f.startNs) continue;
      m[f.spec.joint]! += f.spec.magnitudeRad;
      f.samplesLeft--;
      if (f.samplesLeft === 0) spent = true;
    }
    if (spent) this.faults = this.faults.filter((f) => !(f.spec.kind === 'encoder_glitch' && f.samplesLeft === 0));
  }
}
