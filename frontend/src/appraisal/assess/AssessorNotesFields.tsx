import { useTranslation } from "react-i18next";
import type { BerakhlakValue, EvaluationDetailFragment } from "../../gql/graphql";
import { useLabels } from "../../i18n";
import { berakhlakValues } from "../../i18n/labels";

type Props = {
  notes: Partial<Record<BerakhlakValue, string>>;
  /** The employee's own notes, shown beside each value. */
  selfNotes: EvaluationDetailFragment["behaviorNotes"];
  onChange: (notes: Partial<Record<BerakhlakValue, string>>) => void;
};

/** The assessor's optional notes per BerAKHLAK value, folded away until wanted. */
export function AssessorNotesFields({ notes, selfNotes, onChange }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const selfNote = (v: BerakhlakValue) => selfNotes?.find((n) => n.value === v)?.selfNote;
  return (
    <details className="notes-fields">
      <summary>{t("appraisal.assess.notes")}</summary>
      {berakhlakValues.map((v) => (
        <div className="field" key={v}>
          <label htmlFor={`assessor-note-${v}`}>{labels.berakhlakValue(v)}</label>
          {selfNote(v) && (
            <p className="hint" id={`assessor-note-${v}-self`}>
              {t("appraisal.assess.selfNote", { note: selfNote(v) })}
            </p>
          )}
          <textarea
            id={`assessor-note-${v}`}
            rows={2}
            value={notes[v] ?? ""}
            onChange={(e) => onChange({ ...notes, [v]: e.target.value })}
            aria-describedby={selfNote(v) ? `assessor-note-${v}-self` : undefined}
          />
        </div>
      ))}
    </details>
  );
}
