import { describe, expect, it } from 'vitest';
import { armSummary, delayBreakdown, formatCount, formatDelayParts, formatHalfRtt, formatJaw, formatMasterKind } from './figures.js';

describe('delay breakdown', () => {
  it('reads "not reported" for an agent that does not fill the fields yet (all zero)', () => {
    const d = delayBreakdown({ total_delay_s: 0, filter_delay_s: 0, tick_delay_s: 0, link: { playout_delay_s: 0.1426, frames_refused_jump: 0, frames_lost: 0 } });
    expect(d.totalS).toBeNaN();
    expect(d.filterS).toBeNaN();
    expect(d.refusedJump).toBeNaN();
    expect(d.playoutS).toBeCloseTo(0.1426, 9);
    expect(formatDelayParts(d)).toBe('playout 143 ms + filter — + tick —');
    expect(formatCount(d.lost)).toBe('—');
    expect(delayBreakdown(null).totalS).toBeNaN();
  });

  it('shows the parts, a zero-phase filter as 0, and the causal fallback in words', () => {
    const d = delayBreakdown({ total_delay_s: 0.1437, filter_delay_s: 0, tick_delay_s: 0.0011, tremor_filter_causal: false, link: { playout_delay_s: 0.1426, frames_refused_jump: 3, frames_lost: 12 } });
    expect(d.totalS).toBeCloseTo(0.1437, 9);
    expect(formatDelayParts(d)).toBe('playout 143 ms + filter 0.0 ms + tick 1.1 ms');
    expect(formatCount(d.refusedJump)).toBe('3');
    expect(formatCount(d.lost)).toBe('12');
    const c = delayBreakdown({ total_delay_s: 0.04, filter_delay_s: 0.029, tick_delay_s: 0.001, tremor_filter_causal: true, link: { playout_delay_s: 0.01 } });
    expect(formatDelayParts(c)).toMatch(/causal tremor filter/);
  });
});

describe('labels', () => {
  it('jaw in degrees on both pages, RTT/2 beside capture-to-arrival', () => {
    expect(formatJaw(Math.PI / 4)).toBe('45° open');
    expect(formatJaw(-1e-9)).toBe('0° open');
    expect(formatJaw(NaN)).toBe('—° open');
    expect(formatHalfRtt(0.0008)).toMatch(/^RTT\/2 0\.4 ms$/);
  });

  it('names the orientation mode in force, "—" until the agent reports it', () => {
    expect(formatMasterKind(1)).toBe('unactuated (offset kept)');
    expect(formatMasterKind(2)).toBe('actuated (5° to engage)');
    expect(formatMasterKind(0)).toBe('—');
    expect(formatMasterKind(undefined)).toBe('—');
  });

  it('never says a bare "Enabled" while an e-stop or a fault holds the arm', () => {
    expect(armSummary('ARM_ENABLED', 'ESTOPPED')).toMatchObject({ value: 'E-STOP: held still', tone: 'fault' });
    expect(armSummary('ARM_ENABLED', 'ESTOPPED').note).toMatch(/power on/);
    expect(armSummary('ARM_ENABLED', 'FAULT').value).toBe('Fault: held still');
    expect(armSummary('ARM_FAULT', 'HOLDING').tone).toBe('fault');
    expect(armSummary('ARM_ENABLED', 'FOLLOWING').value).toBe('Enabled, following');
    expect(armSummary('ARM_ENABLED', 'HOLDING').value).toBe('Enabled, holding');
    expect(armSummary('ARM_DISABLED', 'IDLE')).toMatchObject({ value: 'Disabled', tone: 'hold' });
    expect(armSummary(undefined, 'IDLE').value).toBe('—');
  });
});
