import type { WidgetKind } from "../../gql/graphql";
import { compliance } from "./compliance";
import { headcount } from "./headcount";
import type { Kind } from "./kind";
import { performance } from "./performance";
import { promotion } from "./promotion";
import { retirement } from "./retirement";
import { talent } from "./talent";
import { vacancy } from "./vacancy";

export const kinds: Record<WidgetKind, Kind> = {
  HEADCOUNT: headcount,
  PERFORMANCE: performance,
  TRAINING_COMPLIANCE: compliance,
  TALENT_MATRIX: talent,
  RETIREMENT_FORECAST: retirement,
  VACANCY_FUNNEL: vacancy,
  PROMOTION_PIPELINE: promotion,
};
