// The benchmark's page timing (npm run bench): node page.mjs <base-url> <rows>
// loads /ui in Debian's headless Chromium and prints the milliseconds until
// every server row is shown (the live updates start after the watcher's
// first pass, which takes 4 s on 1,000 x 10).
import puppeteer from "puppeteer-core";

const [base, rows] = process.argv.slice(2);
const browser = await puppeteer.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
try {
  const page = await browser.newPage();
  const started = Date.now();
  await page.goto(base + "/ui", { waitUntil: "domcontentloaded" });
  await page.waitForFunction(
    (count) => document.querySelectorAll("#servers tbody tr").length === count,
    { timeout: 60000, polling: 50 },
    Number(rows),
  );
  console.log(JSON.stringify({ ms: Date.now() - started }));
} catch (err) {
  console.log(JSON.stringify({ error: String(err) }));
} finally {
  await browser.close();
}
