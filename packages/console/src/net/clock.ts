// The pages' monotonic clock in ns: performance.now() is monotonic and unaffected by wall-clock
// changes; rounding to whole ns keeps it an integer for uint64 fields.
export function monotonicNs(): number {
  return Math.round(performance.now() * 1e6);
}
