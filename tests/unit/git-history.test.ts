import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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
