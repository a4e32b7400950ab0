// Names of what a lab creates, unique per process and per lab (pid + counter), so parallel tests and
// several labs in one process never collide, and a lab left behind by a dead process can be recognised.

export type Side = 'console' | 'agent';

export interface LabNames {
  consoleNs: string;
  agentNs: string;
  /** TUN device names (at most 15 characters, the kernel's limit). */
  consoleDev: string;
  agentDev: string;
}

const NS_RE = /^fhlab-([0-9]+)-([0-9]+)-(console|agent)$/;

export function labNames(pid: number, counter: number): LabNames {
  const short = `fhl${pid.toString(36)}-${counter.toString(36)}`;
  if (short.length > 14) throw new Error(`TUN device name ${short}c would exceed the kernel's 15 characters`);
  return {
    consoleNs: `fhlab-${pid}-${counter}-console`,
    agentNs: `fhlab-${pid}-${counter}-agent`,
    consoleDev: `${short}c`,
    agentDev: `${short}a`,
  };
}

/** The pid that created a lab namespace, or null when the name is not one of ours. */
export function ownerOfNamespace(name: string): number | null {
  const m = NS_RE.exec(name);
  return m ? Number(m[1]) : null;
}

/** Private addresses on the TUN pair; every lab has its own namespaces, so the same /30 serves them all. */
export const CONSOLE_ADDR = '10.213.0.1';
export const AGENT_ADDR = '10.213.0.2';
export const PREFIX_LEN = 30;
