import assert from "node:assert/strict";
import { test } from "node:test";
import { logIn, offline, withServerAndBrowser } from "./harness.mjs";

const e2e = withServerAndBrowser({ demoData: true });

test("an anonymous visitor browses the vacancy board", { skip: e2e.skip }, async () => {
  const page = await e2e.newPage(390);
  const blocked = await offline(page, e2e.server.url);
  await page.goto(`${e2e.server.url}/login`);
  await page.getByRole("link", { name: "Lihat lowongan jabatan yang dibuka" }).click();
  await page.getByRole("heading", { name: "Lowongan Jabatan" }).waitFor();
  await page.locator(".vacancy-card").first().waitFor();

  await page.getByLabel("Jenis lowongan").selectOption("PROMOTION");
  await page.waitForURL(/kind=PROMOTION/);
  await page.getByRole("status").filter({ hasText: "lowongan dibuka" }).waitFor();
  // The board shows the previous result until the filtered one arrives.
  await page.waitForFunction(() => {
    const kinds = [...document.querySelectorAll(".vacancy-card .vacancy-kind")].map((k) => k.textContent);
    return kinds.length > 0 && kinds.every((k) => k === "Promosi internal");
  });
  const kinds = await page.locator(".vacancy-card .vacancy-kind").allTextContents();
  assert.ok(kinds.length > 0);
  for (const kind of kinds) assert.equal(kind, "Promosi internal");

  // The announcements name the appointed person and the post, nothing else.
  await page
    .getByText(/diangkat sebagai/)
    .first()
    .waitFor();

  const card = page.locator(".vacancy-card").first();
  const title = await card.getByRole("heading", { level: 2 }).textContent();
  await card.getByRole("link").click();
  await page.getByRole("heading", { level: 1, name: title }).waitFor();
  await page.getByText(/Predikat kinerja minimal Baik dalam 2 tahun terakhir/).waitFor();
  // The page is a link to share: opened afresh, it shows the same vacancy.
  await page.goto(page.url());
  await page.getByRole("heading", { level: 1, name: title }).waitFor();
  await page.getByRole("link", { name: "Masuk untuk melamar" }).waitFor();
  assert.deepEqual(blocked, []);
});

test("an employee checks their eligibility, sees the reasons and applies", { skip: e2e.skip }, async () => {
  const page = await e2e.newPage();
  await logIn(page, e2e.server.url, "pegawai");
  await page.goto(`${e2e.server.url}/lowongan?kind=PROMOTION`);
  const card = page.locator(".vacancy-card").first();
  const title = await card.getByRole("heading", { level: 2 }).textContent();
  await card.getByRole("link").click();

  await page.getByRole("button", { name: "Cek kelayakan saya" }).click();
  await page.getByText("Anda belum memenuhi semua persyaratan:").waitFor();
  const unmet = page.locator(".eligibility .unmet");
  assert.ok((await unmet.count()) > 0);
  assert.match(await unmet.first().textContent(), /dibutuhkan minimal/);

  await page.getByRole("button", { name: "Lamar" }).click();
  await page.getByText("Lamaran Anda tercatat dengan status: Tidak memenuhi syarat.").waitFor();

  await page.getByRole("navigation").getByRole("link", { name: "Lamaran Saya" }).click();
  const mine = page.locator(".my-applications > li").filter({ hasText: title });
  await mine.getByText("Tidak memenuhi syarat").waitFor();
  await mine
    .getByText(/dibutuhkan minimal/)
    .first()
    .waitFor();
});

