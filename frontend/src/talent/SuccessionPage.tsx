import "../vacancies/vacancies.css";
import "./talent.css";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { EmptyState } from "../components/EmptyState";
import { ErrorMessage } from "../components/ErrorMessage";
import { Skeleton } from "../components/Skeleton";
import { useLabels } from "../i18n";
import { dash, formatDate, todayInJakarta } from "../i18n/format";
import { EligibilityList } from "../vacancies/EligibilityList";
import { SuccessionDocument } from "./documents";

/**
 * The succession list of a post: the talent pool of its instansi in a year (?tahun=), candidates
 * first, each condition ticked or crossed with the server's reason, which names the values.
 */
export function SuccessionPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const yearId = useId();
  const { positionId = "" } = useParams();
  const [params, setParams] = useSearchParams();
  const thisYear = Number(todayInJakarta().slice(0, 4));
  const years = Array.from({ length: 6 }, (_, i) => thisYear - i);
  const asked = Number(params.get("tahun"));
  const year = years.includes(asked) ? asked : thisYear - 1;
  const [{ data, error, fetching }] = useQuery({
    query: SuccessionDocument,
    variables: { positionID: positionId, year },
    requestPolicy: "cache-and-network",
  });
  const post = data?.node?.__typename === "Position" ? data.node : undefined;
  const candidates = data?.successionCandidates ?? [];
  const count = candidates.filter((c) => c.candidate).length;

  return (
    <>
      <p className="breadcrumb">
        <Link to={`/talenta?tahun=${year}`}>{t("talent.succession.back")}</Link>
      </p>
      <h1>{post ? t("talent.succession.title", { title: post.title }) : t("talent.page.title")}</h1>
      {post && (
        <p className="subtitle">
          {[
            post.unit.name,
            post.minRank && t("talent.succession.minRank", { rank: labels.rank(post.minRank) }),
          ]
            .filter(Boolean)
            .join(" · ")}
        </p>
      )}
      <ErrorMessage error={error} />
      {!data ? (
        fetching && <Skeleton lines={8} />
      ) : !post ? (
        !error && <EmptyState title={t("talent.succession.notFound")} />
      ) : (
        <>
          {!post.holders?.length ? (
            <p>{t("talent.succession.noHolder")}</p>
          ) : (
            post.holders.map((h) => (
              <p key={h.id}>
                {t("talent.succession.holder", { name: h.name ?? dash, date: formatDate(h.retirementDate) })}
              </p>
            ))
          )}
          <div className="list-tools">
            <p className="result-count" aria-live="polite">
              {t("talent.succession.candidates", { count })}
            </p>
            <label className="inline-field" htmlFor={yearId}>
              {t("talent.page.year")}
              <select
                id={yearId}
                value={year}
                onChange={(e) => setParams({ tahun: e.target.value }, { replace: true })}
              >
                {years.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <p className="hint">
            {t("talent.succession.intro", {
              year,
              sanctionYears: data.talentSettings.sanctionFreeYears,
              retirementYears: data.talentSettings.minYearsToRetirement,
            })}
          </p>
          {candidates.length === 0 ? (
            <EmptyState title={t("talent.succession.none", { year })} />
          ) : (
            <ol className="succession-list">
              {candidates.map((c) => (
                <li key={c.employee.id} className={`card ${c.candidate ? "is-candidate" : "not-candidate"}`}>
                  <p className="succession-name">
                    <Link to={`/pegawai/${c.employee.id}`}>{c.employee.name ?? dash}</Link>{" "}
                    <span className="chip">{t("talent.succession.box", { box: c.box })}</span>{" "}
                    <strong>
                      {c.candidate ? t("talent.succession.candidate") : t("talent.succession.notCandidate")}
                    </strong>
                    <span className="block hint">
                      {[
                        c.employee.position?.title,
                        c.employee.unit.name,
                        c.employee.rank && labels.rank(c.employee.rank),
                      ]
                        .filter(Boolean)
                        .join(" · ")}
                    </span>
                  </p>
                  <EligibilityList results={c.reasons} />
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </>
  );
}
