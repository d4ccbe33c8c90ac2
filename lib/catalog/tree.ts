/** A JSON object as found in a catalog file. */
export type JsonObject = { [key: string]: unknown };

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Joins key segments the way next-intl addresses them: `a.b.0.c`. */
export function joinKey(parent: string, segment: string | number): string {
  return parent ? `${parent}.${segment}` : String(segment);
}

/** Every string leaf of a tree, keyed by its dotted path. */
export function flattenStrings(tree: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') out.set(path, value);
    else if (Array.isArray(value)) value.forEach((item, i) => walk(item, joinKey(path, i)));
    else if (isObject(value)) for (const [k, v] of Object.entries(value)) walk(v, joinKey(path, k));
  };
  walk(tree, prefix);
  return out;
}

export type MergeResult<T> = {
  messages: T;
  /** Dotted paths whose text came from the base (English) tree. */
  fallbackKeys: string[];
};

/**
 * Lays a translated tree over the base tree. The result always has exactly
 * the base's shape: anything the translation lacks (or has in the wrong
 * shape) is taken from the base and reported in `fallbackKeys`; keys the
 * base does not have are dropped. The catalog checks report those cases as
 * problems; this function only guarantees that a reader never sees a raw key.
 */
export function mergeWithFallback<T>(base: T, translated: unknown, prefix = ''): MergeResult<T> {
  const fallbackKeys: string[] = [];
  const merge = (b: unknown, t: unknown, path: string): unknown => {
    if (typeof b === 'string') {
      if (typeof t === 'string') return t;
      fallbackKeys.push(path);
      return b;
    }
    if (Array.isArray(b)) {
      const items = Array.isArray(t) ? t : [];
      return b.map((item, i) => merge(item, items[i], joinKey(path, i)));
    }
    if (isObject(b)) {
      const source = isObject(t) ? t : {};
      return Object.fromEntries(Object.entries(b).map(([k, v]) => [k, merge(v, source[k], joinKey(path, k))]));
    }
    return b;
  };
  // The merged value mirrors `base` node for node, so it has base's type.
  const messages = merge(base, translated, prefix) as T;
  return { messages, fallbackKeys };
}

/** Builds `{a: {b: value}}` from `['a', 'b']`. */
export function nest(path: readonly string[], value: unknown): unknown {
  return path.reduceRight<unknown>((acc, key) => ({ [key]: acc }), value);
}

/** Deep-merges plain objects (arrays and strings are replaced, not merged). */
export function deepAssign(target: JsonObject, source: unknown): JsonObject {
  if (!isObject(source)) return target;
  const out: JsonObject = { ...target };
  for (const [key, value] of Object.entries(source)) {
    const existing = out[key];
    out[key] = isObject(existing) ? deepAssign(existing, value) : value;
  }
  return out;
}
