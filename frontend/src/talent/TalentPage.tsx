import "../dashboard/nineBox.css";
import "./talent.css";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { useQuery } from "urql";
import { useViewer } from "../auth/viewer";
import { ErrorMessage } from "../components/ErrorMessage";
import { Skeleton } from "../components/Skeleton";
import { TalentDocument } from "../dashboard/documents";
import { NineBox } from "../dashboard/NineBox";
import { todayInJakarta } from "../i18n/format";
import { UnitPicker } from "../units/UnitPicker";
import { useUnit } from "../units/useUnit";
import { BoxMembers } from "./BoxMembers";
import { nineBoxDataset } from "./nineBox";
import { PositionSearch } from "./PositionSearch";
import { PositionsAtRisk } from "./PositionsAtRisk";

/**
 * The 9-box of a unit and year; a box lists its people, each a link to the profile. Below, the unit's
 * posts at risk and a search for any post's succession list. Unit, year and box are in the URL
 * (?unit=, ?tahun=, ?kotak=), so that the browser's back button returns to the same grid.
 */
export function TalentPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const yearId = useId();
  const [params, setParams] = useSearchParams();
  const thisYear = Number(todayInJakarta().slice(0, 4));
  // The last completed year is the first with both predikat and potential on record.
  const years = Array.from({ length: 6 }, (_, i) => thisYear - i);
  const asked = Number(params.get("tahun"));
  const year = years.includes(asked) ? asked : thisYear - 1;
  const unitId = params.get("unit") ?? viewer.scopeUnit?.id ?? undefined;
  const unit = useUnit(unitId);
  const askedBox = Number(params.get("kotak"));
  const box = askedBox >= 1 && askedBox <= 9 ? askedBox : undefined;

  const set = (change: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(change)) {
      if (v === undefined) next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace: true });
  };

  const [{ data, error, fetching }] = useQuery({
    query: TalentDocument,
    variables: { year, unitID: unitId },
    // A potential assessment recorded elsewhere moves people between boxes.
    requestPolicy: "cache-and-network",
  });
  const dataset = data ? nineBoxDataset(data.talentMatrix, t) : undefined;

  return (
    <>
      <h1>{t("talent.page.title")}</h1>
      <p className="subtitle">{t("talent.page.intro")}</p>
      <div className="list-tools talent-tools">
        <UnitPicker
          within={viewer.scopeUnit?.path ?? undefined}
          selected={unitId !== undefined}
          selectedName={unit?.name}
          onChange={(id) => set({ unit: id, kotak: undefined })}
        />
        <label className="inline-field" htmlFor={yearId}>
          {t("talent.page.year")}
          <select id={yearId} value={year} onChange={(e) => set({ tahun: e.target.value, kotak: undefined })}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ErrorMessage error={error} />
      <div className="talent-grid">
        <section className="card" aria-labelledby="nine-box-title">
          <h2 id="nine-box-title">{t("talent.page.grid", { year })}</h2>
          {!dataset ? (
            fetching && <Skeleton lines={6} />
          ) : (
            <>
              <div className="talent-nine-box">
                <NineBox
                  dataset={dataset}
                  label={t("talent.page.grid", { year })}
                  selected={box}
                  onSelect={(n) => set({ kotak: String(n) })}
                />
              </div>
              <p className="hint">
                {t("talent.page.unplaced", { display: data?.talentMatrix.unplaced.display })}
              </p>
            </>
          )}
        </section>
        {box ? (
          <BoxMembers
            year={year}
            box={box}
            unitId={unitId}
            label={data?.talentMatrix.cells.find((c) => c.box === box)?.label ?? ""}
            onClose={() => set({ kotak: undefined })}
          />
        ) : (
          <p className="hint talent-pick">{t("talent.page.pickBox")}</p>
        )}
      </div>
      <PositionsAtRisk unitId={unitId} year={year} />
      <PositionSearch year={year} />
    </>
  );
}
