import assert from "node:assert/strict";
import { test } from "node:test";
import { offline, withServerAndBrowser } from "./harness.mjs";

const e2e = withServerAndBrowser();

test("GraphiQL renders and runs a query with the network cut off", { skip: e2e.skip }, async () => {
  const page = await e2e.browser.newPage();
  const blocked = await offline(page, e2e.server.url);
  await page.goto(`${e2e.server.url}/playground`);
  await page.locator(".graphiql-container").waitFor({ timeout: 30_000 });
  await page.locator(".graphiql-query-editor .CodeMirror").waitFor();

  const response = page.waitForResponse(
    (r) =>
      r.url() === `${e2e.server.url}/query` &&
      r.request().method() === "POST" &&
      (r.request().postData() ?? "").includes("vacancies"),
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
