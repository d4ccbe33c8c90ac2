import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { precompressFiles } from '../../lib/build/static-export';

const dir = mkdtempSync(path.join(tmpdir(), 'precompress-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('precompressFiles (the build stores text files as .gz and .br for nginx)', () => {
  it('writes next to every file a gzip and a Brotli copy that decode to its exact bytes, and totals the sizes', async () => {
    const files = Array.from({ length: 5 }, (_, i) => {
      const file = path.join(dir, `page-${i}.html`);
      writeFileSync(file, `<!doctype html><p lang="ar">مرحبا ${'ProxMenux Monitor '.repeat(200 * (i + 1))}</p>\n`);
      return file;
    });
    const sizes = await precompressFiles(files);
    let raw = 0;
    for (const file of files) {
      const original = readFileSync(file);
      raw += original.length;
      expect(gunzipSync(readFileSync(`${file}.gz`)).equals(original), `${file}.gz`).toBe(true);
      expect(brotliDecompressSync(readFileSync(`${file}.br`)).equals(original), `${file}.br`).toBe(true);
    }
    expect(sizes.raw).toBe(raw);
    expect(sizes.gzip).toBe(files.reduce((sum, file) => sum + readFileSync(`${file}.gz`).length, 0));
    expect(sizes.brotli).toBe(files.reduce((sum, file) => sum + readFileSync(`${file}.br`).length, 0));
    expect(sizes.brotli).toBeLessThan(raw / 10);
  });

  it('fails, naming the file, when one cannot be read', async () => {
    const missing = path.join(dir, 'missing.html');
    await expect(precompressFiles([missing])).rejects.toThrow(/missing\.html/);
  });
});
