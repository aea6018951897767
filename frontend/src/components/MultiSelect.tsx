import { useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";

type Props<T extends string> = {
  label: string;
  options: readonly T[];
  selected: readonly T[];
  labelOf: (value: T) => string;
  onChange: (selected: T[]) => void;
};

/** A drop-down list of checkboxes: a native disclosure, so the keyboard and screen readers know it. */
export function MultiSelect<T extends string>({ label, options, selected, labelOf, onChange }: Props<T>) {
  const { t } = useTranslation();
  const id = useId();
  const ref = useRef<HTMLDetailsElement>(null);
  // The open list covers what is below it: close it on a click elsewhere or on Escape, as a drop-down does.
  useEffect(() => {
    const close = (e: Event) => {
      const details = ref.current;
      if (!details?.open) return;
      if (e instanceof KeyboardEvent ? e.key === "Escape" : !details.contains(e.target as Node))
        details.open = false;
    };
    document.addEventListener("pointerdown", close);
    document.addEventListener("keydown", close);
    return () => {
      document.removeEventListener("pointerdown", close);
      document.removeEventListener("keydown", close);
    };
  }, []);
  const toggle = (value: T, on: boolean) =>
    onChange(options.filter((o) => (o === value ? on : selected.includes(o))));
  const summary =
    selected.length === 0
      ? t("filters.any")
      : selected.length === 1
        ? labelOf(selected[0])
        : t("filters.selected", { count: selected.length });
  return (
    <details className="multi-select" ref={ref}>
      <summary>
        <span className="multi-select-label">{label}</span>
        <span className="multi-select-value">{summary}</span>
      </summary>
      <fieldset>
        <legend className="visually-hidden">{label}</legend>
        {options.map((o) => (
          <label key={o} htmlFor={`${id}-${o}`} className="checkbox">
            <input
              id={`${id}-${o}`}
              type="checkbox"
              checked={selected.includes(o)}
              onChange={(e) => toggle(o, e.target.checked)}
            />
            {labelOf(o)}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
