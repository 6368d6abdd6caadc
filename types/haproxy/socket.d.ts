/** @noSelfInFile */
// HAProxy's Socket class (core.tcp()), a LuaSocket-compatible non-blocking
// socket. Methods are colon-calls: socket:connect(...).

interface Socket {
  /** Closes the socket. Returns 1 on success. */
  close(this: Socket): number;

  /**
   * Connects to `address` (ipv4@, ipv6@, unix@ prefixes accepted; a port in
   * the address or as `port`).
   */
  connect(this: Socket, address: string): LuaMultiReturn<[ok: 1] | [ok: undefined, err: string]>;
  connect(this: Socket, address: string, port: number): LuaMultiReturn<[ok: 1] | [ok: undefined, err: string]>;

  /**
   * Reads according to `pattern`: "*a" until the connection closes, "*l" one
   * line (LF-terminated, CR ignored, terminator not included), or a number of
   * bytes. On failure returns nil, an error message ("connection closed.")
   * and, for LuaSocket compatibility, the partial data.
   */
  receive(this: Socket, pattern: "*a" | "*l" | number): LuaMultiReturn<[data: string] | [data: undefined, err: string, partial?: string]>;

  /** Sends `data`; returns the index of the last byte sent, or nil and an error. */
  send(this: Socket, data: string): LuaMultiReturn<[last: number] | [last: undefined, err: string, lastSent?: number]>;

  /**
   * Sets the timeout, in seconds, for connect, send and receive. HAProxy
   * converts it to milliseconds and applies it to the underlying stream.
   */
  settimeout(this: Socket, value: number): number;

  /** The peer's address, "ip:port" or a unix path. */
  getpeername(this: Socket): string | undefined;
  /** The local address. */
  getsockname(this: Socket): string | undefined;
}
