import { type ComponentType, lazy, useEffect, useState } from "react";
import { Navigate, Route, Routes, useLocation } from "react-router";
import { useClient } from "urql";
import { LoginPage } from "../auth/LoginPage";
import { SignedIn } from "../auth/SignedIn";
import { session } from "../auth/session";
import { useViewer } from "../auth/viewer";
import { DashboardsDocument } from "../dashboard/documents";
import { Layout } from "./Layout";
import { NotFoundPage } from "./NotFoundPage";
import { PublicShell } from "./PublicShell";

// Each screen is its own chunk: the first page loads only the shell and the log-in form.

/**
 * The dashboard's chunk can be fetched ahead (preload), while the account loads: once it is here the
 * page renders at once rather than through Suspense, which holds a revealed page back for up to 300 ms.
 */
function preloadable(load: () => Promise<ComponentType>) {
  let loaded: ComponentType | undefined;
  const preload = () =>
    load().then((c) => {
      loaded = c;
      return c;
    });
  const Lazy = lazy(() => preload().then((c) => ({ default: c })));
  function Screen() {
    // Chosen once per mount: switching from Lazy to the loaded component would mount the page afresh.
    const [Ready] = useState(() => loaded);
    return Ready ? <Ready /> : <Lazy />;
  }
  return Object.assign(Screen, { preload });
}

const DashboardPage = preloadable(() => import("../dashboard/DashboardPage").then((m) => m.DashboardPage));
const DirectoryPage = lazy(() =>
  import("../directory/DirectoryPage").then((m) => ({ default: m.DirectoryPage })),
);
const ProfilePage = lazy(() => import("../profile/ProfilePage").then((m) => ({ default: m.ProfilePage })));
const MyEvaluationsPage = lazy(() =>
  import("../appraisal/mine/MyEvaluationsPage").then((m) => ({ default: m.MyEvaluationsPage })),
);
const MyEvaluationPage = lazy(() =>
  import("../appraisal/mine/MyEvaluationPage").then((m) => ({ default: m.MyEvaluationPage })),
);
const AssessListPage = lazy(() =>
  import("../appraisal/assess/AssessListPage").then((m) => ({ default: m.AssessListPage })),
);
const AssessPage = lazy(() =>
  import("../appraisal/assess/AssessPage").then((m) => ({ default: m.AssessPage })),
);
const ObjectionsPage = lazy(() =>
  import("../appraisal/decide/ObjectionsPage").then((m) => ({ default: m.ObjectionsPage })),
);
const DecidePage = lazy(() =>
  import("../appraisal/decide/DecidePage").then((m) => ({ default: m.DecidePage })),
);
const BoardPage = lazy(() => import("../vacancies/BoardPage").then((m) => ({ default: m.BoardPage })));
const VacancyPage = lazy(() => import("../vacancies/VacancyPage").then((m) => ({ default: m.VacancyPage })));
const MyApplicationsPage = lazy(() =>
  import("../vacancies/apply/MyApplicationsPage").then((m) => ({ default: m.MyApplicationsPage })),
);
const ManageVacanciesPage = lazy(() =>
  import("../vacancies/manage/ManagePage").then((m) => ({ default: m.ManagePage })),
);
const VacancyFormPage = lazy(() =>
  import("../vacancies/manage/VacancyFormPage").then((m) => ({ default: m.VacancyFormPage })),
);
const PromotionPage = lazy(() =>
  import("../vacancies/promotion/PromotionPage").then((m) => ({ default: m.PromotionPage })),
);
const CataloguePage = lazy(() =>
  import("../training/catalogue/CataloguePage").then((m) => ({ default: m.CataloguePage })),
);
const TrainingPage = lazy(() =>
  import("../training/detail/TrainingPage").then((m) => ({ default: m.TrainingPage })),
);
const TrainingFeedbackPage = lazy(() =>
  import("../training/summary/TrainingFeedbackPage").then((m) => ({ default: m.TrainingFeedbackPage })),
);
const MyTrainingsPage = lazy(() =>
  import("../training/mine/MyTrainingsPage").then((m) => ({ default: m.MyTrainingsPage })),
);
const FeedbackPage = lazy(() =>
  import("../training/feedback/FeedbackPage").then((m) => ({ default: m.FeedbackPage })),
);
const CurriculaPage = lazy(() =>
  import("../training/summary/CurriculaPage").then((m) => ({ default: m.CurriculaPage })),
);
const CurriculumPage = lazy(() =>
  import("../training/summary/CurriculumPage").then((m) => ({ default: m.CurriculumPage })),
);
const TalentPage = lazy(() => import("../talent/TalentPage").then((m) => ({ default: m.TalentPage })));
const SuccessionPage = lazy(() =>
  import("../talent/SuccessionPage").then((m) => ({ default: m.SuccessionPage })),
);
const AuditTrailPage = lazy(() =>
  import("../audit/AuditTrailPage").then((m) => ({ default: m.AuditTrailPage })),
);
const MyRecordChangesPage = lazy(() =>
  import("../audit/MyRecordChangesPage").then((m) => ({ default: m.MyRecordChangesPage })),
);
const AdminIndexPage = lazy(() =>
  import("../admin/AdminIndexPage").then((m) => ({ default: m.AdminIndexPage })),
);
const AccountsPage = lazy(() =>
  import("../admin/accounts/AccountsPage").then((m) => ({ default: m.AccountsPage })),
);
const OrgTreePage = lazy(() =>
  import("../admin/reference/OrgTreePage").then((m) => ({ default: m.OrgTreePage })),
);
const PositionsPage = lazy(() =>
  import("../admin/reference/PositionsPage").then((m) => ({ default: m.PositionsPage })),
);
const RatingsPage = lazy(() =>
  import("../admin/reference/RatingsPage").then((m) => ({ default: m.RatingsPage })),
);
const WindowsPage = lazy(() =>
  import("../admin/reference/WindowsPage").then((m) => ({ default: m.WindowsPage })),
);
const TalentSettingsPage = lazy(() =>
  import("../admin/talent/TalentSettingsPage").then((m) => ({ default: m.TalentSettingsPage })),
);
const MentoringPage = lazy(() =>
  import("../mentoring/MentoringPage").then((m) => ({ default: m.MentoringPage })),
);
const MentorshipPage = lazy(() =>
  import("../mentoring/MentorshipPage").then((m) => ({ default: m.MentorshipPage })),
);
const TeamJpPage = lazy(() => import("../training/team/TeamJpPage").then((m) => ({ default: m.TeamJpPage })));

