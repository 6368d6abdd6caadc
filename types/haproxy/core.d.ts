/** @noSelfInFile */
// HAProxy's `core` class, as documented in the HAProxy 2.6 Lua reference
// (doc/lua-api/index.rst). Only dot-calls live here: `core` is a plain table.

/** The time as HAProxy's scheduler sees it, refreshed between Lua resumes. */
interface HAProxyTime {
  sec: number;
  usec: number;
}

declare namespace core {
  /** Log levels, for core.log(). */
  const emerg: number;
  const alert: number;
  const crit: number;
  const err: number;
  const warning: number;
  const notice: number;
  const info: number;
  const debug: number;

  /**
   * The executing thread number starting at 1; 0 is the shared Lua context
   * (used when the script was loaded with lua-load rather than lua-load-per-thread).
   */
  const thread: number;

  /**
   * Every declared proxy (frontends and backends), indexed by name.
   * If a frontend and a backend share a name, only one of them is listed.
   */
  const proxies: LuaTable<string, Proxy>;
  /** Proxies with backend capability, indexed by name. */
  const backends: LuaTable<string, Proxy>;
  /** Proxies with frontend capability, indexed by name. */
  const frontends: LuaTable<string, Proxy>;

  /** Sends a log line with the given level to HAProxy's loggers. */
  function log(this: void, loglevel: number, msg: string): void;
  /** Same as core.log(core.debug, msg). */
  function Debug(this: void, msg: string): void;
  /** Same as core.log(core.info, msg). */
  function Info(this: void, msg: string): void;
  /** Same as core.log(core.warning, msg). */
  function Warning(this: void, msg: string): void;
  /** Same as core.log(core.alert, msg). */
  function Alert(this: void, msg: string): void;

  /**
   * HAProxy core information, the same fields "show info" prints on the
   * management socket (uptime, pid, memory pools, tasks...).
   */
  function get_info(this: void): LuaTable<string, string | number>;

  /**
   * The current time, fixed by the HAProxy core: monotonic, without a
   * gettimeofday() call. Context: body, init, task, action.
   */
  function now(this: void): HAProxyTime;

  /** Stops the Lua execution for the given milliseconds, yielding to HAProxy. */
  function msleep(this: void, milliseconds: number): void;

  /** Gives the hand back to HAProxy's scheduler. */
  function yield(this: void): void;

  /**
   * Gives the hand back to HAProxy's scheduler until something wakes this
   * Lua context (a Queue's alarm), or `milliseconds` passed. 3.2 and later
   * (absent before). Documented for tasks and actions; it works in a
   * service too (measured on 3.2.26: a stream woken by Queue:alarm() within
   * 0.01 ms of the push).
   */
  const wait: ((this: void, milliseconds: number) => void) | undefined;

  /** A new Queue, shared by every Lua context of the process. 2.8 and later (absent before). Context: any. */
  const queue: ((this: void) => Queue) | undefined;

  /**
   * Registers a Lua function executed as a service, usable in HAProxy's
   * configuration as "lua.<name>". An 'http' service gets an AppletHTTP.
   * Context: body.
   */
  function register_service(this: void, name: string, mode: "http", func: (this: void, applet: AppletHTTP) => void): void;

  /**
   * Registers a function executed after the configuration parsing, before
   * HAProxy starts serving. Context: body.
   */
  function register_init(this: void, func: (this: void) => void): void;

  /** Registers a function executed as a background task, once at start. */
  function register_task(this: void, func: (this: void) => void): void;

  /**
   * Calls `func` on each of HAProxy's events of `event_types` ("SERVER_ADD",
   * "SERVER_DEL", "SERVER_UP", "SERVER_DOWN", "SERVER_STATE",
   * "SERVER_ADMIN", "SERVER_CHECK"), in a task of its own on the thread
   * that subscribed, one event after the other. 2.8 and later (absent
   * before). Context: body, init, task, action.
   */
  const event_sub: ((this: void, event_types: string[], func: (this: void, event: string, data: ServerEvent, sub: EventSub, when: number) => void) => EventSub) | undefined;

  /**
   * Returns a new non-blocking socket object, LuaSocket-compatible, whose
   * I/O yields to HAProxy's scheduler. Context: init, task, action.
   */
  function tcp(this: void): Socket;
}

/** A FIFO shared between Lua contexts (core.queue(), 2.8 and later). */
interface Queue {
  /** Appends `item` (not nil). */
  push(this: Queue, item: unknown): boolean;
  /** The first item, removed; nil when empty. */
  pop(this: Queue): unknown;
  /** Items held. */
  size(this: Queue): number;
  /**
   * Wakes the calling Lua context (which must be able to yield) at the
   * next push, once: re-armed before each wait. 3.2 and later (absent
   * before, like the method).
   */
  alarm?: (this: Queue) => void;
}

/** A subscription made by core.event_sub() (2.8 and later). */
interface EventSub {
  /** Ends the subscription. */
  unsub(this: EventSub): void;
}

/** What a SERVER_* event carries (2.8 and later). */
interface ServerEvent {
  /** The server's name. */
  name: string;
  /** Its id in its backend (puid). */
  puid: number;
  /** Its unique id, kept across deletes ("rid" of the server). */
  rid: number;
  proxy_name: string;
  proxy_uuid: number;
  /** The Server object, nil for SERVER_DEL (the server is gone). */
  reference?: Server;
  /** SERVER_STATE only. */
  state?: LuaTable<string, unknown>;
  /** SERVER_ADMIN only. */
  admin?: LuaTable<string, unknown>;
  /** SERVER_CHECK only. */
  check?: LuaTable<string, unknown>;
}
