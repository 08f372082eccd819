// check_search.mjs: the site's full-text search works in a real browser.
//
//     node tests/check_search.mjs build/book/html WORD=PAGE#ID ...
//
// Serves the site over http on 127.0.0.1 (pagefind fetches its index, which
// file:// forbids), opens index.html in Debian's headless Chromium through
// playwright-core (tools/search/node_modules), types each WORD into the
// search box and requires a result that links to PAGE#ID, the section that
// WORD is about. Prints one line per word; exits 1 on any failure.
import { createRequire } from "node:module";
import { createServer } from "node:http";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const require = createRequire(join(here, "..", "tools", "search", "package.json"));
const { chromium } = require("playwright-core");

const [site, ...wanted] = process.argv.slice(2);
const root = resolve(site);
const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css",
                ".svg": "image/svg+xml", ".json": "application/json",
                ".wasm": "application/wasm" };
const server = createServer((req, res) => {
  const path = resolve(join(root, decodeURIComponent(new URL(req.url, "http://x").pathname)));
  try {
    if (!(path + sep).startsWith(root + sep) || !statSync(path).isFile()) throw new Error();
    res.writeHead(200, { "Content-Type": types[extname(path)] || "application/octet-stream" });
    res.end(readFileSync(path));
  } catch {
    res.writeHead(404);
    res.end();
  }
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const base = `http://127.0.0.1:${server.address().port}/`;

const profile = mkdtempSync(join(tmpdir(), "minipy-search-"));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: "/usr/bin/chromium", headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
let failed = 0;
try {
  const page = await browser.newPage();
  for (const pair of wanted) {
    const [word, target] = pair.split("=");
    await page.goto(base + "index.html");
    const box = page.locator(".pagefind-ui__search-input");
    await box.waitFor({ timeout: 20000 });
    await box.fill(word);
    let hrefs = [];
    try {
      await page.locator(".pagefind-ui__result-link").first().waitFor({ timeout: 20000 });
      await page.waitForTimeout(300);
      hrefs = await page.locator("a.pagefind-ui__result-link").evaluateAll(
        (links) => links.map((a) => a.getAttribute("href")));
    } catch { /* no result: reported below */ }
    // "/" and "/#id" are the index page
    const page_of = (h) => h.replace(/^\.?\//, "").replace(/^(?=#|$)/, "index.html");
    hrefs = hrefs.map(page_of);
    const found = hrefs.includes(target);
    if (!found) failed++;
    console.log(`${found ? "ok  " : "FAIL"} search "${word}" links to ${target}` +
                (found ? "" : ` (links: ${hrefs.slice(0, 8).join(" ") || "none"})`));
  }
} finally {
  await browser.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
