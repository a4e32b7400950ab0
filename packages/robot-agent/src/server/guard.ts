// Who may talk to the agent over HTTP at all, before any token: the Host header must name the agent
// (one of its own names or addresses, or a configured extra name), so a page on another site cannot
// reach /metrics, /healthz or /ws through DNS rebinding; and a WebSocket upgrade that carries an Origin
// (every browser sends one) must come from a page the agent served, or a configured extra origin.
// Clients without an Origin header (tools, tests, the ROS bridge) are not browsers and stay accepted.
import { networkInterfaces, hostname } from 'node:os';

export interface GuardOptions {
  /** The bind address (config.host). */
  bindHost: string;
  port: number;
  tls: boolean;
  allowedHosts: readonly string[];
  allowedOrigins: readonly string[];
}

export type GuardAnswer = { ok: true } | { ok: false; sentence: string };

/** Host names without brackets, lower case: "[::1]" and "::1" are the same name. */
function bare(host: string): string {
  return host.replace(/^\[|\]$/g, '').toLowerCase();
}

/** The host part of a Host header or an origin's authority: "a:8080" -> "a", "[::1]:80" -> "::1". */
export function hostOf(authority: string): { host: string; port: string } {
  const a = authority.trim().toLowerCase();
  const v6 = /^\[([^\]]*)\](?::(\d*))?$/.exec(a);
  if (v6) return { host: v6[1]!, port: v6[2] ?? '' };
  const i = a.lastIndexOf(':');
  // A bare IPv6 address (more than one colon) has no port.
  if (i >= 0 && a.indexOf(':') === i) return { host: a.slice(0, i), port: a.slice(i + 1) };
  return { host: a, port: '' };
}

function wildcard(host: string): boolean {
  const h = bare(host);
  return h === '0.0.0.0' || h === '::';
}

export class PeerGuard {
  readonly hosts: ReadonlySet<string>;
  readonly #origins: ReadonlySet<string>;
  readonly #port: string;

  constructor(o: GuardOptions) {
    const names = new Set<string>(['localhost', '127.0.0.1', '::1']);
    names.add(bare(o.bindHost));
    if (wildcard(o.bindHost)) {
      // Reachable on every interface: each of their addresses, and the machine's name, is the agent's own.
      for (const list of Object.values(networkInterfaces())) for (const i of list ?? []) names.add(bare(i.address));
      names.add(hostname().toLowerCase());
    }
    for (const h of o.allowedHosts) names.add(bare(h));
    names.delete('0.0.0.0');
    names.delete('::');
    this.hosts = names;
    this.#port = String(o.port);
    const scheme = o.tls ? 'https' : 'http';
    const origins = new Set<string>();
    for (const h of names) origins.add(`${scheme}://${h.includes(':') ? `[${h}]` : h}:${o.port}`);
    for (const extra of o.allowedOrigins) origins.add(extra.toLowerCase().replace(/\/+$/, ''));
    this.#origins = origins;
  }

  /** The Host header must name this agent (DNS rebinding: a foreign name resolving to us is refused). */
  checkHost(header: string | undefined): GuardAnswer {
    if (header === undefined || header === '') {
      return { ok: false, sentence: 'the request has no Host header; send Host with one of the agent\'s own names (e.g. 127.0.0.1).' };
    }
    const { host } = hostOf(header);
    if (this.hosts.has(bare(host))) return { ok: true };
    return {
      ok: false,
      sentence: `Host ${JSON.stringify(header.slice(0, 100))} is not a name of this agent (accepted: ${[...this.hosts].slice(0, 8).join(', ')}${this.hosts.size > 8 ? ', ...' : ''}); a name of your own is added with --allow-host.`,
    };
  }

  /** A browser's upgrade must come from a page the agent served; no Origin means not a browser, accepted. */
  checkOrigin(header: string | undefined): GuardAnswer {
    if (header === undefined) return { ok: true };
    const o = header.trim().toLowerCase();
    if (this.#origins.has(o)) return { ok: true };
    // The default port may be left out of an origin.
    const m = /^(https?):\/\/(.+)$/.exec(o);
    if (m) {
      const { host, port } = hostOf(m[2]!);
      const defaultPort = m[1] === 'https' ? '443' : '80';
      if (port === '' && this.#port === defaultPort && this.hosts.has(host) && this.#origins.has(`${m[1]}://${host.includes(':') ? `[${host}]` : host}:${this.#port}`)) return { ok: true };
    }
    return {
      ok: false,
      sentence: `Origin ${JSON.stringify(header.slice(0, 100))} is not a page of this agent; open the console from the URL the agent printed, or add the origin with --allow-origin.`,
    };
  }
}
