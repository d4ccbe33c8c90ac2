import type { EnhancementName, ScriptName } from '@/enhancements/elements';
import { readEnhancementManifest } from '@/lib/enhancements';

/** The URL of an enhancement's bundle (scripts/build-enhancements.ts), content-hashed. */
export function enhancementUrl(name: ScriptName): string {
  return readEnhancementManifest().scripts[name];
}

/**
 * The script that defines a custom element, rendered by the server
 * component that renders the element. An async script is placed in <head>
 * and rendered once however many elements ask for it (React 19), so a page
 * carries exactly the scripts of the elements it contains. An async module
 * script never blocks rendering; each element works once its script has run.
 */
export function EnhancementScript({ name }: { name: EnhancementName }) {
  return <script type="module" async src={enhancementUrl(name)} />;
}
