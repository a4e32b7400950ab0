// Can this machine run the lab? It needs Linux, root (or CAP_NET_ADMIN + CAP_SYS_ADMIN), /dev/net/tun,
// iproute2's `ip` with network namespaces, and python3. Tests skip with the reason this returns.
import { closeSync, constants, existsSync, openSync } from 'node:fs';
import { runSync, tryRunSync } from './system.js';

export type LabAvailability = { ok: true; python: string } | { ok: false; why: string };

let cached: LabAvailability | null = null;

/** python3 on PATH, else /usr/bin/python3; null when neither runs or is older than 3.7. */
export function findPython(): string | null {
  for (const candidate of ['python3', '/usr/bin/python3']) {
    try {
      const out = runSync(candidate, ['-c', 'import sys; print(sys.version_info >= (3, 7))'], 5_000).trim();
      if (out === 'True') return candidate;
    } catch {
      // try the next one
    }
  }
  return null;
}

function check(): LabAvailability {
  if (process.platform !== 'linux') return { ok: false, why: `the link lab needs Linux network namespaces (this is ${process.platform})` };
  if (typeof process.getuid === 'function' && process.getuid() !== 0) return { ok: false, why: `the link lab needs root (namespaces and TUN devices); running as uid ${process.getuid()}` };
  if (!existsSync('/dev/net/tun')) return { ok: false, why: '/dev/net/tun is missing (no TUN support: modprobe tun, or run the container with --device /dev/net/tun)' };
  try {
    closeSync(openSync('/dev/net/tun', constants.O_RDWR));
  } catch (e) {
    return { ok: false, why: `/dev/net/tun cannot be opened: ${(e as Error).message}` };
  }
  try {
    runSync('ip', ['-V'], 5_000);
  } catch {
    return { ok: false, why: 'the `ip` command (iproute2) is missing' };
  }
  const python = findPython();
  if (!python) return { ok: false, why: 'python3 (>= 3.7) is missing: neither `python3` on PATH nor /usr/bin/python3 runs' };
  const probe = `fhlab-probe-${process.pid}`;
  try {
    runSync('ip', ['netns', 'add', probe], 5_000);
  } catch (e) {
    return { ok: false, why: `cannot create a network namespace (needs CAP_SYS_ADMIN): ${(e as Error).message}` };
  } finally {
    tryRunSync('ip', ['netns', 'del', probe]);
  }
  return { ok: true, python };
}

/** { ok: true } when the lab can run here, else { ok: false, why } saying what is missing. Cached. */
export function labAvailable(): LabAvailability {
  cached ??= check();
  return cached;
}
