// Writes the README's screenshots into docs/screenshots/: each page of `pages` at each width of
// `widths`, against the real binary with the demo data. Run by `make screenshots`, not by the tests.
// To add a screen, add an entry to `pages`: a name, who is signed in, how to get there, and the
// element whose appearance means the page is ready.
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { demoPassword, launchBrowser, logIn, skipReason, startServer } from "./harness.mjs";

const outDir = resolve(import.meta.dirname, "../../docs/screenshots");

const widths = [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 390, height: 844 },
];

const pages = [
  { name: "login", user: null, path: "/login", ready: (page) => page.getByLabel("Nama pengguna") },
  {
    name: "dashboard",
    user: "pimpinan",
    path: "/",
    // The leader's default dashboard: six widgets, each drawn.
    ready: (page) => page.locator("article.widget[data-state=ready]").nth(5),
  },
  {
    name: "directory",
    user: "pimpinan",
    path: "/pegawai?rank=IV_A&rank=IV_B&size=10",
    ready: (page) => page.locator("table tbody tr").first(),
  },
  {
    name: "profile",
    user: "pimpinan",
    // The first employee of the directory filtered as above.
    open: async (page, url) => {
      await page.goto(`${url}/pegawai?rank=IV_A&size=10`);
      await page.locator("table tbody tr a").first().click();
    },
    ready: (page) => page.getByRole("heading", { name: "Riwayat karier" }),
  },
  {
    name: "evaluation",
    user: "pegawai",
    // The employee's latest final annual SKP: the assessment and the matrix cell its predikat comes from.
    open: async (page, url) => {
      await page.goto(`${url}/penilaian`);
      await page
        .getByRole("row")
        .filter({ hasText: "Tahunan" })
        .filter({ hasText: "Final" })
        .first()
        .getByRole("link")
        .click();
    },
    ready: (page) => page.locator("td[aria-current]"),
  },
  {
    name: "vacancy-board",
    user: null,
    path: "/lowongan",
    ready: (page) => page.locator(".vacancy-card").first(),
  },
  {
    name: "eligibility-check",
    user: "pegawai",
    // The employee's check against the first internal promotion: each requirement ticked or explained.
    open: async (page, url) => {
      await page.goto(`${url}/lowongan?kind=PROMOTION`);
      await page.locator(".vacancy-card h2 a").first().click();
      await page.getByRole("button", { name: "Cek kelayakan saya" }).click();
    },
    ready: (page) => page.locator(".eligibility li").first(),
  },
  {
    name: "training-catalogue",
    user: "pegawai",
    path: "/pelatihan?seats=1",
    ready: (page) => page.locator(".training-card").first(),
  },
  {
    name: "curriculum-feedback",
    user: "hr",
    // The leadership curriculum: the chart across its cohorts, each module's ratings and the revision.
    open: async (page, url) => {
      await page.goto(`${url}/kurikulum`);
      await page.getByRole("link", { name: "Pelatihan Kepemimpinan Administrator" }).click();
    },
    // ECharts draws the SVG at once (no animation): the chart element is the picture.
    ready: (page) => page.locator(".cohort-chart svg"),
  },
  {
    name: "nine-box",
    user: "pimpinan",
    // The 9-box of the leader's scope for the last completed year, with the people of box 9.
    path: "/talenta?kotak=9",
    ready: (page) => page.locator(".member-list a").first(),
  },
  {
    name: "succession",
    user: "pimpinan",
    // The succession list of the first Kepala Dinas found: candidates first, each condition explained.
    open: async (page, url) => {
      await page.goto(`${url}/talenta`);
      await page.getByLabel("Nama jabatan").fill("Kepala Dinas");
      await page.locator(".position-search a").first().click();
    },
    ready: (page) => page.getByRole("heading", { level: 1, name: /^Suksesi:/ }),
  },
  {
    name: "audit-trail",
    user: "hr",
    // HR corrects an employee's e-mail address (the demo data is loaded unaudited), then opens that
    // change in the trail: the value before beside the value after.
    open: async (page, url) => {
      const gql = async (query, variables, token) => {
        const headers = token ? { Authorization: `Bearer ${token}` } : {};
        return (
          await (await page.request.post(`${url}/query`, { data: { query, variables }, headers })).json()
        ).data;
      };
      const { login } = await gql(
        'mutation($p: String!) { login(input: {username: "hr", password: $p}) { token } }',
        {
          p: demoPassword,
        },
      );
      const { viewer } = await gql("{ viewer { employee { id } } }", {}, login.token);
      await gql(
        'mutation($id: ID!) { updateEmployee(id: $id, input: {email: "analis.sdm@bkd.jambiprov.go.id"}) { id } }',
        { id: viewer.employee.id },
        login.token,
      );
      await page.goto(`${url}/audit?entity=Employee`);
      await page
        .getByRole("button", { name: /Lihat perubahan/ })
        .first()
        .click();
    },
    ready: (page) => page.locator(".changes-table"),
  },
];

if (skipReason()) process.exit(1);
mkdirSync(outDir, { recursive: true });
const server = await startServer({ demoData: true });
const browser = await launchBrowser();
try {
  for (const size of widths) {
    for (const p of pages) {
      const context = await browser.newContext({ viewport: { width: size.width, height: size.height } });
      const page = await context.newPage();
      if (p.user) await logIn(page, server.url, p.user);
      if (p.open) await p.open(page, server.url);
      else await page.goto(`${server.url}${p.path}`);
      await p.ready(page).waitFor();
      const file = `${outDir}/${p.name}-${size.name}.png`;
      await page.screenshot({ path: file, fullPage: p.name !== "login" });
      console.log(`wrote ${file}`);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
