// Files the agent finds relative to its own location: worker entry points, the schema files of the
// protocol package and the pages of the console package. Resolved from this module's URL, so they work
// from dist/ (the normal case) and from src/ (tests run TypeScript sources through vitest; worker
// threads cannot, so from src/ the compiled worker under dist/ is used: `npm test` builds first).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** URL of a compiled module of this package, e.g. compiledFile('loop/worker.js'). */
export function compiledFile(rel: string): URL {
  const here = new URL(`./${rel}`, import.meta.url);
  if (existsSync(here)) return here;
  const p = fileURLToPath(here);
  const i = p.lastIndexOf('/src/');
  const dist = i >= 0 ? `${p.slice(0, i)}/dist/${p.slice(i + 5)}` : p;
  if (existsSync(dist)) return pathToFileURL(dist);
  throw new Error(`cannot find ${dist}: build the workspace first (npm run build)`);
}

/** packages/ directory of the workspace (this file is packages/robot-agent/{src,dist}/paths.*). */
export function packagesDir(): string {
  return fileURLToPath(new URL('../../', import.meta.url));
}

/** The protocol package's .proto root (holds farhand/v1/teleop.proto and recording.proto). */
export function protoDir(): string {
  return `${packagesDir()}protocol/proto`;
}

/** Default web root: the console package's bundled pages. */
export function defaultWebRoot(): string {
  return `${packagesDir()}console/dist/web`;
}
