import { expect, test } from "vitest";
import { en } from "./en";
import { id, type Translation } from "./id";
import { labelsFor, predikats, ranks } from "./labels";

test("ranks show golongan and name, lowest first", () => {
  const l = labelsFor("id");
  expect(l.rank("III_A")).toBe("III/a — Penata Muda");
  expect(l.rank("IV_E")).toBe("IV/e — Pembina Utama");
  expect(ranks).toHaveLength(17);
  expect(ranks[0]).toBe("I_A");
  expect(l.pppkGrade("IX")).toBe("Golongan IX");
});

test("predikat and kinds of post keep their official Indonesian names in English too", () => {
  for (const lang of ["id", "en"]) {
    const l = labelsFor(lang);
    expect(predikats.map(l.predikat)).toEqual([
      "Sangat Baik",
      "Baik",
      "Butuh Perbaikan",
      "Kurang",
      "Sangat Kurang",
    ]);
    expect(l.positionKind("JPT_PRATAMA")).toBe("JPT Pratama");
  }
});

test("everyday words follow the language", () => {
  expect(labelsFor("id").employeeStatus("ACTIVE")).toBe("Aktif");
  expect(labelsFor("en").employeeStatus("ACTIVE")).toBe("Active");
  expect(labelsFor("id").careerEventKind("RANK_PROMOTION")).toBe("Kenaikan pangkat");
  expect(labelsFor("id").talentBox(9)).toBe("Kinerja di atas ekspektasi, potensial tinggi");
});

// Plural forms differ by language (English has _one, Indonesian only _other): compare without them.
function keys(t: Translation, prefix = ""): string[] {
  return Object.entries(t).flatMap(([k, v]) =>
    typeof v === "string" ? [`${prefix}${k.replace(/_(one|other)$/, "")}`] : keys(v, `${prefix}${k}.`),
  );
}

test("English has a text for every Indonesian one, and no other", () => {
  expect([...new Set(keys(en))].sort()).toEqual([...new Set(keys(id))].sort());
});
