/**
 * Type-level tests, checked by `npm run typecheck` (never executed): each
 * `@ts-expect-error` line must fail to compile, or the check itself fails.
 */
import { document } from '@/guides/access-auth/document';
import { snippets } from '@/guides/access-auth/snippets';
import { VALUES } from '@/guides/access-auth/values';
import { getText } from '@/i18n/text';
import { defineDocument } from '@/lib/document/model';
import type en from '@/messages/en/docs/monitor/access-auth.json';

/** Server components read messages through getText: keys and ICU arguments come from the English catalog. */
export async function messagesAreTyped() {
  const doc = await getText({ namespace: 'doc' });
  doc('readingTime', { minutes: 3 });
  // @ts-expect-error the ICU message needs its {minutes} argument
  doc('readingTime');
  // @ts-expect-error an argument the message does not have, and not the one it needs
  doc('readingTime', { hours: 3 });
  // @ts-expect-error a key that is not in the English catalog
  doc('readingTme');

  const guide = await getText({ namespace: 'docs.monitor.accessAuth' });
  guide('twofa.setupSteps.addAccount');
  // @ts-expect-error a group of messages is not a message
  guide('twofa.setupSteps');
  // @ts-expect-error a step the catalog does not have
  guide('twofa.setupSteps.step4');

  const site = await getText({ namespace: 'site' });
  site('name');
  // @ts-expect-error a namespace reads only its own keys
  site('menuu');
  // @ts-expect-error a namespace that does not exist
  await getText({ namespace: 'sitee' });
}

/** A guide's document is checked against its English catalog, its values and its snippets. */
export function documentsAreTyped() {
  const define = defineDocument<typeof en, keyof typeof snippets>();
  define({
    values: VALUES,
    snippets,
    links: document.links,
    body: [
      { p: 'reaching.intro' },
      // @ts-expect-error a message the English catalog does not have
      { p: 'reaching.typo' },
      // @ts-expect-error a group of messages is not a paragraph
      { p: 'twofa.setupSteps' },
      // @ts-expect-error a list names a group of the catalog
      { list: 'twofa.setupStepz' },
      // @ts-expect-error an item the group does not have
      { list: 'twofa.setupSteps', after: { step4: [] } },
      // @ts-expect-error a snippet the guide does not have
      { code: 'nope' },
      {
        table: 'firstLaunch.choices',
        label: 'firstLaunch.heading',
        // @ts-expect-error a column's data must cover every row of the group, and only those
        columns: [{ header: 'firstLaunch.headerButton', cell: { label: { setup: 'Yes', skipp: 'No' } } }],
      },
    ],
  });
  define({
    // @ts-expect-error every {argument} the messages use needs a value
    values: { ...VALUES, uiSecurity: undefined },
    snippets,
    links: document.links,
    body: [],
  });
  define({
    // @ts-expect-error a value no message uses
    values: { ...VALUES, unused: 'x' },
    snippets,
    links: document.links,
    body: [],
  });
}
