// Run in a fresh Node process by core-determinism.test.ts (bundled with esbuild): prints the SHA-256
// of the 60 s session's outputs, and how many ticks it ran.
import { createHash } from 'node:crypto';
import { runDeterminism } from '../src/testing/determinism.js';

const h = createHash('sha256');
const s = runDeterminism((line) => h.update(line).update('\n'));
process.stdout.write(`${JSON.stringify({ sha256: h.digest('hex'), ticks: s.ticks })}\n`);
