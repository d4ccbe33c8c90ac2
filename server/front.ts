/**
 * The Node.js target's front: a plain `node:http` server that hands every
 * request to Next.js (its documented custom server, `next()` and
 * `getRequestHandler()`), after answering itself the few requests that
 * Next.js or Node.js would otherwise answer before the site's code runs:
 *
 * - TRACE, TRACK and CONNECT: Next.js builds a Fetch request for its proxy,
 *   and Fetch forbids these methods, so Next.js fails with a 500. Here: 405.
 * - An absolute-form request target (`GET http://other.example/ HTTP/1.1`):
 *   Next.js takes its host for the page's, and redirects to it. Here the
 *   target is reduced to its path and query, as nginx does; the request's
 *   own Host header stays what it was.
 * - A path with a repeated slash or a backslash: Next.js redirects it
 *   without the site's headers. Here: the same 308, with them.
 * - Requests Node.js's parser rejects (a malformed line or header, headers
 *   over its 16 KB limit, an unknown method): Node.js sends a bare 400 or
 *   431. Here: the same statuses (405 for an unknown method), with the
 *   site's headers and a line of text.
 *
 * Every answer made here carries the site's headers (lib/security-headers.ts),
 * a Cache-Control from the site's table, and `Connection: close`, so no
 * request body is ever read. server/main.ts starts it (`npm start`).
 */
import { STATUS_CODES, createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { CACHE_CONTROL, contentSecurityPolicy, securityHeaders } from '../lib/security-headers';
import { ALLOWED_METHODS, REFUSALS, refusalHeaders, type RefusalStatus } from '../lib/serving';

/** Methods the Fetch standard forbids: Next.js cannot build a request for its proxy with them. */
const FORBIDDEN_METHODS: readonly string[] = ['CONNECT', 'TRACE', 'TRACK'];

/** What the front does with a request. */
export type FrontDecision =
  | { kind: 'pass'; target: string }
  | { kind: 'refuse'; status: RefusalStatus }
  | { kind: 'redirect'; location: string };

/**
 * Decides from the request line alone: the method, and the request target
 * exactly as sent.
 */
export function decide(method: string, target: string): FrontDecision {
  if (FORBIDDEN_METHODS.includes(method)) return { kind: 'refuse', status: 405 };
  let originForm = target;
  if (!target.startsWith('/')) {
    // Absolute-form (RFC 9112, 3.2.2): keep the path and query, drop the scheme and authority.
    const absolute = /^https?:\/\/[^/?#]*(.*)$/i.exec(target);
    if (!absolute) return { kind: 'refuse', status: 400 };
    const rest = absolute[1] ?? '';
    originForm = rest.startsWith('/') ? rest : `/${rest}`;
  }
  const queryAt = originForm.indexOf('?');
  const path = queryAt === -1 ? originForm : originForm.slice(0, queryAt);
  const query = queryAt === -1 ? '' : originForm.slice(queryAt);
  if (/\/\/|\\/.test(path)) {
    if (!ALLOWED_METHODS.includes(method)) return { kind: 'refuse', status: 405 };
    return { kind: 'redirect', location: path.replace(/\\/g, '/').replace(/\/{2,}/g, '/') + query };
  }
  return { kind: 'pass', target: originForm };
}

/** The site's security headers, the same on every answer (lib/security-headers.ts). */
const SITE_HEADERS: Readonly<Record<string, string>> = Object.fromEntries(securityHeaders(contentSecurityPolicy()).map(({ key, value }) => [key, value]));

/** `content-type` → `Content-Type`: header names as Node.js writes its own. */
const headerCase = (name: string) => name.replace(/(^|-)([a-z])/g, (_, dash: string, letter: string) => dash + letter.toUpperCase());

/** An answer the front makes itself: the site's headers, the given ones, a plain-text body, and `Connection: close`. */
function plainAnswer(headers: Record<string, string>, body: string): { headers: Record<string, string>; body: string } {
  const all = { ...SITE_HEADERS, ...headers, 'content-length': String(Buffer.byteLength(body)), connection: 'close' };
  return { headers: Object.fromEntries(Object.entries(all).map(([name, value]) => [headerCase(name), value])), body };
}

/** A refusal: its status, the site's headers, one line of text. */
export function refusal(status: RefusalStatus): { status: number; headers: Record<string, string>; body: string } {
  return { status, ...plainAnswer(refusalHeaders(status), `${REFUSALS[status]}\n`) };
}

/** A refusal written straight to a socket, when Node.js has no response object to give (its parser rejected the request). */
export function rawRefusal(status: RefusalStatus): string {
  const { headers, body } = refusal(status);
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  return `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${lines.join('\r\n')}\r\n\r\n${body}`;
}

/** The status for a request Node.js's parser rejected (its error codes are llhttp's, documented with `clientError`). */
export function statusForParseError(code: string | undefined): RefusalStatus {
  if (code === 'HPE_HEADER_OVERFLOW') return 431;
  if (code === 'HPE_INVALID_METHOD') return 405;
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return 408;
  return 400;
}

function answer(res: ServerResponse, method: string, decision: Exclude<FrontDecision, { kind: 'pass' }>): void {
  if (decision.kind === 'redirect') {
    const { headers, body } = plainAnswer({ location: decision.location, 'content-type': 'text/plain; charset=utf-8', 'cache-control': CACHE_CONTROL.redirect }, `${decision.location}\n`);
    res.writeHead(308, headers);
    res.end(method === 'HEAD' ? undefined : body);
    return;
  }
  const { status, headers, body } = refusal(decision.status);
  res.writeHead(status, headers);
  res.end(method === 'HEAD' ? undefined : body);
}

/** Next.js's request handler, as `next().getRequestHandler()` returns it. */
export type NextHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** The front server around Next.js's handler (not listening yet). */
export function createFrontServer(handle: NextHandler): Server {
  const server = createServer((req, res) => {
    const method = req.method ?? 'GET';
    const decision = decide(method, req.url ?? '/');
    if (decision.kind !== 'pass') return answer(res, method, decision);
    req.url = decision.target;
    handle(req, res).catch((error: unknown) => {
      // Next.js answers its own errors; this is only for one it throws.
      console.error(error);
      if (res.headersSent) return void res.destroy();
      const { headers, body } = plainAnswer({ 'content-type': 'text/plain; charset=utf-8', 'cache-control': CACHE_CONTROL.refused }, 'Internal error.\n');
      res.writeHead(500, headers);
      res.end(body);
    });
  });
  // CONNECT never reaches the request listener.
  server.on('connect', (_req: IncomingMessage, socket: Duplex) => {
    socket.end(rawRefusal(405));
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // Nothing to answer on a connection the client has closed.
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    socket.end(rawRefusal(statusForParseError(error.code)));
  });
  return server;
}
