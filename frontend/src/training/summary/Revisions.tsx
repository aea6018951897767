import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CurriculumFeedbackQuery, FeedbackModuleFragment } from "../../gql/graphql";
import { formatDate } from "../../i18n/format";
import { RevisionForm } from "./RevisionForm";

type Curriculum = Extract<NonNullable<CurriculumFeedbackQuery["node"]>, { __typename: "Curriculum" }>;

type Props = { curriculum: Curriculum; modules: FeedbackModuleFragment[] };

/** The curriculum's revisions, newest first, each with the feedback it cites; and a new one. */
export function Revisions({ curriculum, modules }: Props) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const revisions = [...(curriculum.revisions ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <section className="card" aria-labelledby="revisions-title">
      <div className="card-header">
        <h2 id="revisions-title">{t("training.revision.title")}</h2>
        {!adding && (
          <button type="button" className="button" onClick={() => setAdding(true)}>
            {t("training.revision.new")}
          </button>
        )}
      </div>
      {adding && (
        <RevisionForm curriculumId={curriculum.id} modules={modules} onDone={() => setAdding(false)} />
      )}
      {revisions.length === 0 ? (
        <p className="hint">{t("training.revision.none")}</p>
      ) : (
        <ol className="plain-list revisions">
          {revisions.map((r) => (
            <li key={r.id}>
              <p className="hint">{formatDate(r.createdAt)}</p>
              <p>
                <strong>{t("training.revision.changes")}:</strong> {r.changes}
              </p>
              <p>
                <strong>{t("training.revision.reason")}:</strong> {r.reason}
              </p>
              <details>
                <summary>{t("training.revision.cites", { count: r.cites?.length ?? 0 })}</summary>
                <ul className="plain-list">
                  {(r.cites ?? []).map((c) => (
                    <li key={c.id}>
                      <span className="comment-rating">
                        {t("training.summary.ratingN", { rating: c.rating })}
                      </span>{" "}
                      {c.comment}
                      <span className="hint block">
                        {c.module.title} · {c.training.title}
                      </span>
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
