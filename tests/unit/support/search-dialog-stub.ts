import type { SearchTexts } from '@/enhancements/elements';

/** Stands in for the search dialog's script in unit tests: records each opening. */
export const openings: SearchTexts[] = [];

export function openSearch(texts: SearchTexts): void {
  openings.push(texts);
}
