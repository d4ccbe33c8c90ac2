import { Fragment, type ReactNode } from 'react';
import type { DynamicText } from '@/i18n/text';
import { Verbatim } from '@/i18n/verbatim';
import { itemKey } from '@/lib/document/derive';
import type { AnyBlock, AnyCell, AnyDocument } from '@/lib/document/model';
import { linkHref } from '@/lib/document/resolve';
import { Callout } from './Callout';
import { CopyableCode } from './CopyableCode';
import { DocTable } from './DocTable';
import { Figure } from './Figure';
import { DocSection, Heading } from './Heading';
import { SmartLink } from './SmartLink';

type Context = {
  document: AnyDocument;
  text: DynamicText;
  /** "(opens in a new tab)", for links that leave the site. */
  newTab: string;
  /** "(in English)", for links to a page that is not in the reader's language. */
  inEnglish: string;
};

/** A guide's body, rendered from its document with the shared doc components. */
export function GuideArticle(context: Context) {
  return <Blocks blocks={context.document.body} depth={2} context={context} />;
}

function Blocks({ blocks, depth, context }: { blocks: readonly AnyBlock[]; depth: 2 | 3; context: Context }) {
  return blocks.map((block, i) => <Fragment key={i}>{render(block, depth, context)}</Fragment>);
}

function render(block: AnyBlock, depth: 2 | 3, context: Context): ReactNode {
  const { text, document } = context;
  const keys = text.keys;
  if ('p' in block) return <p>{text(block.p)}</p>;
  if ('section' in block) {
    const title = text.string(block.title);
    const heading = text(block.title);
    if (depth === 2) {
      return (
        <DocSection id={block.section} title={title} heading={heading}>
          <Blocks blocks={block.blocks} depth={3} context={context} />
        </DocSection>
      );
    }
    return (
      <>
        <Heading level={3} id={block.section} title={title} heading={heading} />
        <Blocks blocks={block.blocks} depth={3} context={context} />
      </>
    );
  }
  if ('callout' in block) {
    return (
      <Callout variant={block.callout} title={block.title ? text(block.title) : undefined}>
        <Blocks blocks={block.body} depth={depth} context={context} />
      </Callout>
    );
  }
  if ('list' in block) {
    const List = block.ordered ? 'ol' : 'ul';
    return (
      <List>
        {keys(block.list).map((id) => {
          const after = block.after?.[id];
          return (
            <li key={id}>
              {text(itemKey(block.list, id, block.field))}
              {after ? <Blocks blocks={after} depth={depth} context={context} /> : null}
            </li>
          );
        })}
      </List>
    );
  }
  if ('table' in block) {
    return (
      <DocTable
        label={text.string(block.label)}
        headers={block.columns.map((column) => text(column.header))}
        rows={text.keys(block.table).map((id) => block.columns.map((column) => cell(column.cell, block.table, id, context)))}
      />
    );
  }
  if ('links' in block) {
    return (
      <ul>
        {keys(block.links).map((id) => {
          const target = block.targets[id];
          if (!target) throw new Error(`No link target for ${block.links}.${id}`);
          const { href, external, hreflang } = linkHref(target, text.locale);
          return (
            <li key={id}>
              <SmartLink href={href} external={external} hreflang={hreflang} languageLabel={context.inEnglish} newTabLabel={context.newTab}>
                {text(itemKey(block.links, id, block.label))}
              </SmartLink>
              {block.tail ? text(itemKey(block.links, id, block.tail)) : null}
            </li>
          );
        })}
      </ul>
    );
  }
  if ('code' in block) {
    const snippet = document.snippets[block.code];
    if (!snippet) throw new Error(`No snippet "${block.code}" in the guide's snippets.`);
    return <CopyableCode {...snippet} textsFromPage />;
  }
  return <Figure {...block.figure} alt={text.string(block.alt)} caption={text(block.caption)} />;
}

function cell(cell: AnyCell, group: string, id: string, context: Context): ReactNode {
  const missing = () => new Error(`No cell data for ${group}.${id}`);
  if ('field' in cell) {
    const content = context.text(itemKey(group, id, cell.field));
    return cell.strong ? <strong>{content}</strong> : content;
  }
  if ('text' in cell) {
    const key = cell.text[id];
    if (!key) throw missing();
    return context.text(key);
  }
  if ('label' in cell) {
    const label = cell.label[id];
    if (label === undefined) throw missing();
    // A screen label stays English in every language: isolated, so its punctuation keeps its place, and whole when short.
    return (
      <strong>
        <Verbatim value={label} />
      </strong>
    );
  }
  if ('code' in cell) {
    const value = cell.code[id];
    if (value === undefined) throw missing();
    const items = typeof value === 'string' ? [value] : value;
    return items.map((item, i) => (
      <Fragment key={item}>
        {i > 0 ? ' · ' : null}
        <code>{item}</code>
      </Fragment>
    ));
  }
  const link = cell.link[id];
  if (!link) throw missing();
  return (
    <SmartLink href={link.href} external newTabLabel={context.newTab}>
      {link.text}
    </SmartLink>
  );
}
