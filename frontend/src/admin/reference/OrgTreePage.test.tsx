import { fireEvent, screen } from "@testing-library/react";
import { expect, test } from "vitest";
import { mockClient } from "../../test/mockClient";
import { renderAs } from "../../test/render";
import { OrgTreePage } from "./OrgTreePage";

const unit = (id: string, name: string, path: string, children: string[] = []) => ({
  __typename: "OrgUnit",
  id,
  code: id,
  name,
  kind: "AGENCY",
  path,
  parentID: null,
  children: children.map((c) => ({ __typename: "OrgUnit", id: c })),
});
const root = unit("ORG0", "Provinsi Jambi", "/ORG0/", ["ORG1"]);
const disdik = unit("ORG1", "Dinas Pendidikan", "/ORG0/ORG1/");
const bungo = { __typename: "OrgUnit", id: "ORG9", name: "Pemerintah Kabupaten Bungo", path: "/ORG0/ORG9/" };
const units = (...nodes: unknown[]) => ({
  orgUnits: {
    __typename: "OrgUnitConnection",
    totalCount: nodes.length,
    edges: nodes.map((node) => ({ node })),
  },
});

test("a branch loads when opened, and a move says how much moves before the server refuses it at its field", async () => {
  const { client, requests } = mockClient(({ operationName, variables }) => {
    const where = variables.where as Record<string, unknown> | undefined;
    switch (operationName) {
      case "RefUnits":
        return { body: { data: where?.parentIDIsNil ? units(root) : units(disdik) } };
      case "UnitSearch":
        return {
          body: {
            data: units({ ...bungo, kind: "INSTANSI", parent: { id: "ORG0", name: "Provinsi Jambi" } }),
          },
        };
      case "Unit":
        return { body: { data: { node: bungo } } };
      case "RefSubtreeSize":
        return { body: { data: { orgUnits: { totalCount: 3 }, employees: { totalCount: 46 } } } };
      default:
        return {
          body: {
            data: null,
            errors: [
              {
                message: "unit tidak dapat dipindahkan ke bawah dirinya sendiri atau salah satu sub-unitnya",
                path: ["updateOrgUnit"],
                extensions: { code: "BAD_USER_INPUT", field: "parentID" },
              },
            ],
          },
        };
    }
  });
  renderAs("ADMIN", <OrgTreePage />, { client });
  fireEvent.click(await screen.findByRole("button", { name: "Buka Provinsi Jambi" }));
  await screen.findByText("Dinas Pendidikan");
  expect(requests.filter((r) => r.operationName === "RefUnits").map((r) => r.variables.where)).toEqual([
    { parentIDIsNil: true },
    { parentID: "ORG0" },
  ]);

  const moves = await screen.findAllByRole("button", { name: "Pindahkan" });
  fireEvent.click(moves[1]);
  fireEvent.change(screen.getByLabelText("Unit induk baru"), { target: { value: "Bungo" } });
  fireEvent.click(await screen.findByRole("button", { name: /^Pemerintah Kabupaten Bungo/ }));
  await screen.findByText(
    "3 unit (Dinas Pendidikan dan seluruh sub-unitnya) beserta 46 pegawai akan dipindahkan ke bawah Pemerintah Kabupaten Bungo.",
  );
  fireEvent.click(screen.getByRole("button", { name: "Ya, pindahkan" }));
  await screen.findByText(
    "Isian tidak valid: unit tidak dapat dipindahkan ke bawah dirinya sendiri atau salah satu sub-unitnya",
  );
  expect(requests.at(-1)?.variables).toEqual({ id: "ORG1", input: { parentID: "ORG9" } });
});
