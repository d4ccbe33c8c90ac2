import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/*
 * Which code may import which (README, "Layout"): every import of every
 * source file, resolved to the file it names, checked against the rules.
 * A failure names the importing file and what it imports.
 */

const ROOT = process.cwd();
const SOURCE = /\.(ts|tsx|mts|mjs)$/;

/** Files copied into a scratch copy of the project (scripts/page-fixture.ts), whose imports resolve only there. */
const TEMPLATES = 'tests/fixtures';

/** The project's source files as git sees them (tracked, and new but not ignored): no builds, no scratch copies. */
function sourceFiles(): string[] {
  return execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' })
    .split('\0')
    .filter((file) => SOURCE.test(file) && !file.endsWith('.d.ts') && !file.startsWith(`${TEMPLATES}/`) && existsSync(path.join(ROOT, file)));
}

/** The project file an import names (`@/…` is the project root), or undefined for a package. */
function resolveImport(from: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith('@/')) base = specifier.slice(2);
  else if (specifier.startsWith('.')) base = path.posix.join(path.posix.dirname(from), specifier);
  else return undefined;
  for (const ext of ['', '.ts', '.tsx', '.mts', '/index.ts', '/index.tsx']) {
    const candidate = path.posix.normalize(base + ext);
    if (existsSync(path.join(ROOT, candidate)) && statSync(path.join(ROOT, candidate)).isFile()) return candidate;
  }
  throw new Error(`${from}: cannot resolve "${specifier}"`);
}

/** Every import of the project's source files, as [importing file, imported file]. */
const IMPORTS: [string, string][] = sourceFiles().flatMap((file) =>
  // TypeScript's own pre-processor: static imports, re-exports, dynamic imports and `import type`.
  ts.preProcessFile(readFileSync(path.join(ROOT, file), 'utf8'), true, true).importedFiles.flatMap(({ fileName }): [string, string][] => {
    const target = resolveImport(file, fileName);
    return target ? [[file, target]] : [];
  }),
);

/** The test runners' configs, which belong with the tests. */
const TEST_CONFIGS = ['playwright.config.ts', 'vitest.config.ts'];
const under = (...folders: string[]) => (file: string) => folders.some((folder) => file.startsWith(`${folder}/`));
const isTests = under('tests');
const isScripts = under('scripts');
const isBuild = under('lib/build');
const isCatalogTools = under('lib/catalog-tools');
const isPageCode = under('app', 'components');
/** What a page, the proxy or the server runs: everything but the build, the tooling, the scripts and the tests. */
const isRuntime = (file: string) =>
  under('app', 'components', 'i18n', 'guides', 'server', 'enhancements', 'lib')(file) || file === 'proxy.ts' ? !isBuild(file) && !isCatalogTools(file) : false;

/** The imports for which `forbidden(importer, imported)` holds, as "importer → imported". */
const violations = (forbidden: (from: string, to: string) => boolean) => IMPORTS.filter(([from, to]) => forbidden(from, to)).map(([from, to]) => `${from} → ${to}`);

describe('dependencies point one way', () => {
  it('sees the project’s imports (the rules below check something)', () => {
    // One import of each kind the rules are about, which the project has today.
    expect(IMPORTS).toContainEqual(['scripts/postprocess-static.ts', 'lib/build/strip-next-runtime.ts']);
    expect(IMPORTS).toContainEqual(['scripts/i18n-check.ts', 'lib/catalog-tools/cli.ts']);
    expect(IMPORTS).toContainEqual(['lib/build/static-text.ts', 'lib/document/model.ts']);
    expect(IMPORTS.some(([from, to]) => isTests(from) && isRuntime(to))).toBe(true);
  });

  it('nothing outside tests/ imports from tests/, but the test runners’ own configs', () => {
    expect(violations((from, to) => !isTests(from) && !TEST_CONFIGS.includes(from) && isTests(to))).toEqual([]);
  });

  it('runtime code imports no build-time generator, no catalog tooling and no script', () => {
    expect(violations((from, to) => isRuntime(from) && (isBuild(to) || isCatalogTools(to) || isScripts(to)))).toEqual([]);
  });

  it('lib/ imports no page component: components build on lib/, not the other way', () => {
    expect(violations((from, to) => from.startsWith('lib/') && isPageCode(to))).toEqual([]);
  });

  it('build-time generators and catalog tooling do not import each other', () => {
    expect(violations((from, to) => (isBuild(from) && isCatalogTools(to)) || (isCatalogTools(from) && isBuild(to)))).toEqual([]);
  });

  it('only scripts, tests and the test runners’ configs import scripts/', () => {
    expect(violations((from, to) => isScripts(to) && !isScripts(from) && !isTests(from) && !TEST_CONFIGS.includes(from))).toEqual([]);
  });
});
