/**
 * How the reader's language is chosen at `/`, as a table of requests and
 * the language each must get. The Node proxy (i18n/negotiate.ts) and the
 * static export's nginx configuration must give the same answer for every
 * case in NEGOTIATION_CASES: tests/unit/negotiate.test.ts checks the
 * function, tests/e2e/negotiation.spec.ts checks both servers.
 *
 * A case's Accept-Language may hold tabs (`\t`): send it as it is.
 *
 * NODE_ONLY_CASES are decided correctly by the Node proxy only: nginx reads
 * Accept-Language in the order it is written and cannot sort by q-values.
 * They are kept out of the shared table on purpose (README, "Language
 * negotiation").
 */
export type NegotiationCase = {
  /** What the case is about. */
  name: string;
  acceptLanguage?: string;
  /** The raw NEXT_LOCALE cookie value (sent as `Cookie: NEXT_LOCALE=<value>`). */
  cookie?: string;
  /** A whole Cookie header, for cases about the header itself. */
  cookieHeader?: string;
  expected: string;
  /** For NODE_ONLY_CASES: what the static export's nginx answers (the first listed language). */
  nginx?: string;
};

/** The Cookie header a case sends, if any. */
export function cookieHeader(c: NegotiationCase): string | undefined {
  return c.cookieHeader ?? (c.cookie === undefined ? undefined : `NEXT_LOCALE=${c.cookie}`);
}

