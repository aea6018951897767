import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { launchBrowser, offline, skipReason, startServer } from "./harness.mjs";

const skip = skipReason();
let server;
let browser;

before(async () => {
  if (skip) return;
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test("GraphiQL renders and runs a query with the network cut off", { skip }, async () => {
  const page = await browser.newPage();
  const blocked = await offline(page, server.url);
  await page.goto(`${server.url}/playground`);
  await page.locator(".graphiql-container").waitFor({ timeout: 30_000 });
  await page.locator(".graphiql-query-editor .CodeMirror").waitFor();

  const response = page.waitForResponse(
    (r) =>
      r.url() === `${server.url}/query` &&
      r.request().method() === "POST" &&
      (r.request().postData() ?? "").includes("employees"),
  );
  await page.locator(".graphiql-execute-button").click();
  assert.equal((await response).status(), 200);
  // The result pane shows the JSON answer: data, or errors if the API refused the query.
  await page
    .locator(".graphiql-response")
    .getByText(/"(data|errors)"/)
    .first()
    .waitFor();
  assert.deepEqual(blocked, [], "the playground asked for resources outside the server");
});
