/**
 * GET /ui and its assets: the operators' page, served from the bundle with
 * a strict Content-Security-Policy: scripts, styles and requests from this
 * origin only, no inline script or style, no eval, no frames. The page is
 * its own TypeScript program (page/: its modules, index.html, style.css),
 * bundled at build by scripts/page.mjs into ui/assets.ts (generated). The
 * HTML's {{token}} and {{readOnly}} say whether the API wants a token and
 * takes writes: the page asks for the token before its first request, and
 * has no controls when read-only. The page holds no data, so it is served
 * without a token (the loopback-only rule still applies); every data
 * request it makes carries the token the operator typed, kept for the tab
 * only (sessionStorage).
 */
import { tokenRequired } from "../http/access";
import type { Handler } from "../http/router";
import type { Reply } from "../http/response";
import type { Context } from "./context";
import { CSS, HTML, JS } from "./ui/assets";

const POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

function asset(body: string, contentType: string): Reply {
  return { status: 200, body, contentType, headers: { "content-security-policy": POLICY, "x-content-type-options": "nosniff", "cache-control": "no-cache" } };
}

export const getUi: Handler<Context> = (context) => {
  const [withToken] = string.gsub(HTML, "{{token}}", tokenRequired(context.access) ? "required" : "none");
  const [page] = string.gsub(withToken, "{{readOnly}}", context.access.readOnly ? "yes" : "no");
  return asset(page, "text/html; charset=utf-8");
};
export const getUiScript: Handler<Context> = () => asset(JS, "text/javascript; charset=utf-8");
export const getUiStyle: Handler<Context> = () => asset(CSS, "text/css; charset=utf-8");

/** The page and its assets: served without a token (they hold no data). */
export function isPagePath(path: string): boolean {
  return path === "/ui" || path === "/ui/" || path === "/ui/app.js" || path === "/ui/app.css";
}
