import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('the site’s components', () => {
  it('are all server components: nothing of the site is hydrated in the browser', () => {
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.ts', '*.tsx'], { encoding: 'utf8' }).split('\n').filter(Boolean);
    const client = files.filter((file) => /^\s*(['"])use client\1/m.test(readFileSync(file, 'utf8')));
    expect(client).toEqual([]);
  });
});
