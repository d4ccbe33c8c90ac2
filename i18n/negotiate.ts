/**
 * Language negotiation, written once. The decision table below and the
 * patterns built from it are the only definition of how a reader's
 * language is chosen; everything else is generated from them:
 *
 * - negotiateLocale() decides for the Node.js proxy (i18n/locale-proxy.ts);
 * - nginxNegotiationMaps() writes the same decision as nginx maps for the
 *   static export (out/_nginx/maps.conf, through lib/build/nginx-config.ts);
 * - browserNegotiationScript() writes it for the static export's root page
 *   (app/page.tsx), for hosts that cannot negotiate.
 *
 * tests/shared/negotiation.ts is the table of cases every target must
 * decide the same way (README, "Language negotiation").
 *
 * The rules:
 * 1. the first NEXT_LOCALE cookie of the Cookie header, if its value names a
 *    language of the site (in any letter case);
 * 2. Accept-Language, if it has at most ACCEPT_LANGUAGE_LIMITS.length
 *    characters and ACCEPT_LANGUAGE_LIMITS.entries entries (a longer one
 *    counts as absent, so a hostile header costs nothing): of its
 *    well-formed entries with a q-value that is not 0 (anything else is
 *    skipped: `de;q=`, `de;q=1e3`, `de;;;`),
 *    a. the first the site has in the same language and script, the script
 *       being the tag's own or, without one, the language's (`zh-TW` is
 *       written in Traditional characters: OTHER_SCRIPT_REGIONS);
 *    b. else the first in the same language but another script;
 * 3. the default language.
 * "First" is by q-value on Node.js (in the order written among equals); nginx
 * and the browser take the order written (navigator.languages is sorted).
 */

/** The cookie that remembers a reader's choice of language (the name next-intl uses). */
export const LOCALE_COOKIE = 'NEXT_LOCALE';

/** Beyond these, Accept-Language counts as absent: no browser sends more. */
export const ACCEPT_LANGUAGE_LIMITS = { length: 512, entries: 32 } as const;

/**
 * Regions where a language is written, according to CLDR's likely
 * subtags, in another script than the site's locale of that language:
 * a tag such as `zh-TW` means Traditional Chinese, which the site does not
 * have. tests/unit/negotiate.test.ts checks this list against the ICU data
 * of Node.js for every region code.
 */
export const OTHER_SCRIPT_REGIONS: Readonly<Record<string, readonly string[]>> = {
  zh: ['AU', 'BN', 'GB', 'GF', 'HK', 'ID', 'MO', 'PA', 'PF', 'PH', 'PZ', 'SR', 'TH', 'TW', 'UK', 'US', 'VD', 'VN', '036', '096', '158', '254', '258', '344', '360', '446', '591', '608', '704', '740', '764', '826', '840'],
};

/** One row of the decision table: a locale, its language and script, and where that language is written otherwise. */
export type LocaleRule<L extends string = string> = { locale: L; language: string; script: string; otherScriptRegions: readonly string[] };

/** The decision table for a list of locales. Two locales of one language cannot be told apart by these rules. */
export function decisionTable<L extends string>(locales: readonly L[]): LocaleRule<L>[] {
  const byLanguage = new Map<string, string>();
  return locales.map((locale) => {
    const { language, script } = new Intl.Locale(locale).maximize();
    if (!script) throw new Error(`No likely script for "${locale}".`);
    const other = byLanguage.get(language);
    if (other) throw new Error(`The negotiation cannot choose between ${other} and ${locale}: both are "${language}".`);
    byLanguage.set(language, locale);
    return { locale, language, script, otherScriptRegions: OTHER_SCRIPT_REGIONS[language] ?? [] };
  });
}

/*
 * Regular expressions, as source text in the syntax JavaScript and PCRE
 * (nginx) share, always matched case-insensitively: Node.js, nginx and the
 * browser run these very patterns.
 */

/** Nothing more of this subtag follows. */
const END = '(?![a-z0-9])';
/** The subtags after the ones that decide (region, variants, extensions). */
const REST = '(?:-[a-z0-9]{1,8})*';
/** Optional whitespace (RFC 9110's OWS). */
const OWS = '[ \\t]*';
/** A q-value of RFC 9110; and one that is not 0, which nginx must tell apart by pattern. */
const QVALUE = '(?:0(?:\\.[0-9]{0,3})?|1(?:\\.0{0,3})?)';
const QVALUE_NOT_ZERO = '(?:0\\.(?!0{0,3}(?![0-9]))[0-9]{1,3}|1(?:\\.0{0,3})?)';

