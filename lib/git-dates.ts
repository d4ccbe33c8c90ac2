import { execFileSync } from 'node:child_process';

export type FileDates = { created: string; modified: string };

const cache = new Map<string, FileDates | undefined>();

/**
 * When a set of files was first committed and last changed, from git (ISO
 * dates), so dates follow the content rather than the build. Undefined when
 * git or the history is not available (e.g. a copy without .git).
 */
export function gitDates(paths: readonly string[]): FileDates | undefined {
  const key = paths.join('\0');
  if (cache.has(key)) return cache.get(key);
  let dates: FileDates | undefined;
  try {
    const log = execFileSync('git', ['log', '--format=%cI', '--', ...paths], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .split('\n')
      .filter(Boolean);
    const modified = log[0];
    const created = log.at(-1);
    dates = modified && created ? { created, modified } : undefined;
  } catch {
    dates = undefined;
  }
  cache.set(key, dates);
  return dates;
}
