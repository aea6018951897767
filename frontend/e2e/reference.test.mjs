// The reference data as an admin keeps it, on the demo data: a new unit is created in the province,
// moved under Kabupaten Bungo after a confirmation that says how much moves, and found there; a post's
// quota is raised; a quota below the post's holders is refused with the reason beside the field.
import assert from "node:assert/strict";
import { test } from "node:test";
import { logIn, withServerAndBrowser } from "./harness.mjs";

const e2e = withServerAndBrowser({ demoData: true });

async function asAdmin(path) {
  const context = await e2e.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await logIn(page, e2e.server.url, "admin");
  await page.goto(`${e2e.server.url}${path}`);
  return page;
}

// A unit of the tree by its exact name, and its own row (not its sub-units').
const nodeSelector = (name) => `.unit-node:has(> .unit-row > .unit-name:text-is("${name}"))`;
function row(page, name) {
  return page.locator(`${nodeSelector(name)} > .unit-row`);
}

// The unit `name` directly below the unit `parent`.
function childOf(page, parent, name) {
  return page.locator(`${nodeSelector(parent)} > .unit-tree > ${nodeSelector(name)}`);
}

async function expand(page, name) {
  await page.getByRole("button", { name: `Buka ${name}`, exact: true }).click();
}

const unitName = "Biro Uji Coba Pemindahan";

test("an admin creates a unit, moves it under another unit and sees it there", {
  skip: e2e.skip,
}, async () => {
  const page = await asAdmin("/admin");
  await page.getByRole("link", { name: "Unit organisasi" }).click();
  await page.getByRole("heading", { name: "Unit Organisasi" }).waitFor();
  await expand(page, "Provinsi Jambi");

  await row(page, "Pemerintah Provinsi Jambi").getByRole("button", { name: "Tambah sub-unit" }).click();
  await page.getByLabel("Nama", { exact: true }).fill(unitName);
  await page.getByLabel("Kode").fill("JMB-PROV-BIRO-UJI");
  await page.getByLabel("Jenis unit").selectOption("BUREAU");
  await page.getByRole("button", { name: "Tambah", exact: true }).click();
  await row(page, unitName).waitFor();

  await row(page, unitName).getByRole("button", { name: "Pindahkan" }).click();
  await page.getByLabel("Unit induk baru").fill("Pemerintah Kabupaten Bungo");
  await page.getByRole("button", { name: /^Pemerintah Kabupaten Bungo/ }).click();
  const confirm = page.locator(".move-confirm");
  await confirm.waitFor();
  assert.match(
    await confirm.textContent(),
    /^1 unit \(Biro Uji Coba Pemindahan dan seluruh sub-unitnya\) beserta 0 pegawai akan dipindahkan ke bawah Pemerintah Kabupaten Bungo\.$/,
  );
  await page.getByRole("button", { name: "Ya, pindahkan" }).click();

  // Gone from the province's branch (opened when the unit was added to it), and under Bungo when
  // that branch is opened.
  await childOf(page, "Pemerintah Provinsi Jambi", unitName).waitFor({ state: "detached" });
  await expand(page, "Pemerintah Kabupaten Bungo");
  await childOf(page, "Pemerintah Kabupaten Bungo", unitName).waitFor();
  assert.equal(await page.locator(".unit-name", { hasText: unitName }).count(), 1);
});

test("an admin edits a post's quota, and a quota below its holders is refused beside the field", {
  skip: e2e.skip,
}, async () => {
  const page = await asAdmin("/admin/unit");
  await expand(page, "Provinsi Jambi");
  await expand(page, "Pemerintah Provinsi Jambi");
  await row(page, "Dinas Pendidikan").getByRole("link", { name: "Jabatan" }).click();
  await page.getByRole("heading", { name: "Jabatan dan Formasi" }).waitFor();

  // The post with the most holders: a quota one below them must be refused.
  const rows = page.locator("tr[data-position]");
  await rows.first().waitFor();
  const filled = await rows.locator("td.quota").allTextContents();
  const counts = filled.map((text) => Number(/^(\d+) dari (\d+)/.exec(text)[1]));
  const i = counts.indexOf(Math.max(...counts));
  const post = rows.nth(i);
  const title = await post.getAttribute("data-position");
  const [, holders, quota] = /^(\d+) dari (\d+)/.exec(filled[i]).map(Number);
  assert.ok(holders > 1, `the post ${title} has ${holders} holders`);

  await post.getByRole("button", { name: "Ubah" }).click();
  const field = page.getByLabel("Kuota", { exact: true });
  await field.fill(String(quota + 2));
  await page.getByRole("button", { name: "Simpan" }).click();
  await page
    .locator(`tr[data-position="${title}"] td.quota`)
    .filter({ hasText: `${holders} dari ${quota + 2} terisi` })
    .waitFor();

  await page.locator(`tr[data-position="${title}"]`).getByRole("button", { name: "Ubah" }).click();
  await page.getByLabel("Kuota", { exact: true }).fill(String(holders - 1));
  await page.getByRole("button", { name: "Simpan" }).click();
  const error = page.locator(".field-error");
  await error.waitFor();
  assert.match(
    await error.textContent(),
    new RegExp(`kuota tidak boleh kurang dari jumlah pemangku jabatan saat ini \\(${holders} orang\\)`),
  );
  const quotaField = page.getByLabel("Kuota", { exact: true });
  assert.equal(await quotaField.getAttribute("aria-invalid"), "true");
  assert.equal(await quotaField.getAttribute("aria-describedby"), await error.getAttribute("id"));
});
