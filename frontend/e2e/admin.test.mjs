import assert from "node:assert/strict";
import { test } from "node:test";
import { logIn, withServerAndBrowser } from "./harness.mjs";

const e2e = withServerAndBrowser({ demoData: true });

test("an employee sees who changed their record, and how", { skip: e2e.skip }, async () => {
  // HR corrects the employee's e-mail address: the kind of change the employee should hear of.
  const { viewer } = await e2e.gql("pegawai", "{ viewer { employee { id } } }");
  const email = "pegawai.baru@disdik.jambiprov.go.id";
  await e2e.gql(
    "hr",
    "mutation($id: ID!, $email: String) { updateEmployee(id: $id, input: {email: $email}) { id } }",
    {
      id: viewer.employee.id,
      email,
    },
  );

  const page = await e2e.newPage(390);
  await logIn(page, e2e.server.url, "pegawai");
  await page.getByRole("link", { name: "Siapa mengubah data saya" }).click();
  await page.getByRole("heading", { name: "Siapa mengubah data saya" }).waitFor();
  const row = page.getByRole("row").filter({ hasText: "(hr)" }).first();
  await row.waitFor();
  assert.match(await row.textContent(), /Diubah/);
  await row.getByRole("button", { name: /Lihat perubahan/ }).click();
  const change = page.locator(".changes-table tr").filter({ hasText: "email" });
  assert.equal(await change.locator(".change-new").textContent(), email);
});

test("an admin creates an account that then logs in", {
  skip: e2e.skip,
}, async () => {
  const { employees } = await e2e.gql(
    "admin",
    `{ employees(first: 1, where: {hasAccount: false, status: ACTIVE}, orderBy: [{field: NAME, direction: ASC}]) {
        edges { node { name } } } }`,
  );
  const name = employees.edges[0].node.name;

  const page = await e2e.newPage();
  await logIn(page, e2e.server.url, "admin");
  await page.getByRole("link", { name: "Administrasi" }).click();
  await page.getByRole("link", { name: "Akun pengguna" }).click();
  await page.getByRole("heading", { name: "Akun Pengguna" }).waitFor();
  await page.getByRole("button", { name: "Buat akun" }).click();

  const form = page.getByRole("form", { name: "Akun baru" });
  // A username the server refuses is shown at the field.
  await form.getByLabel("Nama pengguna").fill("X");
  await form.getByLabel("Peran").selectOption("EMPLOYEE");
  await form.getByLabel("Cari pegawai (nama atau NIP)").fill(name);
  await form.getByRole("button", { name }).first().click();
  await form.getByRole("button", { name: "Buat akun" }).click();
  await form.locator(".field-error").filter({ hasText: "nama pengguna terdiri atas" }).waitFor();

  await form.getByLabel("Nama pengguna").fill("pegawai.baru");
  await form.getByRole("button", { name: "Buat akun" }).click();
  const password = await page.getByTestId("temporary-password").textContent();
  assert.match(password, /^[A-Za-z0-9]{12}$/);
  await page.getByRole("row").filter({ hasText: "pegawai.baru" }).waitFor();

  await page.getByRole("button", { name: "Keluar" }).click();
  await page.waitForURL(/\/login/);
  await logIn(page, e2e.server.url, "pegawai.baru", password);
  await page.locator(".user-name").filter({ hasText: name }).waitFor();
});
