// End-to-end test of the playground page served by `kaa serve`: types a
// program and its input, clicks Run, and checks what the page shows.
// KAA_URL is the server's base URL (run.sh starts one).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

const base = process.env.KAA_URL;
if (!base) throw new Error("KAA_URL is not set (use run.sh)");

async function withPage(fn) {
  const userDataDir = mkdtempSync(join(tmpdir(), "kaa-e2e-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
      "--disable-quic",
    ],
  });
  try {
    const page = await context.newPage();
    const outside = [];
    page.on("request", (r) => { if (!r.url().startsWith(base)) outside.push(r.url()); });
    await page.goto(base + "/");
    await fn(page);
    assert.deepEqual(outside, [], "the page must not contact other hosts");
  } finally {
    await context.close();
  }
}

test("runs a program with stdin and shows its output and result", async () => {
  await withPage(async (page) => {
    await page.fill("#source", "name = input()\nprint('hello, ' + name)\nprint(sum(range(10)))\n[1, 2, 3]\n");
    await page.fill("#stdin", "kaa\n");
    await page.click("#run");
    await page.waitForFunction(() => document.getElementById("status").textContent === "ok", null, { timeout: 20000 });
    assert.equal(await page.textContent("#stdout"), "hello, kaa\n45\n");
    assert.match(await page.textContent("#result"), /^\[1, 2, 3\]/);
    assert.equal(await page.textContent("#traceback"), "");
  });
});

test("shows a readable traceback for an exception", async () => {
  await withPage(async (page) => {
    await page.fill("#source", "def f(x):\n    return 1 / x\n\nf(0)\n");
    await page.click("#run");
    await page.waitForFunction(() => document.getElementById("status").textContent === "runtime_error", null, { timeout: 20000 });
    const tb = await page.textContent("#traceback");
    assert.match(tb, /Traceback \(most recent call last\):/);
    assert.match(tb, /ZeroDivisionError: division by zero/);
    const frames = await page.$$eval("#frames li", (items) => items.map((li) => li.textContent));
    assert.equal(frames.length, 2);
    assert.match(frames[1], /main\.py, line 2, in f/);
  });
});

test("shows syntax errors", async () => {
  await withPage(async (page) => {
    await page.fill("#source", "x = = 1\n");
    await page.click("#run");
    await page.waitForFunction(() => document.getElementById("status").textContent === "syntax_error", null, { timeout: 20000 });
    assert.match(await page.textContent("#traceback"), /SyntaxError: invalid syntax/);
  });
});
