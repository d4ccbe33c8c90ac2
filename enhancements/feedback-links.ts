import { define, headerBottom, lastHeadingReached } from './dom';

/** A heading counts as reached once it is this close to the sticky header (as in the language menu). */
const REACH = 120;

/** What a report adds to the issue the server prefilled: the section the reader is in, and its message keys. */
export type IssueDetails = { section?: string; messages?: string };

/**
 * The text of an issue with the reader's section and, on a translation
 * report (the issue that names a catalog `File:`), the keys of that
 * section's messages in it. The lines before the first blank line are
 * `Key: value` (components/doc/DocPage.tsx); they stay in the order Page,
 * Language, Section, File, Messages, and what follows is left as it is.
 * Lines the server did not write (a Section from an earlier activation)
 * are replaced, never repeated.
 */
export function issueBody(body: string, { section, messages }: IssueDetails): string {
  const end = body.indexOf('\n\n');
  const head = (end < 0 ? body : body.slice(0, end)).split('\n').filter((line) => !/^(Section|Messages): /.test(line));
  const rest = end < 0 ? '' : body.slice(end);
  const page = head.find((line) => line.startsWith('Page: '))?.slice('Page: '.length);
  const lines: string[] = [];
  for (const line of head) {
    lines.push(line);
    if (line.startsWith('Language: ') && section && page) {
      const url = new URL(page);
      url.hash = section;
      lines.push(`Section: ${url.href}`);
    }
    if (line.startsWith('File: ') && messages) lines.push(`Messages: ${messages}`);
  }
  return lines.join('\n') + rest;
}

/** An issue link (GitHub's `issues/new?title=…&body=…`) with its body completed by issueBody. */
export function issueUrl(href: string, details: IssueDetails): string {
  const url = new URL(href);
  const body = url.searchParams.get('body');
  if (body === null) return href;
  url.searchParams.set('body', issueBody(body, details));
  return url.href;
}

/** The id a URL fragment names (`#real-client-ip`), decoded; '' without one. */
function fragmentId(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return hash.slice(1);
  }
}

/**
 * The id of the h2 section a heading belongs to: its own for an h2, the last
 * h2 before it for an h3 (the keys are kept by h2, lib/document/sections.ts).
 * Any other id (none: the page's opening) is its own.
 */
export function ownerId(headings: readonly HTMLElement[], id: string): string {
  let owner: string | undefined;
  for (const heading of headings) {
    if (heading.tagName === 'H2') owner = heading.id;
    if (heading.id === id) return owner ?? id;
  }
  return id;
}

/**
 * <feedback-links> around a guide's feedback links (components/doc/
 * PageFeedback.tsx), which work without it: each opens an issue naming the
 * page and its language. It adds the section the reader is in (the last
 * heading reached below the sticky header, else the one the address
 * names) and, to the translation report, the message keys of that section
 * from its `sections` attribute (JSON: h2 id → keys, '' for the page's
 * opening, an h3 taking its h2's; lib/document/sections.ts). It does so
 * whenever a link may be followed or copied: a click (Enter on a link is
 * one), a middle click, the context menu, focus, or the pointer on it, so
 * "open in a new tab" and "copy link" get the same address.
 */
class FeedbackLinks extends HTMLElement {
  static readonly events = ['click', 'auxclick', 'contextmenu', 'focusin', 'pointerover'] as const;
  /** Each link's address as the server wrote it: every rewrite starts from it. */
  #original = new WeakMap<HTMLAnchorElement, string>();

  connectedCallback() {
    for (const type of FeedbackLinks.events) this.addEventListener(type, this.#update);
  }

  disconnectedCallback() {
    for (const type of FeedbackLinks.events) this.removeEventListener(type, this.#update);
  }

  /** The section keys of the page, by heading id; empty on English pages, which carry none. */
  get #sections(): Record<string, string> {
    try {
      const parsed: unknown = JSON.parse(this.getAttribute('sections') ?? '{}');
      if (typeof parsed !== 'object' || parsed === null) return {};
      return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
    } catch {
      return {};
    }
  }

  #update = (event: Event) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href]') : null;
    if (!link || !this.contains(link)) return;
    const original = this.#original.get(link) ?? link.href;
    this.#original.set(link, original);
    const headings = [...document.querySelectorAll<HTMLElement>('main h2[id], main h3[id]')];
    const section = lastHeadingReached(headings, headerBottom() + REACH)?.id ?? fragmentId(window.location.hash);
    link.href = issueUrl(original, { section: section || undefined, messages: this.#sections[ownerId(headings, section)] });
  };
}

define('feedback-links', FeedbackLinks);
