/**
 * The frontends that serve this API: every frontend or listen section of
 * the configuration with "http-request use-service lua.haproxy-api" (under
 * any condition). Read at init; a write that would make one of them
 * unreachable is refused (api/frontends.ts).
 */
import { isSectionKeyword, words } from "./config";

export function apiFrontends(config: string): string[] {
  const found: string[] = [];
  let section: string | undefined;
  for (const [line] of string.gmatch(config, "[^\n]+")) {
    const parts = words(line);
    const keyword = parts[0];
    if (keyword === undefined) continue;
    if (isSectionKeyword(keyword)) {
      section = (keyword === "frontend" || keyword === "listen") && parts[1] !== undefined ? parts[1] : undefined;
      continue;
    }
    if (section === undefined) continue;
    const service = parts.indexOf("use-service");
    if (keyword === "http-request" && service >= 0 && parts[service + 1] === "lua.haproxy-api" && !found.includes(section)) found[found.length] = section;
  }
  return found;
}
