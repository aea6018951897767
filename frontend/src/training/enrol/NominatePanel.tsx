import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMutation, useQuery } from "urql";
import { useViewer } from "../../auth/viewer";
import { ErrorMessage } from "../../components/ErrorMessage";
import { FieldError } from "../../components/FieldError";
import { fieldErrors } from "../../graphql/errors";
import { type Candidate, teamCandidates } from "./candidates";
import { NominateForTrainingDocument, NomineeSearchDocument, TeamDocument } from "./documents";

/**
 * Picks whom to nominate: HR and ADMIN search everyone they manage by name or NIP; a supervisor picks
 * from their team, filtered by name as they type.
 */
type Props = {
  training: { id: string; title: string };
  /** Says who was nominated. */
  onDone: (message: string) => void;
};

export function NominatePanel({ training, onDone }: Props) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const id = useId();
  const [text, setText] = useState("");
  const [q, setQ] = useState("");
  // Ask the server once the user stops typing, not on every key.
  useEffect(() => {
    const timer = setTimeout(() => setQ(text.trim()), 300);
    return () => clearTimeout(timer);
  }, [text]);
  const search = viewer.can.nominateAnyone;
  const [found] = useQuery({
    query: NomineeSearchDocument,
    variables: { q },
    pause: !search || q.length < 2,
  });
  const [team] = useQuery({
    query: TeamDocument,
    variables: { me: viewer.employee?.id ?? "" },
    pause: search,
  });
  const [nominated, nominate] = useMutation(NominateForTrainingDocument);
  const [done, setDone] = useState<string[]>([]);

  let candidates: Candidate[] = [];
  if (search && q.length >= 2) {
    candidates = (found.data?.employees.edges ?? []).flatMap((e) =>
      e?.node
        ? [
            {
              id: e.node.id,
              name: e.node.name,
              detail: [e.node.position?.title, e.node.unit.name].filter(Boolean).join(" · "),
            },
          ]
        : [],
    );
  } else if (!search) {
    const me = team.data?.node?.__typename === "Employee" ? team.data.node : undefined;
    const needle = q.toLocaleLowerCase("id");
    candidates = teamCandidates(me?.subordinates).filter((c) =>
      (c.name ?? "").toLocaleLowerCase("id").includes(needle),
    );
  }
  const byField = fieldErrors(nominated.error);
  const pick = async (c: Candidate) => {
    const result = await nominate({ trainingID: training.id, employeeID: c.id });
    if (!result.data) return;
    setDone((ids) => [...ids, c.id]);
    onDone(t("training.nominate.done", { name: c.name ?? c.id, title: training.title }));
  };

  return (
    <div className="nominate-panel">
      <label htmlFor={id} className="field-label">
        {search ? t("training.nominate.search") : t("training.nominate.filterTeam")}
      </label>
      <input
        id={id}
        type="search"
        value={text}
        onChange={(e) => setText(e.target.value)}
        autoComplete="off"
      />
      <div aria-live="polite">
        {(found.fetching || team.fetching) && <p className="hint">{t("common.loading")}</p>}
        {!found.fetching && !team.fetching && candidates.length === 0 && (search ? q.length >= 2 : true) && (
          <p className="hint">{search ? t("training.nominate.noMatch") : t("training.nominate.noTeam")}</p>
        )}
        <FieldError id={`${id}-error`} error={byField.trainingID ?? byField.employeeID} />
        <ErrorMessage
          error={nominated.error ?? found.error ?? team.error}
          shownAtFields={["trainingID", "employeeID"]}
        />
      </div>
      {candidates.length > 0 && (
        <ul className="nominee-list">
          {candidates.map((c) => (
            <li key={c.id}>
              <span>
                {c.name ?? c.id}
                {c.detail && <span className="hint block">{c.detail}</span>}
              </span>
              <button
                type="button"
                className="button-secondary"
                disabled={nominated.fetching || done.includes(c.id)}
                aria-label={t("training.nominate.nominateName", { name: c.name, title: training.title })}
                onClick={() => pick(c)}
              >
                {t("training.nominate.nominate")}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
