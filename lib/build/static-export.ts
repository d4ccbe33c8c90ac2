import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/** Extensions of the static export's text files: served compressed, and stored pre-compressed. */
export const COMPRESSED_EXTENSIONS = ['.html', '.js', '.css', '.svg', '.xml', '.json', '.txt', '.md', '.map', '.webmanifest'] as const;

/**
 * Inserts a tag right after <meta charset>, so the charset declaration stays
 * the first thing in <head>: browsers look for it in the first 1024 bytes.
 */
export function insertAfterCharset(html: string, tag: string): string {
  const charset = /<meta\s+charset="utf-8"\s*\/?>/i.exec(html);
  if (!charset) throw new Error('no <meta charset="utf-8">');
  const end = charset.index + charset[0].length;
  return `${html.slice(0, end)}${tag}${html.slice(end)}`;
}

/** Where <meta charset> starts in a page, in bytes (-1 if it has none). */
export function charsetOffset(html: string): number {
  const at = html.search(/<meta\s+charset=/i);
  return at < 0 ? -1 : Buffer.byteLength(html.slice(0, at), 'utf8');
}

export type CompressedSizes = { raw: number; gzip: number; brotli: number };

/**
 * Stores each file pre-compressed next to itself, at the highest levels:
 * file.gz (gzip written by Zopfli, about 5% smaller than zlib's level 9 and
 * read by every gzip decoder) and file.br (Brotli 11), for nginx's
 * gzip_static and brotli_static. Zopfli is slow (about a quarter of a
 * second per guide page), so the files are shared among one worker thread
 * per core (lib/build/precompress-worker.mjs). Returns the total sizes.
 */
export async function precompressFiles(files: readonly string[]): Promise<CompressedSizes> {
  const queue = [...files];
  const total: CompressedSizes = { raw: 0, gzip: 0, brotli: 0 };
  const workers = Math.max(1, Math.min(availableParallelism(), queue.length));
  await Promise.all(
    Array.from(
      { length: workers },
      () =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(new URL('./precompress-worker.mjs', import.meta.url));
          let current: string | undefined;
          const next = () => {
            current = queue.shift();
            if (current === undefined) void worker.terminate().then(() => resolve(), reject);
            else worker.postMessage(current);
          };
          worker.on('message', (sizes: CompressedSizes) => {
            total.raw += sizes.raw;
            total.gzip += sizes.gzip;
            total.brotli += sizes.brotli;
            next();
          });
          worker.on('error', (error) => reject(new Error(`pre-compressing ${current ?? 'a file'}: ${error.message}`)));
          next();
        }),
    ),
  );
  return total;
}