test("HR scores an open selection, shortlists the three best and appoints one", {
  skip: e2e.skip,
}, async () => {
  // An open selection for a new post of HR's scope, to which two demo employees have applied.
  const { viewer } = await e2e.gql("hr", "{ viewer { scopeUnit { id } } }");
  const { createPosition: post } = await e2e.gql(
    "hr",
    "mutation($in: CreatePositionInput!) { createPosition(input: $in) { id title } }",
    {
      in: {
        title: "Staf Ahli Gubernur Bidang Ekonomi",
        kind: "JPT_PRATAMA",
        jobClass: 14,
        quota: 1,
        unitID: viewer.scopeUnit.id,
      },
    },
  );
  const today = new Date();
  const day = (offset) => new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  const { createVacancy } = await e2e.gql(
    "hr",
    "mutation($in: VacancyInput!) { createVacancy(input: $in) { id } }",
    {
      in: {
        kind: "OPEN_SELECTION",
        title: `Seleksi Terbuka ${post.title}`,
        positionID: post.id,
        opensOn: day(-2),
        closesOn: day(14),
        requirements: {},
      },
    },
  );
  const id = createVacancy.id;
  await e2e.gql("hr", "mutation($id: ID!) { publishVacancy(id: $id) { id } }", { id });
  const apply = "mutation($v: ID!) { applyToVacancy(vacancyID: $v) { id } }";
  await e2e.gql("pegawai", apply, { v: id });
  await e2e.gql("atasan", apply, { v: id });
  const { viewer: employee } = await e2e.gql("pegawai", "{ viewer { employee { id name } } }");

  const page = await e2e.newPage();
  await logIn(page, e2e.server.url, "hr");
  await page.goto(`${e2e.server.url}/lowongan/${id}`);
  const rows = page.locator(".applications > li");
  await rows.nth(1).waitFor();
  const scores = { pegawai: [90, 85, 88, 80], other: [70, 72, 75, 70] };
  for (const row of await rows.all()) {
    const mineRow = (await row.getByRole("heading", { level: 3 }).textContent()) === employee.employee.name;
    const values = mineRow ? scores.pegawai : scores.other;
    for (const [i, stage] of ["Tes tertulis", "Assessment center", "Wawancara", "Rekam jejak"].entries()) {
      await row.getByLabel(new RegExp(`^${stage}`)).fill(String(values[i]));
    }
    await row.getByRole("button", { name: "Simpan nilai" }).click();
    await row.getByText(/Nilai akhir/).waitFor();
  }
  await page.getByRole("button", { name: "Masukkan tiga terbaik" }).click();
  const chosen = rows.filter({ has: page.getByRole("heading", { name: employee.employee.name }) });
  await chosen.getByText("Tiga besar").waitFor();

  await chosen.getByRole("button", { name: "Angkat" }).click();
  const dialog = page.getByRole("alertdialog");
  assert.match(await dialog.textContent(), /mencatat riwayat karier/);
  await dialog.getByLabel("Nomor SK pengangkatan").fill("821.2/456/BKD/2026");
  await dialog.getByRole("button", { name: "Ya, angkat" }).click();
  await page.getByText(/telah diangkat/).waitFor();

  // The profile shows the new post and the career event.
  await page.goto(`${e2e.server.url}/pegawai/${employee.employee.id}`);
  await page.getByRole("heading", { name: "Riwayat karier" }).waitFor();
  await page.locator(".facts").getByText(post.title).first().waitFor();
  await page.getByText("Pengangkatan jabatan").first().waitFor();
});

test("HR creates a vacancy with requirements, publishes it, and it is on the public board", {
  skip: e2e.skip,
}, async () => {
  const page = await e2e.newPage();
  await logIn(page, e2e.server.url, "hr");
  await page.getByRole("navigation").getByRole("link", { name: "Kelola Lowongan" }).click();
  await page.getByRole("link", { name: "Buat lowongan" }).click();
  await page.getByRole("heading", { name: "Lowongan baru" }).waitFor();

  // An open selection's stage weights start at the regulation's defaults and are summed as typed.
  await page.getByLabel("Jenis lowongan").selectOption("OPEN_SELECTION");
  await page.getByText("Jumlah bobot: 100%").waitFor();
  await page.getByLabel("Wawancara (%)").fill("30");
  await page.getByText("Jumlah bobot: 95%").waitFor();
  await page.getByLabel("Jenis lowongan").selectOption("PROMOTION");

  const title = `Promosi Kepala Seksi Uji ${Date.now()}`;
  await page.getByLabel("Judul pengumuman").fill(title);
  await page.getByLabel("Jabatan yang diisi").fill("Kepala Seksi");
  const post = page.getByRole("list", { name: "Jabatan yang cocok" }).getByRole("button").first();
  const postTitle = (await post.textContent()).split(" — ")[0];
  await post.click();
  await page.getByLabel("Pangkat minimal").selectOption("III_C");
  await page.getByLabel("Predikat kinerja minimal").selectOption("BAIK");
  await page.getByLabel("Dalam berapa tahun terakhir").fill("2");
  await page.getByRole("checkbox", { name: "PKP" }).check();
  await page.getByLabel("Pendidikan minimal").selectOption("S1");
  await page.getByRole("button", { name: "Simpan sebagai draf" }).click();

  await page.waitForURL(/\/lowongan\/kelola$/);
  await page.getByLabel("Status").selectOption("DRAFT");
  const card = page.locator(".managed-vacancies > li").filter({ hasText: title });
  await card.getByText("Draf").waitFor();
  await card.getByRole("button", { name: "Umumkan" }).click();
  const dialog = card.getByRole("alertdialog");
  assert.match(await dialog.textContent(), /papan lowongan publik/);
  await dialog.getByRole("button", { name: "Ya, umumkan" }).click();
  await page.getByRole("status").filter({ hasText: "diumumkan di papan lowongan" }).waitFor();
  await page.getByLabel("Status").selectOption("OPEN");
  await card.getByText("Dibuka").waitFor();

  // Anyone, signed in or not, finds it on the board with its post and requirements.
  const visitor = await e2e.newPage();
  await visitor.goto(`${e2e.server.url}/lowongan?kind=PROMOTION`);
  const onBoard = visitor.locator(".vacancy-card").filter({ hasText: title });
  await onBoard.getByText(postTitle).first().waitFor();
  await onBoard.getByText("Pangkat minimal III/c — Penata").waitFor();
  await onBoard.getByText("Telah mengikuti pelatihan PKP").waitFor();
});

