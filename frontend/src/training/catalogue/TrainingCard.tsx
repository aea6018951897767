import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { TrainingCatalogueQuery } from "../../gql/graphql";
import { useLabels } from "../../i18n";
import { EnrolActions } from "../enrol/EnrolActions";
import { TrainingFacts } from "../TrainingFacts";

export type CatalogueTraining = NonNullable<
  NonNullable<NonNullable<TrainingCatalogueQuery["trainings"]["edges"]>[number]>["node"]
>;

/** One training of the catalogue, with what the viewer can do about it. */
type Props = { training: CatalogueTraining; onDone: (message: string) => void };

export function TrainingCard({ training, onDone }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const mine = training.mine?.edges?.[0]?.node ?? undefined;
  return (
    <li className="card training-card">
      <h2 className="training-title">
        <Link to={`/pelatihan/${training.id}`}>{training.title}</Link>
      </h2>
      <p className="hint">
        {[labels.trainingKind(training.kind), training.competency].join(" · ")}
        {training.curriculum && ` · ${t("training.curriculum", { name: training.curriculum.name })}`}
      </p>
      <TrainingFacts training={training} />
      <EnrolActions training={training} mine={mine} onDone={onDone} />
    </li>
  );
}
