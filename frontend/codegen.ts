import type { CodegenConfig } from "@graphql-codegen/cli";

// Types and the persisted-document manifest come from the server's schema files, so generating needs no
// running server. `make generate` runs this; the output in src/gql/ is committed.
const config: CodegenConfig = {
  schema: ["../graph/*.graphqls", "../graph/ent.graphql"],
  documents: ["src/**/*.{ts,tsx}", "!src/gql/**/*"],
  generates: {
    "src/gql/": {
      preset: "client",
      presetConfig: {
        fragmentMasking: false,
        // The manifest lists every document the SPA ships; the Go contract test replays it. sha256 is
        // the hash gqlgen's automatic persisted queries use.
        persistedDocuments: { hashAlgorithm: "sha256" },
      },
      config: {
        enumsAsTypes: true,
        onlyOperationTypes: true,
        useTypeImports: true,
        scalars: {
          Cursor: "string",
          Date: "string",
          Time: "string",
          Map: "Record<string, unknown>",
        },
      },
    },
  },
};

export default config;
