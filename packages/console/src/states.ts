// How supervisor states and reason codes read on screen. The sentence for a reason code comes from
// latency-core's catalogue (the one the agent uses), so the console says exactly what the core meant;
// a code this console does not know (a newer agent) is still shown, as words made from the code.
import type { SupervisorState } from '@farhand/latency-core';

export interface StateLook {
  /** Short label. */
  label: string;
  /** CSS class suffix: state-<tone>. */
  tone: 'idle' | 'active' | 'moving' | 'paused' | 'hold' | 'fault';
  /** What it means for the surgeon, one line. */
  hint: string;
}

export const STATE_LOOK: Record<SupervisorState | 'UNKNOWN' | 'NOLINK', StateLook> = {
  IDLE: { label: 'IDLE', tone: 'idle', hint: 'Not engaged: the arm holds its pose.' },
  ENGAGING: { label: 'ENGAGING', tone: 'active', hint: 'Engage accepted: waiting for the first playable frame.' },
  FOLLOWING: { label: 'FOLLOWING', tone: 'moving', hint: 'The tool follows your hand.' },
  CLUTCHED: { label: 'CLUTCHED', tone: 'paused', hint: 'Clutch held: the tool holds while you reposition your hand.' },
  HOLDING: { label: 'HOLDING', tone: 'hold', hint: 'Decelerated to a hold.' },
  FAULT: { label: 'FAULT', tone: 'fault', hint: 'Fault latched: press Reset (R), then engage again.' },
  ESTOPPED: { label: 'E-STOPPED', tone: 'fault', hint: 'Emergency stop latched: press Reset (R), then engage again.' },
  UNKNOWN: { label: '—', tone: 'idle', hint: 'No telemetry yet.' },
  NOLINK: { label: 'NO LINK', tone: 'hold', hint: 'No link to the agent: the arm holds by itself when frames stop.' },
};

export function stateLook(state: string | undefined): StateLook {
  return (state !== undefined && state in STATE_LOOK ? STATE_LOOK[state as keyof typeof STATE_LOOK] : undefined) ?? STATE_LOOK.UNKNOWN;
}

/** 'LINK_STALE' -> 'Link stale'. */
export function humanizeCode(code: string): string {
  const s = code.replace(/_/g, ' ').toLowerCase().trim();
  return s.length === 0 ? '' : s[0]!.toUpperCase() + s.slice(1);
}

/**
 * Splits an ack/refusal reason "CODE: sentence" into its parts; a bare code gets a sentence from the
 * catalogue or from the code's words.
 */
export function splitReason(reason: string, catalogue: (code: string) => string | undefined): { code: string; sentence: string } {
  const m = /^([A-Z][A-Z0-9_]*)(?::\s*(.*))?$/s.exec(reason.trim());
  if (!m) return { code: '', sentence: reason.trim() };
  const code = m[1]!;
  const sentence = m[2]?.trim() || catalogue(code) || humanizeCode(code);
  return { code, sentence };
}
