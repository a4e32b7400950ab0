// Human units on the command line: durations (80ms, 1.5s), percentages (1%), rates (1Mbps), sizes
// (64kB). Each parser throws an Error whose message says what was wrong and what is accepted: the
// CLIs print it as is.

const DURATION_UNITS: Record<string, number> = { ns: 1, us: 1e3, 'µs': 1e3, ms: 1e6, s: 1e9, m: 60e9, min: 60e9 };
const RATE_UNITS: Record<string, number> = { bps: 1, kbps: 1e3, mbps: 1e6, gbps: 1e9 };
const SIZE_UNITS: Record<string, number> = { b: 1, kb: 1e3, kib: 1024, mb: 1e6, mib: 1024 * 1024 };

const NUMBER = '([0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)';

/** "80ms", "1.5s", "200us", "0" -> nanoseconds. */
export function parseDurationNs(text: string, what = 'duration'): number {
  const s = text.trim();
  if (s === '0') return 0;
  const m = new RegExp(`^${NUMBER}\\s*(ns|us|µs|ms|s|min|m)$`).exec(s);
  if (!m) {
    throw new Error(`${what} "${text}" is not a duration: write a number and a unit, e.g. 80ms, 1.5s, 200us (units ns, us, ms, s, min)`);
  }
  return Math.round(Number(m[1]) * (DURATION_UNITS[m[2] as string] as number));
}

/** "1%", "0.5%" -> ratio in [0, 1]. The % sign is required: "1" could mean 1% or 100%. */
export function parsePercent(text: string, what = 'percentage'): number {
  const s = text.trim();
  const m = new RegExp(`^${NUMBER}\\s*%$`).exec(s);
  if (!m) throw new Error(`${what} "${text}" is not a percentage: write it with a % sign, e.g. 1% or 0.5%`);
  const v = Number(m[1]) / 100;
  if (v > 1) throw new Error(`${what} "${text}" is above 100%`);
  return v;
}

/** "1Mbps", "500kbps", "2.5Gbps", "64000bps" -> bits per second. */
export function parseRateBps(text: string, what = 'bandwidth'): number {
  const s = text.trim();
  const m = new RegExp(`^${NUMBER}\\s*([kmg]?bps|[kmg]?bit/s)$`, 'i').exec(s);
  if (!m) throw new Error(`${what} "${text}" is not a rate: write a number and bps, kbps, Mbps or Gbps, e.g. 1Mbps`);
  const unit = (m[2] as string).toLowerCase().replace('bit/s', 'bps');
  const v = Number(m[1]) * (RATE_UNITS[unit] as number);
  if (!(v > 0)) throw new Error(`${what} "${text}" must be above 0`);
  return v;
}

/** "64kB", "1MiB", "1500" (bytes) -> bytes. */
export function parseBytes(text: string, what = 'size'): number {
  const s = text.trim();
  const m = new RegExp(`^${NUMBER}\\s*(b|kb|kib|mb|mib)?$`, 'i').exec(s);
  if (!m) throw new Error(`${what} "${text}" is not a size: write a number of bytes, optionally with kB, KiB, MB or MiB, e.g. 64kB`);
  return Math.round(Number(m[1]) * (SIZE_UNITS[(m[2] ?? 'b').toLowerCase()] as number));
}

/** A positive number of packets, e.g. "3" or "2.5". */
export function parsePositive(text: string, what: string, min = 0): number {
  const v = Number(text.trim());
  if (text.trim() === '' || !Number.isFinite(v) || v < min) throw new Error(`${what} "${text}" must be a number >= ${min}`);
  return v;
}

/** An integer (seed). */
export function parseInteger(text: string, what: string): number {
  const s = text.trim();
  if (!/^-?[0-9]+$/.test(s)) throw new Error(`${what} "${text}" must be an integer, e.g. 7`);
  const v = Number(s);
  if (!Number.isSafeInteger(v)) throw new Error(`${what} "${text}" is too large`);
  return v;
}

/** "12.5 ms" for people. */
export function formatDurationNs(ns: number): string {
  if (!Number.isFinite(ns)) return String(ns);
  const a = Math.abs(ns);
  if (a >= 1e9) return `${+(ns / 1e9).toFixed(3)} s`;
  if (a >= 1e6) return `${+(ns / 1e6).toFixed(3)} ms`;
  if (a >= 1e3) return `${+(ns / 1e3).toFixed(3)} us`;
  return `${ns} ns`;
}