export function AppRoutes() {
  const { pathname } = useLocation();
  const client = useClient();
  // A signed-in leader's start page is the dashboard: fetch it, and the list of dashboards (into the
  // cache the page reads), while the account loads.
  useEffect(() => {
    if (pathname !== "/" || !session.token()) return;
    DashboardPage.preload();
    client.query(DashboardsDocument, {}).toPromise();
  }, [pathname, client]);
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      {/* The vacancy board is public: open recruitment is announced to everyone. */}
      <Route element={<PublicShell />}>
        <Route path="lowongan" element={<BoardPage />} />
        <Route path="lowongan/:id" element={<VacancyPage />} />
      </Route>
      <Route
        element={
          <SignedIn>
            <Layout />
          </SignedIn>
        }
      >
        <Route index element={<Home />} />
        <Route path="pegawai" element={<DirectoryPage />} />
        <Route path="pegawai/:id" element={<ProfilePage />} />
        <Route path="profil" element={<OwnProfile />} />
        <Route path="profil/perubahan" element={<MyRecordChangesPage />} />
        <Route path="audit" element={<AuditTrailPage />} />
        <Route path="admin" element={<AdminIndexPage />} />
        <Route path="admin/akun" element={<AccountsPage />} />
        <Route path="admin/talenta" element={<TalentSettingsPage />} />
        <Route path="admin/unit" element={<OrgTreePage />} />
        <Route path="admin/jabatan" element={<PositionsPage />} />
        <Route path="admin/predikat-unit" element={<RatingsPage />} />
        <Route path="admin/periode-kenaikan-pangkat" element={<WindowsPage />} />
        <Route path="lamaran" element={<MyApplicationsPage />} />
        <Route path="lowongan/kelola" element={<ManageVacanciesPage />} />
        <Route path="lowongan/kelola/baru" element={<VacancyFormPage />} />
        <Route path="lowongan/kelola/:id" element={<VacancyFormPage />} />
        <Route path="kenaikan-pangkat" element={<PromotionPage />} />
        <Route path="penilaian" element={<MyEvaluationsPage />} />
        <Route path="penilaian/:id" element={<MyEvaluationPage />} />
        <Route path="nilai-bawahan" element={<AssessListPage />} />
        <Route path="nilai-bawahan/:id" element={<AssessPage />} />
        <Route path="keberatan" element={<ObjectionsPage />} />
        <Route path="keberatan/:id" element={<DecidePage />} />
        <Route path="pelatihan" element={<CataloguePage />} />
        <Route path="pelatihan/:id" element={<TrainingPage />} />
        <Route path="pelatihan/:id/umpan-balik" element={<TrainingFeedbackPage />} />
        <Route path="pelatihan-saya" element={<MyTrainingsPage />} />
        <Route path="pelatihan-saya/:enrollmentId/umpan-balik" element={<FeedbackPage />} />
        <Route path="kurikulum" element={<CurriculaPage />} />
        <Route path="kurikulum/:id" element={<CurriculumPage />} />
        <Route path="tim/jp" element={<TeamJpPage />} />
        <Route path="mentoring" element={<MentoringPage />} />
        <Route path="mentoring/:id" element={<MentorshipPage />} />
        <Route path="talenta" element={<TalentPage />} />
        <Route path="suksesi/:positionId" element={<SuccessionPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

/** The dashboard, or for an employee, who has none, their own profile. */
function Home() {
  const viewer = useViewer();
  if (viewer.can.dashboard) return <DashboardPage />;
  return <OwnProfile />;
}

function OwnProfile() {
  const viewer = useViewer();
  return <Navigate to={viewer.employee ? `/pegawai/${viewer.employee.id}` : "/pegawai"} replace />;
}
