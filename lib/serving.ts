/**
 * How the Node.js target answers what is not a page: the methods it
 * accepts, the request headers it ignores, and how a request reaches the
 * localized 404 page. Shared by proxy.ts (i18n/locale-proxy.ts),
 * next.config.ts, app/global-not-found.tsx, the route handler for requests
 * with content, and the tests.
 */
import { CACHE_CONTROL } from './security-headers';

/** The only methods the site answers; everything else gets 405 with this Allow header. */
export const ALLOWED_METHODS: readonly string[] = ['GET', 'HEAD'];
export const ALLOW = ALLOWED_METHODS.join(', ');

/**
 * Request headers the proxy sets on a request it sends to the 404 page:
 * next.config.ts rewrites a request carrying NOT_FOUND_HEADER to
 * UNMATCHED_PATH, a path no route matches, which app/global-not-found.tsx
 * answers with status 404 in the language of NOT_FOUND_LOCALE_HEADER. The
 * proxy removes both from every request it lets through, so a client
 * cannot set them.
 */
export const NOT_FOUND_HEADER = 'x-docs-not-found';
export const NOT_FOUND_LOCALE_HEADER = 'x-docs-locale';
export const UNMATCHED_PATH = '/_/not-found/';

/**
 * Next.js's router headers (its CDN guide): what its client-side router
 * sends to ask for a React Server Components payload instead of a page.
 * The site does not use that router (every link is a plain link), and
 * Next.js hides these headers from the proxy (and fails with a 500 on a
 * malformed one once a request has passed the proxy), so such requests
 * bypass the proxy too (its matcher) and next.config.ts sends them to
 * REFUSED_PATH: 406, never stored. No page is ever rendered as a payload.
 */
export const ROUTER_REQUEST: readonly { type: 'header'; key: string; value?: string }[] = [
  { type: 'header', key: 'rsc' },
  { type: 'header', key: 'next-router-state-tree' },
  { type: 'header', key: 'next-router-prefetch' },
  { type: 'header', key: 'next-router-segment-prefetch' },
];

/**
 * Request headers the proxy removes before Next.js sees them:
 * - Range and the preconditions that can fail: the site's files are small
 *   and never change under the same URL, so they are always sent whole
 *   (nginx: `max_ranges 0`), and Next.js's static file server cannot turn
 *   an unsatisfiable range or a failed precondition into anything but a 500;
 * - the proxy's own headers for the 404 page.
 */
export const IGNORED_REQUEST_HEADERS: readonly string[] = [
  'range',
  'if-range',
  'if-match',
  'if-unmodified-since',
  NOT_FOUND_HEADER,
  NOT_FOUND_LOCALE_HEADER,
];

/**
 * A request with content: a Transfer-Encoding, or a Content-Length above
 * 0. The site takes none. Next.js reads (and buffers) the body of every
 * request the proxy sees before the proxy's answer is sent, and logs an
 * error when a client aborts it, so these requests bypass the proxy
 * (its matcher) and next.config.ts rewrites them to REFUSED_PATH, a route
 * handler that answers without reading the body.
 */
export const REQUEST_CONTENT: readonly { type: 'header'; key: string; value?: string }[] = [
  { type: 'header', key: 'transfer-encoding' },
  { type: 'header', key: 'content-length', value: '0*[1-9][0-9]*' },
];
export const REFUSED_PATH = '/request-refused/';

/**
 * What each refusal says, in plain text: the route handler for requests
 * with content, the proxy, and the Node.js front (server/front.ts), which
 * answers what Next.js cannot (TRACE, requests Node.js's parser rejects).
 */
export const REFUSALS = {
  400: 'Bad request: this site could not read the request.',
  405: 'Method not allowed: this site answers GET and HEAD only.',
  406: 'Not acceptable: this site serves HTML pages only.',
  408: 'Request timeout: the request did not arrive in time.',
  413: 'Content too large: this site accepts no request content.',
  431: 'Request header fields too large: send fewer or shorter headers.',
} as const;
export type RefusalStatus = keyof typeof REFUSALS;

/**
 * The headers every refusal carries, wherever it is made (this module's
 * Fetch responses, and the Node.js front's raw answers): plain text, never
 * stored, and for a 405 the methods that are allowed.
 */
export function refusalHeaders(status: RefusalStatus): Record<string, string> {
  return { 'content-type': 'text/plain; charset=utf-8', 'cache-control': CACHE_CONTROL.refused, ...(status === 405 ? { allow: ALLOW } : {}) };
}

/** Plain-text answer for refused requests: short, never cached. */
function refusal(status: RefusalStatus, extra: Record<string, string> = {}): Response {
  return new Response(`${REFUSALS[status]}\n`, { status, headers: { ...refusalHeaders(status), ...extra } });
}

/** A method the site does not answer. */
export function methodNotAllowed(): Response {
  return refusal(405);
}

/** A GET or HEAD request with content: the site takes none, so any is too large. */
export function contentNotAccepted(): Response {
  return refusal(413);
}

/** A request with one of Next.js's router headers (ROUTER_REQUEST). */
export function payloadNotServed(): Response {
  return refusal(406, { vary: 'RSC' });
}
