// @vitest-environment jsdom
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { TranslationNotice } from '@/components/site/TranslationNotice';
import { pageTranslation, staleSince } from '@/lib/catalog/status';
import { renderServer, toDocument } from './support/render';

/*
 * A translation behind its English page: since when English has changed
 * without the translation following, read from the catalogs' git history,
 * and what a reader of the translation is told.
 */

type Catalog = Record<string, string>;
/** One commit of the fixture: the catalogs it writes, and its fixed date. */
type Step = { date: string; write: Partial<Record<'en' | 'es', Catalog>> };

const ENGLISH: Catalog = { title: 'Access', intro: 'Sign in to the Monitor.', step: 'Open the menu.' };
const SPANISH: Catalog = { title: 'Acceso', intro: 'Inicia sesión en el Monitor.', step: 'Abre el menú.' };
const FIRST: Step = { date: '2024-01-10T09:00:00+00:00', write: { en: ENGLISH, es: SPANISH } };

function write(repo: string, locale: string, catalog: Catalog) {
  mkdirSync(path.join(repo, 'messages', locale), { recursive: true });
  writeFileSync(path.join(repo, 'messages', locale, 'page.json'), `${JSON.stringify(catalog, null, 2)}\n`);
}

/** A project whose catalogs went through the given commits, each with its author and committer date. */
function project(steps: Step[]): string {
  const repo = mkdtempSync(path.join(tmpdir(), 'stale-since-'));
  const git = (date: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
      cwd: repo,
      stdio: 'pipe',
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    });
  git(FIRST.date, 'init', '-q');
  for (const [i, step] of steps.entries()) {
    for (const [locale, catalog] of Object.entries(step.write)) write(repo, locale, catalog);
    git(step.date, 'add', '.');
    git(step.date, 'commit', '-qm', `step ${i}`);
  }
  return repo;
}

/** The status of the project's page in Spanish, as the site computes it from that project's catalogs. */
function since(repo: string) {
  vi.stubEnv('MESSAGES_DIR', path.join(repo, 'messages'));
  return staleSince('page.json', 'es');
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('since when a translation is behind its English page', () => {
  it('is the date of the English change the translation has not followed', () => {
    const repo = project([FIRST, { date: '2024-03-05T15:30:00+01:00', write: { en: { ...ENGLISH, step: 'Open the Settings menu.' } } }]);
    expect(since(repo)).toBe('2024-03-05T15:30:00+01:00');
    // The status page's row for the page says the same, with how many messages lag.
    expect(pageTranslation('page.json').find((row) => row.locale === 'es')).toMatchObject({ stale: 1, staleSince: '2024-03-05T15:30:00+01:00' });
    // English itself is never behind.
    expect(staleSince('page.json', 'en')).toBeUndefined();
  });

  it('is the earliest English change not followed, and moves on as the translation catches up', () => {
    const reworded = { ...ENGLISH, step: 'Open the Settings menu.' };
    const english = [
      FIRST,
      { date: '2024-03-05T14:30:00+00:00', write: { en: reworded } },
      { date: '2024-04-20T08:00:00+00:00', write: { en: { ...reworded, intro: 'Sign in to ProxMenux Monitor.' } } },
    ];
    expect(since(project(english))).toBe('2024-03-05T14:30:00+00:00');
    // The step is translated again after both changes: only the intro lags, since its own change.
    const stepFollowed = [...english, { date: '2024-05-02T10:00:00+00:00', write: { es: { ...SPANISH, step: 'Abre el menú Settings.' } } }];
    expect(since(project(stepFollowed))).toBe('2024-04-20T08:00:00+00:00');
    // Both followed: the translation is current again.
    const current = [...stepFollowed, { date: '2024-05-03T10:00:00+00:00', write: { es: { ...SPANISH, step: 'Abre el menú Settings.', intro: 'Inicia sesión en ProxMenux Monitor.' } } }];
    expect(since(project(current))).toBeUndefined();
    expect(pageTranslation('page.json').find((row) => row.locale === 'es')).toMatchObject({ stale: 0 });
    expect(pageTranslation('page.json').find((row) => row.locale === 'es')?.staleSince).toBeUndefined();
  });

  it('counts uncommitted English edits as changed now', () => {
    // Committed together, then English is edited in the working copy only.
    const repo = project([FIRST]);
    write(repo, 'en', { ...ENGLISH, intro: 'Sign in to the Monitor with your password.' });
    const before = Date.now();
    const date = since(repo);
    expect(date).toBeDefined();
    expect(Date.parse(date ?? '')).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(date ?? '')).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it('is unknown without the full history (a shallow clone)', () => {
    const repo = project([FIRST, { date: '2024-03-05T14:30:00+00:00', write: { en: { ...ENGLISH, step: 'Open the Settings menu.' } } }]);
    const clone = path.join(mkdtempSync(path.join(tmpdir(), 'stale-shallow-')), 'clone');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, clone], { stdio: 'pipe' });
    expect(readFileSync(path.join(clone, 'messages', 'en', 'page.json'), 'utf8')).toContain('Open the Settings menu.');
    expect(since(clone)).toBeUndefined();
  });
});

