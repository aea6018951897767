import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { expect, test } from "vitest";
import { mockClient, type SentRequest } from "../test/mockClient";
import { renderAs } from "../test/render";
import { DirectoryPage } from "./DirectoryPage";

const employee = (n: number, extra: Record<string, unknown> = {}) => ({
  id: `EMP${n}`,
  nip: `19850101201001100${n}`,
  name: `Pegawai ${n}`,
  rank: "III_A",
  pppkGrade: null,
  latestPredikat: "BAIK",
  retirementDate: "2043-02-01",
  position: { id: "POS1", title: "Analis SDM Aparatur Ahli Pertama", kind: "FUNGSIONAL" },
  unit: { id: "ORG1", name: "Badan Kepegawaian Daerah" },
  ...extra,
});

function answer(rows: unknown[], errors?: unknown[]) {
  return (req: SentRequest) =>
    req.operationName === "Directory"
      ? {
          body: {
            data: {
              employees: {
                totalCount: rows.length,
                pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: "s", endCursor: "e" },
                edges: rows.map((node) => ({ node })),
              },
            },
            errors,
          },
        }
      : { body: { data: null } };
}

const location = () => screen.getByTestId("location").textContent;

test("filters in the URL become the query's where, and a change goes back into the URL", async () => {
  const { client, requests } = mockClient(answer([employee(1)]));
  renderAs("LEADER", <DirectoryPage />, { client, url: "/pegawai?rank=III_A&predikat=BAIK&size=10" });

  await screen.findByText("Pegawai 1");
  const sent = requests.find((r) => r.operationName === "Directory");
  expect(sent?.variables).toMatchObject({
    where: { rankIn: ["III_A"], latestPredikatIn: ["BAIK"] },
    first: 10,
    withPersonal: true,
    withName: true,
  });
  expect((screen.getByLabelText("III/a — Penata Muda") as HTMLInputElement).checked).toBe(true);

  fireEvent.click(screen.getByLabelText("IV/a — Pembina"));
  expect(location()).toBe("/pegawai?rank=III_A&rank=IV_A&predikat=BAIK&size=10");
  await waitFor(() => expect(requests.at(-1)?.variables.where).toMatchObject({ rankIn: ["III_A", "IV_A"] }));

  fireEvent.change(screen.getByLabelText("Cari nama atau NIP"), { target: { value: "1985" } });
  fireEvent.click(screen.getByRole("button", { name: "Cari" }));
  expect(location()).toContain("q=1985");

  fireEvent.click(screen.getByRole("button", { name: "Berikutnya" }));
  expect(location()).toContain("after=e");
});

test("an analyst gets no NIP or name column, no search, and never asks for them", async () => {
  const { client, requests } = mockClient(answer([employee(2, { nip: undefined, name: undefined })]));
  renderAs("ANALYST", <DirectoryPage />, { client, url: "/pegawai" });

  const table = await screen.findByRole("table");
  expect(within(table).queryByText("NIP")).toBeNull();
  expect(within(table).queryByText("Nama")).toBeNull();
  expect(screen.queryByRole("search")).toBeNull();
  expect(requests[0].variables).toMatchObject({
    withPersonal: false,
    withName: false,
    orderBy: [{ field: "RANK" }],
  });
});

test("fields the viewer may not read show as a dash, without an error message", async () => {
  const hidden = {
    message: "you may not read Employee.rank of this record",
    path: ["employees", "edges", 0, "node", "rank"],
    extensions: { code: "FORBIDDEN", field: "rank" },
  };
  const { client } = mockClient(answer([employee(3, { rank: null })], [hidden]));
  renderAs("SUPERVISOR", <DirectoryPage />, { client, url: "/pegawai" });

  const row = (await screen.findByText("Pegawai 3")).closest("tr") as HTMLElement;
  expect(within(row).getAllByText("—").length).toBeGreaterThan(0);
  expect(screen.queryByRole("alert")).toBeNull();
});

test("no match is an empty state with a way out", async () => {
  const { client } = mockClient(answer([]));
  renderAs("LEADER", <DirectoryPage />, { client, url: "/pegawai?rank=IV_E" });
  expect(await screen.findByText("Tidak ada pegawai yang cocok dengan filter ini.")).toBeTruthy();
  expect(screen.getByRole("link", { name: "Hapus semua filter" }).getAttribute("href")).toBe("/pegawai");
});
