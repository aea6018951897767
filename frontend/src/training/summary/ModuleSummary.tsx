import { useTranslation } from "react-i18next";
import type { FeedbackModuleFragment } from "../../gql/graphql";
import { formatDate, formatNumber } from "../../i18n/format";
import { Distribution } from "./Distribution";
import { formatMean } from "./mean";

/** One module's feedback: how many rated it, the mean, the distribution and the comments, unnamed. */
export function ModuleSummary({ summary }: { summary: FeedbackModuleFragment }) {
  const { t } = useTranslation();
  const comments = [...summary.comments].reverse(); // newest first
  return (
    <section className="card module-summary" aria-labelledby={`module-${summary.module.id}`}>
      <h3 id={`module-${summary.module.id}`}>
        {summary.module.position}. {summary.module.title}
      </h3>
      <p className="module-mean">
        {t("training.summary.meanOf", {
          mean: formatMean(summary.mean),
          count: summary.count,
          formatted: formatNumber(summary.count),
        })}
      </p>
      <Distribution counts={summary.distribution} />
      {comments.length > 0 && (
        <details className="comments">
          <summary>{t("training.summary.comments", { count: comments.length })}</summary>
          <ul className="plain-list">
            {comments.map((c) => (
              <li key={c.feedbackID}>
                <span className="comment-rating">{t("training.summary.ratingN", { rating: c.rating })}</span>{" "}
                {c.text}
                {c.training && (
                  <span className="hint block">
                    {c.training.title} · {formatDate(c.training.startsOn)}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
