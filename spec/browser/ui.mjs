// Drives GET /ui in Debian's headless Chromium (puppeteer-core), for
// spec/28-ui_spec.lua: node ui.mjs <base-url> <stats-socket> <mode> [token],
// mode "steer" (every view and control), "token" (asks for the token, then
// works), "read-only" (no controls; paging), "ready-first" (the rows' list
// held until the page's stream said ": ready") or "crowded" (every stream
// slot taken before the page opens; one given back once it said so). Prints one JSON object: what
// the page showed and did, and what the stats socket said at each step (the
// spec checks those).
import net from "node:net";
import puppeteer from "puppeteer-core";

const [base, socketPath, mode, token] = process.argv.slice(2);
const origin = new URL(base).origin;
const WAIT = { timeout: 10000 };

/** One command on the stats socket, straight (not through the API). */
function command(text) {
  return new Promise((resolve, reject) => {
    const conn = net.connect(socketPath, () => conn.end(text + "\n"));
    let answer = "";
    conn.on("data", (data) => (answer += data));
    conn.on("end", () => resolve(answer));
    conn.on("error", reject);
  });
}

const row = (backend, server) => `tr[data-backend="${backend}"][data-server="${server}"]`;

/** Clicks the button of `name` (its aria-label), confirms in the dialog if asked, and waits for the row's result. */
async function act(page, selector, label, confirm) {
  await page.click(`${selector} button[aria-label="${label}"]`);
  let dialog;
  if (confirm) {
    await page.waitForSelector("#confirm[open]", WAIT);
    dialog = await page.$eval("#confirm", (d) => [d.querySelector("#confirm-text").textContent, d.querySelector("#confirm-ok").textContent]);
    await page.click("#confirm-ok");
  }
  await page.waitForFunction((s) => { const r = document.querySelector(s + " td.result"); return r && r.textContent !== "" && r.textContent !== "…"; }, WAIT, selector);
  return { dialog, result: await page.$eval(`${selector} td.result`, (td) => [td.textContent, td.className]) };
}

async function view(page, name, list, pick) {
  await page.click(`nav button[data-view="${name}"]`);
  await page.waitForFunction((l) => document.querySelector(`#${l} button.link`), WAIT, list);
  await page.$$eval(`#${list} button.link`, (links, p) => links.find((link) => link.textContent === p).click(), pick);
}

/** Opens event streams from here until the API refuses one (its slots are full): the open ones, to give back. */
async function crowd() {
  const held = [];
  for (let i = 0; i < 64; i++) {
    const control = new AbortController();
    const answer = await fetch(base + "/events", { signal: control.signal });
    if (answer.status !== 200) {
      await answer.text();
      return held;
    }
    held.push(control);
  }
  throw new Error("the API never refused a stream");
}

