import type { NextRequest } from 'next/server';
import { contentNotAccepted, methodNotAllowed, payloadNotServed } from '@/lib/serving';

// The requests the site refuses without its proxy (lib/serving.ts):
// next.config.ts rewrites here every request with content and every request
// with one of Next.js's router headers, which the proxy never sees. The body
// is never read. Only `next start` builds this file (pageExtensions): the
// export has no server.

/** Whether the request carries content (the rewrite's other reason). */
function hasContent(request: NextRequest): boolean {
  return request.headers.has('transfer-encoding') || Number(request.headers.get('content-length') ?? 0) > 0;
}

export function GET(request: NextRequest): Response {
  return hasContent(request) ? contentNotAccepted() : payloadNotServed();
}

export const HEAD = GET;

export function POST(request: NextRequest): Response {
  return hasContent(request) ? methodNotAllowed() : payloadNotServed();
}

export const PUT = POST;
export const PATCH = POST;
export const DELETE = POST;
export const OPTIONS = POST;
