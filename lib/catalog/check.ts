import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { readHistory, type History } from './history';
import { parseCatalogSource, type CatalogSource } from './source';
import { flattenStrings, isObject } from './tree';
import { checkSourceTree, compareTrees, findTypedValues, type ArgumentValues, type Problem, type ProblemCode, type Severity } from './validate';

export type FindingCode = ProblemCode | 'json-syntax' | 'duplicate-key' | 'missing-file' | 'extra-file' | 'stale';

/** A problem located in a file: what a translator needs to fix it. */
export type Finding = {
  severity: Severity;
  code: FindingCode;
  locale: string;
  /** Path relative to the project, e.g. `messages/es/common.json`. */
  file: string;
  line: number;
  column: number;
  key: string;
  message: string;
  fix: string;
};

export type Coverage = {
  locale: string;
  total: number;
  translated: number;
  missing: number;
  stale: number;
  untranslated: number;
  /** Keys by status, for the translation-status page. */
  keys: { missing: string[]; stale: string[]; untranslated: string[] };
  /** When the English text of each stale message changed (ISO 8601), by the same `file:key` entries as `keys.stale`. */
  staleSince: Record<string, string>;
  files: string[];
};

export type CheckOptions = {
  /** Folder that holds one subfolder per locale. */
  dir: string;
  /** The reference language (English). */
  source: string;
  /** Languages to check against the source. */
  locales: string[];
  /** Compare git history to find stale translations. */
  history?: boolean;
  /** Project root, for relative file names and git. */
  cwd?: string;
  /**
   * The argument values each catalog file's messages are given (by file
   * name relative to a locale folder, e.g. `docs/monitor/access-auth.json`):
   * a message that types one of them out instead of using its argument is
   * reported, in every language.
   */
  values?: Readonly<Record<string, ArgumentValues>>;
};

export type CheckReport = {
  findings: Finding[];
  coverage: Coverage[];
  historyAvailable: boolean;
  /** Why stale translations were not checked: no repository, or a shallow clone. */
  historyMissing?: 'shallow' | 'none';
};

/** The key that precedes `key` in English order and exists in the translation. */
function previousSibling(source: unknown, target: unknown, key: string): string | undefined {
  const segments = key.split('.');
  const name = segments.pop() ?? '';
  const parentPath = segments.join('.');
  const lookup = (tree: unknown) =>
    segments.reduce<unknown>((node, s) => (isObject(node) ? node[s] : undefined), tree);
  const sourceParent = lookup(source);
  const targetParent = lookup(target);
  if (!sourceParent || typeof sourceParent !== 'object' || !targetParent || typeof targetParent !== 'object') return undefined;
  const siblings = Object.keys(sourceParent);
  for (let i = siblings.indexOf(name) - 1; i >= 0; i--) {
    const sibling = siblings[i];
    if (sibling !== undefined && sibling in targetParent) return parentPath ? `${parentPath}.${sibling}` : sibling;
  }
  return undefined;
}

/** Catalog files of a locale folder, relative to it, sorted. */
export function catalogFiles(localeDir: string): string[] {
  if (!existsSync(localeDir)) return [];
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.json')) out.push(path.relative(localeDir, full).split(path.sep).join('/'));
    }
  };
  walk(localeDir);
  return out;
}

/**
 * Checks every locale's catalogs against the source language: JSON syntax
 * and duplicate keys with line and column, structure, ICU syntax, arguments,
 * plural categories, rich-text tags, raw markup, links; and, as warnings,
 * missing keys, values left in English and stale translations.
 */
