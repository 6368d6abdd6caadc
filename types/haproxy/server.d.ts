/** @noSelfInFile */
// HAProxy's Server class: one entry of Proxy.servers. Colon-calls.

interface Server {
  /** The server's name. Deprecated since 2.8 (each read logs a warning): get_name(). */
  readonly name: string;
  /** The server's id, unique in its proxy (the "sid" of "show stat"), as a string. Deprecated since 2.8: get_puid(). */
  readonly puid: string;
  /** The server's name (2.8 and later). */
  get_name?(this: Server): string;
  /** The server's id, as a string (2.8 and later). */
  get_puid?(this: Server): string;

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
  /** Sets maxconn, as "set maxconn server"; returns an error string or nil. */
  set_maxconn(this: Server, maxconn: string): string | undefined;
  /** The server's maxconn (0: none). */
  get_maxconn(this: Server): number;
  /**
   * Sets the address (and port), as "set server addr". Returns HAProxy's
   * message, which on 2.6.12 is words on success too ("IP changed from ...").
   */
  set_addr(this: Server, address: string): string | undefined;
  set_addr(this: Server, address: string, port: string): string | undefined;
  /** Closes every session on the server, as "shutdown sessions server". */
  shut_sess(this: Server): void;
  /** Health check on / off; silently nothing on a server without one (2.6). */
  check_enable(this: Server): void;
  check_disable(this: Server): void;
  /** Forces the check result: up, stopping (nolb) or down; nothing on a tracking server. */
  check_force_up(this: Server): void;
  check_force_nolb(this: Server): void;
  check_force_down(this: Server): void;
  /** Agent check on / off. */
  agent_enable(this: Server): void;
  agent_disable(this: Server): void;
  /** Puts the server in drain mode. */
  set_drain(this: Server): void;
  /** Puts the server in maintenance. */
  set_maint(this: Server): void;
  /** Brings the server back to ready. */
  set_ready(this: Server): void;
}
