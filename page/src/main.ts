/**
 * The operators' page (GET /ui): every server, live from /events, with its
 * controls; maps, ACLs, stick tables and TLS certificates in views of their
 * own. Served from the Lua bundle under a strict Content-Security-Policy:
 * no inline script, everything from the API's own origin.
 */
import { Unauthorized } from "./api";
import { listCertificates } from "./certificates";
import { $, readOnly, say } from "./dom";
import { listen, rowsLoaded, wasLive } from "./events";
import { askForTokenWith } from "./lists";
import { listPatterns } from "./patterns";
import { load, refilter, reportUnauthorizedWith, sample, SAMPLE_MS, turnPage } from "./servers";
import { listTables } from "./tables";
import { askToken, tokenMissing } from "./token";

const VIEWS = ["servers", "maps", "acls", "tables", "certificates"] as const;
type View = (typeof VIEWS)[number];

function showView(name: View): void {
  for (const view of VIEWS) {
    $(`view-${view}`).hidden = view !== name;
    document.querySelector(`nav button[data-view="${view}"]`)?.setAttribute("aria-pressed", String(view === name));
  }
  if (name === "maps") listPatterns("map");
  if (name === "acls") listPatterns("acl");
  if (name === "tables") listTables();
  if (name === "certificates") void listCertificates();
}

/** Retries after a cut, one more than this many seconds each time (1, 2, 4 … 30), from 1 again once a stream was live. */
const MAX_RETRY_S = 30;
let retryS = 1;

/** Lists the servers and follows the event stream; on a cut, starts over (resuming the stream), waiting longer each time. */
function start(): void {
  if (tokenMissing()) {
    askToken(start);
    return;
  }
  // The stream opens first and its events wait for the rows: no change between the two is lost.
  rowsLoaded(false);
  const stream = listen();
  load()
    .then(() => {
      rowsLoaded(true);
      return stream;
    })
    .catch((error: Error) => {
      if (error instanceof Unauthorized) askToken(start);
      else {
        if (wasLive()) retryS = 1;
        say(`disconnected: ${error.message}; retrying in ${retryS} s`);
        setTimeout(start, retryS * 1000);
        retryS = Math.min(MAX_RETRY_S, retryS * 2);
      }
    });
  stream.catch(() => undefined);
}

const askAgain = (): void => askToken(start);
askForTokenWith(askAgain);
reportUnauthorizedWith((error) => {
  if (!(error instanceof Unauthorized)) return false;
  askAgain();
  return true;
});

document.addEventListener("DOMContentLoaded", () => {
  $("read-only").hidden = !readOnly;
  $("filter").addEventListener("input", refilter);
  $("prev").addEventListener("click", () => turnPage(-1));
  $("next").addEventListener("click", () => turnPage(1));
  for (const view of VIEWS) document.querySelector(`nav button[data-view="${view}"]`)?.addEventListener("click", () => showView(view));
  setInterval(sample, SAMPLE_MS);
  start();
});
