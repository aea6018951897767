import "../training.css";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useQuery } from "urql";
import { EmptyState } from "../../components/EmptyState";
import { ErrorMessage } from "../../components/ErrorMessage";
import { Skeleton } from "../../components/Skeleton";
import { formatDate } from "../../i18n/format";
import { FeedbackFormDocument } from "./documents";
import { type Given, ModuleFeedbackForm } from "./ModuleFeedbackForm";

/** A participant rates each module of a training they completed, once per module. */
export function FeedbackPage() {
  const { t } = useTranslation();
  const { enrollmentId = "" } = useParams();
  const [{ data, error, fetching }] = useQuery({
    query: FeedbackFormDocument,
    variables: { id: enrollmentId },
    context: useMemo(() => ({ additionalTypenames: ["ModuleFeedback"] }), []),
  });
  // What was given on this page, until the answer from the server holds it too.
  const [sent, setSent] = useState<Given[]>([]);
  const enrolment = data?.node?.__typename === "Enrollment" ? data.node : undefined;

  if (!enrolment) {
    return (
      <>
        <h1>{t("training.feedback.title")}</h1>
        <ErrorMessage error={error} />
        {fetching ? (
          <Skeleton lines={6} />
        ) : (
          !error && (
            <EmptyState title={t("training.feedback.notFound")}>
              <Link to="/pelatihan-saya">{t("training.mine.title")}</Link>
            </EmptyState>
          )
        )}
      </>
    );
  }
  const { training } = enrolment;
  const given = [...enrolment.myFeedback, ...sent];
  const modules = [...(training.curriculum?.modules ?? [])].sort((a, b) => a.position - b.position);
  const done = modules.filter((m) => given.some((g) => g.moduleID === m.id)).length;
  return (
    <>
      <p className="breadcrumb">
        <Link to="/pelatihan-saya">{t("training.mine.title")}</Link>
      </p>
      <h1>{t("training.feedback.title")}</h1>
      <p className="subtitle">
        {training.title} · {formatDate(training.startsOn)} – {formatDate(training.endsOn)}
      </p>
      <ErrorMessage error={error} />
      {enrolment.status !== "COMPLETED" ? (
        <EmptyState title={t("training.feedback.notYet")} />
      ) : modules.length === 0 ? (
        <EmptyState title={t("training.feedback.noModules")} />
      ) : (
        <>
          <p aria-live="polite">{t("training.feedback.progress", { done, total: modules.length })}</p>
          <div className="module-feedback-list">
            {modules.map((m) => (
              <ModuleFeedbackForm
                key={m.id}
                enrollmentId={enrolment.id}
                module={m}
                given={given.find((g) => g.moduleID === m.id)}
                onGiven={(g) => setSent((list) => [...list, g])}
              />
            ))}
          </div>
        </>
      )}
    </>
  );
}
