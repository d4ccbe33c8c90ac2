import { buildEnhancements } from '../../../scripts/build-enhancements';

/** The server components render the enhancements' script URLs, which come from their build. */
export default async function setup(): Promise<void> {
  await buildEnhancements();
}
