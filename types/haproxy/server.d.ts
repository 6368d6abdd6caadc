/** @noSelfInFile */
// HAProxy's Server class: one entry of Proxy.servers. Colon-calls.

interface Server {
  /** The server's name. */
  readonly name: string;
  /** The server's id, unique in its proxy (the "sid" of "show stat"), as a string. */
  readonly puid: string;

  /** True if the server is draining. */
  is_draining(this: Server): boolean;
  /** The server's current weight. */
  get_weight(this: Server): number;
  /** Sets the weight, as "set weight" on the management socket; returns an error string or nil. */
  set_weight(this: Server, weight: string): string | undefined;
  /** The server's address, "ip:port". */
  get_addr(this: Server): string;
  /** The server's statistics, keyed by the field names of "show stat". */
  get_stats(this: Server): LuaTable<string, string | number>;
  /** Puts the server in drain mode. */
  set_drain(this: Server): void;
  /** Puts the server in maintenance. */
  set_maint(this: Server): void;
  /** Brings the server back to ready. */
  set_ready(this: Server): void;
}
