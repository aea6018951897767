import assert from "node:assert/strict";
import { test } from "node:test";
import { logIn, withServerAndBrowser } from "./harness.mjs";

const e2e = withServerAndBrowser({ demoData: true });

// boxCount reads the number a box of the 9-box shows ("Kotak 5: 1.234" → 1234).
async function boxCount(page, box) {
  const button = page.getByRole("button", { name: new RegExp(`^Kotak ${box}: `) });
  await button.waitFor();
  return Number((await button.textContent()).replace(/\D/g, ""));
}

test("HR records a potential assessment and sees the 9-box change", { skip: e2e.skip }, async () => {
  const year = Number(new Date().toISOString().slice(0, 4)) - 1;
  // Someone of HR's scope with a medium potential and a performance as expected: box 5.
  const { talentBoxMembers } = await e2e.gql(
    "hr",
    "query($y: Int!) { talentBoxMembers(year: $y, box: 5, first: 1) { edges { node { id name } } } }",
    { y: year },
  );
  const person = talentBoxMembers.edges[0].node;

  const page = await e2e.newPage();
  await logIn(page, e2e.server.url, "hr");
  await page.getByRole("navigation").getByRole("link", { name: "Talenta" }).click();
  await page.getByRole("heading", { level: 1, name: "Talenta dan Suksesi" }).waitFor();
  await page.getByLabel("Tahun").selectOption(String(year));
  const before5 = await boxCount(page, 5);
  const before8 = await boxCount(page, 8);

  await page.goto(`${e2e.server.url}/pegawai/${person.id}`);
  const form = page.locator("form").filter({ hasText: "Catat penilaian potensi" });
  await form.getByLabel("Tahun").fill(String(year));
  await form.getByLabel("Tingkat potensi").selectOption("HIGH");
  await form.getByLabel("Metode").fill("Assessment Center");
  // A score out of range is refused next to its field.
  await form.getByLabel("Nilai (0–100)").fill("150");
  await form.getByRole("button", { name: "Simpan penilaian potensi" }).click();
  await form
    .locator(".field-error")
    .getByText(/nilai potensi antara 0 dan 100/)
    .waitFor();
  await form.getByLabel("Nilai (0–100)").fill("88");
  await form.getByRole("button", { name: "Simpan penilaian potensi" }).click();
  await form.getByText(`Penilaian potensi ${year} tersimpan.`).waitFor();
  await page
    .locator(".potentials li")
    .filter({ hasText: `${year}` })
    .filter({ hasText: "Tinggi" })
    .waitFor();

  await page.goto(`${e2e.server.url}/talenta?tahun=${year}`);
  assert.equal(await boxCount(page, 5), before5 - 1);
  assert.equal(await boxCount(page, 8), before8 + 1);
});

test("a leader opens a box of the 9-box, a profile from it, and a post's succession list", {
  skip: e2e.skip,
}, async () => {
  const page = await e2e.newPage();
  await logIn(page, e2e.server.url, "pimpinan");
  await page.goto(`${e2e.server.url}/talenta`);
  await page.getByRole("button", { name: /^Kotak 9: / }).click();
  await page.waitForURL(/kotak=9/);
  const first = page.locator(".member-list a").first();
  await first.waitFor();
  const name = await first.textContent();
  await first.click();
  await page.waitForURL(/\/pegawai\/EMP/);
  await page.getByRole("heading", { level: 1, name }).waitFor();

  // Back on the grid, the same box is open; a post found by title shows its succession list.
  await page.goBack();
  await page.locator(".member-list a").first().waitFor();
  await page.getByLabel("Nama jabatan").fill("Kepala Dinas");
  await page.locator(".position-search a").first().click();
  await page.getByRole("heading", { level: 1, name: /^Suksesi: Kepala Dinas/ }).waitFor();
  await page.getByText(/Anggota kelompok talenta \(kotak 7–9\)/).waitFor();
});
