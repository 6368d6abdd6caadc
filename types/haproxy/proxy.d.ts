/** @noSelfInFile */
// HAProxy's Proxy class: one entry of core.proxies, core.backends or
// core.frontends. Attributes are plain fields; functions are colon-calls.

interface Proxy {
  /** The proxy's name. Deprecated since 2.8 (each read logs a warning): get_name(). */
  readonly name: string;
  /** The proxy's unique id (the "iid" of "show stat"), as a string. Deprecated since 2.8: get_uuid(). */
  readonly uuid: string;
  /** The proxy's name (2.8 and later). */
  get_name?(this: Proxy): string;
  /** The proxy's unique id, as a string (2.8 and later). */
  get_uuid?(this: Proxy): string;
  /**
   * The proxy's servers, indexed by server name. Before 2.8 a table built
   * once at start (runtime-added servers are not in it); from 2.8 a live
   * view iterated with pairs() only, runtime-added servers included.
   */
  readonly servers: LuaTable<string, Server>;
  /** The proxy's listeners, indexed by listener name. */
  readonly listeners: LuaTable<string, Listener>;

  /** "frontend", "backend", "proxy" or "ruleset". */
  get_cap(this: Proxy): "frontend" | "backend" | "proxy" | "ruleset";
  /** "tcp", "http", "health" or "unknown". */
  get_mode(this: Proxy): string;
  /**
   * The proxy's statistics, keyed by the field names of "show stat". Only the
   * core fields: extra statistics modules (h1, h2, ssl) are not included.
   * A proxy with a backend side (a backend or a listen) answers its BACKEND
   * row; only a frontend-only proxy answers its FRONTEND row.
   *
   * Read in 2.6's hlua_fcn.c and measured on 2.6.12: every get_stats() of
   * Proxy, Server and Listener fills one array shared by the process, and
   * each row type fills only its own fields; the fields another row type
   * fills keep the value of the last call that set them. So a call right
   * after one for another row type answers stale extra fields (a backend
   * row with the previous server's addr); a call after one of the same
   * type answers exactly the fields "show stat" prints non-empty.
   */
  get_stats(this: Proxy): LuaTable<string, string | number>;
  /** Pauses the proxy (see "disable frontend"). */
  pause(this: Proxy): void;
  /** Resumes a paused proxy. */
  resume(this: Proxy): void;
}
