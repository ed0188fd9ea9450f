// The part of unzipper (the zip reader exceljs streams workbooks with) that xlsxParts uses.
declare module 'unzipper' {
  import type { Readable, Transform } from 'node:stream';

  /** One file of the archive, streamed as it is inflated. */
  export interface Entry extends Readable {
    readonly path: string;
    autodrain(): unknown;
  }

  /** A stream that takes the bytes of a zip and gives its entries, in archive order. */
  export function Parse(options?: { forceStream?: boolean }): Transform & AsyncIterable<Entry>;

  /** The module's exports, as a CommonJS default import sees them. */
  export interface Unzipper {
    readonly Parse: typeof Parse;
  }
  const unzipper: Unzipper;
  export default unzipper;
}
