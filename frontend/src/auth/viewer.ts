import { createContext, useContext } from "react";
import { graphql } from "../gql";
import type { ViewerQuery } from "../gql/graphql";
import { type Permissions, permissionsFor } from "./permissions";

export const ViewerDocument = graphql(`
  query Viewer {
    viewer {
      id
      username
      role
      employee {
        id
        name
      }
      scopeUnit {
        id
        name
        path
      }
    }
  }
`);

export type Viewer = NonNullable<ViewerQuery["viewer"]> & { can: Permissions };

export const ViewerContext = createContext<Viewer | null>(null);

export function withPermissions(viewer: NonNullable<ViewerQuery["viewer"]>): Viewer {
  return { ...viewer, can: permissionsFor(viewer.role) };
}

/** The signed-in account with what its role may do; only inside the signed-in part of the app. */
export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error("useViewer outside the signed-in layout");
  return viewer;
}
