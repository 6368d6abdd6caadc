/** @noSelfInFile */
// HAProxy's Listener class: one entry of Proxy.listeners (a "bind" line's socket).

interface Listener {
  /**
   * The listener's row of "show stat" (type 3), keyed by field name; only
   * with "option socket-stats". Without it, 2.6 fills nothing and answers
   * the fields the previous get_stats() call left (see Proxy.get_stats).
   */
  get_stats(this: Listener): LuaTable<string, string | number>;
}
