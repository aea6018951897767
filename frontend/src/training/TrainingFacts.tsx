import { useTranslation } from "react-i18next";
import type { TrainingStatus } from "../gql/graphql";
import { useLabels } from "../i18n";
import { formatDate, formatNumber } from "../i18n/format";
import { seatsLeft } from "./seats";

type Props = {
  training: {
    hoursJp: number;
    startsOn: string;
    endsOn: string;
    provider: string;
    capacity: number;
    seatsTaken: number;
    status: TrainingStatus;
  };
};

/** When, how long, who runs it, the seats left and where it stands: what one decides to enrol on. */
export function TrainingFacts({ training: tr }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const left = seatsLeft(tr);
  return (
    <dl className="training-facts">
      <div>
        <dt>{t("training.dates")}</dt>
        <dd>
          {formatDate(tr.startsOn)} – {formatDate(tr.endsOn)}
        </dd>
      </div>
      <div>
        <dt>{t("training.hours")}</dt>
        <dd>{t("training.jpCount", { jp: formatNumber(tr.hoursJp) })}</dd>
      </div>
      <div>
        <dt>{t("training.provider")}</dt>
        <dd>{tr.provider}</dd>
      </div>
      <div>
        <dt>{t("training.seats")}</dt>
        <dd className={left === 0 ? "seats-none" : left <= 3 ? "seats-few" : undefined}>
          {left === 0
            ? t("training.full", { capacity: formatNumber(tr.capacity) })
            : t("training.seatsLeft", {
                count: left,
                left: formatNumber(left),
                capacity: formatNumber(tr.capacity),
              })}
        </dd>
      </div>
      <div>
        <dt>{t("training.status")}</dt>
        <dd>{labels.trainingStatus(tr.status)}</dd>
      </div>
    </dl>
  );
}