export function checkCatalogs(options: CheckOptions): CheckReport {
  const cwd = options.cwd ?? process.cwd();
  const rel = (...parts: string[]) => path.relative(cwd, path.join(options.dir, ...parts)).split(path.sep).join('/');
  const files = catalogFiles(path.join(options.dir, options.source));
  const findings: Finding[] = [];
  const history: History | undefined = options.history
    ? readHistory(options.locales.concat(options.source).flatMap((l) => files.map((f) => rel(l, f))), cwd)
    : undefined;

  const read = (locale: string, file: string): CatalogSource | undefined => {
    const full = path.join(options.dir, locale, file);
    return existsSync(full) ? parseCatalogSource(readFileSync(full, 'utf8')) : undefined;
  };

  const fileFindings = (locale: string, file: string, source: CatalogSource): Finding[] => {
    const out: Finding[] = [];
    for (const error of source.syntaxErrors) {
      out.push({ severity: 'error', code: 'json-syntax', locale, file: rel(locale, file), key: '', ...error });
    }
    for (const dup of source.duplicates) {
      out.push({
        severity: 'error',
        code: 'duplicate-key',
        locale,
        file: rel(locale, file),
        key: dup.key,
        line: dup.line,
        column: dup.column,
        message: 'This key appears twice in the same object; only the last one would be used.',
        fix: 'Keep one of the two entries and delete the other.',
      });
    }
    return out;
  };

  const locate = (locale: string, file: string, source: CatalogSource, problem: Problem): Finding => ({
    ...problem,
    locale,
    file: rel(locale, file),
    ...source.locate(problem.key),
  });

  const typedValues = (locale: string, file: string, source: CatalogSource): Finding[] => {
    const values = options.values?.[file];
    if (!values || source.value === undefined) return [];
    return [...flattenStrings(source.value)].flatMap(([key, message]) => findTypedValues(key, message, values).map((p) => locate(locale, file, source, p)));
  };

  // The source language is checked on its own.
  const sources = new Map<string, CatalogSource>();
  for (const file of files) {
    const source = read(options.source, file);
    if (!source) continue;
    sources.set(file, source);
    findings.push(...fileFindings(options.source, file, source));
    if (source.value !== undefined) {
      findings.push(...checkSourceTree(source.value).map((p) => locate(options.source, file, source, p)));
      findings.push(...typedValues(options.source, file, source));
    }
  }

  const coverage: Coverage[] = [];
  for (const locale of options.locales) {
    const row: Coverage = { locale, total: 0, translated: 0, missing: 0, stale: 0, untranslated: 0, keys: { missing: [], stale: [], untranslated: [] }, staleSince: {}, files: [] };
    for (const file of catalogFiles(path.join(options.dir, locale))) {
      if (!files.includes(file)) {
        findings.push({
          severity: 'error',
          code: 'extra-file',
          locale,
          file: rel(locale, file),
          line: 1,
          column: 1,
          key: '',
          message: `The source language has no ${file}; nothing reads this file.`,
          fix: `Delete it, or check its name and folder against ${rel(options.source, file)}.`,
        });
      }
    }
    for (const file of files) {
      const english = sources.get(file);
      if (english?.value === undefined) continue;
      const englishKeys = [...flattenStrings(english.value).keys()];
      row.total += englishKeys.length;
      row.files.push(rel(locale, file));
      const target = read(locale, file);
      if (!target) {
        findings.push({
          severity: 'warning',
          code: 'missing-file',
          locale,
          file: rel(locale, file),
          line: 1,
          column: 1,
          key: '',
          message: `The file does not exist; readers see English for ${englishKeys.length === 1 ? 'its message' : `all ${englishKeys.length} messages`}.`,
          fix: `Copy ${rel(options.source, file)} to ${rel(locale, file)} and translate it.`,
        });
        row.missing += englishKeys.length;
        row.keys.missing.push(...englishKeys.map((k) => `${file}:${k}`));
        continue;
      }
      findings.push(...fileFindings(locale, file, target));
      if (target.value === undefined) {
        // Unreadable JSON: nothing of it can be shown.
        row.missing += englishKeys.length;
        continue;
      }
      findings.push(...typedValues(locale, file, target));
      const problems = compareTrees(locale, english.value, target.value);
      for (const problem of problems) {
        const finding = locate(locale, file, target, problem);
        if (problem.code === 'missing') {
          // Point at where the key belongs (after its previous sibling in
          // English order) and at the English text to translate.
          const after = previousSibling(english.value, target.value, problem.key);
          if (after) Object.assign(finding, target.locate(after));
          const at = english.locate(problem.key);
          finding.message = `${problem.message} English: ${rel(options.source, file)}:${at.line}.`;
          if (after) finding.fix = `Add "${problem.key.split('.').at(-1)}" after "${after.split('.').at(-1)}", copying the structure of the English file.`;
        }
        findings.push(finding);
      }
      const targetKeys = flattenStrings(target.value);
      const missing = englishKeys.filter((k) => typeof targetKeys.get(k) !== 'string');
      const untranslated = problems.filter((p) => p.code === 'untranslated').map((p) => p.key);
      row.missing += missing.length;
      row.untranslated += untranslated.length;
      row.keys.missing.push(...missing.map((k) => `${file}:${k}`));
      row.keys.untranslated.push(...untranslated.map((k) => `${file}:${k}`));

      if (history?.available) {
        const englishChanges = history.changes(rel(options.source, file));
        const targetChanges = history.changes(rel(locale, file));
        for (const key of englishKeys) {
          const en = englishChanges.get(key);
          const tr = targetChanges.get(key);
          if (en === undefined || tr === undefined || !targetKeys.has(key) || en.order <= tr.order) continue;
          row.stale++;
          row.keys.stale.push(`${file}:${key}`);
          row.staleSince[`${file}:${key}`] = en.date;
          findings.push({
            severity: 'warning',
            code: 'stale',
            locale,
            file: rel(locale, file),
            ...target.locate(key),
            key,
            message: `The English text changed after this translation was last updated (English: ${rel(options.source, file)}:${english.locate(key).line}).`,
            fix: 'Compare with the current English text and update the translation; any edit marks it current.',
          });
        }
      }
    }
    const notTranslated = new Set([...row.keys.missing, ...row.keys.untranslated]);
    row.translated = row.total - notTranslated.size;
    coverage.push(row);
  }

  findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return { findings, coverage, historyAvailable: history?.available ?? false, historyMissing: history?.missing };
}
