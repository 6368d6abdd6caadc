// Drives GET /ui in Debian's headless Chromium (puppeteer-core), for
// spec/28-ui_spec.lua: node ui.mjs <base-url> <stats-socket> [token].
// Prints one JSON object: what the page showed and did.
import net from "node:net";
import puppeteer from "puppeteer-core";

const [base, socketPath, token] = process.argv.slice(2);
const origin = new URL(base).origin;

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

const result = { consoleErrors: [], foreignRequests: [] };
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
try {
  const page = await browser.newPage();
  page.on("console", (message) => { if (message.type() === "error") result.consoleErrors.push(message.text()); });
  page.on("pageerror", (err) => result.consoleErrors.push(String(err)));
  page.on("request", (request) => { if (new URL(request.url()).origin !== origin) result.foreignRequests.push(request.url()); });
  await page.goto(base + "/ui", { waitUntil: "domcontentloaded" });
  if (token) {
    await page.waitForSelector("#login:not([hidden])", { timeout: 10000 });
    result.askedForToken = true;
    await page.type("#token", token);
    await page.click("#login button");
  }
  await page.waitForFunction(() => document.getElementById("live").textContent === "live", { timeout: 15000 });
  result.rows = await page.$$eval("#servers tbody tr", (rows) => rows.map((row) => [row.dataset.backend, row.dataset.server, row.dataset.adminState]));
  result.labelled = await page.$$eval("input", (inputs) => inputs.every((input) => document.querySelector(`label[for="${input.id}"]`) !== null));

  // A change made on the stats socket shows without a reload.
  await command("set weight app/web1 5");
  await page.waitForFunction(() => document.querySelector('tr[data-backend="app"][data-server="web1"] td.weight').textContent === "5", { timeout: 10000 });
  await command("set server other/o2 state drain");
  await page.waitForFunction(() => document.querySelector('tr[data-backend="other"][data-server="o2"]').dataset.adminState === "drain", { timeout: 10000 });
  result.drainShown = await page.$eval('tr[data-backend="other"][data-server="o2"] td.status', (td) => [td.textContent, getComputedStyle(td, "::before").content]);
  result.liveUpdates = true;

  // The filter box hides what does not match.
  await page.type("#filter", "web1");
  result.visibleAfterFilter = await page.$$eval("#servers tbody tr:not([hidden])", (rows) => rows.map((row) => row.dataset.server));
} catch (err) {
  result.error = String(err && err.stack || err);
  try {
    const page = (await browser.pages()).at(-1);
    result.seen = await page.evaluate(() => [document.getElementById("live").textContent, document.querySelector("#servers tbody").innerText]);
  } catch (ignored) {}
} finally {
  await browser.close();
}
console.log(JSON.stringify(result));
