import { describe, expect, it } from 'vitest';
import { MicrosHistogram, WindowedMicros } from './histogram.js';

describe('MicrosHistogram', () => {
  it('gives quantiles to 1 us and an exact max, overflow included', () => {
    const h = new MicrosHistogram(1000);
    for (let i = 0; i < 100; i++) h.add(i);
    h.add(5000);
    expect(h.count).toBe(101);
    expect(h.quantile(0.5)).toBe(51);
    expect(h.quantile(1)).toBe(5000);
    expect(h.maxValue).toBe(5000);
    expect(new MicrosHistogram(10).quantile(0.5)).toBeNaN();
  });

  it('forgets values older than the window', () => {
    const w = new WindowedMicros(1000, 2, 0);
    for (let i = 0; i < 100; i++) w.add(900, i * 1e7); // first second: large values
    for (let i = 0; i < 300; i++) w.add(10, 1e9 + i * 1e7); // then three seconds of small ones
    expect(w.quantile(0.99)).toBe(10);
  });
});
