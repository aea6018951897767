import { useTranslation } from "react-i18next";
import { useLabels } from "../../i18n";
import { berakhlakValues } from "../../i18n/labels";
import type { NotesDraft } from "./draft";

/** The employee's own notes on work behaviour, one per BerAKHLAK value, all optional. */
export function SelfNotesFields({
  notes,
  onChange,
}: {
  notes: NotesDraft;
  onChange: (notes: NotesDraft) => void;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <fieldset className="notes-fields">
      <legend>{t("appraisal.notes.title")}</legend>
      <p className="hint">{t("appraisal.notes.selfHint")}</p>
      {berakhlakValues.map((v) => (
        <div className="field" key={v}>
          <label htmlFor={`self-note-${v}`}>{labels.berakhlakValue(v)}</label>
          <textarea
            id={`self-note-${v}`}
            rows={2}
            value={notes[v]}
            onChange={(e) => onChange({ ...notes, [v]: e.target.value })}
          />
        </div>
      ))}
    </fieldset>
  );
}
