import { fireEvent, screen, waitFor } from "@testing-library/react";
import { expect, test, vi } from "vitest";
import { mockClient } from "../test/mockClient";
import { renderAs } from "../test/render";
import { PotentialForm } from "./PotentialForm";

test("a refused score is shown under the score field; a blank one is never sent", async () => {
  const { client, requests } = mockClient(() => ({
    body: {
      data: null,
      errors: [
        {
          message: "nilai potensi antara 0 dan 100",
          path: ["recordPotentialAssessment"],
          extensions: { code: "BAD_USER_INPUT", field: "score" },
        },
      ],
    },
  }));
  const onSaved = vi.fn();
  renderAs("HR", <PotentialForm employeeId="EMP7" onSaved={onSaved} />, { client });

  fireEvent.click(screen.getByRole("button", { name: "Simpan penilaian potensi" }));
  const score = screen.getByLabelText("Nilai (0–100)");
  await waitFor(() => expect(score.getAttribute("aria-describedby")).toBeTruthy());
  expect(document.getElementById(String(score.getAttribute("aria-describedby")))?.textContent).toContain(
    "isi nilai potensi",
  );
  expect(requests).toHaveLength(0);

  fireEvent.change(score, { target: { value: "120" } });
  fireEvent.change(screen.getByLabelText("Tingkat potensi"), { target: { value: "HIGH" } });
  fireEvent.change(screen.getByLabelText("Metode"), { target: { value: "Assessment Center" } });
  fireEvent.click(screen.getByRole("button", { name: "Simpan penilaian potensi" }));
  await waitFor(() =>
    expect(document.getElementById(String(score.getAttribute("aria-describedby")))?.textContent).toContain(
      "nilai potensi antara 0 dan 100",
    ),
  );
  expect(screen.queryByRole("alert")).toBeNull();
  expect(onSaved).not.toHaveBeenCalled();
  expect(requests[0].variables).toEqual({
    employeeID: "EMP7",
    input: { year: new Date().getFullYear() - 1, level: "HIGH", score: 120, method: "Assessment Center" },
  });
});
