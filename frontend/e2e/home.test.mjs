import assert from "node:assert/strict";
import { test } from "node:test";
import { offline, withServerAndBrowser } from "./harness.mjs";

const e2e = withServerAndBrowser();

test("the binary serves the app at / and at deep links, which ask to log in", {
  skip: e2e.skip,
}, async () => {
  const page = await e2e.browser.newPage();
  const blocked = await offline(page, e2e.server.url);
  for (const path of ["/", "/pegawai/EMP01/riwayat"]) {
    await page.goto(`${e2e.server.url}${path}`);
    await page.getByRole("heading", { name: "Jenjang" }).waitFor();
    await page.getByLabel("Nama pengguna").waitFor();
    assert.equal(new URL(page.url()).pathname, "/login");
    const link = page.getByRole("link", { name: "GraphQL Playground untuk analis" });
    assert.equal(await link.getAttribute("href"), "/playground");
  }
  assert.deepEqual(blocked, []);
});
