import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useQuery } from "urql";
import { PositionSearchDocument } from "./documents";

/** Finds any post by title, to open its succession list. */
export function PositionSearch({ year }: { year: number }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState("");
  const [title, setTitle] = useState("");
  // Ask once the user stops typing.
  useEffect(() => {
    const timer = setTimeout(() => setTitle(text.trim()), 300);
    return () => clearTimeout(timer);
  }, [text]);
  const [{ data, fetching }] = useQuery({
    query: PositionSearchDocument,
    variables: { title },
    pause: title.length < 2,
  });
  const found =
    title.length < 2 ? [] : (data?.positions.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  return (
    <section className="card position-search" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("talent.search.title")}</h2>
      <div className="field">
        <label htmlFor={id}>{t("talent.search.label")}</label>
        <input
          id={id}
          type="search"
          value={text}
          placeholder={t("talent.search.placeholder")}
          onChange={(e) => setText(e.target.value)}
          aria-describedby={`${id}-results`}
        />
      </div>
      <div id={`${id}-results`} aria-live="polite">
        {fetching && <span className="hint">{t("common.loading")}</span>}
        {!fetching && title.length >= 2 && found.length === 0 && (
          <span className="hint">{t("talent.search.none")}</span>
        )}
        {found.length > 0 && (
          <ul className="plain-list">
            {found.map((p) => (
              <li key={p.id}>
                <Link to={`/suksesi/${p.id}?tahun=${year}`}>{p.title}</Link>
                <span className="hint"> — {p.unit.name}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
