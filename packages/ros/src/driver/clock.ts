// The driver stamps each arriving message on this clock. It is process-wide (hrtime is the same in every
// worker thread, unlike performance.now, whose origin is per thread) and starts near 0 so that a double
// holds it to the nanosecond for years of uptime.
const BASE = process.hrtime.bigint();

export function monotonicNs(): number {
  return Number(process.hrtime.bigint() - BASE);
}

/** Wall-clock ms with sub-ms resolution: ROS 1 header stamps are wall time. */
export function wallMs(): number {
  return performance.timeOrigin + performance.now();
}
