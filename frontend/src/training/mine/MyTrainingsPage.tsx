import "../training.css";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useQuery } from "urql";
import { useViewer } from "../../auth/viewer";
import { EmptyState } from "../../components/EmptyState";
import { ErrorMessage } from "../../components/ErrorMessage";
import { Skeleton } from "../../components/Skeleton";
import { todayInJakarta } from "../../i18n/format";
import { MyTrainingsDocument } from "./documents";
import { JpLedger } from "./JpLedger";
import { ledgerYears } from "./ledger";
import { MyEnrollments } from "./MyEnrollments";

/** The viewer's own trainings: the JP ledger against the 20 JP right, and their enrolments. */
export function MyTrainingsPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const thisYear = Number(todayInJakarta().slice(0, 4));
  const [{ data, error, fetching }] = useQuery({
    query: MyTrainingsDocument,
    variables: {
      me: viewer.employee?.id ?? "",
      y0: thisYear - 3,
      y1: thisYear - 2,
      y2: thisYear - 1,
      y3: thisYear,
      y4: thisYear + 1,
    },
    pause: !viewer.employee,
    // HR records attendance and completion elsewhere; and an empty list would not know it holds enrolments.
    requestPolicy: "cache-and-network",
    context: useMemo(() => ({ additionalTypenames: ["Enrollment"] }), []),
  });
  const me = data?.node?.__typename === "Employee" ? data.node : undefined;
  const enrolments = (me?.enrollments.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const jp = me ? [me.jp0, me.jp1, me.jp2, me.jp3, me.jp4].map((v) => v ?? 0) : [];
  const years = me
    ? ledgerYears(thisYear, jp[4], enrolments).map((year) => ({ year, jp: jp[year - thisYear + 3] }))
    : [];

  return (
    <>
      <h1>{t("training.mine.title")}</h1>
      <ErrorMessage error={error} />
      {!viewer.employee ? (
        <EmptyState title={t("training.mine.noEmployee")}>
          <Link to="/pelatihan">{t("training.backToCatalogue")}</Link>
        </EmptyState>
      ) : !me ? (
        fetching && <Skeleton lines={8} />
      ) : (
        <div className="training-detail">
          <JpLedger years={years} pppk={me.employmentType === "PPPK"} />
          <MyEnrollments enrolments={enrolments} />
        </div>
      )}
    </>
  );
}
