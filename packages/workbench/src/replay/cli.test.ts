// The replay command line: --seeds is validated with a sentence saying what is accepted, and reaches the
// options; link flags and config changes parse as documented in --help.
import { describe, expect, it } from 'vitest';
import { parseReplayArgs } from './cli.js';

describe('farhand replay arguments', () => {
  it('takes --seeds N with a link', () => {
    const a = parseReplayArgs(['s.mcap', '--delay', '100ms', '--loss', '2%', '--seeds', '3']);
    expect(a).not.toBe('help');
    if (a === 'help') return;
    expect(a.seeds).toBe(3);
    expect(a.impairment.impaired).toBe(true);
  });

  it('leaves the default (5) when --seeds is absent', () => {
    const a = parseReplayArgs(['s.mcap', '--delay', '100ms']);
    expect(a !== 'help' && a.seeds).toBeUndefined();
  });

  it('takes --transport websocket (TCP stalls) or datachannel (datagram loss), and refuses anything else', () => {
    const ws = parseReplayArgs(['s.mcap', '--delay', '50ms', '--loss', '2%', '--transport', 'websocket']);
    expect(ws !== 'help' && ws.stream).toBe('tcp');
    const dc = parseReplayArgs(['s.mcap', '--delay', '50ms', '--transport', 'datachannel']);
    expect(dc !== 'help' && dc.stream).toBe('datagram');
    expect(() => parseReplayArgs(['s.mcap', '--transport', 'udp'])).toThrow(/--transport "udp" must be datachannel .* or websocket/);
  });

  it.each(['0', '101', '2.5', 'five', ''])('refuses --seeds %j with what is accepted', (v) => {
    expect(() => parseReplayArgs(['s.mcap', '--seeds', v])).toThrow(/--seeds ".*" must be a whole number from 1 to 100/);
  });
});
