// Checks that every relative link and anchor in README.md and docs/*.md
// resolves: the file exists, and an anchor names a heading of it as GitHub
// makes them (lower case, punctuation dropped, spaces as hyphens, a
// repeated heading suffixed -1, -2...). Links to other sites are not
// fetched. Run by the test command; exits 1 listing what does not resolve.
//
//   node scripts/check-links.mjs
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const pages = ["README.md", ...readdirSync(join(root, "docs")).filter((name) => name.endsWith(".md")).map((name) => join("docs", name))];

/** The text outside fenced code blocks and inline code: links there are examples. */
function prose(text) {
  return text.replace(/^```[\s\S]*?^```/gm, "").replace(/`[^`\n]*`/g, "");
}

/** GitHub's anchor of a heading's text. */
function slug(heading) {
  const rendered = heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1") // links: their text
    .replace(/[`*]/g, "") // code and emphasis markers
    .trim()
    .toLowerCase();
  return rendered.replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, "").replace(/ /g, "-");
}

const anchorsOf = new Map();
function anchors(page) {
  if (anchorsOf.has(page)) return anchorsOf.get(page);
  const found = new Set();
  const seen = new Map();
  const text = readFileSync(join(root, page), "utf8").replace(/^```[\s\S]*?^```/gm, "");
  for (const match of text.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = slug(match[1]);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    found.add(count === 0 ? base : `${base}-${count}`);
  }
  anchorsOf.set(page, found);
  return found;
}

const broken = [];
let checked = 0;
for (const page of pages) {
  const text = prose(readFileSync(join(root, page), "utf8"));
  for (const match of text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
    const target = match[1];
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // http:, https:, mailto:
    checked++;
    const [path, anchor] = target.split("#");
    const file = path === "" ? page : relative(root, resolve(dirname(join(root, page)), decodeURIComponent(path)));
    if (!existsSync(join(root, file))) {
      broken.push(`${page}: ${target}: no file ${file}`);
      continue;
    }
    if (anchor === undefined) continue;
    if (statSync(join(root, file)).isDirectory() || !file.endsWith(".md")) {
      broken.push(`${page}: ${target}: an anchor into ${file}, which is not a page`);
      continue;
    }
    if (!anchors(file).has(anchor)) broken.push(`${page}: ${target}: no heading #${anchor} in ${file}`);
  }
}
if (broken.length > 0) {
  console.error(`links: ${broken.length} of ${checked} do not resolve:\n  ${broken.join("\n  ")}`);
  process.exit(1);
}
console.log(`links: all ${checked} relative links and anchors in ${pages.length} pages resolve`);