export type Patterns = {
  /** A header short enough to read (ACCEPT_LANGUAGE_LIMITS). */
  bounded: string;
  /** One well-formed entry: a language range and an optional q-value (group `q`). */
  entry: string;
  /** Tags of the site's languages in the locale's own script, and in another. */
  sameScript: string;
  otherScript: string;
  /** The first NEXT_LOCALE cookie (group `value`), matched case-sensitively. */
  cookie: string;
};

/** The patterns of a decision table. */
export function patterns(table: readonly LocaleRule[]): Patterns {
  const { length, entries } = ACCEPT_LANGUAGE_LIMITS;
  const same: string[] = [];
  const other: string[] = [];
  for (const { language, script, otherScriptRegions } of table) {
    const s = script.toLowerCase();
    const regions = otherScriptRegions.map((r) => r.toLowerCase());
    // A script subtag, or a region written in another script, that is not this locale's.
    const foreign = [`(?!${s}${END})[a-z]{4}`, ...regions].join('|');
    // A three-letter subtag right after the language is an extended language (zh-yue): not the language itself.
    same.push(`${language}${END}(?:-${s}${END}|(?!-(?:[a-z]{3}|${foreign})${END}))${REST}`);
    other.push(`${language}-(?:${foreign})${END}${REST}`);
  }
  return {
    bounded: `^(?=.{0,${length}}$)[^,]*(?:,[^,]*){0,${entries - 1}}$`,
    entry: `^${OWS}(?<tag>\\*|[a-z]{1,8}${REST})${OWS}(?:;${OWS}q=(?<q>${QVALUE}))?${OWS}$`,
    sameScript: `(?:${same.join('|')})`,
    otherScript: `(?:${other.join('|')})`,
    cookie: `(?:^|;)${OWS}${LOCALE_COOKIE}=(?<value>[^;]*)`,
  };
}

export type NegotiationInput = {
  /** The raw Accept-Language header, if any. */
  acceptLanguage?: string | null;
  /** The raw Cookie header, if any. */
  cookieHeader?: string | null;
};

type Compiled = { table: LocaleRule[]; bounded: RegExp; entry: RegExp; sameScript: RegExp; otherScript: RegExp; cookie: RegExp };
const compiled = new Map<string, Compiled>();

function compile(locales: readonly string[]): Compiled {
  const key = locales.join(' ');
  let c = compiled.get(key);
  if (!c) {
    const table = decisionTable(locales);
    const p = patterns(table);
    c = {
      table,
      bounded: new RegExp(p.bounded),
      entry: new RegExp(p.entry, 'i'),
      sameScript: new RegExp(`^${p.sameScript}$`, 'i'),
      otherScript: new RegExp(`^${p.otherScript}$`, 'i'),
      cookie: new RegExp(p.cookie),
    };
    compiled.set(key, c);
  }
  return c;
}

/** The locale whose language a matched tag starts with. */
function localeOfTag<L extends string>(table: readonly LocaleRule<L>[], tag: string): L | undefined {
  const language = tag.split('-', 1)[0]?.toLowerCase();
  return table.find((rule) => rule.language === language)?.locale;
}

/** The locale a cookie value names (any letter case, surrounding whitespace ignored). */
function cookieLocale<L extends string>(locales: readonly L[], value: string): L | undefined {
  const wanted = value.replace(/^[ \t]+|[ \t]+$/g, '').toLowerCase();
  return locales.find((l) => l.toLowerCase() === wanted);
}

