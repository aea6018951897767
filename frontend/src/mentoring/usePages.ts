import { useState } from "react";

/** Cursor pages for the Pager: the cursors of the pages walked through, so that "previous" works. */
export function usePages() {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1];
  return {
    after,
    pager: (pageInfo: { hasNextPage: boolean; endCursor?: string | null }) => ({
      hasPrevious: cursors.length > 1,
      hasNext: pageInfo.hasNextPage,
      onFirst: () => setCursors([null]),
      onPrevious: () => setCursors((c) => c.slice(0, -1)),
      onNext: () => setCursors((c) => [...c, pageInfo.endCursor ?? null]),
    }),
  };
}
