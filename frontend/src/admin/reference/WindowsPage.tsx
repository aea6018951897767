import "../admin.css";
import "./reference.css";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useMutation, useQuery } from "urql";
import { useViewer } from "../../auth/viewer";
import { EmptyState } from "../../components/EmptyState";
import { ErrorMessage } from "../../components/ErrorMessage";
import { Skeleton } from "../../components/Skeleton";
import type { RefWindowFieldsFragment } from "../../gql/graphql";
import { fieldErrors } from "../../graphql/errors";
import { formatDate } from "../../i18n/format";
import { RefCreateWindowDocument, RefUpdateWindowDocument, RefWindowsDocument } from "./documents";
import { FormButtons } from "./OrgTreePage";
import { TextField } from "./PositionsPage";
import { useYear, YearSelect } from "./YearSelect";

const dateFields = ["opensOn", "closesOn", "effectiveOn"] as const;

/** The promotion windows whose promotions take effect in a year; ADMIN creates and changes them. */
export function WindowsPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const [year, setYear] = useYear();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string>();
  const [{ data, error, fetching }] = useQuery({
    query: RefWindowsDocument,
    variables: { from: `${year}-01-01`, to: `${year + 1}-01-01` },
  });
  const windows = (data?.promotionWindows.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const admin = viewer.role === "ADMIN";
  return (
    <>
      <p className="breadcrumb">
        <Link to="/admin">{t("admin.back")}</Link>
      </p>
      <h1>{t("reference.windows.title")}</h1>
      <p className="subtitle">{t("reference.windows.intro")}</p>
      <YearSelect year={year} onChange={setYear} />
      <ErrorMessage error={error} />
      {!data && fetching && <Skeleton lines={4} />}
      {data && windows.length === 0 && <EmptyState title={t("reference.windows.empty")} />}
      {windows.length > 0 && (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("reference.windows.name")}</th>
              {dateFields.map((f) => (
                <th scope="col" key={f}>
                  {t(`reference.windows.${f}`)}
                </th>
              ))}
              {admin && (
                <th scope="col">
                  <span className="visually-hidden">{t("reference.common.edit")}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {windows.map((w) =>
              editing === w.id ? (
                <tr key={w.id}>
                  <td colSpan={5}>
                    <WindowForm window={w} year={year} onDone={() => setEditing(undefined)} />
                  </td>
                </tr>
              ) : (
                <tr key={w.id}>
                  <th scope="row">{w.name}</th>
                  {dateFields.map((f) => (
                    <td key={f}>{formatDate(w[f])}</td>
                  ))}
                  {admin && (
                    <td>
                      <button type="button" className="link-button" onClick={() => setEditing(w.id)}>
                        {t("reference.common.edit")}
                      </button>
                    </td>
                  )}
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
      {admin &&
        (adding ? (
          <WindowForm year={year} onDone={() => setAdding(false)} />
        ) : (
          <button type="button" className="button-secondary reference-add" onClick={() => setAdding(true)}>
            {t("reference.windows.create")}
          </button>
        ))}
    </>
  );
}

/** Creates a window, or changes one; the server checks that the dates are in order. */
function WindowForm({
  window: w,
  year,
  onDone,
}: {
  window?: RefWindowFieldsFragment;
  year: number;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [v, setV] = useState({
    name: w?.name ?? "",
    opensOn: w?.opensOn ?? "",
    closesOn: w?.closesOn ?? "",
    effectiveOn: w?.effectiveOn ?? `${year}-`,
  });
  const [created, create] = useMutation(RefCreateWindowDocument);
  const [updated, update] = useMutation(RefUpdateWindowDocument);
  const { fetching, error } = w ? updated : created;
  const byField = fieldErrors(error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const res = w ? await update({ id: w.id, input: v }) : await create({ input: v });
    if (!res.error) onDone();
  };
  return (
    <form className="admin-form" onSubmit={submit}>
      <TextField
        id={`${id}-name`}
        label={t("reference.windows.name")}
        value={v.name}
        onChange={(name) => setV((o) => ({ ...o, name }))}
        error={byField.name}
      />
      {dateFields.map((f) => (
        <TextField
          key={f}
          id={`${id}-${f}`}
          type="date"
          label={t(`reference.windows.${f}`)}
          value={v[f]}
          onChange={(value) => setV((o) => ({ ...o, [f]: value }))}
          error={byField[f]}
        />
      ))}
      <p className="hint">{t("reference.windows.order")}</p>
      <ErrorMessage error={error} shownAtFields={["name", ...dateFields]} />
      <FormButtons fetching={fetching} label={t("reference.common.save")} onCancel={onDone} />
    </form>
  );
}
