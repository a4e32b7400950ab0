// CPU time of the calling thread (not the process), from /proc/thread-self/stat on Linux. Read rarely
// (once per second or per report): it is a file read. Read into one reused buffer: in the loop thread a
// fresh buffer per read (readFileSync's 64 KiB for a /proc file) is an ArrayBuffer in its young
// generation, which makes each of its scavenges hand array-buffer sweeping to V8's helper threads.
import { closeSync, openSync, readSync } from 'node:fs';

/** Clock ticks per second of /proc times; 100 on every Linux Node supports in practice. */
const CLK_TCK = 100;
let buf: Buffer | null = null;

/** user + system CPU seconds of this thread; NaN where /proc is unavailable. */
export function threadCpuSeconds(): number {
  try {
    buf ??= Buffer.alloc(1024);
    const fd = openSync('/proc/thread-self/stat', 'r');
    let n: number;
    try {
      n = readSync(fd, buf, 0, buf.length, 0);
    } finally {
      closeSync(fd);
    }
    const stat = buf.toString('latin1', 0, n);
    // The command name may contain spaces and parentheses: fields start after the last ") ".
    const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
  } catch {
    return NaN;
  }
}
