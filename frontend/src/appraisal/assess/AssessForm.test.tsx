import { fireEvent, screen, waitFor } from "@testing-library/react";
import { expect, test, vi } from "vitest";
import { evaluation } from "../../test/evaluation";
import { mockClient } from "../../test/mockClient";
import { renderAs } from "../../test/render";
import { AssessForm } from "./AssessForm";

// A unit rated Baik: at most 70% Baik or better; this one assessment would make it 1 of 1.
const calibration = {
  __typename: "Calibration",
  unit: { __typename: "OrgUnit", id: "ORG1", name: "Dinas Pendidikan" },
  unitRating: "BAIK",
  year: 2026,
  period: "ANNUAL",
  predikat: "BAIK",
  assessed: 1,
  caps: [
    { atLeast: "SANGAT_BAIK", maxShare: 0.1, count: 0, share: 0, allowed: 0, over: false },
    { atLeast: "BAIK", maxShare: 0.7, count: 1, share: 1, allowed: 0, over: true },
  ],
};

test("the calibration follows the ratings and warns before saving; the save still goes through", async () => {
  const { client, requests } = mockClient((req) => ({
    body: {
      data:
        req.operationName === "CalibrationPreview"
          ? { calibrationPreview: calibration }
          : {
              assessEvaluation: {
                evaluation: evaluation({ status: "ASSESSED", version: 3, predikat: "BAIK" }),
                calibration,
              },
            },
    },
  }));
  const onSaved = vi.fn();
  renderAs(
    "SUPERVISOR",
    <AssessForm ev={evaluation({ status: "SUBMITTED", version: 2 })} onSaved={onSaved} />,
    {
      client,
    },
  );
  expect(screen.getByText(/Pilih kedua rating untuk melihat sebaran/)).toBeTruthy();

  const [resultAsExpected, behaviourAsExpected] = screen.getAllByLabelText("Sesuai ekspektasi");
  fireEvent.click(resultAsExpected);
  fireEvent.click(behaviourAsExpected);

  const warning = await screen.findByRole("alert");
  expect(warning.textContent).toContain("Pilihan ini melampaui batas kalibrasi unit.");
  expect(warning.textContent).toContain(
    "Predikat Baik ke atas: 1 dari 1 pegawai Dinas Pendidikan (100%), melebihi batas 70% (paling banyak 0) untuk unit berkinerja Baik.",
  );
  expect(requests.find((r) => r.operationName === "CalibrationPreview")?.variables).toEqual({
    evaluationID: "EVL1",
    workResult: "SESUAI_EKSPEKTASI",
    workBehavior: "SESUAI_EKSPEKTASI",
  });
  expect(screen.getByText(/menghasilkan predikat Baik\.$/)).toBeTruthy();

  fireEvent.change(screen.getByLabelText("Catatan pembinaan dan tindak lanjut (opsional)"), {
    target: { value: "Pertahankan" },
  });
  fireEvent.click(screen.getByRole("button", { name: "Simpan penilaian" }));
  await waitFor(() => expect(onSaved).toHaveBeenCalled());
  expect(requests.find((r) => r.operationName === "AssessEvaluation")?.variables).toEqual({
    id: "EVL1",
    version: 2,
    input: {
      workResult: "SESUAI_EKSPEKTASI",
      workBehavior: "SESUAI_EKSPEKTASI",
      assessorNotes: [],
      coachingNote: "Pertahankan",
    },
  });
});
