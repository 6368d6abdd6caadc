/**
 * Replies are values: handlers build one, and only the service boundary
 * (service.ts) writes it to the applet, so a handler that fails halfway has
 * sent nothing and the client still gets a whole, correct response.
 */
import { encode } from "./json";

export interface Reply {
  status: number;
  /** The body; empty for 204 and HEAD is handled by the sender. */
  body: string;
  contentType?: string;
  /** Extra headers, name to value. */
  headers?: Record<string, string>;
  /**
   * A body too big to build whole: written piece by piece, with chunked
   * transfer encoding (no Content-Length), after the status and headers.
   * Everything that can fail is checked before; a Lua error while it runs
   * can only cut the body short (service.ts logs it).
   */
  stream?: (this: void, write: (this: void, piece: string) => void) => void;
}

export const JSON_TYPE = "application/json";
export const TEXT_TYPE = "text/plain; charset=utf-8";

export function json(status: number, value: unknown): Reply {
  return { status, body: encode(value), contentType: JSON_TYPE };
}

export function text(status: number, body: string, headers?: Record<string, string>): Reply {
  return { status, body, contentType: TEXT_TYPE, headers };
}

/** A 200 whose body `stream` writes in pieces. */
export function streamed(contentType: string, stream: (this: void, write: (this: void, piece: string) => void) => void): Reply {
  return { status: 200, body: "", contentType, stream };
}

export function noContent(headers?: Record<string, string>): Reply {
  return { status: 204, body: "", headers };
}

/**
 * Writes `reply`: status, Content-Type, an exact Content-Length (or, for a
 * streamed body, none: HAProxy then sends it chunked to HTTP/1.1 clients),
 * then the body unless `headOnly` (HEAD gets the headers GET would have).
 */
export function send(applet: AppletHTTP, reply: Reply, headOnly: boolean): void {
  applet.set_status(reply.status);
  if (reply.contentType !== undefined) applet.add_header("content-type", reply.contentType);
  // A number as it is: HAProxy's add_header takes it as text (luaL_checklstring), without a call here to format it.
  if (reply.status !== 204 && reply.stream === undefined) applet.add_header("content-length", reply.body.length);
  if (reply.headers !== undefined) {
    for (const [name, value] of pairs(reply.headers)) applet.add_header(name, value);
  }
  applet.start_response();
  // What a stream holds, when it is not run (HEAD), is given back at the boundary (service.ts).
  if (headOnly) return;
  if (reply.stream !== undefined) reply.stream((piece) => applet.send(piece));
  else if (reply.body !== "") applet.send(reply.body);
}
