import { fireEvent, screen } from "@testing-library/react";
import { expect, test } from "vitest";
import { mockClient } from "../../test/mockClient";
import { renderAs } from "../../test/render";
import { TalentSettingsPage } from "./TalentSettingsPage";

const settings = {
  __typename: "TalentSettings",
  minYearsToRetirement: 2,
  sanctionFreeYears: 2,
  atRiskYears: 2,
  maxMentees: 3,
  newStaffYears: 2,
};

test("only the changed value is sent, and a refusal shows at its field", async () => {
  const { client, requests } = mockClient((req) =>
    req.operationName === "AdminTalentSettings"
      ? { body: { data: { talentSettings: settings } } }
      : {
          body: {
            data: null,
            errors: [
              {
                message: "isi angka 1 sampai 20",
                path: ["updateTalentSettings"],
                extensions: { code: "BAD_USER_INPUT", field: "maxMentees" },
              },
            ],
          },
        },
  );
  renderAs("ADMIN", <TalentSettingsPage />, { client });
  const field = await screen.findByLabelText("Jumlah mentee aktif maksimal per mentor");
  fireEvent.change(field, { target: { value: "0" } });
  fireEvent.click(screen.getByRole("button", { name: "Simpan pengaturan" }));
  await screen.findByText("Isian tidak valid: isi angka 1 sampai 20");
  expect(requests[1].variables).toEqual({ input: { maxMentees: 0 } });
  expect(field.getAttribute("aria-invalid")).toBe("true");
});

test("HR reads the settings without a way to change them", async () => {
  const { client } = mockClient(() => ({ body: { data: { talentSettings: settings } } }));
  renderAs("HR", <TalentSettingsPage />, { client });
  await screen.findByText("Anda dapat melihat pengaturan ini; hanya ADMIN yang dapat mengubahnya.");
  expect(screen.queryByRole("button", { name: "Simpan pengaturan" })).toBeNull();
});
