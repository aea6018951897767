import { fireEvent, screen, within } from "@testing-library/react";
import { expect, test } from "vitest";
import { mockClient, type SentRequest } from "../test/mockClient";
import { renderAs } from "../test/render";
import { TalentPage } from "./TalentPage";

const potentials = {
  9: "HIGH",
  8: "HIGH",
  6: "HIGH",
  7: "MEDIUM",
  5: "MEDIUM",
  3: "MEDIUM",
  4: "LOW",
  2: "LOW",
  1: "LOW",
};

function answer(req: SentRequest) {
  switch (req.operationName) {
    case "TalentWidget":
      return {
        body: {
          data: {
            talentMatrix: {
              cells: [9, 8, 7, 6, 5, 4, 3, 2, 1].map((box) => ({
                box,
                performance: "ABOVE",
                potential: potentials[box as keyof typeof potentials],
                label: `Kotak ${box} label`,
                inPool: box >= 7,
                count: { value: box * 10, display: String(box * 10) },
              })),
              unplaced: { display: "12" },
            },
          },
        },
      };
    case "TalentBoxMembers":
      return {
        body: {
          data: {
            talentBoxMembers: {
              totalCount: 1,
              pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: "a", endCursor: "a" },
              edges: [
                {
                  node: {
                    id: "EMP9",
                    name: "Siti Bintang",
                    rank: "IV_A",
                    position: { id: "POS1", title: "Kepala Bidang" },
                    unit: { id: "ORG1", name: "Dinas Pendidikan" },
                  },
                },
              ],
            },
          },
        },
      };
    case "PositionsAtRisk":
      return { body: { data: { positionsAtRisk: [], talentSettings: { atRiskYears: 2 } } } };
    default:
      return { body: { data: { node: null } } };
  }
}

test("a box of the 9-box lists its people, each a link to the profile, and the box goes into the URL", async () => {
  const { client, requests } = mockClient(answer);
  renderAs("LEADER", <TalentPage />, { client, url: "/talenta?tahun=2025" });

  fireEvent.click(await screen.findByRole("button", { name: "Kotak 9: 90" }));
  const list = await screen.findByRole("region", { name: "Kotak 9 label" });
  const link = await within(list).findByRole("link", { name: "Siti Bintang" });
  expect(link.getAttribute("href")).toBe("/pegawai/EMP9");
  expect(screen.getByTestId("location").textContent).toBe("/talenta?tahun=2025&kotak=9");
  expect(requests.find((r) => r.operationName === "TalentBoxMembers")?.variables).toMatchObject({
    year: 2025,
    box: 9,
    unitID: "ORG0",
  });
  expect(await screen.findByText("Tidak ada jabatan berisiko di unit ini.")).toBeTruthy();
});