test("HR appoints one of the three best of the demo's open selection; the profile shows the post", {
  skip: e2e.skip,
}, async () => {
  const page = await e2e.newPage();
  await logIn(page, e2e.server.url, "hr");
  await page.goto(`${e2e.server.url}/lowongan/kelola?status=CLOSED`);
  const selection = page
    .locator(".managed-vacancies > li")
    .filter({ hasText: "Staf Ahli Bidang Pemerintahan" });
  await selection.getByRole("link").click();
  const best = page.locator(".applications > li").filter({ hasText: "Tiga besar" }).first();
  const name = await best.getByRole("heading", { level: 3 }).textContent();
  await best.getByRole("button", { name: "Angkat" }).click();
  const dialog = page.getByRole("alertdialog");
  await dialog.getByLabel("Nomor SK pengangkatan").fill("821.2/77/BKD/2026");
  await dialog.getByRole("button", { name: "Ya, angkat" }).click();
  await page.getByText(/telah diangkat/).waitFor();

  // The appointee may work in another instansi: an ADMIN opens the profile.
  const { vacancies } = await e2e.gql(
    "admin",
    `{ vacancies(first: 1, where: {status: FILLED, titleContains: "Staf Ahli Bidang Pemerintahan"}) {
        edges { node { applications(first: 1, where: {status: SELECTED}) { edges { node { applicant { id name } } } } } } } }`,
  );
  const appointee = vacancies.edges[0].node.applications.edges[0].node.applicant;
  assert.equal(appointee.name, name);
  const admin = await e2e.newPage();
  await logIn(admin, e2e.server.url, "admin");
  await admin.goto(`${e2e.server.url}/pegawai/${appointee.id}`);
  await admin.getByRole("heading", { name: "Riwayat karier" }).waitFor();
  await admin
    .locator(".facts")
    .getByText("Staf Ahli Bidang Pemerintahan, Hukum dan Politik")
    .first()
    .waitFor();
  await admin.getByText("Pengangkatan jabatan").first().waitFor();
});

test("HR records a rank promotion from the due list and the profile shows the new rank", {
  skip: e2e.skip,
}, async () => {
  const page = await e2e.newPage();
  await logIn(page, e2e.server.url, "hr");
  await page.getByRole("navigation").getByRole("link", { name: "Kenaikan Pangkat" }).click();
  await page.getByRole("heading", { name: "Kenaikan Pangkat" }).waitFor();
  // The first window of the year with someone due.
  const rows = page.locator(".promotion-windows tbody tr");
  await rows.first().waitFor();
  let chosen = null;
  for (const row of await rows.all()) {
    if ((await row.locator("td").nth(1).textContent()) !== "0") {
      chosen = row;
      break;
    }
  }
  assert.ok(chosen, "no promotion window with anyone due");
  await chosen.getByRole("button").click();
  const person = page.locator(".due-list > li").first();
  await person.waitFor();
  // Beside each person, the rule they meet.
  assert.match(await person.locator(".rule-met").textContent(), /minimal 4 tahun.*Predikat \d{4}: /s);
  const href = await person.getByRole("link").first().getAttribute("href");
  await person.getByRole("button", { name: "Catat kenaikan pangkat" }).click();
  await person.getByText("Memenuhi syarat kenaikan pangkat reguler pada TMT ini.").waitFor();
  const rank = await person.getByLabel("Pangkat baru").evaluate((s) => s.options[s.selectedIndex].text);
  await person.getByLabel("Nomor SK kenaikan pangkat").fill("823.3/88/BKD/2026");
  await person.getByRole("button", { name: "Catat", exact: true }).click();
  // Promoted, the person leaves the due list; the page says what was recorded.
  await page.getByRole("status").filter({ hasText: "tercatat" }).waitFor();

  await page.goto(`${e2e.server.url}${href}`);
  await page.locator(".facts").getByText(rank).first().waitFor();
  await page.getByText("Kenaikan pangkat").first().waitFor();
});
