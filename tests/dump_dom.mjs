// dump_dom.mjs: the DOM of each page, after its scripts ran, from one browser.
//
//     node tests/dump_dom.mjs PAGE.html ...
//
// Opens every page in turn from file:// in Debian's headless Chromium
// (through playwright-core, tools/search/node_modules), with the flags
// check_html.py once gave one `chromium --dump-dom` per page, waits for its
// load event and serializes its document as --dump-dom did (doctype and
// <html>). Requests other than file:// are refused: the book loads nothing
// from the network. Prints a JSON list, one {page, dom, error} per page in
// the order given: dom is "" and error says why when the page did not load.
// One browser for all pages instead of one per page: starting Chromium
// costs more than loading a page.
import { createRequire } from "node:module";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
const require = createRequire(join(here, "..", "tools", "search", "package.json"));
const { chromium } = require("playwright-core");

const FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const TIMEOUT = 120000;         // per page, as the one-shot Chromium had

// What `chromium --dump-dom` prints: the doctype on a line, the <html>
// element, a newline.
const serialize = () =>
  (document.doctype ? new XMLSerializer().serializeToString(document.doctype) + "\n" : "") +
  document.documentElement.outerHTML + "\n";

const pages = process.argv.slice(2);
const first_line = (e) => String((e && e.message) || e).split("\n")[0];
const profile = mkdtempSync(join(tmpdir(), "minipy-chromium-"));
const results = [];
let browser;
try {
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium", headless: true, args: FLAGS });
} catch (e) {
  for (const page of pages) results.push({ page, dom: "", error: "Chromium did not start: " + first_line(e) });
}
try {
  if (browser) {
    await browser.route((url) => url.protocol !== "file:", (route) => route.abort());
    let tab = await browser.newPage();
    for (const page of pages) {
      try {
        const response = await tab.goto(pathToFileURL(resolve(page)).href,
                                        { waitUntil: "load", timeout: TIMEOUT });
        if (response && !response.ok()) throw new Error(`status ${response.status()}`);
        results.push({ page, dom: await tab.evaluate(serialize), error: null });
      } catch (e) {
        results.push({ page, dom: "", error: first_line(e) });
        // the tab may be left on an error page, or busy: the next page gets a new one
        await tab.close().catch(() => {});
        tab = await browser.newPage();
      }
    }
  }
} finally {
  if (browser) await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
process.stdout.write(JSON.stringify(results));
