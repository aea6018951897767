import "../training.css";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { EmptyState } from "../../components/EmptyState";
import { ErrorMessage } from "../../components/ErrorMessage";
import { Skeleton } from "../../components/Skeleton";
import { formatNumber, todayInJakarta } from "../../i18n/format";
import { JpBar } from "../JpBar";
import { TeamJpShortfallDocument } from "./documents";

/** A supervisor's staff who have not yet had their 20 JP this year (or an earlier one, ?tahun=). */
export function TeamJpPage() {
  const { t } = useTranslation();
  const yearId = useId();
  const [params, setParams] = useSearchParams();
  const thisYear = Number(todayInJakarta().slice(0, 4));
  const years = [thisYear, thisYear - 1, thisYear - 2];
  const asked = Number(params.get("tahun"));
  const year = years.includes(asked) ? asked : thisYear;
  const [{ data, error, fetching }] = useQuery({ query: TeamJpShortfallDocument, variables: { year } });
  const short = (data?.jpShortfall.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  return (
    <>
      <h1>{t("training.team.title")}</h1>
      <p className="subtitle">{t("training.team.intro")}</p>
      <div className="list-tools">
        <p className="result-count" aria-live="polite">
          {data &&
            t("training.team.count", {
              count: data.jpShortfall.totalCount,
              formatted: formatNumber(data.jpShortfall.totalCount),
              year,
            })}
        </p>
        <label className="inline-field" htmlFor={yearId}>
          {t("profile.year")}
          <select
            id={yearId}
            value={year}
            onChange={(e) => setParams(Number(e.target.value) === thisYear ? {} : { tahun: e.target.value })}
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ErrorMessage error={error} />
      {fetching && !data ? (
        <Skeleton lines={6} />
      ) : short.length === 0 ? (
        !error && <EmptyState title={t("training.team.none", { year })} />
      ) : (
        <>
          <ul className="training-list team-jp">
            {short.map((e) => (
              <li key={e.id} className="card">
                <p className="training-title">
                  <Link to={`/pegawai/${e.id}`}>{e.name}</Link>
                  {e.position && <span className="hint block">{e.position.title}</span>}
                </p>
                <JpBar label={String(year)} jp={e.jpCompleted ?? 0} />
              </li>
            ))}
          </ul>
          <p>
            <Link to="/pelatihan?seats=1">{t("training.team.findTraining")}</Link>
          </p>
        </>
      )}
    </>
  );
}
