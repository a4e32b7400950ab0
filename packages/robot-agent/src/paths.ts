// Files the agent finds relative to its own location: worker entry points and the pages of the console
// package. Resolved from this module's URL, so they work
// from dist/ (the normal case) and from src/ (tests run TypeScript sources through vitest; worker
// threads cannot, so from src/ the compiled worker under dist/ is used: `npm test` builds first).
import { fileURLToPath } from 'node:url';
import { compiledFile as compiledModule } from '@farhand/recording';

/** URL of a compiled module of this package, e.g. compiledFile('loop/worker.js'). */
export function compiledFile(rel: string): URL {
  return compiledModule(rel, import.meta.url);
}

/** packages/ directory of the workspace (this file is packages/robot-agent/{src,dist}/paths.*). */
export function packagesDir(): string {
  return fileURLToPath(new URL('../../', import.meta.url));
}

/** Default web root: the console package's bundled pages. */
export function defaultWebRoot(): string {
  return `${packagesDir()}console/dist/web`;
}
