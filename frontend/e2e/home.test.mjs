import assert from "node:assert/strict";
import { test } from "node:test";
import { offline, withServerAndBrowser } from "./harness.mjs";

const e2e = withServerAndBrowser();

test("the home page and deep links are served by the binary", { skip: e2e.skip }, async () => {
  const page = await e2e.browser.newPage();
  const blocked = await offline(page, e2e.server.url);
  for (const path of ["/", "/pegawai/EMP01/riwayat"]) {
    await page.goto(`${e2e.server.url}${path}`);
    await page.getByRole("heading", { name: "Jenjang" }).waitFor();
    const link = page.getByRole("link", { name: "Buka GraphQL Playground" });
    assert.equal(await link.getAttribute("href"), "/playground");
  }
  assert.deepEqual(blocked, []);
});
