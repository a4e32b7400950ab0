import { describe, expect, it } from 'vitest';
import { threadCpuSeconds } from './thread-cpu.js';

describe('threadCpuSeconds', () => {
  it.runIf(process.platform === 'linux')("reads this thread's CPU time, read after read, and it grows with work", () => {
    const a = threadCpuSeconds();
    expect(Number.isFinite(a)).toBe(true);
    expect(a).toBeGreaterThanOrEqual(0);
    // Spin until it moves (10 ms clock ticks; bounded at 5 s of wall time on a loaded machine).
    let x = 0;
    let b = a;
    const until = Date.now() + 5000;
    while (b === a && Date.now() < until) {
      for (let i = 0; i < 1e5; i++) x += Math.sqrt(x + i);
      b = threadCpuSeconds();
    }
    expect(x).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(a);
  });
});
