import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation, useQuery } from "urql";
import { ErrorMessage } from "../../components/ErrorMessage";
import { FieldError } from "../../components/FieldError";
import { Skeleton } from "../../components/Skeleton";
import type { DueEmployeeFragment, Rank } from "../../gql/graphql";
import { fieldErrors } from "../../graphql/errors";
import { useLabels } from "../../i18n";
import { dash } from "../../i18n/format";
import { ranks } from "../../i18n/labels";
import { PromotionCheckDocument, RecordRankPromotionDocument } from "./documents";
import { nextRank } from "./rule";

type Props = {
  employee: DueEmployeeFragment;
  effectiveOn: string;
  onClose: () => void;
  /** Told what was recorded: the promoted person then leaves the due list, and this form with them. */
  onRecorded: (message: string) => void;
};

/**
 * "Catat kenaikan pangkat": the rule's result for the chosen date first (promotionCheck), then the new
 * rank, decree number and effective date. A refusal comes back with the rule's reasons at its field.
 */
export function RecordPromotionForm({ employee, effectiveOn: windowDate, onClose, onRecorded }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [rank, setRank] = useState<Rank | "">(nextRank(employee.rank) ?? "");
  const [decree, setDecree] = useState("");
  const [effectiveOn, setEffectiveOn] = useState(windowDate);
  const [check] = useQuery({
    query: PromotionCheckDocument,
    variables: { employeeID: employee.id, effectiveOn },
    pause: effectiveOn === "",
    requestPolicy: "network-only",
  });
  const [recorded, record] = useMutation(RecordRankPromotionDocument);
  const errors = fieldErrors(recorded.error);
  const name = employee.name ?? dash;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!rank) return;
    const res = await record({ employeeID: employee.id, input: { rank, decreeNumber: decree, effectiveOn } });
    const promoted = res.data?.recordRankPromotion;
    if (promoted) onRecorded(t("vacancy.promotion.done", { name, rank: promoted.rankName ?? dash }));
  };
  const result = check.data?.promotionCheck;
  const id = `promotion-${employee.id}`;
  return (
    <form className="confirm" aria-labelledby={`${id}-title`} onSubmit={submit}>
      <h4 id={`${id}-title`}>{t("vacancy.promotion.formTitle", { name })}</h4>
      {check.fetching && <Skeleton lines={2} />}
      <ErrorMessage error={check.error} />
      {result && (
        <div role="status" className={result.due ? "check-due" : "check-not-due"}>
          <p>{result.due ? t("vacancy.promotion.checkDue") : t("vacancy.promotion.checkNotDue")}</p>
          {result.reasons.length > 0 && (
            <ul className="eligibility">
              {result.reasons.map((r) => (
                <li key={r} className="unmet">
                  {r}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <label htmlFor={`${id}-rank`}>{t("vacancy.promotion.newRank")}</label>
      <select
        id={`${id}-rank`}
        value={rank}
        aria-invalid={errors.rank ? true : undefined}
        aria-describedby={errors.rank ? `${id}-rank-error` : undefined}
        onChange={(e) => setRank(e.target.value as Rank)}
      >
        {ranks.map((r) => (
          <option key={r} value={r}>
            {labels.rank(r)}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-rank-error`} error={errors.rank} />
      <label htmlFor={`${id}-decree`}>{t("vacancy.promotion.decree")}</label>
      <input
        id={`${id}-decree`}
        value={decree}
        required
        aria-invalid={errors.decreeNumber ? true : undefined}
        aria-describedby={errors.decreeNumber ? `${id}-decree-error` : undefined}
        onChange={(e) => setDecree(e.target.value)}
      />
      <FieldError id={`${id}-decree-error`} error={errors.decreeNumber} />
      <label htmlFor={`${id}-date`}>{t("vacancy.promotion.effectiveOn")}</label>
      <input
        id={`${id}-date`}
        type="date"
        value={effectiveOn}
        required
        onChange={(e) => setEffectiveOn(e.target.value)}
      />
      <FieldError id={`${id}-refused`} error={errors.employeeID} />
      <ErrorMessage error={recorded.error} shownAtFields={Object.keys(errors)} />
      <div className="actions">
        <button type="submit" disabled={recorded.fetching || !rank}>
          {t("vacancy.promotion.confirm")}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          {t("vacancy.select.cancel")}
        </button>
      </div>
    </form>
  );
}
