// Files shipped beside the compiled code: the same relative paths from src/ (tests) and dist/.
import { fileURLToPath } from 'node:url';

/** The Python forwarder (forwarder/forwarder.py). */
export const FORWARDER_SCRIPT = fileURLToPath(new URL('../forwarder/forwarder.py', import.meta.url));
/** The lab's own measuring tool: UDP/TCP senders and receivers of stamped messages (probe/probe.mjs). */
export const PROBE_SCRIPT = fileURLToPath(new URL('../probe/probe.mjs', import.meta.url));
