import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useMutation } from "urql";
import { ErrorMessage } from "../../components/ErrorMessage";
import type { ManagedVacancyFragment } from "../../gql/graphql";
import { CancelVacancyDocument, CloseVacancyDocument, PublishVacancyDocument } from "./documents";

type Step = "publish" | "close" | "cancel";

type Props = {
  vacancy: ManagedVacancyFragment;
  /** Told what was done: the vacancy may then leave a list filtered by its old status. */
  onDone: (message: string) => void;
};

/** The steps a vacancy may take from its status; each asks first, saying what it does. */
export function StatusActions({ vacancy: v, onDone }: Props) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<Step | null>(null);
  const [published, publish] = useMutation(PublishVacancyDocument);
  const [closed, close] = useMutation(CloseVacancyDocument);
  const [cancelled, cancel] = useMutation(CancelVacancyDocument);
  const run = { publish, close, cancel };
  const steps: Step[] = [];
  if (v.status === "DRAFT") steps.push("publish");
  if (v.status === "OPEN") steps.push("close");
  if (v.status === "DRAFT" || v.status === "OPEN" || v.status === "CLOSED") steps.push("cancel");
  const busy = published.fetching || closed.fetching || cancelled.fetching;
  const confirm = async (step: Step) => {
    const res = await run[step]({ id: v.id });
    if (res.error) return;
    setAsking(null);
    onDone(t(`vacancy.manage.${step}Done`, { title: v.title }));
  };
  return (
    <>
      <div className="actions">
        {v.status === "DRAFT" && (
          <Link to={`/lowongan/kelola/${v.id}`} className="button secondary">
            {t("vacancy.manage.edit")}
          </Link>
        )}
        {steps.map((step) => (
          <button key={step} type="button" className="secondary" onClick={() => setAsking(step)}>
            {t(`vacancy.manage.${step}`)}
          </button>
        ))}
      </div>
      {asking && (
        <div className="confirm" role="alertdialog" aria-labelledby={`confirm-${v.id}`}>
          <h3 id={`confirm-${v.id}`}>{t(`vacancy.manage.${asking}Title`, { title: v.title })}</h3>
          <p>{t(`vacancy.manage.${asking}Text`)}</p>
          <div className="actions">
            <button type="button" disabled={busy} onClick={() => confirm(asking)}>
              {t(`vacancy.manage.${asking}Confirm`)}
            </button>
            <button type="button" className="secondary" onClick={() => setAsking(null)}>
              {t("vacancy.select.cancel")}
            </button>
          </div>
        </div>
      )}
      <ErrorMessage error={published.error ?? closed.error ?? cancelled.error} />
    </>
  );
}
