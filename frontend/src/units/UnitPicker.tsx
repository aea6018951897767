import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import "./units.css";
import { UnitSearchDocument } from "./documents";

type Props = {
  /** The field's label; by default "unit (with its sub-units)". */
  label?: string;
  /** Path of the viewer's scope: units outside it would list nobody. */
  within?: string;
  /** The chosen unit's name, once known. */
  selectedName?: string;
  selected: boolean;
  onChange: (unitId: string | undefined) => void;
};

/** Finds a unit by name and picks it; a filter then covers the unit's whole subtree. */
export function UnitPicker({ label, within, selectedName, selected, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState("");
  const [name, setName] = useState("");
  // Ask the server once the user stops typing, not on every key.
  useEffect(() => {
    const timer = setTimeout(() => setName(text.trim()), 300);
    return () => clearTimeout(timer);
  }, [text]);
  const [{ data, fetching }] = useQuery({
    query: UnitSearchDocument,
    variables: { name, within },
    pause: name.length < 2,
  });
  const units = name.length < 2 ? [] : (data?.orgUnits.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));

  if (selected) {
    return (
      <div className="field unit-picker">
        <span className="field-label">{label ?? t("filters.unit")}</span>
        <span className="chip">
          {selectedName ?? t("common.loading")}
          <button type="button" className="chip-remove" onClick={() => onChange(undefined)}>
            <span aria-hidden="true">×</span>
            <span className="visually-hidden">{t("filters.removeUnit")}</span>
          </button>
        </span>
      </div>
    );
  }
  return (
    <div className="field unit-picker">
      <label htmlFor={id}>{label ?? t("filters.unit")}</label>
      <input
        id={id}
        type="search"
        value={text}
        placeholder={t("filters.unitPlaceholder")}
        onChange={(e) => setText(e.target.value)}
        aria-describedby={`${id}-results`}
      />
      <div id={`${id}-results`} aria-live="polite">
        {fetching && <span className="hint">{t("common.loading")}</span>}
        {!fetching && name.length >= 2 && units.length === 0 && (
          <span className="hint">{t("filters.noUnit")}</span>
        )}
        {units.length > 0 && (
          <ul className="unit-results">
            {units.map((u) => (
              <li key={u.id}>
                <button
                  type="button"
                  onClick={() => {
                    setText("");
                    onChange(u.id);
                  }}
                >
                  {u.name}
                  {u.parent && <span className="hint"> — {u.parent.name}</span>}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
