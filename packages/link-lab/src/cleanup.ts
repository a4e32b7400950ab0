// Trap-style cleanup: every live lab registers a synchronous teardown that runs on process exit (normal
// exit, process.exit, an uncaught exception) and on SIGINT/SIGTERM/SIGHUP when nobody else handles them.
// A program that handles those signals itself must call lab.stop() (or exit, which runs the teardown).
// If this process is killed outright (SIGKILL), the forwarder sees its stdin close and removes the
// namespaces itself; cleanupStaleLabs() removes whatever a dead process still left behind.
import { ownerOfNamespace } from './names.js';
import { isAlive, killQuietly, listNamespacesSync, namespacePidsSync, tryRunSync } from './system.js';

export interface Teardown {
  teardownSync(): void;
}

const live = new Set<Teardown>();
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
let installed = false;

function teardownAll(): void {
  for (const t of [...live]) {
    live.delete(t);
    try {
      t.teardownSync();
    } catch {
      // keep tearing down the others
    }
  }
}

function onSignal(signal: NodeJS.Signals): void {
  // Someone else handles this signal: they decide when to stop (and exit runs the teardown anyway).
  if (process.listenerCount(signal) > 1) return;
  teardownAll();
  uninstall();
  process.kill(process.pid, signal);
}

function install(): void {
  if (installed) return;
  installed = true;
  process.on('exit', teardownAll);
  for (const s of SIGNALS) process.on(s, onSignal);
}

function uninstall(): void {
  if (!installed) return;
  installed = false;
  process.removeListener('exit', teardownAll);
  for (const s of SIGNALS) process.removeListener(s, onSignal);
}

export function track(t: Teardown): void {
  live.add(t);
  install();
}

export function untrack(t: Teardown): void {
  live.delete(t);
  if (live.size === 0) uninstall();
}

/** Kills every process in the namespaces, then deletes them; synchronous, and fine if they are gone. */
export function removeNamespacesSync(namespaces: string[]): void {
  for (const ns of namespaces) for (const pid of namespacePidsSync(ns)) killQuietly(pid, 'SIGKILL');
  for (const ns of namespaces) tryRunSync('ip', ['netns', 'del', ns]);
}

/** Removes lab namespaces whose creating process is dead. Returns their names. */
export function cleanupStaleLabs(): string[] {
  const stale = listNamespacesSync().filter((ns) => {
    const owner = ownerOfNamespace(ns);
    return owner !== null && owner !== process.pid && !isAlive(owner);
  });
  removeNamespacesSync(stale);
  return stale;
}
