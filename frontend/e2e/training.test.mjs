// Competency development as the people who live it, on the demo data, in order: the employee (on a
// phone) finds a training with seats left and enrols; HR records attendance and completion; the
// employee rates the modules, once each, and sees the JP ledger take the training's 24 JP; HR reads the
// feedback across cohorts and records a revision citing it; a supervisor sees who in the team is short
// of 20 JP and nominates one of them. Each step signs in as the account whose step it is.
import assert from "node:assert/strict";
import { test } from "node:test";
import { go, withServerAndBrowser } from "./harness.mjs";

const e2e = withServerAndBrowser({ demoData: true });

const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 900 };
const curriculum = "Manajemen Kinerja dan Penyusunan SKP";

// The JP in the employee's ledger: the sum of "X dari 20 JP" over the years it shows.
async function ledgerTotal(page) {
  const bars = page.getByRole("progressbar");
  await bars.first().waitFor();
  const texts = await bars.evaluateAll((all) => all.map((b) => b.getAttribute("aria-valuetext")));
  return texts.reduce((sum, text) => sum + Number(/^\d+/.exec(text)[0]), 0);
}

// What the steps hand on: the training enrolled in, the employee's name, their JP before, a comment.
const story = {
  title: "",
  employee: "",
  jpBefore: 0,
  module: "",
  comment: "Contoh SKP untuk guru belum ada",
};

test("an employee finds a training with seats left and enrols", { skip: e2e.skip }, async () => {
  const page = await e2e.signedIn("pegawai", phone);
  story.employee = (await page.locator(".user-name").evaluate((el) => el.firstChild.textContent)).trim();
  await go(page, "Pelatihan Saya");
  story.jpBefore = await ledgerTotal(page);

  await go(page, "Pelatihan");
  await page.getByRole("heading", { name: "Katalog Pelatihan" }).waitFor();
  await page.getByLabel("Jenis pelatihan").selectOption("TEKNIS");
  await page.waitForURL(/kind=TEKNIS/);
  // The box is checked once the URL says so: click, then wait for the URL.
  await page.getByLabel("Hanya yang masih ada kursi").click();
  await page.waitForURL(/seats=1/);

  const open = page
    .locator(".training-card")
    .filter({ hasText: curriculum })
    .filter({ has: page.getByRole("button", { name: "Daftar" }) })
    .first();
  story.title = (await open.getByRole("heading").textContent()).trim();
  const card = page
    .locator(".training-card")
    .filter({ has: page.getByRole("heading", { name: story.title }) });
  const left = Number(/(\d+) dari \d+ kursi tersisa/.exec(await card.textContent())[1]);
  await card.getByRole("button", { name: "Daftar" }).click();
  await page.getByRole("status").getByText(`Anda terdaftar pada ${story.title}.`).waitFor();
  await card.getByText("Anda: Terdaftar").waitFor();
  await card.getByText(`${left - 1} dari`).waitFor();

  // The filtered catalogue is a link: opened afresh, it shows the same filters.
  await page.goto(page.url());
  assert.equal(await page.getByLabel("Hanya yang masih ada kursi").isChecked(), true);
  assert.equal(await page.getByLabel("Jenis pelatihan").inputValue(), "TEKNIS");
});

test("HR records the employee's attendance and completion", { skip: e2e.skip }, async () => {
  const page = await e2e.signedIn("hr", desktop);
  await go(page, "Pelatihan");
  await page.getByLabel("Jenis pelatihan").selectOption("TEKNIS");
  await page.getByRole("link", { name: story.title }).click();
  await page.getByRole("heading", { level: 1, name: story.title }).waitFor();

  const row = page.locator("tr").filter({ has: page.getByRole("link", { name: story.employee }) });
  await row.getByRole("button", { name: `Catat kehadiran ${story.employee}` }).click();
  await row.getByText("Mengikuti", { exact: true }).waitFor();

  // A score out of range is refused next to the field, and the form keeps it.
  const outcome = page.getByRole("form", { name: `Hasil pelatihan ${story.employee}` });
  const score = outcome.getByLabel("Nilai (0–100)");
  await score.fill("120");
  await outcome.getByRole("button", { name: "Simpan hasil" }).click();
  await outcome.getByText(/nilai antara 0 dan 100/).waitFor();
  assert.equal(await score.inputValue(), "120");
  await score.fill("88");
  await outcome.getByRole("button", { name: "Simpan hasil" }).click();
  await row.getByText("Selesai", { exact: true }).waitFor();
  await row.getByRole("cell", { name: "88", exact: true }).waitFor();
});

