import type { GraphQLError } from "graphql";
import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { useViewer } from "../auth/viewer";
import { FieldError } from "../components/FieldError";
import type { EmployeeWhereInput } from "../gql/graphql";
import { MentoringPeopleDocument } from "./documents";

export type Person = { id: string; name: string; detail?: string };

type Props = {
  label: string;
  value: Person | null;
  onChange: (p: Person | null) => void;
  /** The server's refusal naming this field, shown under it. */
  error: GraphQLError | undefined;
};

/** Picks an employee by name, or by NIP for those who may search by it. */
export function PersonPicker({ label, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const id = useId();
  const [text, setText] = useState("");
  const [q, setQ] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setQ(text.trim()), 300);
    return () => clearTimeout(timer);
  }, [text]);
  const byNip = viewer.can.searchByNip;
  const or = byNip ? [{ nameContainsFold: q }, { nipHasPrefix: q }] : [{ nameContainsFold: q }];
  // Those who read colleagues in the directory only may not filter by status: the server refuses
  // an inactive mentor with its reason.
  const where: EmployeeWhereInput = viewer.can.filterByRecord ? { status: "ACTIVE", or } : { or };
  const [found] = useQuery({
    query: MentoringPeopleDocument,
    variables: { where, withRecord: viewer.can.recordFields && byNip },
    pause: value !== null || q.length < 2,
  });
  const errorId = `${id}-error`;
  if (value) {
    return (
      <fieldset className="field">
        <legend>{label}</legend>
        <p>
          {t("mentoring.pair.chosen", { name: value.name })}
          {value.detail && <span className="hint block">{value.detail}</span>}
        </p>
        <button type="button" className="button-secondary" onClick={() => onChange(null)}>
          {t("mentoring.pair.change")}
        </button>
        <FieldError id={errorId} error={error} />
      </fieldset>
    );
  }
  const people = (found.data?.employees.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  return (
    <div className="field">
      <label htmlFor={id}>{t("mentoring.pair.search", { who: label.toLowerCase() })}</label>
      <input
        id={id}
        type="search"
        value={text}
        onChange={(e) => setText(e.target.value)}
        autoComplete="off"
        aria-invalid={Boolean(error)}
        aria-describedby={error ? errorId : undefined}
      />
      <FieldError id={errorId} error={error} />
      <div aria-live="polite">
        {q.length < 2 && <p className="hint">{t("mentoring.pair.typeMore")}</p>}
        {q.length >= 2 && found.fetching && <p className="hint">{t("common.loading")}</p>}
        {q.length >= 2 && !found.fetching && people.length === 0 && (
          <p className="hint">{t("mentoring.pair.noMatch")}</p>
        )}
      </div>
      {people.length > 0 && (
        <ul className="nominee-list">
          {people.map((p) => {
            const detail = [p.nip, p.rankName, p.position?.title, p.unit.name].filter(Boolean).join(" · ");
            return (
              <li key={p.id}>
                <span>
                  {p.name ?? p.id}
                  <span className="hint block">{detail}</span>
                </span>
                <button
                  type="button"
                  className="button-secondary"
                  aria-label={t("mentoring.pair.choose", { name: p.name })}
                  onClick={() => {
                    onChange({ id: p.id, name: p.name ?? p.id, detail });
                    setText("");
                  }}
                >
                  {t("mentoring.pair.chooseShort")}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
