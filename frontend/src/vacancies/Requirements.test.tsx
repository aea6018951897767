import { render, screen } from "@testing-library/react";
import { expect, test } from "vitest";
import type { RequirementsFragment } from "../gql/graphql";
import { EligibilityList } from "./EligibilityList";
import { Requirements } from "./Requirements";

const none: RequirementsFragment = {
  minRank: null,
  minPredikat: null,
  predikatYears: 0,
  trainingKinds: [],
  minEducation: null,
  minYearsToRetirement: 0,
  noSanctionYears: 0,
};

test("every requirement of a vacancy reads as a sentence with its values", () => {
  render(
    <Requirements
      requirements={{
        minRank: "III_D",
        minPredikat: "BAIK",
        predikatYears: 2,
        trainingKinds: ["PKA", "LATSAR"],
        minEducation: "S1",
        minYearsToRetirement: 2,
        noSanctionYears: 2,
      }}
    />,
  );
  expect(screen.getAllByRole("listitem").map((li) => li.textContent)).toEqual([
    "Pangkat minimal III/d — Penata Tingkat I",
    "Predikat kinerja minimal Baik dalam 2 tahun terakhir",
    "Telah mengikuti pelatihan PKA, Latsar CPNS",
    "Pendidikan minimal S-1",
    "Sisa masa kerja minimal 2 tahun sebelum pensiun",
    "Tidak pernah dijatuhi hukuman disiplin sedang atau berat dalam 2 tahun terakhir",
  ]);
});

test("a vacancy that asks nothing says so rather than showing an empty list", () => {
  render(<Requirements requirements={none} />);
  expect(screen.queryByRole("list")).toBeNull();
  expect(screen.getByText("Tidak ada persyaratan khusus.")).toBeTruthy();
});

test("the eligibility list ticks what is met and gives the server's reason for what is not", () => {
  render(
    <EligibilityList
      results={[
        { requirement: "PREDIKAT_2024", met: true, reason: "Predikat 2024: Baik, dibutuhkan minimal Baik" },
        {
          requirement: "PREDIKAT_2025",
          met: false,
          reason: "Predikat 2025: Butuh Perbaikan, dibutuhkan minimal Baik",
        },
      ]}
    />,
  );
  const [met, unmet] = screen.getAllByRole("listitem");
  expect(met.textContent).toBe("✓Terpenuhi: Predikat 2024: Baik, dibutuhkan minimal Baik");
  expect(unmet.textContent).toBe("✗Belum terpenuhi: Predikat 2025: Butuh Perbaikan, dibutuhkan minimal Baik");
  expect(unmet.className).toBe("unmet");
});
