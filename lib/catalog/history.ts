import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { historyState } from '../git';
import { flattenStrings } from './tree';

/** A message's last change: its position in the project's history, and when it was committed. */
export type Change = {
  /** Position in topological order (oldest first); uncommitted edits come after every commit. */
  order: number;
  /** The commit's committer date (ISO 8601); for uncommitted edits, when the history was read. */
  date: string;
};

/** When each message of a file last changed. */
export type ChangeLog = Map<string, Change>;

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
 * Reads the git history of the given catalog files once. A message changed
 * in a commit when its value there differs from its value in every parent
 * (with history limited to the file, the parents are the nearest commits
 * that touched it): a merge that takes a value from one side does not
 * change it again, so branches merged in any order keep their dates.
 * Commits are ordered topologically (oldest first), so "changed later"
 * means a later commit on the current branch; uncommitted edits count as
 * the latest change of all.
 */
export function readHistory(files: string[], cwd: string = process.cwd()): History {
  const state = historyState(cwd);
  if (state !== 'full') return { available: false, missing: state, changes: () => new Map() };
  // Each commit with its committer date. Without --no-commit-header (git
  // 2.33+), rev-list puts a `commit <sha>` line before each formatted one.
  const dates = new Map<string, string>();
  try {
    const lines = git(['rev-list', '--reverse', '--topo-order', '--format=%H %cI', 'HEAD', '--', ...files], cwd).split('\n');
    for (const line of lines) {
      const [sha, date] = line.split(' ');
      if (sha && date && sha !== 'commit') dates.set(sha, date);
    }
  } catch {
    return { available: false, changes: () => new Map() };
  }
  const commits = [...dates.keys()];
  const order = new Map(commits.map((sha, i) => [sha, i]));
  // Uncommitted edits are dated when they are found: they are newer than any commit.
  const now = new Date().toISOString();
  const dateOf = (sha: string): string => {
    let date = dates.get(sha);
    if (date === undefined) {
      // Not among the commits of all the files together (history simplification
      // can keep a merge for one file only): ask for it alone.
      date = git(['show', '-s', '--format=%cI', sha], cwd).trim();
      dates.set(sha, date);
    }
    return date;
  };
  const cache = new Map<string, ChangeLog>();

  const changes = (file: string): ChangeLog => {
    const cached = cache.get(file);
    if (cached) return cached;
    const versions = new Map<string, Map<string, string>>();
    const at = (sha: string): Map<string, string> => {
      let version = versions.get(sha);
      if (!version) {
        let text = '';
        try {
          text = git(['show', `${sha}:${file}`], cwd);
        } catch {
          // Not in this commit (deleted, or not created yet).
        }
        version = parse(text);
        versions.set(sha, version);
      }
      return version;
    };
    const log: ChangeLog = new Map();
    const touching = git(['rev-list', '--reverse', '--topo-order', '--parents', 'HEAD', '--', file], cwd).split('\n').filter(Boolean);
    for (const line of touching) {
      const [sha = '', ...parents] = line.split(' ');
      const before = parents.map(at);
      for (const [key, value] of at(sha)) {
        if (before.every((parent) => parent.get(key) !== value)) log.set(key, { order: order.get(sha) ?? 0, date: dateOf(sha) });
      }
    }
    // Edits not committed yet are the newest changes of all.
    const path = join(/* turbopackIgnore: true */ cwd, file);
    const working = existsSync(/* turbopackIgnore: true */ path) ? readFileSync(/* turbopackIgnore: true */ path, 'utf8') : '';
    const head = at('HEAD');
    for (const [key, value] of parse(working)) {
      if (head.get(key) !== value) log.set(key, { order: commits.length, date: now });
    }
    cache.set(file, log);
    return log;
  };

  return { available: true, changes };
}
