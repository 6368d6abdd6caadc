/**
 * Write commands: HAProxy answers nothing when a write worked, and a line of
 * text when it refused it. Each returns true, or nil and the error.
 */
import { execute, type ClientFields } from "./client";
import * as commands from "./commands";
import { statsError, writeError, type StatsError } from "./errors";

type Done = LuaMultiReturn<[done: true] | [done: undefined, err: StatsError]>;
type Built = LuaMultiReturn<[command: string] | [command: undefined, err: StatsError]>;

function run(client: ClientFields, built: Built): Done {
  const [command, invalid] = built;
  if (command === undefined) return $multi(undefined, invalid);
  const [answer, err] = execute(client, command);
  if (answer === undefined) return $multi(undefined, err);
  const refused = writeError(command, answer);
  if (refused !== undefined) return $multi(undefined, refused);
  return $multi(true);
}

export const setWeight = (client: ClientFields, backend: unknown, server: unknown, weight: unknown): Done =>
  run(client, commands.setWeight(backend, server, weight));

export const setState = (client: ClientFields, backend: unknown, server: unknown, state: unknown): Done =>
  run(client, commands.setState(backend, server, state));

export const setHealth = (client: ClientFields, backend: unknown, server: unknown, health: unknown): Done =>
  run(client, commands.setHealth(backend, server, health));

export const enableServer = (client: ClientFields, backend: unknown, server: unknown): Done =>
  run(client, commands.enableServer(backend, server));

export const disableServer = (client: ClientFields, backend: unknown, server: unknown): Done =>
  run(client, commands.disableServer(backend, server));

/**
 * "set server <b>/<s> addr <ip> [port <p>]" answers in words even when it
 * worked ("IP changed from ... to ...", "no need to change the addr"); any
 * other answer is a refusal of the address.
 */
export function setServerAddress(client: ClientFields, backend: unknown, server: unknown, address: unknown, port?: unknown): Done {
  const [command, invalid] = commands.setServerAddress(backend, server, address, port);
  if (command === undefined) return $multi(undefined, invalid);
  const [answer, err] = execute(client, command);
  if (answer === undefined) return $multi(undefined, err);
  if (string.find(answer, "^IP changed")[0] !== undefined || string.find(answer, "^no need to change")[0] !== undefined) return $multi(true);
  const refused = writeError(command, answer);
  if (refused === undefined) return $multi(true);
  if (refused.kind !== "refused") return $multi(undefined, refused);
  return $multi(undefined, statsError("rejected", refused.message, command, refused.haproxy));
}
