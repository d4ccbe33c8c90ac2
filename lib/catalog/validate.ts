import { analyzeMessage, findRawMarkup, requiredPluralCategories, type MessageShape } from './icu';
import { SHARED_TAG_NAMES } from './tags';
import { flattenStrings, isObject, joinKey } from './tree';

export type Severity = 'error' | 'warning';

export type ProblemCode =
  | 'extra-key'
  | 'shape'
  | 'array-length'
  | 'icu-syntax'
  | 'arguments'
  | 'plural-categories'
  | 'tags'
  | 'unknown-tag'
  | 'raw-markup'
  | 'missing'
  | 'untranslated'
  | 'typed-value';

export type Problem = {
  severity: Severity;
  code: ProblemCode;
  /** Dotted key path inside the file, e.g. `twofa.apps.3.href`. */
  key: string;
  /** What is wrong. */
  message: string;
  /** How to fix it. */
  fix: string;
};

/**
 * Names that are the same in every language. A translated value that equals
 * the English one is only suspicious when it has words outside this list.
 */
export const SAME_IN_EVERY_LANGUAGE = new Set(
  [
    'ProxMenux', 'Monitor', 'Proxmox', 'VE', 'PVE', 'Nginx', 'Caddy', 'Traefik', 'Tailscale', 'Fail2Ban', 'TOTP', '2FA',
    'API', 'HTTPS', 'HTTP', 'JWT', 'URL', 'JSON', 'LXC', 'Bitwarden', '1Password', 'Authy', 'Aegis', 'Authenticator',
    'Google', 'Microsoft', 'Apple', 'Raivo', 'OTP', 'Ente', 'Auth', '2FAS', 'FreeOTP+', 'FreeOTP', 'iOS', 'iPadOS',
    'macOS', 'visionOS', 'Android', 'Windows', 'Linux', 'Home', 'Assistant', 'Homepage', 'Grafana', 'Prometheus',
    'Uptime', 'Kuma', 'cURL', 'curl', 'SSL', 'TLS', 'OK', 'ID', 'Token', 'Tokens', 'Web', 'Passwords', 'SHA-256', 'HS256',
    'PBKDF2-HMAC-SHA256', 'No', 'Docs', 'Secure', 'Gateway',
  ].map((w) => w.toLowerCase()),
);

/**
 * Words a language writes exactly as English does (French "menu", "guides"):
 * a message made only of them and of the names above is not flagged.
 * Maintainers add to it when a translator reports one.
 */
export const SAME_AS_ENGLISH_IN: Record<string, readonly string[]> = {
  de: ['app'],
  fr: ['menu', 'guides', 'danger', 'documentation', 'navigation', 'page'],
  it: ['menu', 'app', 'endpoint', 'password', 'reverse', 'proxy', 'desktop', 'browser'],
  'pt-BR': ['menu'],
};

const ICU_ERRORS: Record<string, string> = {
  UNCLOSED_TAG: 'a tag is opened but never closed',
  INVALID_TAG: 'a tag name is not valid',
  INVALID_CLOSING_TAG: 'a closing tag does not match the tag it closes',
  UNMATCHED_CLOSING_TAG: 'a closing tag has no opening tag',
  EXPECT_ARGUMENT_CLOSING_BRACE: 'a { is never closed (a literal brace is written with apostrophes)',
  EMPTY_ARGUMENT: 'an argument {} is empty',
  MALFORMED_ARGUMENT: 'an argument name is not valid (a literal brace is written with apostrophes)',
  EXPECT_ARGUMENT_TYPE: 'an argument type is missing after the comma',
  INVALID_ARGUMENT_TYPE: 'an argument type is not one of number, date, time, plural, select',
  EXPECT_PLURAL_ARGUMENT_SELECTOR: 'a plural or select option is missing',
  MISSING_OTHER_CLAUSE: 'a plural or select has no "other" option',
  UNMATCHED_CLOSING_BRACE: 'a } has no matching { (a literal brace is written as \'}\')',
};

function describeIcuError(code: string): string {
  return ICU_ERRORS[code] ?? code.toLowerCase().replaceAll('_', ' ');
}

function describeTags(tags: string[]): string {
  return tags.length ? tags.map((t) => `<${t}>`).join(', ') : 'no tags';
}

/**
 * Problems within one message, independent of any other language. With
 * `knownTags` (the tags the page binds: the shared ones and those of its
 * English catalog), a tag outside them is reported as unknown.
 */
