// The Host and Origin checks: the agent's own names pass, a rebinding name or a foreign page does not,
// a client without an Origin (not a browser) does, and configured extras are honoured.
import { describe, expect, it } from 'vitest';
import { PeerGuard, hostOf } from './guard.js';

const guard = (extra: Partial<ConstructorParameters<typeof PeerGuard>[0]> = {}): PeerGuard =>
  new PeerGuard({ bindHost: '127.0.0.1', port: 8080, tls: false, allowedHosts: [], allowedOrigins: [], ...extra });

describe('hostOf', () => {
  it('splits host and port, IPv6 in brackets or bare', () => {
    expect(hostOf('a.example:80')).toEqual({ host: 'a.example', port: '80' });
    expect(hostOf('[::1]:8080')).toEqual({ host: '::1', port: '8080' });
    expect(hostOf('::1')).toEqual({ host: '::1', port: '' });
    expect(hostOf('LOCALHOST')).toEqual({ host: 'localhost', port: '' });
  });
});

describe('PeerGuard.checkHost (DNS rebinding)', () => {
  it('accepts the agent\'s own names and addresses, with or without a port', () => {
    const g = guard();
    for (const h of ['127.0.0.1:8080', 'localhost:8080', '[::1]:8080', 'localhost']) expect(g.checkHost(h)).toEqual({ ok: true });
  });
  it('refuses a foreign name (what a rebinding page sends) and a missing Host, with a sentence', () => {
    const g = guard();
    const r = g.checkHost('evil.example:8080');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.sentence).toBe('Host "evil.example:8080" is not a name of this agent (accepted: localhost, 127.0.0.1, ::1); a name of your own is added with --allow-host.');
    expect(g.checkHost(undefined).ok).toBe(false);
  });
  it('accepts configured extra names', () => {
    expect(guard({ allowedHosts: ['agent.or.local'] }).checkHost('agent.or.local:8080').ok).toBe(true);
  });
});

describe('PeerGuard.checkOrigin (cross-origin upgrade)', () => {
  it('accepts pages the agent served, and clients without an Origin', () => {
    const g = guard();
    expect(g.checkOrigin('http://127.0.0.1:8080').ok).toBe(true);
    expect(g.checkOrigin('http://localhost:8080').ok).toBe(true);
    expect(g.checkOrigin(undefined).ok).toBe(true);
  });
  it('refuses another site, another port, another scheme and "null", with a sentence', () => {
    const g = guard();
    for (const o of ['http://evil.example', 'http://127.0.0.1:9999', 'https://127.0.0.1:8080', 'null']) expect(g.checkOrigin(o).ok).toBe(false);
    const r = g.checkOrigin('http://evil.example');
    if (!r.ok) expect(r.sentence).toBe('Origin "http://evil.example" is not a page of this agent; open the console from the URL the agent printed, or add the origin with --allow-origin.');
  });
  it('accepts configured extra origins', () => {
    expect(guard({ allowedOrigins: ['https://console.example:8443'] }).checkOrigin('https://console.example:8443').ok).toBe(true);
  });
});
