import { describe, expect, it } from 'vitest';
import { humanizeCode, splitReason, stateLook } from './states.js';

describe('state words', () => {
  it('has a look for every supervisor state and for unknown input', () => {
    for (const s of ['IDLE', 'ENGAGING', 'FOLLOWING', 'CLUTCHED', 'HOLDING', 'FAULT', 'ESTOPPED']) expect(stateLook(s).label.length).toBeGreaterThan(0);
    expect(stateLook('ESTOPPED').tone).toBe('fault');
    expect(stateLook('whatever').label).toBe('—');
    expect(stateLook(undefined).label).toBe('—');
  });

  it('splits "CODE: sentence" and fills in a sentence for bare codes', () => {
    expect(splitReason('MISALIGNED: Hand and tool differ by 12 deg.', () => undefined)).toEqual({ code: 'MISALIGNED', sentence: 'Hand and tool differ by 12 deg.' });
    expect(splitReason('NOT_CONTROLLER', (c) => (c === 'NOT_CONTROLLER' ? 'Another console has control.' : undefined))).toEqual({
      code: 'NOT_CONTROLLER',
      sentence: 'Another console has control.',
    });
    expect(splitReason('LINK_STALE', () => undefined).sentence).toBe('Link stale');
    expect(splitReason('something odd happened', () => undefined)).toEqual({ code: '', sentence: 'something odd happened' });
    expect(humanizeCode('')).toBe('');
  });
});
