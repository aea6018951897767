import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import type { TFunction } from "i18next";
import type { AnyVariables } from "urql";
import type { ChartType } from "../../gql/graphql";
import type { Dataset } from "../dataset";
import type { EffectiveSettings } from "../model";

/** What a kind's dataset is made with besides the answer. */
export type KindContext = { settings: EffectiveSettings; chart: ChartType; t: TFunction };

/** One kind of widget: its query, the query's variables from the settings, and its dataset. */
export type Kind = {
  document: TypedDocumentNode<unknown, AnyVariables>;
  variables: (s: EffectiveSettings) => AnyVariables;
  dataset: (data: unknown, ctx: KindContext) => Dataset;
};

/** Types each kind against its own document, then lets the widget treat every kind alike. */
export function defineKind<D, V extends AnyVariables>(kind: {
  document: TypedDocumentNode<D, V>;
  variables: (s: EffectiveSettings) => V;
  dataset: (data: D, ctx: KindContext) => Dataset;
}): Kind {
  return kind as unknown as Kind;
}
