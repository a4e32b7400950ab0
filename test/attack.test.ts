// The hostile-client suite, bounded (1 s per attack): a real agent from dist/ attacked on loopback by
// bench/attack.bench.mjs (npm run attack runs the full one). Every attack must leave the arm's setpoint
// where it was, let a fresh surgeon and bedside in, keep RSS within its bound, /healthz answering and
// the loop's period p99 within 4x the idle figure of the same run (2x in the full suite, on a quiet
// machine: here other test files share the CPU).
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

interface Row {
  attack: string;
  sent: number;
  outcome: string;
  setpoint_um: number;
  connect: string;
  pass: string;
}

const script = fileURLToPath(new URL('../bench/attack.bench.mjs', import.meta.url));

function runSuite(): Promise<{ rows: Row[]; table: string }> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [script, '--json'], { env: { ...process.env, FARHAND_ATTACK_SECONDS: '1', FARHAND_ATTACK_PERIOD_RATIO: '4' }, timeout: 90_000, maxBuffer: 1 << 24 }, (err, stdout, stderr) => {
      if (err) return reject(new Error(`${err.message}\n${stderr}`));
      const last = stdout.trim().split('\n').at(-1) ?? '';
      resolve({ rows: (JSON.parse(last) as { rows: Row[] }).rows, table: stderr });
    });
  });
}

describe('hostile clients against a live agent (bounded)', () => {
  it('nothing moves the arm, locks the surgeon or bedside out, or exhausts the agent', async () => {
    const { rows, table } = await runSuite();
    process.stdout.write(`${table}\n`);
    const by = new Map(rows.map((r) => [r.attack, r]));
    expect([...by.keys()]).toEqual(['idle', 'seq-reuse', 'squatters', 'estop-flood', 'refused-flood', 'cross-origin', 'rebind-host', 'silent-controller', 'slowloris', 'garbage']);
    for (const r of rows) expect(`${r.attack}: ${r.pass}`, table).toBe(`${r.attack}: yes`);
    expect(by.get('cross-origin')!.outcome).toMatch(/^(\d+)\/\1 refused 403$/);
    expect(by.get('rebind-host')!.outcome).toMatch(/^(\d+)\/\1 refused 403$/);
    expect(by.get('silent-controller')!.outcome).toMatch(/^lost control after 0\.\d+ s$/);
    expect(by.get('squatters')!.outcome).toMatch(/^real (\d+)\/\1 in$/);
    expect(by.get('seq-reuse')!.outcome).toMatch(/^engaged/);
  }, 100_000);
});
