// Vite empties dist/ on every build; the Go embed needs dist/.gitkeep to exist before any build.
import { writeFileSync } from "node:fs";

writeFileSync(new URL("../dist/.gitkeep", import.meta.url), "");
