// What the HUD and the monitor show beyond the plain link figures, as pure functions (tested in
// figures.test.ts): the hand-to-setpoint delay and its parts, frames refused as jumps apart from frames
// lost, what "capture to arrival" measures, the jaw in one unit, and the arm's state said truthfully.
import { formatMs } from './hud-levels.js';

export interface DelayBreakdown {
  /** Capture of the hand pose -> the setpoint that carries it, s (NaN: not reported). */
  totalS: number;
  playoutS: number;
  /** Delay the tremor filter adds (0 when zero-phase), s. */
  filterS: number;
  /** Control tick quantisation and loop latency, s. */
  tickS: number;
  /** The agent fell back to the causal tremor filter (buffer too short for zero-phase). */
  causalFilter: boolean;
  /** Frames refused by the jump detector (impossible hand speed): not link loss. NaN: not reported. */
  refusedJump: number;
  /** Frames that never arrived. NaN: not reported. */
  lost: number;
}

interface TelemetryLike {
  total_delay_s?: number | null;
  filter_delay_s?: number | null;
  tick_delay_s?: number | null;
  tremor_filter_causal?: boolean | null;
  link?: { playout_delay_s?: number | null; frames_refused_jump?: number | null; frames_lost?: number | null } | null;
}

const num = (v: number | null | undefined): number => (typeof v === 'number' && Number.isFinite(v) ? v : NaN);

/**
 * The delay breakdown from a Telemetry. An agent that does not measure the total yet sends 0 (proto3's
 * default): then the total, its parts and the two counters read "not reported" (NaN), never "0".
 */
export function delayBreakdown(t: TelemetryLike | null | undefined): DelayBreakdown {
  const total = num(t?.total_delay_s);
  const reported = total > 0;
  const part = (v: number | null | undefined): number => (reported ? num(v) : NaN);
  return {
    totalS: reported ? total : NaN,
    playoutS: num(t?.link?.playout_delay_s),
    filterS: part(t?.filter_delay_s),
    tickS: part(t?.tick_delay_s),
    causalFilter: reported && t?.tremor_filter_causal === true,
    refusedJump: part(t?.link?.frames_refused_jump),
    lost: part(t?.link?.frames_lost),
  };
}

/** "playout 142.6 ms + filter 0.0 ms + tick 1.0 ms" ("—" for a part not reported). */
export function formatDelayParts(d: DelayBreakdown): string {
  const parts = `playout ${formatMs(d.playoutS)} + filter ${formatMs(d.filterS)} + tick ${formatMs(d.tickS)}`;
  return d.causalFilter ? `${parts} (causal tremor filter: buffer too short for zero-phase)` : parts;
}

/** A frame count, or "—" when not reported. */
export function formatCount(n: number): string {
  return Number.isFinite(n) && n >= 0 ? String(Math.round(n)) : '—';
}

/** Tooltip of the capture-to-arrival figure: what it measures, and why it may exceed RTT/2. */
export const CAPTURE_TO_ARRIVAL_TITLE =
  "Capture→arrival: from when the console sampled the hand (its own clock) to when the frame reached the agent, on the synced clocks; " +
  "the worst of the last seconds. It includes the console's pacing (up to one frame period between a sample and its send) and any busy " +
  "moment of the page, so on a quiet loopback it can exceed RTT/2, which is the network alone.";

/** "RTT/2 0.4 ms": the network-only estimate shown beside capture-to-arrival. */
export function formatHalfRtt(rttS: number): string {
  return `RTT/2 ${formatMs(rttS / 2)}`;
}

/** The jaw in one unit on both pages: its opening angle in degrees ("35° open"). */
export function formatJaw(rad: number): string {
  if (!Number.isFinite(rad)) return '—° open';
  const deg = Math.round((rad * 180) / Math.PI);
  return `${Object.is(deg, -0) ? 0 : deg}° open`;
}

const ARM_WORDS: Record<string, string> = { ARM_DISABLED: 'Disabled', ARM_ENABLED: 'Enabled', ARM_PAUSED: 'Paused', ARM_FAULT: 'Fault' };

/**
 * The arm as the bedside should read it. The arm's own operating state says whether it is powered;
 * during an e-stop or a latched fault it is still powered but held still by the supervisor until a
 * person resets: "Enabled" alone would read as "free to move".
 */
export function armSummary(armState: string | undefined, supervisorState: string | undefined): { value: string; note: string; tone: 'ok' | 'hold' | 'fault' | 'unknown' } {
  const powered = armState ? ARM_WORDS[armState] ?? armState : undefined;
  if (!powered) return { value: '—', note: '', tone: 'unknown' };
  if (supervisorState === 'ESTOPPED') {
    return { value: 'E-STOP: held still', note: `power ${powered === 'Enabled' ? 'on' : powered.toLowerCase()}, motion latched off until reset`, tone: 'fault' };
  }
  if (supervisorState === 'FAULT' || armState === 'ARM_FAULT') {
    return { value: 'Fault: held still', note: `arm ${powered.toLowerCase()}, latched until reset`, tone: 'fault' };
  }
  if (armState !== 'ARM_ENABLED') return { value: powered, note: 'cannot follow', tone: 'hold' };
  const moving = supervisorState === 'FOLLOWING' || supervisorState === 'ENGAGING' || supervisorState === 'CLUTCHED';
  return { value: moving ? 'Enabled, following' : 'Enabled, holding', note: '', tone: moving ? 'ok' : 'hold' };
}

/**
 * The orientation mode the agent applies to the controlling master (Telemetry.master_kind: 1
 * UNACTUATED, 2 ACTUATED); "—" while the agent does not report it (0).
 */
export function formatMasterKind(kind: number | null | undefined): string {
  // Short: it shares a line with the inputs on small screens. The README says the rest.
  if (kind === 1) return 'unactuated (offset kept)';
  if (kind === 2) return 'actuated (5° to engage)';
  return '—';
}
