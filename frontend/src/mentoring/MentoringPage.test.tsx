import { fireEvent, screen, within } from "@testing-library/react";
import { expect, test } from "vitest";
import { mockClient, type SentRequest } from "../test/mockClient";
import { renderAs } from "../test/render";
import { MentoringPage } from "./MentoringPage";

const page = (edges: unknown[]) => ({
  totalCount: edges.length,
  pageInfo: { hasNextPage: false, endCursor: null },
  edges,
});

const mine = {
  __typename: "Mentorship",
  id: "MEN1",
  status: "ACTIVE",
  goals: "Menyusun modul ajar",
  startsOn: "2026-11-01",
  endsOn: null,
  mentor: { __typename: "Employee", id: "EMP2", name: "Dra. Siti Aminah" },
  mentee: { __typename: "Employee", id: "EMP1", name: "Siti Rahma" },
};

function answer(req: SentRequest) {
  switch (req.operationName) {
    case "Mentorships": {
      const own = JSON.stringify(req.variables.where).includes("EMP1");
      return { body: { data: { mentorships: page(own ? [{ node: mine }] : []) } } };
    }
    case "NewStaffWithoutMentor":
      return {
        body: {
          data: {
            newStaffWithoutMentor: page([
              {
                node: {
                  __typename: "Employee",
                  id: "EMP9",
                  name: "Ayu Lestari, S.Pd.",
                  nip: "199804012025082001",
                  hiredAt: "2025-08-01",
                  rankName: "Penata Muda (III/a)",
                  position: null,
                  unit: { __typename: "OrgUnit", id: "ORG1", name: "Dinas Pendidikan" },
                },
              },
            ]),
          },
        },
      };
    case "MentoringPeople":
      return {
        body: {
          data: {
            employees: {
              edges: [
                {
                  node: {
                    __typename: "Employee",
                    id: "EMP3",
                    name: "Drs. Bambang",
                    nip: "197001011995031001",
                    rankName: "Pembina (IV/a)",
                    position: null,
                    unit: { __typename: "OrgUnit", id: "ORG1", name: "Dinas Pendidikan" },
                  },
                },
              ],
            },
          },
        },
      };
    default:
      return {
        body: {
          data: null,
          errors: [
            {
              message:
                "mentor tidak boleh atasan langsung mentee: Drs. Bambang adalah atasan langsung Ayu Lestari",
              path: ["createMentorship"],
              extensions: { code: "BAD_USER_INPUT", field: "mentorID" },
            },
          ],
        },
      };
  }
}

test("an employee sees their own mentorships and no pairing form", async () => {
  const mock = mockClient(answer);
  renderAs("EMPLOYEE", <MentoringPage />, { client: mock.client });
  const own = await screen.findByRole("region", { name: "Mentoring saya" });
  await within(own).findByText("Dra. Siti Aminah");
  expect(screen.queryByRole("form", { name: "Pasangkan mentor dan mentee" })).toBeNull();
  expect(mock.requests.map((r) => r.operationName)).toEqual(["Mentorships"]);
});

test("HR pairs a new employee from the list and reads the refusal under the mentor", async () => {
  const mock = mockClient(answer);
  renderAs("HR", <MentoringPage />, { client: mock.client });
  fireEvent.click(await screen.findByRole("button", { name: "Pasangkan Ayu Lestari, S.Pd. dengan mentor" }));
  const form = screen.getByRole("form", { name: "Pasangkan mentor dan mentee" });
  within(form).getByText("Terpilih: Ayu Lestari, S.Pd.");
  fireEvent.change(within(form).getByLabelText("Cari mentor"), { target: { value: "Bambang" } });
  fireEvent.click(await within(form).findByRole("button", { name: "Pilih Drs. Bambang" }));
  fireEvent.change(within(form).getByLabelText("Tujuan mentoring"), { target: { value: "Modul ajar" } });
  fireEvent.click(within(form).getByRole("button", { name: "Pasangkan" }));
  const mentor = within(form).getByRole("group", { name: "Mentor" });
  await within(mentor).findByText(/atasan langsung/);
  expect(within(form).queryByRole("alert")).toBeNull();
  const sent = mock.requests.find((r) => r.operationName === "CreateMentorship");
  expect(sent?.variables.input).toMatchObject({ mentorID: "EMP3", menteeID: "EMP9", goals: "Modul ajar" });
});
