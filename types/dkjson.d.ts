/** @noSelfInFile */
// dkjson (Debian lua-dkjson), a pure-Lua JSON codec.

declare module "dkjson" {
  /** Marks how an empty table encodes: dkjson reads the `__jsontype` metafield. */
  interface EncodeState {
    indent?: boolean;
    keyorder?: string[];
    exception?: (this: void, reason: string, value: unknown, state: unknown, defaultmessage: string) => LuaMultiReturn<[string | undefined, string?]>;
  }
  /** Encodes a value; raises on values JSON cannot represent unless state.exception says otherwise. */
  function encode(value: unknown, state?: EncodeState): string;
  /**
   * Decodes `text`; returns the value, the position after it, and an error
   * message when decoding failed.
   */
  function decode(text: string, pos?: number, nullval?: unknown): LuaMultiReturn<[value: unknown, pos: number, err?: string]>;
}
