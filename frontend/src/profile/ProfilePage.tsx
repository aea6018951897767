import "./profile.css";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import { useQuery } from "urql";
import { useViewer } from "../auth/viewer";
import { EmptyState } from "../components/EmptyState";
import { ErrorMessage } from "../components/ErrorMessage";
import { Skeleton } from "../components/Skeleton";
import { useLabels } from "../i18n";
import { todayInJakarta } from "../i18n/format";
import { TalentSection } from "../talent/TalentSection";
import { CareerTimeline } from "./CareerTimeline";
import { ProfileDocument } from "./documents";
import { EvaluationsSection } from "./EvaluationsSection";
import { IdentitySection } from "./IdentitySection";
import { JpLedger } from "./JpLedger";
import { MentorshipsSection } from "./MentorshipsSection";
import { YearsSection } from "./YearsSection";

/** One employee's profile, in one request; the year of the JP ledger is in the URL (?tahun=). */
export function ProfilePage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { can, employee: self } = useViewer();
  const { id = "" } = useParams();
  const [params, setParams] = useSearchParams();
  const thisYear = Number(todayInJakarta().slice(0, 4));
  const asked = Number(params.get("tahun"));
  const year = Number.isInteger(asked) && asked >= thisYear - 10 && asked <= thisYear ? asked : thisYear;

  const [{ data, error, fetching }, refetch] = useQuery({
    query: ProfileDocument,
    // Another person's step (an assessment, a decision) changes the yearly predikat: read it afresh.
    requestPolicy: "cache-and-network",
    variables: {
      id,
      year,
      yearFrom: `${year}-01-01`,
      yearTo: `${year}-12-31`,
      withPersonal: can.personalFields,
      withName: can.names,
    },
  });
  const e = data?.node?.__typename === "Employee" ? data.node : undefined;

  if (!e) {
    return (
      <>
        <h1>{t("profile.title")}</h1>
        <ErrorMessage error={error} />
        {fetching ? (
          <Skeleton lines={10} />
        ) : (
          !error && (
            <EmptyState title={t("profile.notFound")}>
              <Link to="/pegawai">{t("profile.backToDirectory")}</Link>
            </EmptyState>
          )
        )}
      </>
    );
  }
  const heading = e.name ?? (e.position ? e.position.title : t("profile.title"));
  return (
    <>
      <p className="breadcrumb">
        <Link to="/pegawai">{t("nav.directory")}</Link>
      </p>
      <h1>{heading}</h1>
      <p className="subtitle">
        {[e.position?.title, e.unit.name, e.rank && labels.rank(e.rank)].filter(Boolean).join(" · ")}
      </p>
      {self?.id === e.id && (
        <p>
          <Link to="/profil/perubahan">{t("audit.mine.link")}</Link>
        </p>
      )}
      <ErrorMessage error={error} />
      <div className="profile-grid">
        <IdentitySection e={e} can={can} />
        <JpLedger
          e={e}
          year={year}
          years={Array.from({ length: 6 }, (_, i) => thisYear - i)}
          onYear={(y) => setParams(y === thisYear ? {} : { tahun: String(y) }, { replace: true })}
        />
        <YearsSection e={e} />
        <CareerTimeline e={e} />
        <EvaluationsSection e={e} />
        <MentorshipsSection e={e} />
        {/* A recorded potential moves the employee's talent box in the yearly figures above. */}
        {can.recordFields && (
          <TalentSection employeeId={e.id} onRecorded={() => refetch({ requestPolicy: "network-only" })} />
        )}
      </div>
    </>
  );
}
