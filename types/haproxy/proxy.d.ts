/** @noSelfInFile */
// HAProxy's Proxy class: one entry of core.proxies, core.backends or
// core.frontends. Attributes are plain fields; functions are colon-calls.

interface Proxy {
  /** The proxy's name. */
  readonly name: string;
  /** The proxy's unique id (the "iid" of "show stat"), as a string. */
  readonly uuid: string;
  /** The proxy's servers, indexed by server name. */
  readonly servers: LuaTable<string, Server>;
  /** The proxy's listeners, indexed by listener name. */
  readonly listeners: LuaTable<string, unknown>;

  /** "frontend", "backend", "proxy" or "ruleset". */
  get_cap(this: Proxy): "frontend" | "backend" | "proxy" | "ruleset";
  /** "tcp", "http", "health" or "unknown". */
  get_mode(this: Proxy): string;
  /**
   * The proxy's statistics, keyed by the field names of "show stat". Only the
   * core fields: extra statistics modules (h1, h2, ssl) are not included.
   */
  get_stats(this: Proxy): LuaTable<string, string | number>;
  /** Pauses the proxy (see "disable frontend"). */
  pause(this: Proxy): void;
  /** Resumes a paused proxy. */
  resume(this: Proxy): void;
}
