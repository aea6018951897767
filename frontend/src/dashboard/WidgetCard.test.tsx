import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { useEffect, useState } from "react";
import { expect, test, vi } from "vitest";
import { mockClient, type SentRequest } from "../test/mockClient";
import { renderAs } from "../test/render";
import type { EChartProps } from "./chart/EChart";
import { newWidget, type Widget } from "./model";
import { WidgetCard } from "./WidgetCard";

// jsdom draws no charts: the chart stands in for ECharts, listing its categories and saying it finished.
vi.mock("./chart/EChart", () => ({
  default: function FakeChart({ dataset, label, onDrawn }: EChartProps) {
    useEffect(() => onDrawn(dataset), [dataset, onDrawn]);
    return (
      <div role="img" aria-label={label}>
        {dataset.categories.map((c) => c.label).join(", ")}
      </div>
    );
  },
}));

// Two groups, by the first dimension asked for (and by female for a second one).
const headcount = (by: string[]) => {
  const bucket = (key: string, label: string) => [
    { dimension: by[0], key, label },
    ...by.slice(1).map((dimension) => ({ dimension, key: "FEMALE", label: "Perempuan" })),
  ];
  return {
    headcount: {
      total: { display: "17" },
      groups: [
        { buckets: bucket("ORG1", "Dinas Pendidikan"), count: { value: 15, display: "15" } },
        { buckets: bucket("ORG2", "Dinas Kesehatan, UPT"), count: { value: null, display: "< 5" } },
      ],
    },
  };
};

function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.readAsArrayBuffer(blob);
  });
}

function answer(req: SentRequest) {
  if (req.operationName === "HeadcountWidget")
    return { body: { data: headcount(req.variables.by as string[]) } };
  return { body: { data: null } };
}

/** A widget whose settings the test changes, as the dashboard would keep them. */
function Harness({ initial }: { initial: Widget }) {
  const [widget, setWidget] = useState(initial);
  return (
    <WidgetCard
      widget={widget}
      filters={{ unit: "ORG0", year: 2024 }}
      thisYear={2026}
      editing
      onChange={setWidget}
      onMove={() => {}}
      onResize={() => {}}
      onRemove={() => {}}
    />
  );
}

const widgetElement = () => screen.getByRole("article");

test("a table widget is ready once drawn; the counts are the API's display, with links to the people", async () => {
  const { client, requests } = mockClient(answer);
  renderAs("LEADER", <Harness initial={{ ...newWidget("HEADCOUNT", []), chart: "TABLE" }} />, { client });
  expect(widgetElement().dataset.state).toBe("loading");

  await waitFor(() => expect(widgetElement().dataset.state).toBe("ready"));
  expect(requests[0].variables).toEqual({ by: ["UNIT"], unitID: "ORG0" });
  const table = within(widgetElement()).getByRole("table");
  expect(within(table).getByText("< 5")).toBeTruthy();
  expect(within(table).getByRole("link", { name: "15" }).getAttribute("href")).toBe("/pegawai?unit=ORG1");
  expect(within(widgetElement()).getByText("Seluruhnya 17 pegawai.")).toBeTruthy();
});

test("changing a setting asks again with the new variables, and the chart is ready once it finished", async () => {
  const { client, requests } = mockClient(answer);
  renderAs("LEADER", <Harness initial={newWidget("HEADCOUNT", [])} />, { client });
  await waitFor(() => expect(widgetElement().dataset.state).toBe("ready"));
  expect(screen.getByRole("img", { name: "Jumlah pegawai menurut unit kerja" }).textContent).toContain(
    "Dinas Pendidikan",
  );

  fireEvent.click(screen.getByRole("button", { name: "Pengaturan Jumlah pegawai menurut unit kerja" }));
  fireEvent.change(screen.getByLabelText("Dikelompokkan menurut"), { target: { value: "RANK" } });
  fireEvent.change(screen.getByLabelText("Lalu menurut"), { target: { value: "GENDER" } });
  await waitFor(() => expect(requests.at(-1)?.variables).toEqual({ by: ["RANK", "GENDER"], unitID: "ORG0" }));
  expect(
    screen.getByRole("heading", { name: "Jumlah pegawai menurut pangkat dan jenis kelamin" }),
  ).toBeTruthy();
  await waitFor(() => expect(widgetElement().dataset.state).toBe("ready"));

  // Its own year and unit override the dashboard's filter.
  fireEvent.change(screen.getByLabelText("Data"), { target: { value: "TALENT_MATRIX" } });
  fireEvent.change(screen.getByLabelText("Tahun"), { target: { value: "2023" } });
  await waitFor(() => expect(requests.at(-1)).toMatchObject({ operationName: "TalentWidget" }));
  expect(requests.at(-1)?.variables).toEqual({ year: 2023, unitID: "ORG0" });
});

test("the CSV export is the widget's table in UTF-8 with a byte-order mark", async () => {
  const files: Blob[] = [];
  vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
    files.push(blob as Blob);
    return "blob:csv";
  });
  vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => {});
  const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
  const { client } = mockClient(answer);
  renderAs("LEADER", <Harness initial={{ ...newWidget("HEADCOUNT", []), chart: "TABLE" }} />, { client });
  await waitFor(() => expect(widgetElement().dataset.state).toBe("ready"));

  fireEvent.click(screen.getByRole("button", { name: "Unduh data Jumlah pegawai menurut unit kerja (CSV)" }));
  const link = click.mock.contexts[0] as HTMLAnchorElement;
  expect(link.download).toBe("jumlah-pegawai-menurut-unit-kerja.csv");
  const bytes = await bytesOf(files[0]);
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(new TextDecoder().decode(bytes.slice(3))).toBe(
    'Unit kerja,Pegawai\r\nDinas Pendidikan,15\r\n"Dinas Kesehatan, UPT",< 5\r\n',
  );
});

test("an error says what went wrong, by its code", async () => {
  const refused = {
    message: "you may not read this",
    extensions: { code: "FORBIDDEN" },
    path: ["headcount"],
  };
  const { client } = mockClient(() => ({ body: { data: null, errors: [refused] } }));
  renderAs("LEADER", <Harness initial={newWidget("HEADCOUNT", [])} />, { client });
  await waitFor(() => expect(widgetElement().dataset.state).toBe("error"));
  expect(screen.getByRole("alert").textContent).toContain("Anda tidak berwenang");
});

test("a widget with nobody to count is empty", async () => {
  const { client } = mockClient(() => ({
    body: { data: { headcount: { total: { display: "0" }, groups: [] } } },
  }));
  renderAs("LEADER", <Harness initial={newWidget("HEADCOUNT", [])} />, { client });
  await waitFor(() => expect(widgetElement().dataset.state).toBe("empty"));
  expect(screen.getByText("Belum ada data untuk pilihan ini.")).toBeTruthy();
  expect((screen.getByRole("button", { name: /CSV/ }) as HTMLButtonElement).disabled).toBe(true);
});
