import { request, type Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createFrontServer, decide, rawRefusal, statusForParseError } from '../../server/front';
import { parseArgs } from '../../server/main';
import { CACHE_CONTROL } from '../../lib/security-headers';

describe('decide: what the front does with a request line', () => {
  it('passes a path through unchanged', () => {
    expect(decide('GET', '/es/docs/?q=1')).toEqual({ kind: 'pass', target: '/es/docs/?q=1' });
    expect(decide('POST', '/en/docs/')).toEqual({ kind: 'pass', target: '/en/docs/' });
  });

  it('refuses the methods Fetch forbids with 405', () => {
    for (const method of ['TRACE', 'TRACK', 'CONNECT']) expect(decide(method, '/en/docs/')).toEqual({ kind: 'refuse', status: 405 });
  });

  it('reduces an absolute-form target to its path and query, whatever its host', () => {
    expect(decide('GET', 'http://evil.example/es/docs/')).toEqual({ kind: 'pass', target: '/es/docs/' });
    expect(decide('GET', 'HTTPS://evil.example:8443')).toEqual({ kind: 'pass', target: '/' });
    expect(decide('GET', 'http://evil.example?x=1')).toEqual({ kind: 'pass', target: '/?x=1' });
    expect(decide('GET', 'http://user@evil.example//x')).toEqual({ kind: 'redirect', location: '/x' });
  });

  it('refuses a target that is neither a path nor an http(s) URL', () => {
    for (const target of ['*', 'en/docs/', 'ftp://evil.example/', 'javascript:alert(1)', '']) expect(decide('GET', target)).toEqual({ kind: 'refuse', status: 400 });
  });

  it('redirects repeated slashes and backslashes to one slash, never to another host', () => {
    expect(decide('GET', '//evil.example/')).toEqual({ kind: 'redirect', location: '/evil.example/' });
    expect(decide('HEAD', '/\\evil.example/')).toEqual({ kind: 'redirect', location: '/evil.example/' });
    expect(decide('GET', '/es/docs//x/?a=//b')).toEqual({ kind: 'redirect', location: '/es/docs/x/?a=//b' });
    expect(decide('GET', '/\\/\\//')).toEqual({ kind: 'redirect', location: '/' });
  });

  it('refuses other methods on such paths rather than redirecting them', () => {
    expect(decide('POST', '//x')).toEqual({ kind: 'refuse', status: 405 });
  });
});

describe('parse errors', () => {
  it('maps Node.js parser errors to the status Node.js would send', () => {
    expect(statusForParseError('HPE_HEADER_OVERFLOW')).toBe(431);
    expect(statusForParseError('HPE_INVALID_METHOD')).toBe(405);
    expect(statusForParseError('ERR_HTTP_REQUEST_TIMEOUT')).toBe(408);
    expect(statusForParseError('HPE_INVALID_HEADER_TOKEN')).toBe(400);
    expect(statusForParseError(undefined)).toBe(400);
  });

  it('writes a complete HTTP response with the site’s headers and an exact length', () => {
    const raw = rawRefusal(431);
    const [head = '', body = ''] = raw.split('\r\n\r\n');
    expect(head.split('\r\n')[0]).toBe('HTTP/1.1 431 Request Header Fields Too Large');
    expect(head).toContain(`Cache-Control: ${CACHE_CONTROL.refused}`);
    expect(head).toContain('X-Content-Type-Options: nosniff');
    expect(head).toContain('Connection: close');
    expect(head).toContain(`Content-Length: ${Buffer.byteLength(body)}`);
    expect(rawRefusal(405)).toContain('\r\nAllow: GET, HEAD\r\n');
  });
});

describe('parseArgs: next start’s options', () => {
  it('reads -H and -p in both spellings', () => {
    expect(parseArgs(['-H', '127.0.0.1', '-p', '3100'], {})).toEqual({ hostname: '127.0.0.1', port: 3100 });
    expect(parseArgs(['--hostname=::1', '--port=8080'], {})).toEqual({ hostname: '::1', port: 8080 });
  });

  it('takes the port from PORT, then 3000, and listens everywhere without -H', () => {
    expect(parseArgs([], { PORT: '4000' })).toEqual({ port: 4000 });
    expect(parseArgs([], {})).toEqual({ port: 3000 });
    // A container's HOSTNAME is its name, not an address to bind to.
    expect(parseArgs([], { HOSTNAME: 'docs-7f9c2d' })).toEqual({ port: 3000 });
  });

  it('says what is wrong with an option', () => {
    expect(() => parseArgs(['--keepAliveTimeout', '5'], {})).toThrow(/Unknown option "--keepAliveTimeout"/);
    expect(() => parseArgs(['-p', 'http'], {})).toThrow(/Not a port/);
    expect(() => parseArgs(['-p', '70000'], {})).toThrow(/Not a port/);
    expect(() => parseArgs(['-H'], {})).toThrow(/-H needs a value/);
    expect(() => parseArgs(['--port='], {})).toThrow(/--port needs a value/);
  });
});

describe('the front server around a handler', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  async function listen(handle: Parameters<typeof createFrontServer>[0]): Promise<number> {
    server = createFrontServer(handle);
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    return (server?.address() as AddressInfo).port;
  }

  function send(port: number, text: string): Promise<string> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.write(text));
      let data = '';
      socket.on('data', (d) => (data += d));
      socket.on('end', () => resolve(data));
      socket.on('error', reject);
    });
  }

  it('hands the handler an origin-form URL and answers the rest itself', async () => {
    const seen: string[] = [];
    const port = await listen(async (req, res) => {
      seen.push(`${req.method} ${req.url}`);
      res.end('ok');
    });
    const ok = await send(port, 'GET http://evil.example/en/docs/ HTTP/1.1\r\nHost: docs\r\nConnection: close\r\n\r\n');
    expect(ok).toMatch(/^HTTP\/1\.1 200 /);
    const trace = await send(port, 'TRACE / HTTP/1.1\r\nHost: docs\r\n\r\n');
    expect(trace).toMatch(/^HTTP\/1\.1 405 /);
    const head = await send(port, 'HEAD //x HTTP/1.1\r\nHost: docs\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 308 /);
    expect(head).toContain('\r\nLocation: /x\r\n');
    expect(head.endsWith('\r\n\r\n')).toBe(true);
    const malformed = await send(port, 'GET / HTTP/1.1\r\nHost: docs\r\nBad Header\r\n\r\n');
    expect(malformed).toMatch(/^HTTP\/1\.1 400 /);
    expect(seen).toEqual(['GET /en/docs/']);
  });

  it('answers 500 with the site’s headers if the handler throws', async () => {
    const port = await listen(async () => {
      throw new Error('boom');
    });
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (e: unknown) => void errors.push(e);
    try {
      const status = await new Promise<number | undefined>((resolve, reject) => {
        request({ port, host: '127.0.0.1', path: '/' }, (res) => {
          res.resume();
          expect(res.headers['x-content-type-options']).toBe('nosniff');
          resolve(res.statusCode);
        })
          .on('error', reject)
          .end();
      });
      expect(status).toBe(500);
      expect(errors).toHaveLength(1);
    } finally {
      console.error = original;
    }
  });
});
