import { fireEvent, screen, within } from "@testing-library/react";
import { expect, test } from "vitest";
import { mockClient, type SentRequest } from "../../test/mockClient";
import { renderAs } from "../../test/render";
import { AccountsPage } from "./AccountsPage";

const account = (username: string) => ({
  __typename: "Account",
  id: `ACC-${username}`,
  username,
  role: "EMPLOYEE",
  active: true,
  updatedAt: "2026-11-23T02:00:00Z",
  employee: { __typename: "Employee", id: "EMP7", name: "Dewi Lestari" },
  scopeUnit: null,
});

function answer(req: SentRequest) {
  switch (req.operationName) {
    case "AdminAccounts":
      return {
        body: {
          data: {
            accounts: {
              __typename: "AccountConnection",
              totalCount: 1,
              pageInfo: {
                __typename: "PageInfo",
                hasNextPage: false,
                hasPreviousPage: false,
                startCursor: "a",
                endCursor: "a",
              },
              edges: [{ __typename: "AccountEdge", node: account("pegawai") }],
            },
          },
        },
      };
    case "CreateAccount": {
      const input = req.variables.input as { username: string };
      if (input.username === "x")
        return {
          body: {
            data: null,
            errors: [
              {
                message: "nama pengguna terdiri atas 3 sampai 64 huruf kecil",
                path: ["createAccount"],
                extensions: { code: "BAD_USER_INPUT", field: "username" },
              },
            ],
          },
        };
      return { body: { data: { createAccount: account(input.username) } } };
    }
  }
  return { body: { data: null } };
}

test("a refused username shows at the field; a created account's password is shown once", async () => {
  const { client, requests } = mockClient(answer);
  renderAs("ADMIN", <AccountsPage />, { client, url: "/admin/akun" });
  await screen.findByText("pegawai");
  fireEvent.click(screen.getByRole("button", { name: "Buat akun" }));
  const form = screen.getByRole("form", { name: "Akun baru" });
  fireEvent.change(within(form).getByLabelText("Nama pengguna"), { target: { value: "x" } });
  fireEvent.click(within(form).getByRole("button", { name: "Buat akun" }));
  await within(form).findByText(/nama pengguna terdiri atas/);

  fireEvent.change(within(form).getByLabelText("Nama pengguna"), { target: { value: "dewi.lestari" } });
  fireEvent.click(within(form).getByRole("button", { name: "Buat akun" }));
  const shown = await screen.findByTestId("temporary-password");
  const sent = requests.filter((r) => r.operationName === "CreateAccount").at(-1)?.variables.input as {
    password: string;
  };
  expect(shown.textContent).toBe(sent.password);
  expect(sent.password).toMatch(/^[A-Za-z0-9]{12}$/);
  fireEvent.click(screen.getByRole("button", { name: "Sudah dicatat" }));
  expect(screen.queryByTestId("temporary-password")).toBeNull();
});

test("HR is not offered the roles it may not give", async () => {
  const { client } = mockClient(answer);
  renderAs("HR", <AccountsPage />, { client, url: "/admin/akun" });
  await screen.findByText("pegawai");
  fireEvent.click(screen.getByRole("button", { name: "Buat akun" }));
  const options = within(screen.getByLabelText("Peran")).getAllByRole("option");
  expect(options.map((o) => (o as HTMLOptionElement).value)).toEqual([
    "EMPLOYEE",
    "SUPERVISOR",
    "LEADER",
    "HR",
  ]);
});
