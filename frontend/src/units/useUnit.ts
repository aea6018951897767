import { useQuery } from "urql";
import { UnitDocument } from "./documents";

/** A unit by id (name and path), or undefined while loading, when not found, or without an id. */
export function useUnit(id: string | undefined) {
  const [{ data }] = useQuery({ query: UnitDocument, variables: { id: id ?? "" }, pause: !id });
  return id && data?.node?.__typename === "OrgUnit" && data.node.id === id ? data.node : undefined;
}
