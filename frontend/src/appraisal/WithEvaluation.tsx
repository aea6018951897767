import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useQuery } from "urql";
import { EmptyState } from "../components/EmptyState";
import { ErrorMessage } from "../components/ErrorMessage";
import { Skeleton } from "../components/Skeleton";
import type { EvaluationDetailFragment } from "../gql/graphql";
import { EvaluationDocument } from "./documents";

type Props = {
  id: string;
  /** The list the page belongs to, for the way back. */
  back: { to: string; label: string };
  children: (ev: EvaluationDetailFragment) => ReactNode;
};

/** Loads one evaluation for a page, with its loading, error and not-found states. */
export function WithEvaluation({ id, back, children }: Props) {
  const { t } = useTranslation();
  const [{ data, error, fetching }] = useQuery({ query: EvaluationDocument, variables: { id } });
  const ev = data?.node?.__typename === "Evaluation" ? data.node : undefined;
  return (
    <>
      <p className="breadcrumb">
        <Link to={back.to}>{back.label}</Link>
      </p>
      <ErrorMessage error={error} />
      {ev ? (
        children(ev)
      ) : fetching ? (
        <Skeleton lines={8} />
      ) : (
        !error && <EmptyState title={t("appraisal.notFound")} />
      )}
    </>
  );
}
