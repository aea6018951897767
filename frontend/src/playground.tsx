import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "graphiql/style.css";

// GraphiQL is bundled here instead of loaded from a CDN, so the playground works without internet.
const fetcher = createGraphiQLFetcher({ url: "/query" });

const defaultQuery = `# Jenjang GraphQL API. Every list is a connection: ask for first (1–100).
{
  employees(first: 20, orderBy: [{field: NAME, direction: ASC}]) {
    totalCount
    edges { node { id nip name rankName unit { name } } }
  }
}
`;

const root = document.getElementById("playground");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <GraphiQL fetcher={fetcher} defaultQuery={defaultQuery} />
    </StrictMode>,
  );
}