const result = { consoleErrors: [], expectedRefusals: [], foreignRequests: [], socket: {} };
let expectingRefusal = false;
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
try { run: {
  const page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 900 });
  // Chromium logs every 4xx answer as a console error: those of the step that sends bad input on purpose are kept apart.
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    (expectingRefusal && /status of (400|503)/.test(message.text()) ? result.expectedRefusals : result.consoleErrors).push(message.text());
  });
  page.on("pageerror", (err) => result.consoleErrors.push(String(err)));
  page.on("request", (request) => { if (new URL(request.url()).origin !== origin) result.foreignRequests.push(request.url()); });
  // Every status line the page shows, in order, with when (ms after the page began): what it waited for, when it did not come up.
  await page.evaluateOnNewDocument(() => {
    window.__liveHistory = [];
    const start = performance.now();
    document.addEventListener("DOMContentLoaded", () => {
      const live = document.getElementById("live");
      const note = () => window.__liveHistory.push([Math.round(performance.now() - start), live.textContent]);
      note();
      new MutationObserver(note).observe(live, { childList: true, characterData: true, subtree: true });
    });
  });
  if (mode === "ready-first") {
    // The page's stream, read by the page's own reader: whether it said ": ready" yet.
    await page.evaluateOnNewDocument(() => {
      const read = ReadableStreamDefaultReader.prototype.read;
      ReadableStreamDefaultReader.prototype.read = async function () {
        const part = await read.call(this);
        if (part.value && new TextDecoder().decode(part.value).includes(": ready\n")) window.__streamReady = true;
        return part;
      };
    });
    await page.setRequestInterception(true);
    page.on("request", async (request) => {
      if (request.isInterceptResolutionHandled()) return;
      if (new URL(request.url()).pathname === "/stats") {
        // The rows come only after the stream is ready: the order that left the page saying "connecting" while live.
        await page.waitForFunction(() => window.__streamReady === true, { ...WAIT, polling: 50 }); // not "raf": no frame is drawn while the rows are held
        result.rowsHeldUntilReady = true;
      }
      await request.continue();
    });
  }
  if (mode === "cross-origin") {
    // A page of another origin (another port of the same host), as an attacker's page in another tab: a write
    // without a body needs no CORS preflight, so the browser sends it; its answer stays opaque.
    const other = process.env.UI_OTHER_ORIGIN;
    await page.goto(other + "/", { waitUntil: "domcontentloaded" });
    result.crossOrigin = await page.evaluate(async (api) => {
      const sent = [];
      for (const path of ["/stats/backends/other/servers/o1/ready", "/stats/backends/other/servers/o1/drain"]) {
        const answer = await fetch(api + path, { method: "POST", mode: "no-cors" }).catch((err) => ({ type: String(err) }));
        sent.push(answer.type);
      }
      return sent;
    }, base);
    result.foreignRequests = []; // this page is the foreign one, on purpose
    break run;
  }
  let held = [];
  if (mode === "crowded") {
    held = await crowd();
    expectingRefusal = true; // Chromium logs the 503s of the page's tries
  }
  await page.goto(base + "/ui", { waitUntil: "domcontentloaded" });
  if (mode === "crowded") {
    // The page says why it is not live, in the API's words, and tries again.
    await page.waitForFunction(() => document.getElementById("live").textContent.includes("event streams are open already"), WAIT);
    result.refusedSaid = await page.$eval("#live", (p) => p.textContent);
    // Refused twice (the wait grows) before a slot is given back.
    await page.waitForFunction(() => document.getElementById("live").textContent.endsWith("retrying in 2 s"), WAIT);
    held.pop().abort();
    await page.waitForFunction(() => document.getElementById("live").textContent === "live", { timeout: 30000 });
    expectingRefusal = false;
    result.liveHistory = await page.evaluate(() => window.__liveHistory.map((entry) => entry[1]));
    for (const control of held) control.abort();
    break run;
  }
  if (token) {
    await page.waitForSelector("#login:not([hidden])", WAIT);
    result.askedForToken = true;
    await page.type("#token", token);
    await page.click("#login button");
  }
  // A drain made on the socket in the page's first 100 ms (between its list and its stream) shows all the same.
  const early = new Promise((resolve) => setTimeout(() => command("set server other/o2 state drain").then(resolve), 50));
  await page.waitForFunction(() => document.getElementById("live").textContent.startsWith("live"), { timeout: 15000 });
  await early;
  result.liveHistory = await page.evaluate(() => window.__liveHistory.map((entry) => entry[1]));
  await page.waitForFunction((s) => document.querySelector(s) && document.querySelector(s).dataset.adminState === "drain", WAIT, row("other", "o2"));
  result.earlyDrainShown = true;
  await command("set server other/o2 state ready");
  await page.waitForFunction((s) => document.querySelector(s).dataset.adminState === "ready", WAIT, row("other", "o2"));
  result.live = await page.$eval("#live", (p) => p.textContent);
  result.rows = await page.$$eval("#servers tbody tr", (rows) => rows.map((row) => [row.dataset.backend, row.dataset.server, row.dataset.adminState]));
  result.sections = await page.$$eval("#servers section", (parts) => parts.map((part) => part.dataset.backend));
  result.sparklines = await page.$$eval("#servers section svg.spark polyline", (lines) => lines.length);
  result.labelled = await page.$$eval("input", (inputs) => inputs.filter((input) => document.querySelector(`label[for="${input.id}"]`) === null).map((input) => input.outerHTML));
  result.unnamedButtons = await page.$$eval("button", (buttons) => buttons.filter((b) => b.textContent.trim() === "" && !b.getAttribute("aria-label")).length);
  result.readOnlyNotice = await page.$eval("#read-only", (p) => !p.hidden);
  result.controls = await page.$$eval("#servers button, #servers input", (nodes) => nodes.length);

  // A change made on the stats socket shows without a reload.
  await command("set weight app/web1 5");
  await page.waitForFunction((s) => document.querySelector(s + " td.weight").textContent === "5", WAIT, row("app", "web1"));
  await command("set server other/o2 state drain");
  await page.waitForFunction((s) => document.querySelector(s).dataset.adminState === "drain", WAIT, row("other", "o2"));
  result.drainShown = await page.$eval(`${row("other", "o2")} td.status`, (td) => [td.textContent, getComputedStyle(td, "::before").content]);
  result.liveUpdates = true;

  if (mode === "steer") {
    const o1 = row("other", "o1");
    // By keyboard: Enter on Drain opens the dialog, Escape cancels it, nothing changes.
    await page.focus(`${o1} button[aria-label="Drain o1 of other"]`);
    await page.keyboard.press("Enter");
    await page.waitForSelector("#confirm[open]", WAIT);
    result.focusInDialog = await page.evaluate(() => document.activeElement.id);
    await page.keyboard.press("Escape");
    await page.waitForSelector("#confirm:not([open])", WAIT);
    result.socket.afterCancel = await command("show stat");
    // Confirmed, it drains.
    result.drain = await act(page, o1, "Drain o1 of other", true);
    result.socket.afterDrain = await command("show stat");
    await page.waitForFunction((s) => document.querySelector(s).dataset.adminState === "drain", WAIT, o1);
    result.ready = await act(page, o1, "Ready o1 of other", false);
    result.socket.afterReady = await command("show stat");
    // A weight through the field, and HAProxy's refusal shown next to it.
    await page.type(`${row("app", "web1")} input.weight-field`, "7");
    result.weight = await act(page, row("app", "web1"), "Set the weight of web1 of app", false);
    result.socket.weight = await command("get weight app/web1");
    await page.$eval(`${row("app", "web1")} td.result`, (td) => { td.textContent = ""; });
    await page.$eval(`${row("app", "web1")} input.weight-field`, (input) => { input.value = "abc"; });
    expectingRefusal = true;
    result.badWeight = await act(page, row("app", "web1"), "Set the weight of web1 of app", false);
    expectingRefusal = false;
    result.socket.weightAfterBad = await command("get weight app/web1");

    // Maps: a value holding markup is shown as text; add, edit, delete.
    await view(page, "maps", "map-list", process.env.UI_MAP);
    await page.waitForSelector("#map-detail table.entries", WAIT);
    result.hostile = await page.evaluate(() => ({
      cells: [...document.querySelectorAll("#map-detail td")].map((td) => td.textContent).filter((t) => t.includes("<img")),
      images: document.querySelectorAll("img").length,
      ran: window.__xss === 1,
    }));
    await page.type("#map-detail form.add input:nth-of-type(1)", "/ui-added");
    await page.type("#map-detail form.add input:nth-of-type(2)", "static_be");
    await page.click("#map-detail form.add button");
    await page.waitForFunction(() => document.querySelector("#map-detail p.result")?.textContent === "added", WAIT);
    await page.waitForFunction(() => [...document.querySelectorAll("#map-detail td")].some((td) => td.textContent === "/ui-added"), WAIT);
    result.socket.mapAfterAdd = await command(`show map ${process.env.UI_MAP}`);
    const field = await page.$$eval("#map-detail tbody tr", (rows) => rows.findIndex((r) => r.cells[0].textContent === "/ui-added"));
    await page.$$eval("#map-detail tbody tr", (rows, i) => { rows[i].querySelector("input").value = "api_v1"; rows[i].querySelector('button[aria-label^="Save"]').click(); }, field);
    await page.waitForFunction(() => document.querySelector("#map-detail p.result")?.textContent === "saved /ui-added", WAIT);
    result.socket.mapAfterEdit = await command(`show map ${process.env.UI_MAP}`);
    await page.click('#map-detail button[aria-label="Delete /ui-added"]');
    await page.waitForSelector("#confirm[open]", WAIT);
    result.deleteDialog = await page.$eval("#confirm-ok", (b) => b.textContent);
    await page.click("#confirm-ok");
    await page.waitForFunction(() => document.querySelector("#map-detail p.result")?.textContent === "deleted /ui-added", WAIT);
    result.socket.mapAfterDelete = await command(`show map ${process.env.UI_MAP}`);

    // ACLs: the entries, and one added.
    await view(page, "acls", "acl-list", process.env.UI_ACL);
    await page.waitForSelector("#acl-detail table.entries", WAIT);
    result.aclEntries = await page.$$eval("#acl-detail tbody tr", (rows) => rows.map((r) => r.cells[0].textContent));
    await page.type("#acl-detail form.add input", "evil crawler");
    await page.click("#acl-detail form.add button");
    await page.waitForFunction(() => document.querySelector("#acl-detail p.result")?.textContent === "added", WAIT);
    result.socket.aclAfterAdd = await command(`show acl ${process.env.UI_ACL}`);

    // Stick tables: one's entries.
    await view(page, "tables", "table-list", "edge");
    await page.waitForSelector("#table-detail table.entries", WAIT);
    result.tableHeading = await page.$eval("#table-detail h3", (h) => h.textContent);
    result.tableRows = await page.$$eval("#table-detail tbody tr", (rows) => rows.map((r) => [...r.cells].map((c) => c.textContent)));
    result.tableColumns = await page.$$eval("#table-detail thead th", (cells) => cells.map((c) => c.textContent));
    // Certificates: soonest to expire first, flagged under 14 days.
    await page.click('nav button[data-view="certificates"]');
    await page.waitForSelector("#certificate-list tbody tr", WAIT);
    result.certificates = await page.$$eval("#certificate-list tbody tr", (rows) => rows.map((r) => [r.dataset.file, r.cells[4].textContent, r.className, getComputedStyle(r.cells[4], "::after").content]));
    result.imagesAtEnd = await page.evaluate(() => document.querySelectorAll("img").length);
    if (process.env.UI_SCREENSHOT) {
      await page.click('nav button[data-view="servers"]');
      await page.screenshot({ path: process.env.UI_SCREENSHOT, fullPage: true });
    }
  }

  if (mode === "read-only") {
    result.mapForms = await (async () => {
      await view(page, "maps", "map-list", process.env.UI_MAP);
      await page.waitForSelector("#map-detail table.entries", WAIT);
      return page.$$eval("#map-detail form, #map-detail button", (nodes) => nodes.length);
    })();
    await page.click('nav button[data-view="servers"]');
    // Paging: every backend is on one page or the next.
    result.pages = [];
    for (;;) {
      result.pages.push({
        info: await page.$eval("#page-info", (s) => s.textContent),
        backends: await page.$$eval("#servers section", (parts) => parts.map((part) => part.dataset.backend)),
      });
      if (await page.$eval("#next", (b) => b.disabled)) break;
      await page.click("#next");
    }
    // The filter finds a backend of the last page by one of its servers.
    await page.type("#filter", "s25");
    result.filtered = await page.$$eval("#servers tbody tr", (rows) => rows.map((r) => r.dataset.backend + "/" + r.dataset.server));
  }

  if (mode === "token") {
    await page.type("#filter", "web1");
    result.visibleAfterFilter = await page.$$eval("#servers tbody tr", (rows) => rows.map((row) => row.dataset.server));
  }
} } catch (err) {
  result.error = String(err && err.stack || err);
  try {
    const page = (await browser.pages()).at(-1);
    result.seen = await page.evaluate(() => [document.getElementById("live").textContent, window.__liveHistory, document.querySelector("main").innerText.slice(0, 3000)]);
  } catch (ignored) {}
} finally {
  await browser.close();
}
console.log(JSON.stringify(result));
