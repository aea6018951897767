import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useMutation, useQuery } from "urql";
import { ErrorMessage } from "../../components/ErrorMessage";
import { FieldError } from "../../components/FieldError";
import { Skeleton } from "../../components/Skeleton";
import { fieldErrors } from "../../graphql/errors";
import { EligibilityList } from "../EligibilityList";
import { useVacancyLabels } from "../labels";
import { ApplyDocument, CheckEligibilityDocument } from "./documents";

/** "Cek kelayakan saya", then apply: the check is asked for, not run on every visit to the page. */
export function ApplyPanel({ vacancyID }: { vacancyID: string }) {
  const { t } = useTranslation();
  const labels = useVacancyLabels();
  const [asked, setAsked] = useState(false);
  const [check] = useQuery({
    query: CheckEligibilityDocument,
    variables: { vacancyID },
    pause: !asked,
    requestPolicy: "network-only",
  });
  const [applied, apply] = useMutation(ApplyDocument);
  const result = check.data?.checkEligibility;
  const application = applied.data?.applyToVacancy;
  const errors = fieldErrors(applied.error);
  return (
    <section className="apply-panel" aria-labelledby="apply-title">
      <h2 id="apply-title">{t("vacancy.eligibility.check")}</h2>
      {!asked && (
        <button type="button" onClick={() => setAsked(true)}>
          {t("vacancy.eligibility.check")}
        </button>
      )}
      {check.fetching && <Skeleton lines={4} />}
      <ErrorMessage error={check.error} />
      {result && !application && (
        <>
          <p role="status">
            {result.eligible ? t("vacancy.eligibility.eligible") : t("vacancy.eligibility.ineligible")}
          </p>
          <EligibilityList results={result.requirements} />
          {!result.eligible && <p className="hint">{t("vacancy.eligibility.applyHint")}</p>}
          <button
            type="button"
            disabled={applied.fetching}
            aria-describedby={errors.vacancyID ? "apply-error" : undefined}
            onClick={() => apply({ vacancyID })}
          >
            {applied.fetching ? t("vacancy.eligibility.applying") : t("vacancy.eligibility.apply")}
          </button>
          <FieldError id="apply-error" error={errors.vacancyID} />
          <ErrorMessage error={applied.error} shownAtFields={["vacancyID"]} />
        </>
      )}
      {application && (
        <>
          <p role="status">
            {t("vacancy.eligibility.applied", { status: labels.applicationStatus(application.status) })}{" "}
            <Link to="/lamaran">{t("vacancy.mine.title")}</Link>
          </p>
          <EligibilityList results={application.eligibility ?? []} />
        </>
      )}
    </section>
  );
}
