// The few system commands the lab runs (ip, python), synchronous and asynchronous, with errors that say
// which command failed and what it printed.
import { execFile, execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export class CommandError extends Error {
  constructor(
    readonly command: string[],
    readonly stderr: string,
    cause?: unknown,
  ) {
    super(`\`${command.join(' ')}\` failed: ${stderr.trim() || (cause instanceof Error ? cause.message : String(cause))}`);
  }
}

export function run(cmd: string, args: string[], timeoutMs = 10_000): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout: timeoutMs, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) reject(new CommandError([cmd, ...args], stderr, err));
      else resolve(stdout);
    });
  });
}

export function runSync(cmd: string, args: string[], timeoutMs = 10_000): string {
  try {
    return execFileSync(cmd, args, { timeout: timeoutMs, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    const stderr = (e as { stderr?: Buffer | string }).stderr;
    throw new CommandError([cmd, ...args], stderr ? String(stderr) : '', e);
  }
}

/** Ignores failure: for teardown, where "already gone" is success. */
export function tryRunSync(cmd: string, args: string[]): string {
  try {
    return runSync(cmd, args, 5_000);
  } catch {
    return '';
  }
}

/** True while the process exists and is not a zombie (an orphan's zombie may wait long for its reaper). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    // /proc/PID/stat: "pid (comm) S ...": the state follows the last ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

export function killQuietly(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // already gone
  }
}

/** Pids of every process inside a namespace ([] when it does not exist). */
export function namespacePidsSync(ns: string): number[] {
  return tryRunSync('ip', ['netns', 'pids', ns])
    .split(/\s+/)
    .filter(Boolean)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0);
}

export async function namespacePids(ns: string): Promise<number[]> {
  try {
    return (await run('ip', ['netns', 'pids', ns], 5_000))
      .split(/\s+/)
      .filter(Boolean)
      .map(Number)
      .filter((n) => Number.isInteger(n) && n > 0);
  } catch {
    return [];
  }
}

export function listNamespacesSync(): string[] {
  return tryRunSync('ip', ['netns', 'list'])
    .split('\n')
    .map((l) => l.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}
