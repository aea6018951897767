import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { expect, test, vi } from "vitest";
import { mockClient, type SentRequest } from "../test/mockClient";
import { renderAs } from "../test/render";
import { DashboardEditor } from "./DashboardEditor";
import { type Dashboard, newWidget } from "./model";

// The widgets' own queries are not the point here: they answer with nothing.
function answer(req: SentRequest) {
  if (req.operationName === "SaveDashboard") {
    const input = req.variables.input as { name: string; widgets: unknown[] };
    return {
      body: {
        data: { saveDashboard: { ...input, id: "DSH9", mine: true, ownerName: "x", sharedWith: null } },
      },
    };
  }
  return { body: { data: null } };
}

const dashboard = (over: Partial<Dashboard> = {}): Dashboard => ({
  id: "DSH1",
  name: "Ringkasan",
  mine: true,
  widgets: [
    { ...newWidget("HEADCOUNT", []), id: "a", x: 0, y: 0, w: 12 },
    { ...newWidget("PROMOTION_PIPELINE", []), id: "b", x: 0, y: 4, w: 12 },
  ],
  ...over,
});

function renderEditor(d: Dashboard) {
  const mock = mockClient(answer);
  const onSaved = vi.fn();
  renderAs(
    "LEADER",
    <DashboardEditor
      initial={d}
      saved={[d]}
      filters={{}}
      thisYear={2026}
      onFilters={() => {}}
      onOpen={() => {}}
      onSaved={onSaved}
    />,
    { client: mock.client },
  );
  return { ...mock, onSaved };
}

const headings = () => screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent);

test("the owner adds, moves and removes widgets with buttons, then saves the new layout", async () => {
  const { requests, onSaved } = renderEditor(dashboard());
  expect(headings()).toEqual(["Jumlah pegawai menurut unit kerja", "Kenaikan pangkat reguler 2026"]);
  expect(screen.queryByRole("toolbar")).toBeNull();
  expect((screen.getByRole("button", { name: "Simpan" }) as HTMLButtonElement).disabled).toBe(true);

  fireEvent.click(screen.getByRole("button", { name: "Ubah" }));
  fireEvent.change(screen.getByLabelText("Widget baru"), { target: { value: "TALENT_MATRIX" } });
  fireEvent.click(screen.getByRole("button", { name: "Tambah widget" }));
  expect(headings()).toEqual([
    "Jumlah pegawai menurut unit kerja",
    "Kenaikan pangkat reguler 2026",
    "Kotak talenta 2025",
  ]);

  const layoutOf = (title: string) => screen.getByRole("toolbar", { name: `Tata letak ${title}` });
  fireEvent.click(within(layoutOf("Kotak talenta 2025")).getByRole("button", { name: "Pindah ke atas" }));
  fireEvent.click(within(layoutOf("Kotak talenta 2025")).getByRole("button", { name: "Pindah ke atas" }));
  expect(headings()[0]).toBe("Kotak talenta 2025");
  fireEvent.click(within(layoutOf("Kotak talenta 2025")).getByRole("button", { name: "Perlebar" }));
  fireEvent.click(within(layoutOf("Kenaikan pangkat reguler 2026")).getByRole("button", { name: "Hapus" }));
  expect(headings()).toEqual(["Kotak talenta 2025", "Jumlah pegawai menurut unit kerja"]);

  fireEvent.change(screen.getByLabelText("Nama dasbor"), { target: { value: "Talenta dulu" } });
  fireEvent.click(screen.getByRole("button", { name: "Simpan" }));
  await waitFor(() => expect(onSaved).toHaveBeenCalledWith("DSH9"));
  const saved = requests.find((r) => r.operationName === "SaveDashboard")?.variables.input;
  expect(saved).toMatchObject({
    id: "DSH1",
    name: "Talenta dulu",
    widgets: [
      { id: "a", kind: "HEADCOUNT", x: 0, y: 4, w: 12, h: 4 },
      { id: "w3", kind: "TALENT_MATRIX", x: 0, y: 0, w: 7, h: 4, settings: { year: null, unitID: null } },
    ],
  });
});

test("a dashboard shared with the viewer opens read-only", () => {
  renderEditor(dashboard({ mine: false, ownerName: "Sekretaris Daerah" }));
  expect(screen.getByText("Dibagikan oleh Sekretaris Daerah; hanya dapat dibaca.")).toBeTruthy();
  expect(screen.queryByRole("button", { name: "Ubah" })).toBeNull();
  expect(screen.queryByRole("button", { name: "Simpan" })).toBeNull();
  expect(screen.queryByRole("button", { name: "Hapus" })).toBeNull();
});
