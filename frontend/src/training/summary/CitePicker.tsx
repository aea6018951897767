import { useTranslation } from "react-i18next";
import type { FeedbackModuleFragment } from "../../gql/graphql";

type Props = {
  modules: FeedbackModuleFragment[];
  cited: string[];
  onChange: (cited: string[]) => void;
  describedBy?: string;
};

/** Picks the comments a revision cites, module by module, the lowest ratings first. */
export function CitePicker({ modules, cited, onChange, describedBy }: Props) {
  const { t } = useTranslation();
  const toggle = (id: string, on: boolean) => onChange(on ? [...cited, id] : cited.filter((c) => c !== id));
  return (
    <fieldset className="cite-picker" aria-describedby={describedBy}>
      <legend>{t("training.revision.cite", { count: cited.length })}</legend>
      {modules
        .filter((m) => m.comments.length > 0)
        .map((m) => {
          const chosen = m.comments.filter((c) => cited.includes(c.feedbackID)).length;
          return (
            <details key={m.module.id} open={chosen > 0}>
              <summary>
                {m.module.title}
                {chosen > 0 && ` (${t("training.revision.chosen", { count: chosen })})`}
              </summary>
              {[...m.comments]
                .sort((a, b) => a.rating - b.rating)
                .map((c) => (
                  <label key={c.feedbackID} className="checkbox cite-option">
                    <input
                      type="checkbox"
                      checked={cited.includes(c.feedbackID)}
                      onChange={(e) => toggle(c.feedbackID, e.target.checked)}
                    />
                    <span>
                      <span className="comment-rating">
                        {t("training.summary.ratingN", { rating: c.rating })}
                      </span>{" "}
                      {c.text}
                      {c.training && <span className="hint block">{c.training.title}</span>}
                    </span>
                  </label>
                ))}
            </details>
          );
        })}
    </fieldset>
  );
}
