import { execFileSync } from 'node:child_process';
import { historyState, warnIncompleteHistory } from './git';

export type FileDates = { created: string; modified: string };

const cache = new Map<string, FileDates | undefined>();

/**
 * When a set of files was first committed and last changed, from git (ISO
 * dates), so dates follow the content rather than the build. Undefined when
 * the full history is not available (a copy without .git, or a shallow
 * clone, whose dates would be wrong); the build log says so.
 */
export function gitDates(paths: readonly string[]): FileDates | undefined {
  if (historyState() !== 'full') {
    warnIncompleteHistory('page dates (sitemap lastmod, "last updated", JSON-LD) are');
    return undefined;
  }
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
