import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCatalogs } from '@/lib/catalog/check';
import { historyState } from '@/lib/git';

const FIXTURES = path.resolve('tests', 'fixtures', 'catalogs');

describe('git history', () => {
  const repo = mkdtempSync(path.join(tmpdir(), 'history-'));
  const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd, stdio: 'pipe' });
  cpSync(path.join(FIXTURES, 'valid'), path.join(repo, 'messages'), { recursive: true });
  git(repo, 'init', '-q');
  git(repo, 'add', '.');
  git(repo, 'commit', '-qm', 'first');
  const en = path.join(repo, 'messages', 'en', 'page.json');
  writeFileSync(en, readFileSync(en, 'utf8').replace('"First step"', '"First, open the menu"'));
  git(repo, 'commit', '-qam', 'reword');
  const shallow = path.join(mkdtempSync(path.join(tmpdir(), 'shallow-')), 'clone');
  git(tmpdir(), 'clone', '-q', '--depth', '1', `file://${repo}`, shallow);

  it('tells a full history, a shallow clone and no repository apart', () => {
    expect(historyState(repo)).toBe('full');
    expect(historyState(shallow)).toBe('shallow');
    expect(historyState(mkdtempSync(path.join(tmpdir(), 'none-')))).toBe('none');
  });

  it('finds stale translations in a full history only, and says why not in a shallow clone', () => {
    const options = { dir: 'messages', source: 'en', locales: ['es'], history: true };
    const full = checkCatalogs({ ...options, dir: path.join(repo, 'messages'), cwd: repo });
    expect(full.historyAvailable).toBe(true);
    expect(full.coverage[0]?.keys.stale).toEqual(['page.json:steps.0']);
    const partial = checkCatalogs({ ...options, dir: path.join(shallow, 'messages'), cwd: shallow });
    expect(partial).toMatchObject({ historyAvailable: false, historyMissing: 'shallow' });
    expect(partial.coverage[0]?.stale).toBe(0);
  });
});

describe('git history across merged branches', () => {
  const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd, stdio: 'pipe' });
  const repo = mkdtempSync(path.join(tmpdir(), 'merges-'));
  const write = (locale: string, messages: Record<string, string>) => {
    mkdirSync(path.join(repo, 'messages', locale), { recursive: true });
    writeFileSync(path.join(repo, 'messages', locale, 'page.json'), `${JSON.stringify(messages, null, 2)}\n`);
  };
  // Messages far enough apart for git to merge changes to both ends of a file.
  const middle = { m1: 'One', m2: 'Two', m3: 'Three', m4: 'Four' };
  git(repo, 'init', '-q', '-b', 'main');
  write('en', { a: 'Alpha', ...middle });
  write('es', { a: 'Alfa', ...middle });
  git(repo, 'add', '.');
  git(repo, 'commit', '-qm', 'first');
  // A branch adds an English message, then its translation…
  git(repo, 'checkout', '-qb', 'side');
  write('en', { a: 'Alpha', ...middle, c: 'Gamma' });
  git(repo, 'commit', '-qam', 'side: English c');
  write('es', { a: 'Alfa', ...middle, c: 'Gama' });
  git(repo, 'commit', '-qam', 'side: Spanish c');
  // …while main rewords another English message, whose translation now lags.
  git(repo, 'checkout', '-q', 'main');
  write('en', { a: 'Alpha, reworded', ...middle });
  git(repo, 'commit', '-qam', 'main: reword a');
  // The branch takes main in, the way a translator's branch catches up.
  git(repo, 'checkout', '-q', 'side');
  git(repo, 'merge', '-q', '--no-edit', 'main');

  it('dates each message by the commit that wrote its value, not by the merge', () => {
    expect(JSON.parse(readFileSync(path.join(repo, 'messages', 'en', 'page.json'), 'utf8'))).toMatchObject({ a: 'Alpha, reworded', c: 'Gamma' });
    const report = checkCatalogs({ dir: path.join(repo, 'messages'), source: 'en', locales: ['es'], history: true, cwd: repo });
    expect(report.historyAvailable).toBe(true);
    // c was translated after its English was written: current. a was reworded after its translation: stale.
    expect(report.coverage[0]?.keys.stale).toEqual(['page.json:a']);
  });
});