/** The reader's language, by the rules at the top of this file. */
export function negotiateLocale<L extends string>(input: NegotiationInput, locales: readonly L[], defaultLocale: L): L {
  const c = compile(locales);
  const table = c.table as LocaleRule<L>[];

  const cookie = c.cookie.exec(input.cookieHeader ?? '')?.groups?.value;
  const chosen = cookie === undefined ? undefined : cookieLocale(locales, cookie);
  if (chosen) return chosen;

  const header = input.acceptLanguage ?? '';
  // The length first: the pattern would read the whole header to reject it.
  if (header.length > ACCEPT_LANGUAGE_LIMITS.length || !c.bounded.test(header)) return defaultLocale;
  const tags = header
    .split(',')
    .flatMap((entry, index) => {
      const groups = c.entry.exec(entry)?.groups;
      if (!groups?.tag) return [];
      const q = groups.q === undefined ? 1 : Number(groups.q);
      return q > 0 ? [{ tag: groups.tag, q, index }] : [];
    })
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((e) => e.tag);
  const found = tags.find((t) => c.sameScript.test(t)) ?? tags.find((t) => c.otherScript.test(t));
  return (found && localeOfTag(table, found)) || defaultLocale;
}

/** nginx's double-quoted string. */
function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * The same decision as nginx maps, for the http context: $docs_locale is
 * the reader's language. nginx reads Accept-Language in the order written.
 */
export function nginxNegotiationMaps(locales: readonly string[], defaultLocale: string): string {
  const table = decisionTable(locales);
  const p = patterns(table);
  // One entry of the list, found anywhere in the header: the first such entry wins.
  const item = (tag: string) => `(?:^|,)${OWS}(?<tag>${tag})${OWS}(?:;${OWS}q=${QVALUE_NOT_ZERO})?${OWS}(?:,|$)`;
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
  return `# Language negotiation (i18n/negotiate.ts): the first NEXT_LOCALE cookie if
# it names a language of the site; else Accept-Language, read only if it has
# at most ${ACCEPT_LANGUAGE_LIMITS.length} characters and ${ACCEPT_LANGUAGE_LIMITS.entries} entries: its first well-formed entry
# (as written, q not 0) that the site has in the same language and script,
# else the first in the same language; else ${defaultLocale}.
map $http_cookie $docs_cookie_value {
    default "";
    ${quote(`~${p.cookie}`)} $value;
}
map $docs_cookie_value $docs_cookie_locale {
    default "";
${locales.map((l) => `    ${quote(`~*^${OWS}${escape(l)}${OWS}$`)} ${l};`).join('\n')}
}
map $http_accept_language $docs_accept_language {
    default "";
    ${quote(`~${p.bounded}`)} $http_accept_language;
}
map $docs_accept_language $docs_accept_same_script {
    default "";
    ${quote(`~*${item(p.sameScript)}`)} $tag;
}
map $docs_accept_language $docs_accept_other_script {
    default "";
    ${quote(`~*${item(p.otherScript)}`)} $tag;
}
map "$docs_accept_same_script|$docs_accept_other_script" $docs_accept_locale {
    default ${defaultLocale};
${table.map((r) => `    ${quote(`~*^(?:${r.language}${END}[^|]*[|]|[|]${r.language}${END})`)} ${r.locale};`).join('\n')}
}
map $docs_cookie_locale $docs_locale {
    "" $docs_accept_locale;
    default $docs_cookie_locale;
}
`;
}

/**
 * The same decision in the browser, for the static export's root page:
 * navigator.languages stands for Accept-Language (it is already in the
 * reader's order), then the reader is sent to `/<locale><path>`.
 */
export function browserNegotiationScript(locales: readonly string[], defaultLocale: string, path: string): string {
  const table = decisionTable(locales);
  const p = patterns(table);
  const data = {
    cookie: p.cookie.replace('?<value>', ''),
    same: `^${p.sameScript}$`,
    other: `^${p.otherScript}$`,
    locales,
    languages: Object.fromEntries(table.map((r) => [r.language, r.locale])),
  };
  return `(function(d){var c=new RegExp(d.cookie).exec(document.cookie),v=c?c[1].replace(/^[ \\t]+|[ \\t]+$/g,'').toLowerCase():null,l=null,t=navigator.languages||[navigator.language||''],i,s=new RegExp(d.same,'i'),o=new RegExp(d.other,'i');for(i=0;i<d.locales.length;i++)if(d.locales[i].toLowerCase()===v)l=d.locales[i];for(i=0;!l&&i<t.length;i++)if(s.test(t[i]))l=d.languages[t[i].split('-')[0].toLowerCase()];for(i=0;!l&&i<t.length;i++)if(o.test(t[i]))l=d.languages[t[i].split('-')[0].toLowerCase()];location.replace('/'+(l||${JSON.stringify(defaultLocale)})+${JSON.stringify(path)})})(${JSON.stringify(data)});`;
}
