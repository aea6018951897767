import { fireEvent, screen, waitFor } from "@testing-library/react";
import { expect, test } from "vitest";
import { evaluation } from "../../test/evaluation";
import { mockClient } from "../../test/mockClient";
import { renderAs } from "../../test/render";
import { DraftForm } from "./DraftForm";

test("a refused save keeps what was typed and shows the error next to the indicator", async () => {
  const { client, requests } = mockClient(() => ({
    body: {
      data: null,
      errors: [
        {
          message: "indikator membutuhkan nama dan target",
          path: ["saveEvaluation"],
          extensions: { code: "BAD_USER_INPUT", field: "workPlans[0].indicators[0]" },
        },
      ],
    },
  }));
  renderAs("EMPLOYEE", <DraftForm ev={evaluation()} />, { client });

  fireEvent.change(screen.getByLabelText("Hasil kerja yang direncanakan"), {
    target: { value: "Layanan pendidikan khusus" },
  });
  fireEvent.change(screen.getByLabelText("Indikator 1"), { target: { value: "Sekolah terlayani" } });
  fireEvent.change(screen.getByLabelText("Akuntabel"), { target: { value: "Laporan tepat waktu" } });
  fireEvent.click(screen.getByRole("button", { name: "Simpan" }));

  const message = await screen.findByText("Isian tidak valid: indikator membutuhkan nama dan target");
  expect(screen.getByLabelText("Indikator 1").getAttribute("aria-describedby")).toBe(message.id);
  expect(screen.getByLabelText("Target").getAttribute("aria-describedby")).toBe(message.id);
  expect(screen.queryByRole("alert")).toBeNull();
  expect((screen.getByLabelText("Hasil kerja yang direncanakan") as HTMLInputElement).value).toBe(
    "Layanan pendidikan khusus",
  );
  expect((screen.getByLabelText("Indikator 1") as HTMLInputElement).value).toBe("Sekolah terlayani");
  expect((screen.getByLabelText("Akuntabel") as HTMLTextAreaElement).value).toBe("Laporan tepat waktu");
  expect(requests[0].variables).toEqual({
    id: "EVL1",
    version: 1,
    input: {
      workPlans: [
        {
          title: "Layanan pendidikan khusus",
          kind: "UTAMA",
          indicators: [{ name: "Sekolah terlayani", target: "", realisation: null }],
        },
      ],
      selfNotes: [{ value: "AKUNTABEL", note: "Laporan tepat waktu" }],
    },
  });
});

test("submitting saves first and submits with the version the save returned", async () => {
  const { client, requests } = mockClient((req) => ({
    body: {
      data:
        req.operationName === "SaveEvaluation"
          ? { saveEvaluation: evaluation({ version: 2 }) }
          : { submitEvaluation: evaluation({ version: 3, status: "SUBMITTED" }) },
    },
  }));
  renderAs("EMPLOYEE", <DraftForm ev={evaluation()} />, { client });
  fireEvent.click(screen.getByRole("button", { name: "Ajukan ke pejabat penilai" }));
  await waitFor(() =>
    expect(requests.map((r) => r.operationName)).toEqual(["SaveEvaluation", "SubmitEvaluation"]),
  );
  expect(requests[1].variables).toEqual({ id: "EVL1", version: 2 });
});

test("a submit right after a save carries the saved version, before the page's copy catches up", async () => {
  let version = 1;
  const { client, requests } = mockClient((req) => {
    version += 1;
    return {
      body: {
        data:
          req.operationName === "SaveEvaluation"
            ? { saveEvaluation: evaluation({ version }) }
            : { submitEvaluation: evaluation({ version, status: "SUBMITTED" }) },
      },
    };
  });
  renderAs("EMPLOYEE", <DraftForm ev={evaluation()} />, { client });
  fireEvent.click(screen.getByRole("button", { name: "Simpan" }));
  await screen.findByText("Tersimpan.");
  fireEvent.click(screen.getByRole("button", { name: "Ajukan ke pejabat penilai" }));
  await waitFor(() => expect(requests).toHaveLength(3));
  expect(requests.map((r) => [r.operationName, r.variables.version])).toEqual([
    ["SaveEvaluation", 1],
    ["SaveEvaluation", 2],
    ["SubmitEvaluation", 3],
  ]);
});