test("the employee rates each module once and sees the JP ledger take the training", {
  skip: e2e.skip,
}, async () => {
  const page = await e2e.signedIn("pegawai", phone);
  await go(page, "Pelatihan Saya");
  assert.equal(await ledgerTotal(page), story.jpBefore + 24);

  const row = page.locator("tr").filter({ has: page.getByRole("link", { name: story.title }) });
  await row.getByText(/^Selesai/).waitFor();
  await row.getByRole("link", { name: "Umpan balik per modul" }).click();
  await page.getByRole("heading", { name: "Umpan Balik Pelatihan" }).waitFor();

  // The first module by keyboard: the rating with the arrow keys, the comment, then the button.
  const forms = page.locator("form.module-feedback");
  const first = forms.first();
  story.module = (await first.getByRole("heading").textContent()).trim();
  await first.getByRole("radio", { name: "1 Sangat kurang" }).focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Tab");
  await page.keyboard.type(story.comment);
  await first.getByRole("button", { name: "Kirim penilaian modul ini" }).press("Enter");
  const given = page.locator(".module-feedback.given").filter({ hasText: story.module });
  await given.getByText("Penilaian Anda: 2 — Kurang").waitFor();

  // The rest with a click each.
  while ((await forms.count()) > 0) {
    const form = forms.first();
    const title = (await form.getByRole("heading").textContent()).trim();
    await form.getByRole("radio", { name: "4 Baik" }).check();
    await form.getByRole("button", { name: "Kirim penilaian modul ini" }).click();
    await page.locator(".module-feedback.given").filter({ hasText: title }).waitFor();
  }
  await page.getByText(/^4 dari 4 modul sudah dinilai/).waitFor();

  // Given once: after a reload every module shows what was given, and no form is left.
  await page.reload();
  await page.getByText(/^4 dari 4 modul sudah dinilai/).waitFor();
  assert.equal(await forms.count(), 0);
  await page.getByText(story.comment).waitFor();
});

test("HR reads the feedback across cohorts and records a revision citing it", {
  skip: e2e.skip,
}, async () => {
  const page = await e2e.signedIn("hr", desktop);
  await go(page, "Kurikulum");
  await page.getByRole("link", { name: curriculum }).click();
  await page.getByRole("heading", { level: 1, name: curriculum }).waitFor();
  await page.getByRole("heading", { name: "Rata-rata nilai per modul di setiap angkatan" }).waitFor();
  assert.equal(await page.locator(".cohort-chart svg").count(), 1);

  // The new cohort is a column of the figures across cohorts.
  await page.getByText("Lihat sebagai tabel").click();
  const cohort = story.title.slice(curriculum.length).trim();
  await page.getByRole("columnheader", { name: new RegExp(cohort) }).waitFor();

  // The employee's comment is among the module's, and nobody's name is on the page.
  const module = page.locator(".module-summary").filter({ hasText: story.module });
  await module.getByText(/Komentar peserta/).click();
  await module.getByText(story.comment).waitFor();
  assert.doesNotMatch(await page.locator("main").textContent(), new RegExp(story.employee));

  // A revision without the feedback behind it is refused next to the picker; the text stays.
  await page.getByRole("button", { name: "Catat revisi" }).click();
  const form = page.locator("form.revision-form");
  const changes = "Contoh SKP guru dan tenaga kesehatan ditambahkan ke modul rencana hasil kerja";
  await form.getByLabel("Yang diubah").fill(changes);
  await form
    .getByLabel("Alasan")
    .fill("Peserta angkatan terakhir menilai contoh SKP belum relevan untuk guru");
  await form.getByRole("button", { name: "Simpan revisi" }).click();
  await form.getByText(/kutip minimal satu umpan balik/).waitFor();
  assert.equal(await form.getByLabel("Yang diubah").inputValue(), changes);

  await form.locator(".cite-picker summary").filter({ hasText: story.module }).click();
  await form.getByLabel(new RegExp(story.comment)).check();
  await form.getByRole("button", { name: "Simpan revisi" }).click();
  const revision = page.locator(".revisions li").filter({ hasText: changes });
  await revision.waitFor();
  await revision.getByText("Mengutip 1 umpan balik").click();
  await revision.getByText(story.comment).waitFor();
});

test("a supervisor sees who in the team is short of 20 JP and nominates one", {
  skip: e2e.skip,
}, async () => {
  const page = await e2e.signedIn("atasan", desktop);
  await go(page, "JP Tim");
  await page.getByRole("heading", { name: "JP Tim" }).waitFor();
  const member = page.locator(".team-jp li").first();
  const name = (await member.getByRole("link").textContent()).trim();
  await member.getByText(/^Kurang \d+ JP/).waitFor();

  await page.getByRole("link", { name: "Cari pelatihan untuk dinominasikan" }).click();
  await page.waitForURL(/seats=1/);
  // The demo data may have enrolled them in a training already: the API says so, and the next one will do.
  const cards = page
    .locator(".training-card")
    .filter({ has: page.getByRole("button", { name: "Nominasikan pegawai" }) });
  await cards.first().waitFor();
  for (let i = 0; ; i++) {
    const card = cards.nth(i);
    const title = (await card.getByRole("heading").textContent()).trim();
    await card.getByRole("button", { name: "Nominasikan pegawai" }).click();
    await card.getByLabel(/Pilih dari tim Anda/).fill(name.split(" ")[0]);
    await card.getByRole("button", { name: `Nominasikan ${name} untuk ${title}` }).click();
    const done = page.getByRole("status").getByText(`${name} dinominasikan untuk ${title}.`);
    const taken = card.getByText(/sudah terdaftar/);
    await done.or(taken).waitFor();
    if (await done.isVisible()) break;
    assert.ok(i < 3, `${name} is enrolled in every training tried`);
  }
});
