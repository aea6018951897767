import { fireEvent, screen, waitFor } from "@testing-library/react";
import { expect, test, vi } from "vitest";
import { mockClient } from "../test/mockClient";
import { renderAs } from "../test/render";
import { SanctionForm } from "./SanctionForm";

const errorUnder = (label: string) =>
  document.getElementById(String(screen.getByLabelText(label).getAttribute("aria-describedby")))?.textContent;

test("a blank start date is refused before sending; the server's refusal shows under its field", async () => {
  const { client, requests } = mockClient(() => ({
    body: {
      data: null,
      errors: [
        {
          message: "tanggal berakhir tidak boleh sebelum tanggal berlaku",
          path: ["recordSanction"],
          extensions: { code: "BAD_USER_INPUT", field: "endsOn" },
        },
      ],
    },
  }));
  const onSaved = vi.fn();
  renderAs("HR", <SanctionForm employeeId="EMP7" onSaved={onSaved} />, { client });
  const submit = screen.getByRole("button", { name: "Simpan hukuman disiplin" });

  fireEvent.click(submit);
  await waitFor(() => expect(errorUnder("Berlaku sejak")).toContain("isi tanggal berlaku"));
  expect(requests).toHaveLength(0);

  fireEvent.change(screen.getByLabelText("Tingkat"), { target: { value: "HEAVY" } });
  fireEvent.change(screen.getByLabelText("Nomor SK"), { target: { value: "800/1/BKD/2026" } });
  fireEvent.change(screen.getByLabelText("Berlaku sejak"), { target: { value: "2026-11-02" } });
  fireEvent.change(screen.getByLabelText("Berakhir (opsional)"), { target: { value: "2026-10-01" } });
  fireEvent.change(screen.getByLabelText("Uraian"), { target: { value: "Penurunan jabatan" } });
  fireEvent.click(submit);
  await waitFor(() =>
    expect(errorUnder("Berakhir (opsional)")).toContain("tidak boleh sebelum tanggal berlaku"),
  );
  expect(onSaved).not.toHaveBeenCalled();
  expect(requests[0].variables).toEqual({
    employeeID: "EMP7",
    input: {
      level: "HEAVY",
      description: "Penurunan jabatan",
      decreeNumber: "800/1/BKD/2026",
      imposedOn: "2026-11-02",
      endsOn: "2026-10-01",
    },
  });
});
