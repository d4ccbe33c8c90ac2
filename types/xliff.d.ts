/**
 * The two converters of the `xliff` package (locize/xliff) that
 * lib/catalog-tools/exchange.ts uses; the package ships no type declarations.
 * Both return a promise when called without a callback.
 */
declare module 'xliff/jsToXliff12' {
  export default function jsToXliff12(document: unknown, options?: { indent?: string }): Promise<string>;
}

declare module 'xliff/xliff12ToJs' {
  export default function xliff12ToJs(xml: string, options?: { captureSpacesBetweenElements?: boolean }): Promise<unknown>;
}