const common = (locale: string) => JSON.parse(readFileSync(`messages/${locale}/common.json`, 'utf8')) as { translation: Record<string, string> };

async function notice(props: Partial<Parameters<typeof TranslationNotice>[0]> & Pick<Parameters<typeof TranslationNotice>[0], 'locale'>): Promise<Document> {
  const html = await renderServer(await TranslationNotice({ fallbackCount: 0, editUrl: 'https://github.com/MacRimi/ProxMenux/edit/main/messages/x.json', ...props }));
  return toDocument(html);
}

const STALE = { since: '2024-03-05T14:30:00+00:00', englishHref: '/en/docs/monitor/access-auth/' };

describe('the notice on a page behind its English version', () => {
  beforeEach(() => {
    // Catalogs a language lacks are reported in the log; not the subject here.
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });

  it.each([
    ['de', 'Die englische Fassung dieser Seite hat sich seit dem 5. März 2024 geändert'],
    ['ru', 'С 5 марта 2024 г. в английскую версию этой страницы вносились изменения'],
    ['zh-Hans', '本页英文版自2024年3月5日起已有更新'],
    ['fr', 'La version anglaise de cette page a changé depuis le 5 mars 2024'],
  ] as const)('tells a reader in %s, with the date in their language, and links to the English page', async (locale, sentence) => {
    const doc = await notice({ locale, stale: STALE });
    const note = doc.querySelector('aside.translation-notice');
    expect(note?.getAttribute('role')).toBe('note');
    expect(note?.textContent).toContain(sentence);
    const link = note?.querySelector('a');
    expect(link?.getAttribute('href')).toBe('/en/docs/monitor/access-auth/');
    expect(link?.getAttribute('hreflang')).toBe('en');
    // The link's text is in the reader's language, so it is not marked as English.
    expect(link?.textContent).toBe(common(locale).translation.staleLink);
    expect(link?.hasAttribute('lang')).toBe(false);
    // Nothing is said about missing text on a page that has none.
    expect(note?.textContent).not.toContain(common(locale).translation.noticeHelp);
  });

  it('formats the date in the build’s time zone, not the committer’s', async () => {
    // 23:30 in New York is the next day in UTC, the time zone of every page.
    const doc = await notice({ locale: 'es', stale: { ...STALE, since: '2024-03-05T23:30:00-05:00' } });
    expect(doc.body.textContent).toContain('ha cambiado desde el 6 de marzo de 2024');
  });

  it('says both when part of the page is also missing, in one note', async () => {
    const doc = await notice({ locale: 'de', fallbackCount: 3, stale: STALE });
    const notes = doc.querySelectorAll('aside.translation-notice');
    expect(notes).toHaveLength(1);
    expect([...(notes[0]?.querySelectorAll('p') ?? [])].map((p) => p.textContent)).toEqual([
      expect.stringContaining('Teile dieser Seite liegen noch nicht auf Deutsch vor'),
      expect.stringContaining('seit dem 5. März 2024 geändert'),
    ]);
  });

  it('renders nothing on a current, complete page, nor in English, and only the missing-text note on a current page', async () => {
    expect((await notice({ locale: 'de' })).body.innerHTML).toBe('');
    expect((await notice({ locale: 'en', stale: STALE })).body.innerHTML).toBe('');
    const incomplete = await notice({ locale: 'de', fallbackCount: 2 });
    expect(incomplete.body.textContent).not.toContain('seit dem');
    expect(incomplete.querySelector('a[hreflang]')).toBeNull();
    expect(incomplete.querySelector('aside')?.getAttribute('data-fallback-count')).toBe('2');
  });
});

