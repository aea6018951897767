import { fireEvent, screen, within } from "@testing-library/react";
import { expect, test } from "vitest";
import { mockClient } from "../test/mockClient";
import { renderAs } from "../test/render";
import { AuditTrailPage } from "./AuditTrailPage";

const entry = {
  __typename: "AuditEntry",
  id: "AUD1",
  at: "2026-11-23T02:30:00Z",
  action: "update",
  entityType: "Employee",
  entityID: "EMP9",
  employeeID: "EMP9",
  actorDisplayName: "Rina Marlina",
  actorName: "hr",
  changes: [
    { __typename: "FieldChange", field: "email", old: "lama@jambiprov.go.id", new: "baru@jambiprov.go.id" },
  ],
};

const page = {
  data: {
    auditEntries: {
      __typename: "AuditEntryConnection",
      totalCount: 1,
      pageInfo: {
        __typename: "PageInfo",
        hasNextPage: false,
        hasPreviousPage: false,
        startCursor: "a",
        endCursor: "a",
      },
      edges: [{ __typename: "AuditEntryEdge", node: entry }],
    },
  },
};

test("the URL's filters reach the API, and an entry opens to its old and new values", async () => {
  const { client, requests } = mockClient(() => ({ body: page }));
  renderAs("HR", <AuditTrailPage />, { client, url: "/audit?entity=Employee&actor=hr&from=2026-11-01" });
  await screen.findByText("Rina Marlina");
  expect(requests[0].variables.where).toEqual({
    entityType: "Employee",
    actorUsername: "hr",
    atGTE: "2026-10-31T17:00:00.000Z",
  });
  expect(screen.getByText("23 Nov 2026, 09.30 WIB")).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: /Lihat perubahan/ }));
  const change = screen.getByRole("row", { name: /^email/ });
  expect(within(change).getByText("lama@jambiprov.go.id").className).toBe("change-old");
  expect(within(change).getByText("baru@jambiprov.go.id").className).toBe("change-new");
});

test("applying the filter form puts the filters in the URL", async () => {
  const { client } = mockClient(() => ({ body: page }));
  renderAs("ADMIN", <AuditTrailPage />, { client, url: "/audit" });
  await screen.findByText("Rina Marlina");
  fireEvent.change(screen.getByLabelText("Tindakan"), { target: { value: "assessEvaluation" } });
  fireEvent.change(screen.getByLabelText("Sampai tanggal"), { target: { value: "2026-11-20" } });
  fireEvent.click(screen.getByRole("button", { name: "Terapkan" }));
  expect(screen.getByTestId("location").textContent).toBe("/audit?action=assessEvaluation&to=2026-11-20");
});
