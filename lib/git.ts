import { execFileSync } from 'node:child_process';

/**
 * How much git history the working copy has. Dates and stale translations
 * are read from it, and a shallow clone (`git clone --depth 1`, common in
 * CI) would give wrong answers silently: its oldest commit looks like the
 * first one.
 */
export type HistoryState = 'full' | 'shallow' | 'none';

const states = new Map<string, HistoryState>();
const warned = new Set<string>();

export function historyState(cwd: string = process.cwd()): HistoryState {
  let state = states.get(cwd);
  if (state) return state;
  try {
    const shallow = execFileSync('git', ['rev-parse', '--is-shallow-repository'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    state = shallow === 'true' ? 'shallow' : 'full';
  } catch {
    state = 'none';
  }
  states.set(cwd, state);
  return state;
}

/** Says once per working copy, in the build log, why something that needs the history was left out. */
export function warnIncompleteHistory(what: string, cwd: string = process.cwd()): void {
  const state = historyState(cwd);
  if (state === 'full' || warned.has(`${cwd}\0${what}`)) return;
  warned.add(`${cwd}\0${what}`);
  console.warn(
    state === 'shallow'
      ? `[git] This is a shallow clone: ${what} left out rather than guessed. Run \`git fetch --unshallow\` to include them.`
      : `[git] No git history: ${what} left out.`,
  );
}
