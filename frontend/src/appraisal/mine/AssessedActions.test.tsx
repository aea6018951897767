import { screen } from "@testing-library/react";
import { expect, test } from "vitest";
import { evaluation } from "../../test/evaluation";
import { mockClient } from "../../test/mockClient";
import { renderAs } from "../../test/render";
import { AssessedActions } from "./AssessedActions";

// Assessed on 23 November 2026: the last day to object is 7 December, the deadline midnight after it.
const assessed = (objectionDaysLeft: number) =>
  evaluation({
    status: "ASSESSED",
    assessedAt: "2026-11-23T03:00:00Z",
    objectionDeadline: "2026-12-08T00:00:00+07:00",
    objectionDaysLeft,
  });

function show(daysLeft: number) {
  const { client } = mockClient(() => ({ body: { data: null } }));
  renderAs("EMPLOYEE", <AssessedActions ev={assessed(daysLeft)} />, { client });
}

test("on the day of the assessment: 15 days left, and the objection form", () => {
  show(15);
  expect(
    screen.getByText("Sisa 15 hari untuk mengajukan keberatan, sampai 7 Desember 2026 pukul 24.00 WIB."),
  ).toBeTruthy();
  expect(screen.getByLabelText("Alasan keberatan")).toBeTruthy();
  expect(screen.getByRole("button", { name: "Ajukan keberatan" })).toBeTruthy();
});

test("on the last day: 1 day left, the objection still possible", () => {
  show(1);
  expect(
    screen.getByText("Sisa 1 hari untuk mengajukan keberatan, sampai 7 Desember 2026 pukul 24.00 WIB."),
  ).toBeTruthy();
  expect(screen.getByRole("button", { name: "Ajukan keberatan" })).toBeTruthy();
});

test("after the window: no objection button, and a line saying why", () => {
  show(0);
  expect(screen.queryByRole("button", { name: "Ajukan keberatan" })).toBeNull();
  expect(screen.queryByLabelText("Alasan keberatan")).toBeNull();
  expect(
    screen.getByText(
      "Masa keberatan 14 hari berakhir pada 7 Desember 2026; keberatan tidak dapat diajukan lagi dan penilaian menjadi final.",
    ),
  ).toBeTruthy();
  expect(screen.getByRole("button", { name: "Terima penilaian" })).toBeTruthy();
});
