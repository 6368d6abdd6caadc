/** @noSelfInFile */
// LuaSocket (Debian lua-socket): only used outside HAProxy, where blocking
// I/O is allowed (plain scripts, specs).

interface LuaSocketTcp {
  connect(this: LuaSocketTcp, address: string, port?: number): LuaMultiReturn<[ok: 1] | [ok: undefined, err: string]>;
  receive(this: LuaSocketTcp, pattern?: "*a" | "*l" | number, prefix?: string): LuaMultiReturn<[data: string] | [data: undefined, err: string, partial?: string]>;
  send(this: LuaSocketTcp, data: string): LuaMultiReturn<[last: number] | [last: undefined, err: string, lastSent?: number]>;
  settimeout(this: LuaSocketTcp, value: number, mode?: string): number;
  close(this: LuaSocketTcp): number;
}

declare module "socket" {
  /** A new TCP master socket. */
  function tcp(): LuaSocketTcp;
  /** Seconds since the epoch, with sub-second precision. */
  function gettime(): number;
}

declare module "socket.unix" {
  /** The module is itself callable in LuaSocket 3 and has .stream(). */
  function stream(): LuaSocketTcp;
}