export function checkMessage(key: string, value: string, knownTags?: ReadonlySet<string>): { problems: Problem[]; shape?: MessageShape } {
  const problems: Problem[] = [];
  const result = analyzeMessage(value);
  if (!result.ok) {
    const at = result.offset ?? 0;
    const excerpt = `${at > 20 ? '…' : ''}${value.slice(Math.max(0, at - 20), at + 20)}${at + 20 < value.length ? '…' : ''}`;
    problems.push({
      severity: 'error',
      code: 'icu-syntax',
      key,
      message: `ICU syntax error: ${describeIcuError(result.error)} (character ${at + 1}: "${excerpt}").`,
      fix: "Close every <tag> you open, keep {arguments} as in English, and write a literal { } or < with apostrophes: '{' '}' '<'.",
    });
    return { problems };
  }
  const { shape } = result;
  const unknown = knownTags ? [...new Set(shape.tags.flatMap((t) => t.split('>')).filter((t) => !knownTags.has(t)))] : [];
  if (unknown.length) {
    problems.push({
      severity: 'error',
      code: 'unknown-tag',
      key,
      message: `Unknown rich-text tag${unknown.length > 1 ? 's' : ''} ${unknown.map((t) => `<${t}>`).join(', ')}; the page cannot render it.`,
      fix: "Use only the tags of the English message. To show a literal <, write it with apostrophes: '<'.",
    });
  }
  const raw = findRawMarkup(shape.literals);
  if (raw) {
    problems.push({
      severity: 'error',
      code: 'raw-markup',
      key,
      message: `Raw markup: ${raw}.`,
      fix: 'Write the plain character instead of an entity (e.g. < not &lt;), and use only the tags of the English message.',
    });
  }
  return { problems, shape };
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Whether a value equal to English is still plausibly correct (names, code, URLs, words the language shares with English). */
export function looksLanguageNeutral(value: string, locale?: string): boolean {
  const shared = new Set(SAME_AS_ENGLISH_IN[locale ?? ''] ?? []);
  const text = value
    .replace(/\{[^{}]*\}/g, ' ')
    .replace(/<code>[\s\S]*?<\/code>/g, ' ')
    .replace(/<\/?[a-zA-Z]+>/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/(^|\s)\/\S*/g, ' ');
  const words = (text.match(/[\p{L}\p{N}][\p{L}\p{N}+'’-]*/gu) ?? []).filter((w) => /\p{L}/u.test(w));
  return words.every((w) => SAME_IN_EVERY_LANGUAGE.has(w.toLowerCase()) || shared.has(w.toLowerCase()) || /^[A-Z0-9_-]+$/.test(w));
}

/**
 * Compares a translated tree with the English one. Reports keys English does
 * not have, shape differences, and for each message: syntax, arguments,
 * plural categories, tags, raw markup and link values. Missing keys and
 * values left in English are warnings (the page falls back to English).
 */
export function compareTrees(locale: string, source: unknown, target: unknown): Problem[] {
  const problems: Problem[] = [];
  const knownTags = tagsOf(source);
  const visit = (src: unknown, tgt: unknown, key: string) => {
    if (tgt === undefined) {
      const count = countStrings(src);
      problems.push({
        severity: 'warning',
        code: 'missing',
        key,
        message: count > 1 ? `Missing (${count} messages); readers see the English text.` : 'Missing; readers see the English text.',
        fix: 'Add the translation, copying the structure of the English file.',
      });
      return;
    }
    if (typeof src === 'string') {
      if (typeof tgt !== 'string') {
        problems.push(shapeProblem(key, 'a text', tgt));
        return;
      }
      problems.push(...compareMessage(locale, key, src, tgt, knownTags));
      return;
    }
    if (Array.isArray(src)) {
      if (!Array.isArray(tgt)) {
        problems.push(shapeProblem(key, `a list of ${src.length}`, tgt));
        return;
      }
      if (tgt.length !== src.length) {
        problems.push({
          severity: 'error',
          code: 'array-length',
          key,
          message: `List has ${tgt.length} item${tgt.length === 1 ? '' : 's'}; English has ${src.length}.`,
          fix: `Translate each English item once, in the same order (${src.length} items).`,
        });
      }
      src.forEach((item, i) => visit(item, tgt[i], joinKey(key, i)));
      return;
    }
    if (isObject(src)) {
      if (!isObject(tgt)) {
        problems.push(shapeProblem(key, 'a group of keys', tgt));
        return;
      }
      for (const k of Object.keys(tgt)) {
        if (!(k in src)) {
          problems.push({
            severity: 'error',
            code: 'extra-key',
            key: joinKey(key, k),
            message: 'English has no such key; the page never shows it.',
            fix: 'Remove it, or check its spelling against the English file.',
          });
        }
      }
      for (const [k, v] of Object.entries(src)) visit(v, tgt[k], joinKey(key, k));
    }
  };
  visit(source, target, '');
  return problems;
}

function countStrings(value: unknown): number {
  if (typeof value === 'string') return 1;
  if (Array.isArray(value)) return value.reduce<number>((n, v) => n + countStrings(v), 0);
  if (isObject(value)) return Object.values(value).reduce<number>((n, v) => n + countStrings(v), 0);
  return 0;
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (isObject(value)) return 'a group of keys';
  if (typeof value === 'string') return 'a text';
  return value === null ? 'null' : `a ${typeof value}`;
}

function shapeProblem(key: string, expected: string, got: unknown): Problem {
  return {
    severity: 'error',
    code: 'shape',
    key,
    message: `Expected ${expected} as in English, found ${kindOf(got)}.`,
    fix: 'Give this key the same structure as in the English file.',
  };
}

/** The tags a page binds for a catalog: the shared ones and every tag its English messages use. */
export function tagsOf(source: unknown): Set<string> {
  const tags = new Set<string>(SHARED_TAG_NAMES);
  for (const message of flattenStrings(source).values()) {
    const result = analyzeMessage(message);
    if (result.ok) for (const tag of result.shape.tags) for (const name of tag.split('>')) tags.add(name);
  }
  return tags;
}

export function compareMessage(locale: string, key: string, source: string, target: string, knownTags?: ReadonlySet<string>): Problem[] {
  const { problems, shape } = checkMessage(key, target, knownTags);
  const sourceResult = analyzeMessage(source);
  if (!shape || !sourceResult.ok) return problems;
  const src = sourceResult.shape;
  if (!sameList(src.args, shape.args)) {
    problems.push({
      severity: 'error',
      code: 'arguments',
      key,
      message: `Arguments differ from English: expected ${src.args.map((a) => `{${a.split(':')[0]}}`).join(', ') || 'none'}, found ${shape.args.map((a) => `{${a.split(':')[0]}}`).join(', ') || 'none'}.`,
      fix: "Keep every {argument} of the English message with the same name and kind; write a literal brace as '{' or '}'.",
    });
  }
  for (const plural of shape.plurals) {
    const needed = requiredPluralCategories(locale, plural.ordinal);
    const missing = needed.filter((c) => !plural.options.includes(c));
    if (missing.length) {
      problems.push({
        severity: 'error',
        code: 'plural-categories',
        key,
        message: `Plural {${plural.name}} lacks the ${missing.join(', ')} form${missing.length > 1 ? 's' : ''} that ${locale} needs.`,
        fix: `Give {${plural.name}} the categories ${needed.join(', ')}.`,
      });
    }
  }
  if (!sameList(src.tags, shape.tags)) {
    problems.push({
      severity: 'error',
      code: 'tags',
      key,
      message: `Rich-text tags differ from English: expected ${describeTags(src.tags)}, found ${describeTags(shape.tags)}.`,
      fix: 'Keep the same tags as the English message, the same number of times, none inside another unless English nests them; translate only the text between them.',
    });
  }
  if (target === source && !looksLanguageNeutral(source, locale)) {
    problems.push({
      severity: 'warning',
      code: 'untranslated',
      key,
      message: 'Same text as English; probably not translated yet.',
      fix: 'Translate it. If it really is the same in your language (a product name), say so in your pull request: a maintainer adds the words to the checker’s allow-list.',
    });
  }
  return problems;
}

/** Checks the English catalog on its own (it is the reference for all others). */
export function checkSourceTree(source: unknown): Problem[] {
  const problems: Problem[] = [];
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string') problems.push(...checkMessage(key, value).problems);
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, joinKey(key, i)));
    else if (isObject(value)) for (const [k, v] of Object.entries(value)) walk(v, joinKey(key, k));
  };
  walk(source, '');
  return problems;
}

/** The values a page fills into its messages' arguments, by argument name (a page's verbatim.ts). */
export type ArgumentValues = Readonly<Record<string, string>>;

/**
 * Whether a value reads as code (a port, a path, a command, a header), which
 * prose never needs to type itself. Plain words ("Settings", "password") are
 * left out: the same word in a sentence is not a typed copy of the value.
 */
export function isCodeLikeValue(value: string): boolean {
  return value.length >= 3 && value.trim() === value && /[0-9._/:$=@[\]{}<>*!?,;"'()+#%&|\\-]/.test(value);
}

const WORD = /[\p{L}\p{N}_]/u;

/**
 * Code-like argument values that a message types out in its own text
 * instead of using the argument: `port 8008` where `{port}` holds "8008".
 * Such a copy is not checked, not isolated in right-to-left pages, and goes
 * stale when the value changes. Where two values overlap (a path and the
 * file name it ends with), the longer one is reported.
 */
export function findTypedValues(key: string, message: string, values: ArgumentValues): Problem[] {
  const result = analyzeMessage(message);
  if (!result.ok) return [];
  const candidates = Object.entries(values)
    .filter(([, value]) => isCodeLikeValue(value))
    .sort(([, a], [, b]) => b.length - a.length);
  const problems: Problem[] = [];
  const reported = new Set<string>();
  for (const literal of result.shape.literals) {
    const taken: [number, number][] = [];
    for (const [name, value] of candidates) {
      for (let at = literal.indexOf(value); at !== -1; at = literal.indexOf(value, at + 1)) {
        const end = at + value.length;
        const bounded = !WORD.test(literal[at - 1] ?? '') && !WORD.test(literal[end] ?? '');
        if (!bounded || taken.some(([s, e]) => at < e && end > s)) continue;
        taken.push([at, end]);
        if (reported.has(name)) continue;
        reported.add(name);
        problems.push({
          severity: 'error',
          code: 'typed-value',
          key,
          message: `“${value}” is typed into the text, but the argument {${name}} holds it.`,
          fix: `Write {${name}} in place of “${value}”; the page fills in the value, exactly as written, in every language.`,
        });
      }
    }
  }
  return problems;
}
