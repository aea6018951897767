import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { VacancyPositionSearchDocument } from "./documents";

type Props = {
  /** Path of the viewer's scope: posts outside it are not theirs to announce. */
  within?: string;
  selectedTitle: string;
  selected: boolean;
  onChange: (position: { id: string; title: string } | undefined) => void;
  invalid?: boolean;
  describedBy?: string;
};

/** Finds a post of the viewer's scope by its title and picks it. */
export function PositionPicker({ within, selectedTitle, selected, onChange, invalid, describedBy }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState("");
  const [title, setTitle] = useState("");
  // Ask the server once the user stops typing, not on every key.
  useEffect(() => {
    const timer = setTimeout(() => setTitle(text.trim()), 300);
    return () => clearTimeout(timer);
  }, [text]);
  const [{ data, fetching }] = useQuery({
    query: VacancyPositionSearchDocument,
    variables: {
      where: { titleContainsFold: title, ...(within && { hasUnitWith: [{ pathHasPrefix: within }] }) },
    },
    pause: title.length < 2,
  });
  const positions =
    title.length < 2 ? [] : (data?.positions.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  if (selected) {
    return (
      <div className="field">
        <span className="field-label">{t("vacancy.form.position")}</span>
        <span className="chip">
          {selectedTitle}
          <button type="button" className="chip-remove" onClick={() => onChange(undefined)}>
            <span aria-hidden="true">×</span>
            <span className="visually-hidden">{t("vacancy.form.changePosition")}</span>
          </button>
        </span>
      </div>
    );
  }
  return (
    <div className="field">
      <label htmlFor={id}>{t("vacancy.form.position")}</label>
      <input
        id={id}
        type="search"
        value={text}
        placeholder={t("vacancy.form.positionPlaceholder")}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        onChange={(e) => setText(e.target.value)}
      />
      {fetching && <p className="hint">{t("common.loading")}</p>}
      {positions.length > 0 && (
        <ul className="picker-results" aria-label={t("vacancy.form.positionResults")}>
          {positions.map((p) => (
            <li key={p.id}>
              <button type="button" className="link" onClick={() => onChange({ id: p.id, title: p.title })}>
                {p.title} — {p.unit.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      {title.length >= 2 && data && positions.length === 0 && (
        <p className="hint">{t("vacancy.form.noPosition")}</p>
      )}
    </div>
  );
}
