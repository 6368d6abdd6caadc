// The README's picture of the page: node scripts/screenshot.mjs <base-url> <out.png> [seconds]
// With the demo running (scripts/demo.sh) and some traffic on it, waits
// [seconds] (default 0) for the sparklines to fill, then shoots the page.
import puppeteer from "puppeteer-core";

const [base, out, seconds] = process.argv.slice(2);
const browser = await puppeteer.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", headless: true, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 720 });
  await page.goto(base + "/ui", { waitUntil: "domcontentloaded" });
  await page.waitForFunction(() => document.getElementById("live").textContent.startsWith("live"), { timeout: 15000 });
  await new Promise((resolve) => setTimeout(resolve, Number(seconds ?? 0) * 1000));
  await page.screenshot({ path: out, fullPage: true });
} finally {
  await browser.close();
}
