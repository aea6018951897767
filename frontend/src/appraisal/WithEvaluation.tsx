import { type ReactNode, useState } from "react";
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
  /** The page gets the evaluation and a way to show what its own mutations returned. */
  children: (ev: EvaluationDetailFragment, wrote: (ev: EvaluationDetailFragment) => void) => ReactNode;
};

/**
 * Loads one evaluation for a page, with its loading, error and not-found states. The page shows the
 * newest copy by version: a refetch started by one mutation can land after the next mutation has
 * already returned (a save then a submit), and the screen must not go back to the older state.
 */
export function WithEvaluation({ id, back, children }: Props) {
  const { t } = useTranslation();
  const [{ data, error, fetching }] = useQuery({ query: EvaluationDocument, variables: { id } });
  const [written, setWritten] = useState<EvaluationDetailFragment>();
  const fetched = data?.node?.__typename === "Evaluation" ? data.node : undefined;
  const ev =
    written?.id === fetched?.id && written && fetched && written.version > fetched.version
      ? written
      : fetched;
  return (
    <>
      <p className="breadcrumb">
        <Link to={back.to}>{back.label}</Link>
      </p>
      <ErrorMessage error={error} />
      {ev ? (
        children(ev, setWritten)
      ) : fetching ? (
        <Skeleton lines={8} />
      ) : (
        !error && <EmptyState title={t("appraisal.notFound")} />
      )}
    </>
  );
}
