import { describe, expect, it } from 'vitest';
import type { ArrivedFrame } from '@farhand/latency-core';
import { InputDrain } from './input-drain.js';
import type { LoopRequest } from './messages.js';

const source = (reqs: LoopRequest[]): { next(): LoopRequest | undefined } => ({ next: () => reqs.shift() });
const frame = { frame: { seq: 1 }, receiveTimeNs: 5, sourceId: 's' } as unknown as ArrivedFrame;

describe('InputDrain', () => {
  it("takes a tick's inputs in order, keeps the controller across ticks, and reports a shutdown", () => {
    const d = new InputDrain<ArrivedFrame>((req) => req.frame);
    const last = d.drain(
      source([
        { k: 'control', seq: 1, controllerId: 'a', masterKind: 'ACTUATED' },
        { k: 'frame', seq: 2, frame },
        { k: 'clock', seq: 3, sample: { sourceId: 'a' } as never },
        { k: 'command', seq: 4, command: { id: 1, sourceId: 'a', type: 'ENGAGE' } },
      ]),
    );
    expect(last).toBe(4);
    expect(d.shutdownHoldS).toBeNull();
    expect(d.tickInputs()).toEqual({ frames: [frame], clockSamples: [{ sourceId: 'a' }], commands: [{ id: 1, sourceId: 'a', type: 'ENGAGE' }], controllerId: 'a', masterKind: 'ACTUATED' });
    d.consumed();
    expect(d.drain(source([{ k: 'shutdown', holdTimeoutS: 2 }]))).toBe(-1);
    expect(d.shutdownHoldS).toBe(2);
    expect(d.tickInputs()).toEqual({ frames: [], clockSamples: [], commands: [], controllerId: 'a', masterKind: 'ACTUATED' });
    d.drain(source([{ k: 'control', seq: 5, controllerId: null }]));
    expect(d.shutdownHoldS).toBeNull();
    expect('masterKind' in d.tickInputs()).toBe(false);
  });
});
