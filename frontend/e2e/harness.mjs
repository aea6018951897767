// Starts the real Go binary on a fresh SQLite database and drives Debian's Chromium through
// playwright-core, for the browser tests beside this file.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { after, before } from "node:test";
import { chromium } from "playwright-core";

const binary = resolve(import.meta.dirname, "..", process.env.JENJANG_BIN ?? "../bin/jenjang");
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

// skipReason says why browser tests cannot run here, or is false: node:test skips on any string, even "".
// With E2E_REQUIRED=1 (CI) a missing browser or binary fails the run instead of skipping it.
export function skipReason() {
  const missing = [];
  if (!existsSync(chromiumPath))
    missing.push(`Chromium not found at ${chromiumPath} (apt-get install chromium)`);
  if (!existsSync(binary)) missing.push(`server binary not found at ${binary} (make build)`);
  if (missing.length === 0) return false;
  if (process.env.E2E_REQUIRED === "1")
    throw new Error(`browser tests are required here: ${missing.join("; ")}`);
  console.log(`SKIP browser tests: ${missing.join("; ")}`);
  return missing.join("; ");
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolvePort(port));
    });
  });
}

// startServer runs the binary on a free port with its own SQLite database and waits until it is healthy.
export async function startServer({ demoData = false } = {}) {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "jenjang-e2e-"));
  const logs = [];
  const proc = spawn(binary, [], {
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: `file:${join(dir, "e2e.db")}`,
      DEMO_DATA: String(demoData),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  proc.stdout.on("data", (d) => logs.push(String(d)));
  proc.stderr.on("data", (d) => logs.push(String(d)));
  const exited = new Promise((r) => proc.once("exit", r));
  const stop = async () => {
    if (proc.exitCode === null && proc.signalCode === null) {
      proc.kill("SIGTERM");
      const timer = setTimeout(() => proc.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (proc.exitCode !== null) {
      await stop();
      throw new Error(`server exited with ${proc.exitCode}:\n${logs.join("")}`);
    }
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`server did not become healthy:\n${logs.join("")}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, logs, stop };
}

export function launchBrowser() {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-dev-shm-usage",
    ],
  });
}

// offline makes the page behave as with the network cut off: only the server's own origin answers.
// It returns the list, filled as the page runs, of the URLs it blocked.
export async function offline(page, origin) {
  const blocked = [];
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    blocked.push(url);
    return route.abort("internetdisconnected");
  });
  return blocked;
}

// withServerAndBrowser registers hooks that start the server and the browser before the file's tests
// and stop them after; the returned object holds them once started, and skip says whether to skip.
export function withServerAndBrowser({ demoData = false } = {}) {
  const ctx = {
    skip: skipReason() || false,
    server: undefined,
    browser: undefined,
    // newPage opens a page in a context of its own (its own session), at a desktop height.
    async newPage(width = 1280) {
      const context = await ctx.browser.newContext({ viewport: { width, height: 900 } });
      return context.newPage();
    },
    // signedIn opens a page in a context of its own at the viewport and signs the demo user in.
    async signedIn(username, viewport) {
      const context = await ctx.browser.newContext({ viewport });
      const page = await context.newPage();
      await logIn(page, ctx.server.url, username);
      return page;
    },
    // gql runs a document as a demo user: the setup a story needs that is not the story itself.
    async gql(username, query, variables = {}) {
      const post = async (body, token) => {
        const res = await fetch(`${ctx.server.url}/query`, {
          method: "POST",
          headers: { "Content-Type": "application/json", ...(token && { Authorization: `Bearer ${token}` }) },
          body: JSON.stringify(body),
        });
        const json = await res.json();
        assert.equal(json.errors, undefined, JSON.stringify(json.errors));
        return json.data;
      };
      const login = await post({
        query: "mutation($u: String!, $p: String!) { login(input: {username: $u, password: $p}) { token } }",
        variables: { u: username, p: demoPassword },
      });
      return post({ query, variables }, login.login.token);
    },
  };
  before(async () => {
    if (ctx.skip) return;
    ctx.server = await startServer({ demoData });
    ctx.browser = await launchBrowser();
  });
  after(async () => {
    await ctx.browser?.close();
    await ctx.server?.stop();
  });
  return ctx;
}

// demoPassword is the password of every demo account (internal/seed/accounts.go).
export const demoPassword = "jenjang123";

// logIn signs in through the log-in page and waits until the app has left it.
export async function logIn(page, baseUrl, username, password = demoPassword) {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel("Nama pengguna").fill(username);
  await page.getByLabel("Kata sandi").fill(password);
  await page.getByRole("button", { name: "Masuk" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

// go follows a link of the navigation. On a phone (below 48rem) the navigation sits behind the menu
// button, and the app closes the menu whenever the page changes — as the redirect that follows a
// log-in does, at a moment of its own — so the menu is opened again until the click lands.
export async function go(page, name) {
  const link = page.getByRole("navigation").getByRole("link", { name, exact: true });
  if (page.viewportSize().width < 768) {
    const menu = page.getByRole("button", { name: "Menu" });
    for (let tries = 0; tries < 5; tries++) {
      if ((await menu.getAttribute("aria-expanded")) !== "true") await menu.click();
      try {
        return await link.click({ timeout: 3000 });
      } catch {
        // The menu closed under the click: open it again.
      }
    }
  }
  await link.click();
}
