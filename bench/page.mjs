// The benchmark's page timing (npm run bench): node page.mjs <base-url> <backends> <last-backend>
// loads /ui in Debian's headless Chromium and prints, in milliseconds:
// - ms: until every backend is loaded (the pager counts them all) and the
//   first page of them is shown; the page renders 20 backends at a time;
// - filter_ms: from typing the last backend's name in the filter box to its
//   servers shown (a backend on the last page, reached without paging);
// - live_ms: until the page says "live": its rows listed and its event
//   stream ready (the watcher's pass a new stream hurries).
import puppeteer from "puppeteer-core";

const [base, backends, last] = process.argv.slice(2);
const browser = await puppeteer.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
const wait = { timeout: 60000, polling: 20 };
// What the page says while it is waited for: the step that failed is reported with it.
let step = "opening /ui";
let page;
const shown = () => page.evaluate(() => ({ live: document.getElementById("live")?.textContent, backends: document.getElementById("servers")?.dataset.backends }));
try {
  page = await browser.newPage();
  const started = Date.now();
  await page.goto(base + "/ui", { waitUntil: "domcontentloaded" });
  step = "every backend loaded and the first page shown";
  await page.waitForFunction(
    (count) => document.getElementById("servers").dataset.backends === count && document.querySelector("#servers section tbody tr") !== null,
    wait, String(backends));
  const ms = Date.now() - started;
  step = "the event stream ready (live)";
  await page.waitForFunction(() => document.getElementById("live").textContent.startsWith("live"), wait);
  const liveMs = Date.now() - started;
  const typed = Date.now();
  step = "the last backend found by the filter";
  await page.type("#filter", last);
  await page.waitForFunction((name) => document.querySelector(`#servers section[data-backend="${name}"] tbody tr`) !== null, wait, last);
  console.log(JSON.stringify({ ms, filter_ms: Date.now() - typed, live_ms: liveMs }));
} catch (err) {
  const state = page ? await shown().catch(() => undefined) : undefined;
  console.log(JSON.stringify({ error: String(err), step, page: state }));
} finally {
  await browser.close();
}
