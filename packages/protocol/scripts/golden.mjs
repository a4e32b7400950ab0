// Writes the golden wire vectors: test/golden/NAME.hex from test/golden/NAME.json (the Envelope as
// JSON: snake_case fields, enum names, uint64 as numbers or decimal strings, defaults omitted).
// Only run by hand, on purpose: the vectors exist to make an ACCIDENTAL wire change fail a test, so
// an existing .hex is never rewritten unless --force says the change is intended.
//   node packages/protocol/scripts/golden.mjs [--force]
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { farhand } from '../src/gen/farhand.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), '../test/golden');
const force = process.argv.includes('--force');

for (const f of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
  const hexPath = join(dir, f.replace(/\.json$/, '.hex'));
  const { envelope } = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  const bytes = farhand.v1.Envelope.encode(farhand.v1.Envelope.fromObject(envelope)).finish();
  const hex = Buffer.from(bytes).toString('hex');
  if (existsSync(hexPath) && !force) {
    const old = readFileSync(hexPath, 'utf8').replace(/\s+/g, '');
    process.stdout.write(`${old === hex ? 'same   ' : 'DIFFERS'} ${hexPath}${old === hex ? '' : ' (not rewritten; --force to bless)'}\n`);
    continue;
  }
  writeFileSync(hexPath, `${hex}\n`);
  process.stdout.write(`wrote   ${hexPath} (${bytes.length} bytes)\n`);
}
