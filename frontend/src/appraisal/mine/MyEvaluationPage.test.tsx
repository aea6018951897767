import { fireEvent, screen } from "@testing-library/react";
import { Route, Routes } from "react-router";
import { expect, test } from "vitest";
import { evaluation } from "../../test/evaluation";
import { mockClient } from "../../test/mockClient";
import { renderAs } from "../../test/render";
import { MyEvaluationPage } from "./MyEvaluationPage";

test("after a submit the page moves on even when a refetch still brings the older draft", async () => {
  // The page's query keeps answering with the draft, as a refetch sent before the submit would.
  const { client } = mockClient((req) => ({
    body: {
      data:
        req.operationName === "Evaluation"
          ? { node: evaluation() }
          : req.operationName === "SaveEvaluation"
            ? { saveEvaluation: evaluation({ version: 2 }) }
            : {
                submitEvaluation: evaluation({
                  version: 3,
                  status: "SUBMITTED",
                  submittedAt: "2026-11-20T02:00:00Z",
                }),
              },
    },
  }));
  renderAs(
    "EMPLOYEE",
    <Routes>
      <Route path="/penilaian/:id" element={<MyEvaluationPage />} />
    </Routes>,
    { client, url: "/penilaian/EVL1" },
  );
  fireEvent.click(await screen.findByRole("button", { name: "Ajukan ke pejabat penilai" }));
  expect(await screen.findByText(/menunggu penilaian dari Syahrial Ramadhan/)).toBeTruthy();
  expect(screen.queryByRole("button", { name: "Ajukan ke pejabat penilai" })).toBeNull();
});
