import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { launchBrowser, offline, skipReason, startServer } from "./harness.mjs";

const skip = skipReason();
let server;
let browser;

before(async () => {
  if (skip) return;
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test("the home page and deep links are served by the binary", { skip }, async () => {
  const page = await browser.newPage();
  const blocked = await offline(page, server.url);
  for (const path of ["/", "/pegawai/EMP01/riwayat"]) {
    await page.goto(`${server.url}${path}`);
    await page.getByRole("heading", { name: "Jenjang" }).waitFor();
    const link = page.getByRole("link", { name: "Buka GraphQL Playground" });
    assert.equal(await link.getAttribute("href"), "/playground");
  }
  assert.deepEqual(blocked, []);
});
