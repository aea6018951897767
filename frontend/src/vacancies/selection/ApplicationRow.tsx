import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { ErrorMessage } from "../../components/ErrorMessage";
import type { ReviewedApplicationFragment } from "../../gql/graphql";
import { dash, formatNumber } from "../../i18n/format";
import { EligibilityList } from "../EligibilityList";
import type { StageWeight } from "../labels";
import { useVacancyLabels } from "../labels";
import { RejectDocument, ShortlistDocument } from "./documents";
import { ScoreForm } from "./ScoreForm";
import { SelectConfirm } from "./SelectConfirm";

type Props = {
  application: ReviewedApplicationFragment;
  /** The stages to score: an open selection's, none for other kinds. */
  stages: StageWeight[];
  /** Whether the vacancy still takes decisions (open or closed, not filled or cancelled). */
  open: boolean;
  positionTitle: string;
};

/** One application with its eligibility and the steps HR may take with it. */
export function ApplicationRow({ application: a, stages, open, positionTitle }: Props) {
  const { t } = useTranslation();
  const labels = useVacancyLabels();
  const [shortlisted, shortlist] = useMutation(ShortlistDocument);
  const [rejected, reject] = useMutation(RejectDocument);
  const [choosing, setChoosing] = useState(false);
  const applicant = a.applicantSummary;
  const name = applicant.name ?? dash;
  const active = open && (a.status === "ELIGIBLE" || a.status === "SHORTLISTED");
  return (
    <li className="application">
      <h3>{name}</h3>
      <p className="applicant">
        {[applicant.rankName, applicant.positionTitle, applicant.unitName].filter(Boolean).join(" · ")}
      </p>
      <p>
        <span className={`status status-${a.status.toLowerCase()}`}>
          {labels.applicationStatus(a.status)}
        </span>
        {a.totalScore != null && (
          <>
            {" "}
            · {t("vacancy.review.total")}: {formatNumber(a.totalScore)}
          </>
        )}
      </p>
      <details>
        <summary>{t("vacancy.review.eligibility")}</summary>
        <EligibilityList results={a.eligibility ?? []} />
      </details>
      {active && stages.length > 0 && <ScoreForm application={a} stages={stages} />}
      {active && (
        <div className="actions">
          {a.status === "ELIGIBLE" && (
            <button type="button" disabled={shortlisted.fetching} onClick={() => shortlist({ id: a.id })}>
              {t("vacancy.review.shortlist")}
            </button>
          )}
          {a.status === "SHORTLISTED" && (
            <button type="button" onClick={() => setChoosing(true)}>
              {t("vacancy.review.select")}
            </button>
          )}
          <button
            type="button"
            className="secondary"
            disabled={rejected.fetching}
            onClick={() => reject({ id: a.id })}
          >
            {t("vacancy.review.reject")}
          </button>
        </div>
      )}
      <ErrorMessage error={shortlisted.error ?? rejected.error} />
      {choosing && (
        <SelectConfirm application={a} positionTitle={positionTitle} onCancel={() => setChoosing(false)} />
      )}
    </li>
  );
}
