// @farhand/protocol must run in a browser: bundle its entry point with esbuild for the browser (as the
// console's bundle does) and run the bundle in a fresh JS realm that has no Node globals (no process,
// Buffer, require). Encoding, decoding, validation and uint64-as-number must behave as in Node, byte
// for byte.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { decodeEnvelope, encodeEnvelope, toMotionFrame, validateMotionFrame, type MasterFrame } from '@farhand/protocol';

const entry = fileURLToPath(new URL('../packages/protocol/src/index.ts', import.meta.url));

const frame: MasterFrame = {
  armId: 0,
  seq: 123456,
  captureTimeNs: 1.7e18,
  position: [0.1, -0.05, 0.25],
  orientation: [0, 0.7071067811865476, 0, 0.7071067811865476],
  grip: 0.5,
  clutch: false,
  operatorPresent: true,
};

describe('@farhand/protocol in a browser bundle', () => {
  it('bundles for the browser with no Node built-in module and runs without Node globals', async () => {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'iife',
      globalName: 'farhandProtocol',
      target: ['chrome111', 'firefox115', 'safari16.4'],
      metafile: true,
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((p) => p.startsWith('node:') || /(^|\/)node_modules\/(fs|path|buffer|util|os)\//.test(p))).toEqual([]);
    const code = result.outputFiles[0]!.text;

    // A realm with only what a page has that the codec could use; notably no Buffer, process or require.
    const sandbox: Record<string, unknown> = { TextEncoder, TextDecoder };
    const out = runInNewContext(
      `${code}
      ;(() => {
        const p = farhandProtocol;
        const bytes = p.encodeEnvelope({ motion: p.toMotionFrame(FRAME) });
        const r = p.decodeEnvelope(bytes);
        const v = r.ok && r.kind === 'motion' ? p.validateMotionFrame(r.message) : null;
        const probe = p.decodeEnvelope(p.encodeEnvelope({ clock: { id: 9, t0_ns: 2 ** 40 + 1 } }));
        return {
          hex: Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(''),
          isBuffer: typeof Buffer !== 'undefined',
          v,
          t0Type: typeof probe.message.t0_ns,
          t0: probe.message.t0_ns,
          t1Type: typeof probe.message.t1_ns,
          bad: p.decodeEnvelope(new Uint8Array([0x22, 0x05, 0x08])).error.code,
        };
      })()`,
      { ...sandbox, FRAME: frame },
    ) as { hex: string; isBuffer: boolean; v: unknown; t0Type: string; t0: number; t1Type: string; bad: string };

    const nodeBytes = encodeEnvelope({ motion: toMotionFrame(frame) });
    expect(out.isBuffer).toBe(false);
    expect(out.hex).toBe(Buffer.from(nodeBytes).toString('hex'));
    const r = decodeEnvelope(nodeBytes);
    expect(r.ok && r.kind === 'motion').toBe(true);
    if (!r.ok || r.kind !== 'motion') return;
    // JSON round trip: the sandbox's arrays come from another realm.
    expect(JSON.parse(JSON.stringify(out.v))).toEqual(JSON.parse(JSON.stringify(validateMotionFrame(r.message))));
    expect([out.t0Type, out.t0, out.t1Type]).toEqual(['number', 2 ** 40 + 1, 'number']);
    expect(out.bad).toBe('MALFORMED');
  });
});
