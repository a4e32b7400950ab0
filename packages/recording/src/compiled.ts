// Worker threads need a compiled .js entry point. From dist/ (the normal case) it is beside the module
// asking; from src/ (tests run TypeScript through vitest, and worker threads cannot) it is the same file
// under dist/: `npm test` builds first. The recorder's host and the agent's loop host both use this.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** URL of the compiled module `rel`, relative to the module at `base` (pass import.meta.url). */
export function compiledFile(rel: string, base: string = import.meta.url): URL {
  const here = new URL(`./${rel}`, base);
  if (existsSync(here)) return here;
  const p = fileURLToPath(here);
  const i = p.lastIndexOf('/src/');
  const dist = i >= 0 ? `${p.slice(0, i)}/dist/${p.slice(i + 5)}` : p;
  if (existsSync(dist)) return pathToFileURL(dist);
  throw new Error(`cannot find ${dist}: build the workspace first (npm run build)`);
}
