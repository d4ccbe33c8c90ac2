import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';

export type Position = { line: number; column: number };

export type SourceError = Position & { message: string; fix: string };

export type CatalogSource = {
  /** The parsed value, or undefined if the text is not valid JSON. */
  value: unknown;
  /** Syntax errors, with line and column (1-based). */
  syntaxErrors: SourceError[];
  /** Keys that appear twice in one object (JSON.parse silently keeps the last). */
  duplicates: (Position & { key: string })[];
  /** Where a dotted key path (`a.b.0.c`) starts in the file, or its nearest existing parent. */
  locate(key: string): Position;
};

const FIXES: Record<string, string> = {
  InvalidSymbol: 'Remove the stray character; strings must be in double quotes.',
  InvalidNumberFormat: 'Write the value as a number or put it in double quotes.',
  PropertyNameExpected: 'Put the key in double quotes, and remove a trailing comma before "}".',
  ValueExpected: 'Add the value after the colon, and remove a trailing comma before "]" or "}".',
  ColonExpected: 'Add a colon between the key and its value.',
  CommaExpected: 'Add a comma between the entries.',
  CloseBraceExpected: 'Close the object with "}".',
  CloseBracketExpected: 'Close the list with "]".',
  EndOfFileExpected: 'Remove the text after the last "}".',
  InvalidCommentToken: 'JSON has no comments; remove it.',
  UnexpectedEndOfComment: 'JSON has no comments; remove it.',
  UnexpectedEndOfString: 'Close the string with a double quote.',
  UnexpectedEndOfNumber: 'Complete the number.',
  InvalidUnicode: 'Fix the \\u escape: it needs four hexadecimal digits.',
  InvalidEscapeCharacter: 'Use a valid escape (\\" \\\\ \\n \\t \\uXXXX), or write the character itself.',
  InvalidCharacter: 'Escape control characters (a line break inside a string is written \\n).',
};

/** Line and column (1-based) of an offset in a text. */
export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function joinPath(parent: string, segment: string | number) {
  return parent ? `${parent}.${segment}` : String(segment);
}

/** Parses a catalog file with positions, reporting syntax errors and duplicate keys. */
export function parseCatalogSource(text: string): CatalogSource {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false });
  const syntaxErrors = errors.map((error) => {
    const code = printParseErrorCode(error.error);
    return {
      ...positionAt(text, error.offset),
      message: `Invalid JSON: ${code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}.`,
      fix: FIXES[code] ?? 'Compare this line with the English file.',
    };
  });

  const duplicates: CatalogSource['duplicates'] = [];
  const walk = (node: Node | undefined, path: string) => {
    if (!node) return;
    if (node.type === 'object') {
      const seen = new Set<string>();
      for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (!keyNode || typeof keyNode.value !== 'string') continue;
        const key = joinPath(path, keyNode.value);
        if (seen.has(keyNode.value)) duplicates.push({ key, ...positionAt(text, keyNode.offset) });
        seen.add(keyNode.value);
        walk(valueNode, key);
      }
    } else if (node.type === 'array') {
      (node.children ?? []).forEach((child, i) => walk(child, joinPath(path, i)));
    }
  };
  walk(root, '');

  let value: unknown;
  if (syntaxErrors.length === 0) {
    try {
      value = JSON.parse(text);
    } catch {
      value = undefined;
    }
  }

  const locate = (key: string): Position => {
    if (!root) return { line: 1, column: 1 };
    const segments: (string | number)[] = key ? key.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s)) : [];
    for (let n = segments.length; n >= 0; n--) {
      const node = findNodeAtLocation(root, segments.slice(0, n));
      if (node) {
        // Point at the key of a property, not its value.
        const at = node.parent?.type === 'property' && n > 0 ? node.parent.offset : node.offset;
        return positionAt(text, at);
      }
    }
    return { line: 1, column: 1 };
  };

  return { value, syntaxErrors, duplicates, locate };
}
