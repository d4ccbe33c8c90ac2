import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { historyState } from '../git';
import { flattenStrings } from './tree';

/** When each message of a file last changed, as a position in the project's history. */
export type ChangeLog = Map<string, number>;

export type History = {
  /** False when git or the full history is unavailable (then nothing is stale). */
  available: boolean;
  /** Why it is unavailable: no repository, or a shallow clone. */
  missing?: 'shallow' | 'none';
  /** Last change of every message of a file, by dotted key. */
  changes(file: string): ChangeLog;
};

function git(args: string[], cwd: string): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
}

function parse(text: string): Map<string, string> {
  try {
    return flattenStrings(JSON.parse(text));
  } catch {
    return new Map();
  }
}

/**
 * Reads the git history of the given catalog files once. Commits are ordered
 * topologically (oldest first), so "changed later" means a later commit on
 * the current branch; uncommitted edits count as the latest change of all.
 */
export function readHistory(files: string[], cwd: string = process.cwd()): History {
  const state = historyState(cwd);
  if (state !== 'full') return { available: false, missing: state, changes: () => new Map() };
  let commits: string[];
  try {
    commits = git(['rev-list', '--reverse', '--topo-order', 'HEAD', '--', ...files], cwd).split('\n').filter(Boolean);
  } catch {
    return { available: false, changes: () => new Map() };
  }
  const order = new Map(commits.map((sha, i) => [sha, i]));
  const cache = new Map<string, ChangeLog>();

  const changes = (file: string): ChangeLog => {
    const cached = cache.get(file);
    if (cached) return cached;
    const log: ChangeLog = new Map();
    let previous = new Map<string, string>();
    const touching = git(['rev-list', '--reverse', '--topo-order', 'HEAD', '--', file], cwd).split('\n').filter(Boolean);
    for (const sha of touching) {
      let text = '';
      try {
        text = git(['show', `${sha}:${file}`], cwd);
      } catch {
        // Deleted in this commit.
      }
      const current = parse(text);
      for (const [key, value] of current) {
        if (previous.get(key) !== value) log.set(key, order.get(sha) ?? 0);
      }
      previous = current;
    }
    // Edits not committed yet are the newest changes of all.
    const path = join(/* turbopackIgnore: true */ cwd, file);
    const working = existsSync(/* turbopackIgnore: true */ path) ? readFileSync(/* turbopackIgnore: true */ path, 'utf8') : '';
    for (const [key, value] of parse(working)) {
      if (previous.get(key) !== value) log.set(key, commits.length);
    }
    cache.set(file, log);
    return log;
  };

  return { available: true, changes };
}
