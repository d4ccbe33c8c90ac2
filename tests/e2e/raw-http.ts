import { connect as tcp } from 'node:net';
import { connect as tls } from 'node:tls';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';

export type RawResponse = { status: number; headers: Map<string, string[]>; body: Buffer; text: string };

/**
 * Sends one request exactly as written (no URL normalization, no default
 * headers) and reads the whole response. Browsers and fetch() refuse or
 * rewrite malformed URLs; a client on the network does not.
 */
export function rawRequest(baseURL: string, target: string, headers: Record<string, string> = {}, method = 'GET', body = ''): Promise<RawResponse> {
  const base = new URL(baseURL);
  // An IPv6 literal keeps its brackets in a URL, not in a socket address.
  const hostname = base.hostname.replace(/^\[(.*)\]$/, '$1');
  const port = Number(base.port || (base.protocol === 'https:' ? 443 : 80));
  // The target's Host, unless the caller names another.
  const host = Object.keys(headers).some((k) => k.toLowerCase() === 'host') ? [] : [`Host: ${base.host}`];
  const lines = [`${method} ${target} HTTP/1.1`, ...host, 'Connection: close', ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
  // The body as given: the caller writes its Content-Length or Transfer-Encoding.
  const request = Buffer.from(`${lines.join('\r\n')}\r\n\r\n${body}`, 'latin1');
  return new Promise((resolve, reject) => {
    const socket =
      base.protocol === 'https:'
        ? tls({ host: hostname, port, servername: 'localhost', rejectUnauthorized: false }, () => socket.write(request))
        : tcp({ host: hostname, port }, () => socket.write(request));
    const chunks: Buffer[] = [];
    socket.setTimeout(20_000, () => socket.destroy(new Error(`timeout: ${method} ${target}`)));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    const finish = (error?: Error) => {
      try {
        resolve(parse(Buffer.concat(chunks), method));
      } catch (parseError) {
        reject(error ?? parseError);
      }
    };
    // A server may answer and close before it has read a body it refuses:
    // what it answered counts, not the reset that follows.
    socket.on('error', finish);
    socket.on('end', () => finish());
  });
}

function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = body.indexOf('\r\n', at);
    if (lineEnd < 0) break;
    const size = parseInt(body.subarray(at, lineEnd).toString('latin1'), 16);
    if (!size) break;
    parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

function parse(data: Buffer, method: string): RawResponse {
  const split = data.indexOf('\r\n\r\n');
  if (split < 0) throw new Error(`no complete response: ${data.toString('latin1').slice(0, 200)}`);
  const [statusLine = '', ...headerLines] = data.subarray(0, split).toString('latin1').split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1]);
  const headers = new Map<string, string[]>();
  for (const line of headerLines) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim().toLowerCase();
    headers.set(name, [...(headers.get(name) ?? []), line.slice(colon + 1).trim()]);
  }
  let body = method === 'HEAD' ? Buffer.alloc(0) : data.subarray(split + 4);
  if (headers.get('transfer-encoding')?.includes('chunked')) body = dechunk(body);
  const encoding = headers.get('content-encoding')?.[0];
  const decoded = encoding === 'gzip' ? gunzipSync(body) : encoding === 'br' ? brotliDecompressSync(body) : body;
  return { status, headers, body, text: decoded.toString('utf8') };
}

/** One header's value (several are joined with ", "). */
export function header(response: RawResponse, name: string): string | undefined {
  return response.headers.get(name.toLowerCase())?.join(', ');
}
