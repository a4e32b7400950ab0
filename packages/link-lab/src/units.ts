// Human units on the command line: durations (50ms, 1.5s), percentages (2%), rates (10mbit), sizes
// (64kB). Each parser throws an Error whose message names the value, what was wrong and what is
// accepted; the CLI prints it as is.

const DURATION_UNITS: Record<string, number> = { ns: 1, us: 1e3, 'µs': 1e3, ms: 1e6, s: 1e9 };
// Rates are in bits per second, whatever the spelling (tc's "bps" means bytes; we do not accept it
// bare, to leave no doubt): 10mbit, 10Mbit/s, 10Mbps, 512kbit, 1gbit.
const RATE_UNITS: Record<string, number> = { bit: 1, kbit: 1e3, mbit: 1e6, gbit: 1e9 };
const SIZE_UNITS: Record<string, number> = { b: 1, kb: 1e3, kib: 1024, mb: 1e6, mib: 1024 * 1024 };

const NUMBER = '([0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)';

/** "50ms", "1.5s", "200us", "0" -> nanoseconds. */
export function parseDurationNs(text: string, what = 'duration'): number {
  const s = text.trim();
  if (s === '0') return 0;
  const m = new RegExp(`^${NUMBER}\\s*(ns|us|µs|ms|s)$`).exec(s);
  if (!m) throw new Error(`${what} "${text}" is not a duration: write a number and a unit, e.g. 50ms, 1.5s, 200us (units ns, us, ms, s)`);
  return Math.round(Number(m[1]) * (DURATION_UNITS[m[2] as string] as number));
}

/** "2%", "0.5%" -> ratio in [0, 1]. The % sign is required: "2" could mean 2% or 200%. */
export function parsePercent(text: string, what = 'percentage'): number {
  const m = new RegExp(`^${NUMBER}\\s*%$`).exec(text.trim());
  if (!m) throw new Error(`${what} "${text}" is not a percentage: write it with a % sign, e.g. 2% or 0.5%`);
  const v = Number(m[1]) / 100;
  if (v > 1) throw new Error(`${what} "${text}" is above 100%`);
  return v;
}

/** "10mbit", "512kbit", "10Mbit/s", "10Mbps", "1gbit" -> bits per second. */
export function parseRateBps(text: string, what = 'rate'): number {
  const m = new RegExp(`^${NUMBER}\\s*([kmg]?)(bit|bit/s|bps)$`, 'i').exec(text.trim());
  if (!m) throw new Error(`${what} "${text}" is not a rate: write a number and bit, kbit, mbit or gbit (bits per second; kbps/Mbps/Gbps and Mbit/s too), e.g. 10mbit`);
  const prefix = (m[2] as string).toLowerCase();
  if ((m[3] as string).toLowerCase() === 'bps' && prefix === '') {
    throw new Error(`${what} "${text}": bare "bps" is ambiguous (tc reads it as bytes/s); write bit, e.g. 64000bit, or kbit/mbit/gbit`);
  }
  const v = Number(m[1]) * (RATE_UNITS[`${prefix}bit`] as number);
  if (!(v > 0)) throw new Error(`${what} "${text}" must be above 0`);
  return v;
}

/** "64kB", "1MiB", "1500" (bytes) -> bytes. */
export function parseBytes(text: string, what = 'size'): number {
  const m = new RegExp(`^${NUMBER}\\s*(b|kb|kib|mb|mib)?$`, 'i').exec(text.trim());
  if (!m) throw new Error(`${what} "${text}" is not a size: write a number of bytes, optionally with kB, KiB, MB or MiB, e.g. 64kB`);
  return Math.round(Number(m[1]) * (SIZE_UNITS[(m[2] ?? 'b').toLowerCase()] as number));
}

/** A number >= min, e.g. a mean burst length "3" or "2.5". */
export function parseNumberAtLeast(text: string, what: string, min: number): number {
  const s = text.trim();
  const v = Number(s);
  if (s === '' || !Number.isFinite(v) || v < min) throw new Error(`${what} "${text}" must be a number >= ${min}`);
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
export function formatMs(ns: number): string {
  return `${+(ns / 1e6).toFixed(3)} ms`;
}
