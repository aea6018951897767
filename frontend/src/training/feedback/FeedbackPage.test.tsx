import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { Route, Routes } from "react-router";
import { expect, test } from "vitest";
import { mockClient, type SentRequest } from "../../test/mockClient";
import { renderAs } from "../../test/render";
import { FeedbackPage } from "./FeedbackPage";

const enrolment = {
  __typename: "Enrollment",
  id: "ENR1",
  status: "COMPLETED",
  training: {
    id: "TRN1",
    title: "Manajemen Kinerja dan Penyusunan SKP Angkatan 4",
    startsOn: "2026-12-14",
    endsOn: "2026-12-16",
    curriculum: {
      id: "CUR1",
      name: "Manajemen Kinerja dan Penyusunan SKP",
      modules: [
        { id: "MOD2", title: "Menyusun Rencana Hasil Kerja dan Indikator", position: 2, hoursJp: 8 },
        { id: "MOD1", title: "Kebijakan Manajemen Kinerja ASN", position: 1, hoursJp: 4 },
      ],
    },
  },
  // The first module was rated on an earlier visit.
  myFeedback: [{ id: "FBK1", moduleID: "MOD1", rating: 4, comment: "Runtut" }],
};

function answer(refuse = false) {
  return (req: SentRequest) => {
    if (req.operationName === "FeedbackForm") return { body: { data: { node: enrolment } } };
    if (refuse) {
      return {
        body: {
          data: null,
          errors: [
            {
              message:
                'Anda sudah memberi umpan balik untuk modul "Menyusun Rencana Hasil Kerja dan Indikator"',
              path: ["giveModuleFeedback"],
              extensions: { code: "BAD_USER_INPUT", field: "moduleID" },
            },
          ],
        },
      };
    }
    const { moduleID, rating, comment } = req.variables;
    return { body: { data: { giveModuleFeedback: { id: "FBK2", moduleID, rating, comment } } } };
  };
}

function renderForm(refuse = false) {
  const mock = mockClient(answer(refuse));
  renderAs(
    "EMPLOYEE",
    <Routes>
      <Route path="/pelatihan-saya/:enrollmentId/umpan-balik" element={<FeedbackPage />} />
    </Routes>,
    { client: mock.client, url: "/pelatihan-saya/ENR1/umpan-balik" },
  );
  return mock;
}

const moduleCard = (title: string) =>
  screen.getByRole("heading", { name: title }).closest(".module-feedback") as HTMLElement;

test("a module already rated shows what was given; the other is a form, and once sent it shows too", async () => {
  const { requests } = renderForm();
  await screen.findByText("1 dari 2 modul sudah dinilai. Setiap modul dinilai satu kali.");

  const rated = moduleCard("Kebijakan Manajemen Kinerja ASN");
  expect(within(rated).getByText("Penilaian Anda: 4 — Baik")).toBeTruthy();
  expect(within(rated).getByText("Runtut")).toBeTruthy();
  expect(within(rated).queryByRole("radio")).toBeNull();

  const open = moduleCard("Menyusun Rencana Hasil Kerja dan Indikator");
  fireEvent.click(within(open).getByLabelText(/^2/));
  fireEvent.change(within(open).getByLabelText("Komentar (boleh dikosongkan)"), {
    target: { value: "  Contoh SKP guru belum ada  " },
  });
  fireEvent.click(within(open).getByRole("button", { name: "Kirim penilaian modul ini" }));

  await screen.findByText("Penilaian Anda: 2 — Kurang");
  expect(requests.find((r) => r.operationName === "GiveModuleFeedback")?.variables).toEqual({
    enrollmentID: "ENR1",
    moduleID: "MOD2",
    rating: 2,
    comment: "Contoh SKP guru belum ada",
  });
  expect(screen.queryAllByRole("radio")).toHaveLength(0);
  await waitFor(() =>
    expect(screen.getByText("2 dari 2 modul sudah dinilai. Setiap modul dinilai satu kali.")).toBeTruthy(),
  );
});

test("a refusal shows next to the module's form, which keeps what was typed", async () => {
  renderForm(true);
  const open = await waitFor(() => moduleCard("Menyusun Rencana Hasil Kerja dan Indikator"));
  fireEvent.click(within(open).getByLabelText(/^5/));
  fireEvent.change(within(open).getByLabelText("Komentar (boleh dikosongkan)"), {
    target: { value: "Bagus" },
  });
  fireEvent.click(within(open).getByRole("button", { name: "Kirim penilaian modul ini" }));

  expect(await within(open).findByText(/sudah memberi umpan balik untuk modul/)).toBeTruthy();
  expect((within(open).getByLabelText("Komentar (boleh dikosongkan)") as HTMLTextAreaElement).value).toBe(
    "Bagus",
  );
  expect((within(open).getByLabelText(/^5/) as HTMLInputElement).checked).toBe(true);
  expect(screen.queryByRole("alert")).toBeNull();
});
