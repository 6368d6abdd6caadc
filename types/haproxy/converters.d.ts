/** @noSelfInFile */
// HAProxy's Converters class (applet.c, txn.c): each of HAProxy's
// converters as a colon-call on its input. Only the ones the API uses.

interface Converters {
  /** The SHA-2 digest of `data` (binary): bits 224, 256, 384 or 512. */
  sha2(this: Converters, data: string, bits: number): string;
  /** `data` in upper-case hexadecimal. */
  hex(this: Converters, data: string): string;
}
