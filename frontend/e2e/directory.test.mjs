import assert from "node:assert/strict";
import { test } from "node:test";
import { logIn, offline, withServerAndBrowser } from "./harness.mjs";

const e2e = withServerAndBrowser({ demoData: true });

// Every page gets its own context: its own sessionStorage, so its own session.
async function newPage() {
  const context = await e2e.browser.newContext({ viewport: { width: 1280, height: 900 } });
  return context.newPage();
}

test("a leader filters the directory by rank and opens a profile", { skip: e2e.skip }, async () => {
  const page = await newPage();
  const blocked = await offline(page, e2e.server.url);
  await logIn(page, e2e.server.url, "pimpinan");
  await page.getByRole("navigation").getByRole("link", { name: "Direktori Pegawai" }).click();
  await page.getByRole("heading", { name: "Direktori Pegawai" }).waitFor();

  await page.getByText("Pangkat/golongan", { exact: true }).first().click();
  // The box is checked once the URL says so: click, then wait for the URL.
  await page.getByLabel("IV/a — Pembina", { exact: true }).click();
  await page.waitForURL(/rank=IV_A/);
  const rows = page.locator("table tbody tr");
  await rows.first().getByText("IV/a — Pembina", { exact: true }).waitFor();
  for (const rank of await rows.locator("td[data-label='Pangkat/golongan']").allTextContents()) {
    assert.equal(rank, "IV/a — Pembina");
  }

  // The filtered list is a link: opening it afresh shows the same filter.
  const shared = page.url();
  await page.goto(shared);
  assert.equal(await page.getByLabel("IV/a — Pembina", { exact: true }).isChecked(), true);

  const first = rows.first().getByRole("link");
  const name = await first.textContent();
  await first.click();
  await page.getByRole("heading", { level: 1, name }).waitFor();
  await page.getByRole("heading", { name: "Riwayat karier" }).waitFor();
  assert.match(await page.locator(".facts").first().textContent(), /IV\/a — Pembina/);
  assert.deepEqual(blocked, []);
});

test("an analyst sees no NIP in the directory or a profile", { skip: e2e.skip }, async () => {
  const page = await newPage();
  const answers = [];
  page.on("response", (res) => {
    if (res.url().endsWith("/query")) answers.push(res.text());
  });
  await logIn(page, e2e.server.url, "analis");
  // Moving within the app (no reload) keeps every answer readable.
  await page.getByRole("navigation").getByRole("link", { name: "Direktori Pegawai" }).click();
  // The dashboard's tables stay on screen until the directory has loaded: wait for the directory's own.
  const table = page.locator("table.employee-table");
  await table.locator("tbody tr").first().waitFor();
  assert.equal(await table.getByRole("columnheader", { name: "NIP" }).count(), 0);
  assert.equal(await page.getByLabel(/Cari nama/).count(), 0, "analysts cannot search by name or NIP");

  await table.locator("tbody tr").first().getByRole("link").click();
  await page.getByRole("heading", { name: "Data pegawai" }).waitFor();
  await page.getByRole("heading", { name: "Riwayat karier" }).waitFor();
  const text = await page.locator("body").textContent();
  assert.doesNotMatch(text, /NIP/);
  assert.doesNotMatch(text, /\b\d{18}\b/, "an 18-digit NIP is on the page");
  assert.ok(answers.length >= 3);
  for (const body of await Promise.all(answers)) {
    assert.doesNotMatch(body, /"nip"/, "the API sent a NIP to the analyst's browser");
  }
});

test("an invalid token in the session sends the user to log in with a message", {
  skip: e2e.skip,
}, async () => {
  const page = await newPage();
  await page.goto(`${e2e.server.url}/login`);
  await page.evaluate(() => sessionStorage.setItem("jenjang.token", "not-a-valid-token"));
  await page.goto(`${e2e.server.url}/pegawai?rank=III_A`);
  await page.getByText("Sesi Anda telah berakhir, silakan masuk kembali").waitFor();
  assert.equal(new URL(page.url()).pathname, "/login");
  assert.equal(await page.evaluate(() => sessionStorage.getItem("jenjang.token")), null);

  // Logging in again returns to where the user was going.
  await page.getByLabel("Nama pengguna").fill("pimpinan");
  await page.getByLabel("Kata sandi").fill("jenjang123");
  await page.getByRole("button", { name: "Masuk" }).click();
  await page.waitForURL((url) => url.pathname === "/pegawai" && url.search === "?rank=III_A");
});

test("the language switch turns the app into English and is remembered", { skip: e2e.skip }, async () => {
  const page = await newPage();
  await logIn(page, e2e.server.url, "pegawai");
  await page.getByLabel("Bahasa").selectOption("en");
  await page.getByRole("navigation").getByRole("link", { name: "Employee directory" }).click();
  await page.getByRole("heading", { name: "Employee directory" }).waitFor();
  await page.reload();
  await page.getByRole("heading", { name: "Employee directory" }).waitFor();
  // An employee has no dashboard: the start page is their own profile.
  await page.getByRole("link", { name: "Jenjang" }).click();
  await page.getByRole("heading", { name: "Career history" }).waitFor();
});
