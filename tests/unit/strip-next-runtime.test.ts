import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { THEME_SCRIPT } from '@/components/site/theme-script';
import { readEnhancementManifest } from '@/lib/enhancements';
import { inlineScriptHashes } from '@/lib/security-headers';
import { nextOutputFile, stripNextRuntime } from '@/lib/build/strip-next-runtime';

/** A page as `next build` exports it (trimmed): the runtime's scripts, a preload, Turbopack's bootstrap, flight data. */
const PAGE = readFileSync('tests/fixtures/static-export/page.html', 'utf8');
const ENHANCEMENT = '/enhancements/site-search-TESTHASH.js';
const options = { enhancementScripts: new Set([ENHANCEMENT]), inlineScripts: new Set([THEME_SCRIPT]) };

const insertBefore = (html: string, marker: string, tag: string) => html.replace(marker, `${tag}${marker}`);

describe('removing Next.js’s runtime from an exported page', () => {
  it('removes its scripts, preloads and flight data, and keeps the site’s own scripts and data', () => {
    const { html, removed } = stripNextRuntime(PAGE, options);
    expect(removed).toEqual({ scripts: 8, preloads: 1, flight: 5 });
    expect(html).not.toMatch(/_next\/static\/chunks\/[^"]+\.js|__next_f|TURBOPACK|rel="preload"/);
    expect(html).toContain(`<script type="module" async="" src="${ENHANCEMENT}"></script>`);
    expect(html).toContain(`<script>${THEME_SCRIPT}</script>`);
    expect(html).toContain('<script type="application/ld+json">');
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/1cji8ayyfbw2f.css" data-precedence="next"/>');
    // The page's policy then needs the theme script's hash alone.
    expect(inlineScriptHashes(html)).toEqual(inlineScriptHashes(`<script>${THEME_SCRIPT}</script>`));
    // Only tags went: the page's text and structure are as they were.
    expect(html.replace(/<[^>]+>/g, '')).toBe(PAGE.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, (s) => (s.includes('ld+json') || s.includes(THEME_SCRIPT) ? s : '')).replace(/<[^>]+>/g, ''));
  });

  const shapes: [string, string, RegExp][] = [
    ['a script from elsewhere', '<script src="https://cdn.example.com/x.js"></script>', /Unknown external script/],
    ['a runtime script with an attribute it never had', '<script src="/_next/static/chunks/abc.js" async="" crossorigin=""></script>', /Unknown external script/],
    ['an enhancement the build did not make', '<script type="module" async="" src="/enhancements/other-123.js"></script>', /Unknown external script/],
    ['an inline script nobody declared', '<script>document.title = "x"</script>', /Unknown inline script/],
    ['flight data in a new shape', '<script>self.__next_s.push([1,"x"])</script>', /Unknown inline script/],
    ['a preload of another script', '<link rel="preload" as="script" href="/x.js"/>', /Unknown script preload/],
    ['a module preload', '<link rel="modulepreload" href="/_next/static/chunks/a.js"/>', /Unknown module preload/],
    ['the runtime named elsewhere on the page', '<a href="/_next/static/chunks/abc.js">x</a>', /still referenced/],
  ];
  it.each(shapes)('fails, naming it, on %s', (_, tag, message) => {
    expect(() => stripNextRuntime(insertBefore(PAGE, '</head>', tag), options)).toThrow(message);
  });
});

describe('the files of Next’s output in the export', () => {
  it('are runtime, flight data, kept, or unknown', () => {
    expect(nextOutputFile('_next/static/chunks/0i6u3ds51qs19.js')).toBe('runtime');
    expect(nextOutputFile('_next/static/686PefRyTIenoFUm26rDu/_buildManifest.js')).toBe('runtime');
    expect(nextOutputFile('_next/static/chunks/1cji8ayyfbw2f.css')).toBe('keep');
    expect(nextOutputFile('_next/static/media/icon.2orahu7pzx5g7.svg')).toBe('keep');
    expect(nextOutputFile('en/docs/index.txt')).toBe('flight');
    expect(nextOutputFile('en/docs/__next.$d$locale.docs.__PAGE__.txt')).toBe('flight');
    expect(nextOutputFile('robots.txt')).toBe('keep');
    // The site's llms.txt files, and the guides' Markdown, are its own.
    expect(nextOutputFile('llms.txt')).toBe('keep');
    expect(nextOutputFile('pt-BR/llms-full.txt')).toBe('keep');
    expect(nextOutputFile('en/docs/monitor/access-auth/index.md')).toBe('keep');
    expect(nextOutputFile('en/docs/llms.txt')).toBe('unknown');
    expect(nextOutputFile('en/docs/index.html')).toBe('keep');
    expect(nextOutputFile('_next/static/chunks/x.wasm')).toBe('unknown');
    expect(nextOutputFile('_next/data/x.json')).toBe('unknown');
    expect(nextOutputFile('notes.txt')).toBe('unknown');
  });
});

describe('npm run build:static’s post-processing step', { timeout: 60_000 }, () => {
  let out = '';
  afterEach(() => rmSync(out, { recursive: true, force: true }));

  /** A small export: one page, a runtime chunk and its flight data file. */
  function exportWith(page: string): string {
    out = mkdtempSync(path.join(tmpdir(), 'export-'));
    mkdirSync(path.join(out, 'en/docs'), { recursive: true });
    mkdirSync(path.join(out, '_next/static/chunks'), { recursive: true });
    writeFileSync(path.join(out, 'en/docs/index.html'), page.replace(ENHANCEMENT, readEnhancementManifest().scripts['site-search']));
    writeFileSync(path.join(out, 'en/docs/index.txt'), '1:"$Sreact.fragment"\n');
    writeFileSync(path.join(out, '_next/static/chunks/0i6u3ds51qs19.js'), 'self.x=1');
    cpSync('tests/fixtures/static-export/page.html', path.join(out, '_next/static/chunks/1cji8ayyfbw2f.css'));
    return out;
  }
  const run = (dir: string) => execFileSync('node_modules/.bin/tsx', ['scripts/postprocess-static.ts', dir], { encoding: 'utf8', stdio: 'pipe' });

  it('leaves pages with the site’s scripts only, deletes the runtime’s files, and writes the policy for what remains', () => {
    const dir = exportWith(PAGE);
    run(dir);
    const html = readFileSync(path.join(dir, 'en/docs/index.html'), 'utf8');
    expect(html).not.toMatch(/__next_f|_next\/static\/chunks\/[^"]+\.js/);
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    const [hash] = inlineScriptHashes(`<script>${THEME_SCRIPT}</script>`);
    expect(policy).toMatch(new RegExp(`script-src 'self' 'wasm-unsafe-eval' '${hash?.replace(/[+/]/g, '\\$&')}';`));
    expect(existsSync(path.join(dir, '_next/static/chunks/0i6u3ds51qs19.js'))).toBe(false);
    expect(existsSync(path.join(dir, 'en/docs/index.txt'))).toBe(false);
    expect(readdirSync(path.join(dir, 'en/docs')).sort()).toEqual(['index.html', 'index.html.br', 'index.html.gz']);
  });

  it('fails the build, naming the page and the script, on a script it does not know', () => {
    const dir = exportWith(insertBefore(PAGE, '</body>', '<script>window.analytics = 1</script>'));
    let failure = '';
    try {
      run(dir);
    } catch (error) {
      failure = String((error as { stderr?: string }).stderr);
    }
    expect(failure).toContain('en/docs/index.html: Unknown inline script: <script>window.analytics = 1</script>');
    // Nothing was written: the page still has no policy.
    expect(readFileSync(path.join(dir, 'en/docs/index.html'), 'utf8')).not.toContain('Content-Security-Policy');
  });
});
