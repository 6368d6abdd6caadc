/**
 * Where the server-state files are, as HAProxy resolves them when it loads
 * them at start (server_state.c, 2.6): "server-state-file" in the global
 * section, a path relative to "server-state-base" unless it starts with
 * "/"; backends take it with "load-server-state-from-file global", or read
 * a file of their own with "local" ("server-state-file-name", the backend's
 * name by default, relative to server-state-base). Backends inherit both
 * from the last "defaults" section before them. HAPROXY_API_STATE_FILE names
 * the global file instead, and wins. Read at init only.
 */
import { isSectionKeyword, words } from "./config";

export interface StateFiles {
  /** The global file, when there is one. */
  global?: string;
  /** Where `global` came from, for the report and the log. */
  source: string;
  /** Backends that load the global file at start. */
  globalBackends: LuaTable<string, boolean>;
  /** Backends that load a file of their own, to its path. */
  localFiles: LuaTable<string, string>;
  /** Where the API records the servers it added (next to the state file), when there is a state file. */
  addedServers?: string;
}

/** `file` as HAProxy finds it: absolute, or under `base`. */
export function resolvePath(base: string | undefined, file: string): string {
  if (string.sub(file, 1, 1) === "/" || base === undefined || base === "") return file;
  return string.sub(base, -1) === "/" ? base + file : `${base}/${file}`;
}

interface Loading {
  mode?: string;
  fileName?: string;
}

/** Reads the state-file settings of `config` (the whole configuration's text). */
export function stateFiles(config: string, overridden: string | undefined): StateFiles {
  let base: string | undefined;
  let file: string | undefined;
  let defaults: Loading = {};
  const backends: [name: string, loading: Loading][] = [];
  let section = "";
  let current: Loading | undefined;
  for (const [line] of string.gmatch(config, "[^\n]+")) {
    const parts = words(line);
    const keyword = parts[0];
    if (keyword === undefined) continue;
    if (isSectionKeyword(keyword)) {
      section = keyword;
      if (keyword === "defaults") {
        defaults = {};
        current = defaults;
      } else if ((keyword === "backend" || keyword === "listen") && parts[1] !== undefined) {
        current = { mode: defaults.mode, fileName: defaults.fileName };
        backends[backends.length] = [parts[1], current];
      } else {
        current = undefined;
      }
      continue;
    }
    if (section === "global" && keyword === "server-state-base") base = parts[1];
    else if (section === "global" && keyword === "server-state-file") file = parts[1];
    else if (current !== undefined && keyword === "load-server-state-from-file") current.mode = parts[1];
    else if (current !== undefined && keyword === "server-state-file-name") current.fileName = parts[1];
  }
  const globalBackends = new LuaTable<string, boolean>();
  const localFiles = new LuaTable<string, string>();
  for (const [name, loading] of backends) {
    if (loading.mode === "global") globalBackends.set(name, true);
    else if (loading.mode === "local") {
      const named = loading.fileName === undefined || loading.fileName === "use-backend-name" ? name : loading.fileName;
      localFiles.set(name, resolvePath(base, named));
    }
  }
  const global = overridden !== undefined && overridden !== "" ? overridden : file === undefined ? undefined : resolvePath(base, file);
  const source = overridden !== undefined && overridden !== "" ? "HAPROXY_API_STATE_FILE" : file !== undefined ? `"server-state-file ${file}"${base !== undefined ? ` under "server-state-base ${base}"` : ""} in the configuration` : "no server-state-file in the configuration";
  let addedServers: string | undefined;
  if (global !== undefined) addedServers = `${global}.added`;
  else if (next(localFiles)[0] !== undefined) addedServers = resolvePath(base, "haproxy-api.added");
  return { global, source, globalBackends, localFiles, addedServers };
}
