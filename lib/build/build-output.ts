/** The build folder (Next's default). */
export function distDir(): string {
  return '.next';
}