export const NEGOTIATION_CASES: NegotiationCase[] = [
  { name: 'no header', expected: 'en' },
  { name: 'empty header', acceptLanguage: '', expected: 'en' },
  { name: 'a supported language', acceptLanguage: 'es', expected: 'es' },
  { name: 'a regional variant (Mexico)', acceptLanguage: 'es-MX', expected: 'es' },
  { name: 'a regional variant (Latin America)', acceptLanguage: 'es-419', expected: 'es' },
  { name: 'a regional variant of the default language', acceptLanguage: 'en-GB', expected: 'en' },
  { name: 'any letter case', acceptLanguage: 'ES-mx', expected: 'es' },
  { name: 'a typical browser list', acceptLanguage: 'es-AR,es;q=0.9,en;q=0.8', expected: 'es' },
  { name: 'English first, Spanish second', acceptLanguage: 'en-US,en;q=0.9,es;q=0.8', expected: 'en' },
  { name: 'an unsupported language first', acceptLanguage: 'ja-JP,ja;q=0.9,es;q=0.8,en;q=0.7', expected: 'es' },
  { name: 'spaces around the separators', acceptLanguage: ' ja , es ;q=0.7 ', expected: 'es' },
  { name: 'only unsupported languages', acceptLanguage: 'ja-JP,ko;q=0.9', expected: 'en' },
  { name: 'a related language is not guessed', acceptLanguage: 'ca-ES,gl;q=0.9', expected: 'en' },
  { name: 'Ukrainian does not become Russian', acceptLanguage: 'uk-UA,uk;q=0.9', expected: 'en' },
  { name: 'Ukrainian first, Russian listed', acceptLanguage: 'uk,ru;q=0.8', expected: 'ru' },
  // Regional and script variants of the languages the site has.
  { name: 'German (Austria)', acceptLanguage: 'de-AT', expected: 'de' },
  { name: 'German (Switzerland), with q-values', acceptLanguage: 'de-CH,de;q=0.9,en;q=0.8', expected: 'de' },
  { name: 'French (Canada)', acceptLanguage: 'fr-CA', expected: 'fr' },
  { name: 'Italian (Italy)', acceptLanguage: 'it-IT', expected: 'it' },
  { name: 'Italian (Switzerland), then German and French', acceptLanguage: 'it-CH,de-CH;q=0.8,fr-CH;q=0.6', expected: 'it' },
  { name: 'Italian with no region', acceptLanguage: 'it', expected: 'it' },
  { name: 'Portuguese (Portugal) reads Brazilian Portuguese', acceptLanguage: 'pt-PT', expected: 'pt-BR' },
  { name: 'Portuguese with no region', acceptLanguage: 'pt', expected: 'pt-BR' },
  { name: 'Portuguese (Brazil), lower case', acceptLanguage: 'pt-br', expected: 'pt-BR' },
  { name: 'Russian (Russia)', acceptLanguage: 'ru-RU', expected: 'ru' },
  { name: 'Arabic (Egypt)', acceptLanguage: 'ar-EG', expected: 'ar' },
  { name: 'Arabic (Saudi Arabia), then English', acceptLanguage: 'ar-SA,en;q=0.5', expected: 'ar' },
  { name: 'Chinese (China)', acceptLanguage: 'zh-CN', expected: 'zh-Hans' },
  { name: 'Chinese (Singapore)', acceptLanguage: 'zh-SG', expected: 'zh-Hans' },
  { name: 'Chinese with no region', acceptLanguage: 'zh', expected: 'zh-Hans' },
  { name: 'Simplified Chinese by its script subtag', acceptLanguage: 'zh-Hans', expected: 'zh-Hans' },
  { name: 'Simplified Chinese as written in Taiwan', acceptLanguage: 'zh-Hans-TW', expected: 'zh-Hans' },
  { name: 'a Chinese extended-language tag is not Chinese itself', acceptLanguage: 'zh-yue', expected: 'en' },
  // Traditional Chinese (README, "Language negotiation"): Simplified Chinese
  // only when the reader lists no other language the site has.
  { name: 'Traditional Chinese only (Taiwan)', acceptLanguage: 'zh-TW', expected: 'zh-Hans' },
  { name: 'Traditional Chinese only (Hong Kong)', acceptLanguage: 'zh-HK,zh-Hant;q=0.9', expected: 'zh-Hans' },
  { name: 'Traditional Chinese by its script subtag', acceptLanguage: 'zh-Hant', expected: 'zh-Hans' },
  { name: 'Traditional Chinese, then English', acceptLanguage: 'zh-TW,zh;q=0.9,en-US;q=0.8,en;q=0.7', expected: 'zh-Hans' },
  { name: 'Traditional Chinese only, then English', acceptLanguage: 'zh-TW,zh-HK;q=0.9,en;q=0.8', expected: 'en' },
  { name: 'Traditional Chinese, then Spanish', acceptLanguage: 'zh-Hant-TW,es;q=0.5', expected: 'es' },
  { name: 'Traditional, then Simplified Chinese', acceptLanguage: 'zh-TW,zh-CN;q=0.8', expected: 'zh-Hans' },
  { name: 'the wildcard', acceptLanguage: '*', expected: 'en' },
  { name: 'q=0 refuses a language', acceptLanguage: 'es;q=0,en;q=0.5', expected: 'en' },
  { name: 'q=0.000 refuses a language too', acceptLanguage: 'es;q=0.000', expected: 'en' },
  { name: 'a small but positive q still counts', acceptLanguage: 'ja,es;q=0.001', expected: 'es' },
  { name: 'a malformed header', acceptLanguage: ';;q=x,,*;q=', expected: 'en' },
  { name: 'an underscore instead of a hyphen', acceptLanguage: 'es_ES', expected: 'en' },
  { name: 'a dangling hyphen', acceptLanguage: 'es-', expected: 'en' },
  { name: 'a subtag longer than eight characters', acceptLanguage: 'es-abcdefghij', expected: 'en' },
  { name: 'not a language tag at all', acceptLanguage: '¿qué?, <script>', expected: 'en' },
  { name: 'the cookie wins over Accept-Language', acceptLanguage: 'en-US', cookie: 'es', expected: 'es' },
  { name: 'the cookie in any case', acceptLanguage: 'en-US', cookie: 'ES', expected: 'es' },
  { name: 'a cookie naming a regional locale, in any case', acceptLanguage: 'en-US', cookie: 'pt-br', expected: 'pt-BR' },
  { name: 'a cookie naming a script locale', acceptLanguage: 'zh-TW', cookie: 'zh-Hans', expected: 'zh-Hans' },
  { name: 'a cookie for a language the header does not list', acceptLanguage: 'ar-EG', cookie: 'ru', expected: 'ru' },
  { name: 'a cookie naming an unknown language is ignored', acceptLanguage: 'es', cookie: 'xx', expected: 'es' },
  { name: 'a malformed cookie is ignored', acceptLanguage: 'es', cookie: '%E0%A4%A', expected: 'es' },
  // Malformed entries are skipped, each on its own (RFC 9110: a language
  // range and an optional q-value of at most three decimals, nothing else).
  { name: 'an empty q-value', acceptLanguage: 'de;q=', expected: 'en' },
  { name: 'two q-values', acceptLanguage: 'de;q=0.5;q=0.9', expected: 'en' },
  { name: 'a q-value in exponent notation', acceptLanguage: 'de;q=1e3', expected: 'en' },
  { name: 'empty parameters', acceptLanguage: 'de;;;', expected: 'en' },
  { name: 'a q-value above 1', acceptLanguage: 'de;q=1.5', expected: 'en' },
  { name: 'a q-value with four decimals', acceptLanguage: 'de;q=0.0001', expected: 'en' },
  { name: 'spaces around the equals sign', acceptLanguage: 'de;q = 0.5', expected: 'en' },
  { name: 'a parameter other than q', acceptLanguage: 'de;level=1', expected: 'en' },
  { name: 'a malformed entry does not hide the next one', acceptLanguage: 'de;q=1e3, es', expected: 'es' },
  { name: 'the q parameter in capitals', acceptLanguage: 'DE;Q=0.5', expected: 'de' },
  { name: 'whitespace around the semicolon', acceptLanguage: 'de ; q=0.5', expected: 'de' },
  { name: 'tabs as whitespace', acceptLanguage: 'ja,\tfr\t;\tq=0.4', expected: 'fr' },
  { name: 'q=1.000', acceptLanguage: 'ja,ru;q=1.000', expected: 'ru' },
  // Bounded: a header longer than 512 characters or with more than 32
  // entries is not read at all (README, "Language negotiation").
  { name: 'a header of 512 characters is read', acceptLanguage: `es,${'x'.repeat(509)}`, expected: 'es' },
  { name: 'a header of 513 characters is not read', acceptLanguage: `es,${'x'.repeat(510)}`, expected: 'en' },
  { name: 'a header of 32 entries is read', acceptLanguage: `es${',x'.repeat(31)}`, expected: 'es' },
  { name: 'a header of 33 entries is not read', acceptLanguage: `es${',x'.repeat(32)}`, expected: 'en' },
  { name: 'an 8 KB header is not read', acceptLanguage: `es,${'de-DE;q=0.5,'.repeat(680)}fr`, expected: 'en' },
  { name: 'a too long header does not hide the cookie', acceptLanguage: 'x,'.repeat(4000), cookie: 'ru', expected: 'ru' },
  // The Cookie header: the first NEXT_LOCALE decides, even if it names no language.
  { name: 'two NEXT_LOCALE cookies: the first', cookieHeader: 'NEXT_LOCALE=de; NEXT_LOCALE=fr', expected: 'de' },
  { name: 'a first NEXT_LOCALE naming no language', acceptLanguage: 'es', cookieHeader: 'NEXT_LOCALE=xx; NEXT_LOCALE=fr', expected: 'es' },
  { name: 'the cookie among others', acceptLanguage: 'es', cookieHeader: 'theme=dark; NEXT_LOCALE=ru; x=1', expected: 'ru' },
  { name: 'a cookie name in other letters is another cookie', acceptLanguage: 'es', cookieHeader: 'next_locale=ru', expected: 'es' },
  { name: 'a cookie whose name ends in NEXT_LOCALE is another cookie', acceptLanguage: 'es', cookieHeader: 'MY_NEXT_LOCALE=ru', expected: 'es' },
  { name: 'an empty cookie', acceptLanguage: 'es', cookieHeader: 'NEXT_LOCALE=', expected: 'es' },
  { name: 'a quoted cookie value is not a language', acceptLanguage: 'es', cookieHeader: 'NEXT_LOCALE="ru"', expected: 'es' },
];

export const NODE_ONLY_CASES: NegotiationCase[] = [
  { name: 'q-values out of order', acceptLanguage: 'en;q=0.5,es', expected: 'es', nginx: 'en' },
  { name: 'a preferred language listed last', acceptLanguage: 'en;q=0.1,ja;q=0.5,es;q=0.9', expected: 'es', nginx: 'en' },
];
