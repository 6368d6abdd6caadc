/** GET /uname: the OS name, as "uname -a" prints it, read from /proc at init. */
import { failure } from "../http/errors";
import { text } from "../http/response";
import type { Handler } from "../http/router";
import type { Context } from "./context";

export const getUname: Handler<Context> = (context) => {
  if (context.uname === undefined) return failure(503, "the OS name is unknown: /proc/sys/kernel could not be read");
  return text(200, `${context.uname}\n`);
};