describe('a guide whose English text changed after its German translation', () => {
  // The project's catalogs, committed, then one English message of the guide reworded in a later commit.
  let doc: Document;
  let status: Document;
  beforeAll(async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const repo = mkdtempSync(path.join(tmpdir(), 'stale-guide-'));
    cpSync('messages', path.join(repo, 'messages'), { recursive: true, filter: (src) => !src.endsWith('.d.json.ts') });
    const git = (date: string, ...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: repo, stdio: 'pipe', env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } });
    git(FIRST.date, 'init', '-q');
    git(FIRST.date, 'add', '.');
    git(FIRST.date, 'commit', '-qm', 'catalogs');
    const english = path.join(repo, 'messages', 'en', 'docs', 'monitor', 'access-auth.json');
    const catalog = JSON.parse(readFileSync(english, 'utf8')) as { header: { description: string } };
    catalog.header.description = `${catalog.header.description} Reworded.`;
    writeFileSync(english, `${JSON.stringify(catalog, null, 2)}\n`);
    git('2024-03-05T14:30:00+00:00', 'commit', '-qam', 'reword the guide’s lead');
    vi.stubEnv('MESSAGES_DIR', path.join(repo, 'messages'));
    const { default: GuideRoute } = await import('@/app/[locale]/docs/[...slug]/page');
    const params = Promise.resolve({ locale: 'de', slug: ['monitor', 'access-auth'] });
    doc = toDocument(await renderServer(await GuideRoute({ params } as PageProps<'/[locale]/docs/[...slug]'>)));
    const { default: StatusPage } = await import('@/app/[locale]/docs/translation-status/page');
    status = toDocument(await renderServer(await StatusPage({ params: Promise.resolve({ locale: 'de' }) } as PageProps<'/[locale]/docs/translation-status'>)));
  }, 120_000);

  it('tells the German reader since when, under the title, and links to the English guide', () => {
    const note = doc.querySelector('article .translation-notice');
    expect(note?.textContent).toContain('Die englische Fassung dieser Seite hat sich seit dem 5. März 2024 geändert');
    const link = [...(note?.querySelectorAll('a') ?? [])].find((a) => a.textContent === common('de').translation.staleLink);
    expect(link?.getAttribute('href')).toBe('/en/docs/monitor/access-auth/');
    expect(link?.getAttribute('hreflang')).toBe('en');
  });

  it('is listed on the status page, in the reader’s language, with since when and how many messages lag', () => {
    const table = status.querySelector('#status-pages + .doc-table table');
    const columns = [...(table?.querySelectorAll('thead th') ?? [])].map((th) => th.textContent);
    const row = [...(table?.querySelectorAll('tbody tr') ?? [])].find((tr) => tr.querySelector('th a')?.getAttribute('href') === '/de/docs/monitor/access-auth/');
    const cell = (label: string) => row?.children[columns.indexOf(label)]?.textContent;
    expect(cell('Español')).toBe('Seit dem 5. März 2024 veraltet (1 Text)');
    expect(cell('Русский')).toBe('Seit dem 5. März 2024 veraltet (1 Text)');
  });
});
