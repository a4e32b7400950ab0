// CPU time of the calling thread (not the process), from /proc/thread-self/stat on Linux. Read rarely
// (once per second or per report): it is a file read.
import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc times; 100 on every Linux Node supports in practice. */
const CLK_TCK = 100;

/** user + system CPU seconds of this thread; NaN where /proc is unavailable. */
export function threadCpuSeconds(): number {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    // The command name may contain spaces and parentheses: fields start after the last ") ".
    const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
  } catch {
    return NaN;
  }
}
