import "../admin.css";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { useViewer } from "../../auth/viewer";
import { EmptyState } from "../../components/EmptyState";
import { ErrorMessage } from "../../components/ErrorMessage";
import { Pager } from "../../components/Pager";
import { Skeleton } from "../../components/Skeleton";
import type { AccountWhereInput } from "../../gql/graphql";
import { formatNumber } from "../../i18n/format";
import { AccountRow } from "./AccountRow";
import { CreateAccountForm } from "./CreateAccountForm";
import { AdminAccountsDocument } from "./documents";
import { TemporaryPassword } from "./TemporaryPassword";

const pageSize = 25;

/** Accounts the viewer manages (ADMIN all, HR its scope's), searched and paged in the URL. */
export function AccountsPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const q = params.get("q")?.trim() ?? "";
  const after = params.get("after") ?? undefined;
  const before = params.get("before") ?? undefined;
  const [text, setText] = useState(q);
  const [creating, setCreating] = useState(false);
  const [shown, setShown] = useState<{ username: string; password: string } | null>(null);
  const go = (next: Record<string, string | undefined>) =>
    setParams(Object.fromEntries(Object.entries(next).filter((e): e is [string, string] => Boolean(e[1]))));

  // HR may not follow an account to an employee outside what it reads in full: it searches usernames.
  const where: AccountWhereInput | undefined = !q
    ? undefined
    : viewer.role === "ADMIN"
      ? { or: [{ usernameContainsFold: q }, { hasEmployeeWith: [{ nameContainsFold: q }] }] }
      : { usernameContainsFold: q };
  const [{ data, error, fetching }, refetch] = useQuery({
    query: AdminAccountsDocument,
    variables: { where, ...(before ? { last: pageSize, before } : { first: pageSize, after }) },
    requestPolicy: "cache-and-network",
  });
  const accounts = data?.accounts;
  const rows = (accounts?.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const search = (e: FormEvent) => {
    e.preventDefault();
    go({ q: text.trim() || undefined });
  };
  const showPassword = (username: string, password: string) => setShown({ username, password });

  return (
    <>
      <p className="breadcrumb">
        <Link to="/admin">{t("admin.back")}</Link>
      </p>
      <h1>{t("admin.accounts.title")}</h1>
      {shown && <TemporaryPassword {...shown} onDismiss={() => setShown(null)} />}
      <div className="admin-toolbar">
        <search className="field">
          <form onSubmit={search} className="search-row">
            <label htmlFor={`${id}-q`} className="visually-hidden">
              {t("admin.accounts.search")}
            </label>
            <input
              id={`${id}-q`}
              type="search"
              placeholder={t("admin.accounts.search")}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
            <button type="submit" className="button-secondary">
              {t("admin.accounts.searchButton")}
            </button>
          </form>
        </search>
        {!creating && (
          <button type="button" onClick={() => setCreating(true)}>
            {t("admin.accounts.create")}
          </button>
        )}
      </div>
      {creating && (
        <CreateAccountForm
          onCancel={() => setCreating(false)}
          onCreated={(username, password) => {
            setCreating(false);
            showPassword(username, password);
            refetch({ requestPolicy: "network-only" });
          }}
        />
      )}
      <ErrorMessage error={error} />
      {!accounts && fetching && <Skeleton lines={8} />}
      {accounts && (
        <p role="status" className="hint">
          {t("admin.accounts.count", {
            count: accounts.totalCount,
            formatted: formatNumber(accounts.totalCount),
          })}
        </p>
      )}
      {accounts && rows.length === 0 && <EmptyState title={t("admin.accounts.empty")} />}
      {accounts && rows.length > 0 && (
        <>
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t("admin.accounts.username")}</th>
                  <th scope="col">{t("admin.accounts.role")}</th>
                  <th scope="col">{t("admin.accounts.employee")}</th>
                  <th scope="col">{t("admin.accounts.scope")}</th>
                  <th scope="col">{t("admin.accounts.status")}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t("admin.accounts.edit")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((a) => (
                  <AccountRow key={a.id} account={a} onPassword={showPassword} />
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            hasPrevious={accounts.pageInfo.hasPreviousPage || Boolean(after)}
            hasNext={accounts.pageInfo.hasNextPage || Boolean(before)}
            onFirst={() => go({ q: q || undefined })}
            onPrevious={() => go({ q: q || undefined, before: accounts.pageInfo.startCursor ?? undefined })}
            onNext={() => go({ q: q || undefined, after: accounts.pageInfo.endCursor ?? undefined })}
          />
        </>
      )}
    </>
  );
}
