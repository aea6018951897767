import { expect, test } from "vitest";
import { session } from "../auth/session";
import { ViewerDocument } from "../auth/viewer";
import { mockClient } from "../test/mockClient";

const refused = { errors: [{ message: "token is expired", extensions: { code: "UNAUTHENTICATED" } }] };

test("requests carry the token, and a token the server refuses ends the session with a notice", async () => {
  session.signIn("old-token");
  const { client, requests } = mockClient(() => ({ status: 401, body: refused }));
  await client.query(ViewerDocument, {}).toPromise();
  expect(requests[0].headers.get("Authorization")).toBe("Bearer old-token");
  expect(session.token()).toBeNull();
  expect(sessionStorage.getItem("jenjang.token")).toBeNull();
  expect(session.notice()).toBe("expired");
});

test("without a token nothing is sent and nothing ends", async () => {
  session.signOut();
  const { client, requests } = mockClient(() => ({ body: { data: { viewer: null } } }));
  await client.query(ViewerDocument, {}).toPromise();
  expect(requests[0].headers.get("Authorization")).toBeNull();
});
