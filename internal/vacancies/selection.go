package vacancies

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/application"
	"github.com/jenjang/jenjang/ent/careerevent"
	"github.com/jenjang/jenjang/ent/employee"
	"github.com/jenjang/jenjang/ent/position"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/ent/vacancy"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/audit"
	"github.com/jenjang/jenjang/internal/auth"
	"github.com/jenjang/jenjang/internal/career"
)

// shortlistSize is how many of the best candidates an open selection's panel sends on.
const shortlistSize = 3

// managed loads an application and its vacancy for HR of the vacancy's scope (the post's unit) or an
// ADMIN: they run the selection whoever the applicants are.
func (s Service) managed(ctx context.Context, applicationID pulid.ID) (*ent.Application, *ent.Vacancy, error) {
	client := s.client(ctx)
	allow := access.Allow(ctx)
	app, err := client.Application.Query().Where(application.ID(applicationID)).WithVacancy().Only(allow)
	if err != nil {
		return nil, nil, err
	}
	if err := s.mayManage(ctx, app.Edges.Vacancy); err != nil {
		return nil, nil, err
	}
	return app, app.Edges.Vacancy, nil
}

func (s Service) mayManage(ctx context.Context, v *ent.Vacancy) error {
	viewer := auth.FromContext(ctx)
	if viewer.Is(auth.RoleAdmin) {
		return nil
	}
	if viewer.Is(auth.RoleHR) && viewer.ScopePath != "" {
		if v.PositionID == "" {
			return nil
		}
		p, err := s.client(ctx).Position.Query().Where(position.ID(v.PositionID)).WithUnit().Only(access.Allow(ctx))
		if err != nil {
			return err
		}
		if strings.HasPrefix(p.Edges.Unit.Path, viewer.ScopePath) {
			return nil
		}
	}
	return forbidden("hanya HR instansi pemilik lowongan yang menjalankan seleksinya")
}

// Shortlist sends an eligible candidate on to the final choice.
func (s Service) Shortlist(ctx context.Context, id pulid.ID) (*ent.Application, error) {
	return s.move(ctx, "shortlistApplication", id, application.StatusSHORTLISTED, application.StatusELIGIBLE)
}

// Reject ends an application that is eligible or shortlisted.
func (s Service) Reject(ctx context.Context, id pulid.ID) (*ent.Application, error) {
	return s.move(ctx, "rejectApplication", id, application.StatusREJECTED, application.StatusELIGIBLE, application.StatusSHORTLISTED)
}

func (s Service) move(ctx context.Context, action string, id pulid.ID, to application.Status, from ...application.Status) (*ent.Application, error) {
	app, _, err := s.managed(ctx, id)
	if err != nil {
		return nil, err
	}
	if !slices.Contains(from, app.Status) {
		return nil, &career.FieldError{Field: "status", Message: fmt.Sprintf("lamaran berstatus %s tidak dapat menjadi %s", app.Status, to)}
	}
	saved, err := s.client(ctx).Application.UpdateOneID(id).Where(application.StatusIn(from...)).SetStatus(to).
		Save(access.Allow(audit.WithAction(ctx, action)))
	if ent.IsNotFound(err) {
		return nil, &career.ConflictError{Message: "lamaran ini baru saja diubah orang lain; muat ulang"}
	}
	return saved, err
}

// StageScoreInput is one stage's score, 0–100.
type StageScoreInput struct {
	Stage career.SelectionStage
	Score float64
}

// Score records stage scores of an eligible or shortlisted candidate of an open selection, and the
// weighted total once every stage has a score.
func (s Service) Score(ctx context.Context, id pulid.ID, scores []*StageScoreInput) (*ent.Application, error) {
	app, v, err := s.managed(ctx, id)
	if err != nil {
		return nil, err
	}
	if v.Kind != vacancy.KindOPEN_SELECTION {
		return nil, &career.FieldError{Field: "scores", Message: "penilaian bertahap hanya untuk seleksi terbuka"}
	}
	if app.Status != application.StatusELIGIBLE && app.Status != application.StatusSHORTLISTED {
		return nil, &career.FieldError{Field: "status", Message: "hanya pelamar yang memenuhi syarat yang dinilai"}
	}
	byStage := map[career.SelectionStage]float64{}
	for _, sc := range app.StageScores {
		if sc.Score != nil {
			byStage[career.SelectionStage(sc.Stage)] = *sc.Score
		}
	}
	for i, sc := range scores {
		if !slices.ContainsFunc(v.Stages, func(w career.StageWeight) bool { return w.Stage == sc.Stage }) {
			return nil, &career.FieldError{Field: fmt.Sprintf("scores[%d].stage", i), Message: fmt.Sprintf("tahap %s bukan tahap seleksi ini", sc.Stage)}
		}
		if sc.Score < 0 || sc.Score > 100 {
			return nil, &career.FieldError{Field: fmt.Sprintf("scores[%d].score", i), Message: "nilai antara 0 dan 100"}
		}
		byStage[sc.Stage] = sc.Score
	}
	stored := make([]career.StageScore, len(v.Stages))
	for i, w := range v.Stages {
		stored[i] = career.StageScore{Stage: string(w.Stage), Weight: w.Weight}
		if sc, ok := byStage[w.Stage]; ok {
			stored[i].Score = &sc
		}
	}
	u := s.client(ctx).Application.UpdateOneID(id).SetStageScores(stored)
	if total, ok := career.WeightedTotal(v.Stages, byStage); ok {
		u.SetTotalScore(total)
	}
	return u.Save(access.Allow(audit.WithAction(ctx, "scoreApplication")))
}

// ShortlistBest sends the three best fully scored eligible candidates of an open selection on, by
// their weighted totals, and returns the ranking of everyone scored.
func (s Service) ShortlistBest(ctx context.Context, vacancyID pulid.ID) ([]*ent.Application, error) {
	client := s.client(ctx)
	allow := access.Allow(ctx)
	v, err := client.Vacancy.Get(ctx, vacancyID)
	if err != nil {
		return nil, err
	}
	if err := s.mayManage(ctx, v); err != nil {
		return nil, err
	}
	scored, err := client.Application.Query().
		Where(application.VacancyID(vacancyID), application.StatusIn(application.StatusELIGIBLE, application.StatusSHORTLISTED), application.TotalScoreNotNil()).
		All(allow)
	if err != nil {
		return nil, err
	}
	if len(scored) == 0 {
		return nil, &career.FieldError{Field: "vacancyID", Message: "belum ada pelamar yang dinilai di semua tahap"}
	}
	slices.SortStableFunc(scored, func(a, b *ent.Application) int { return cmp.Compare(*b.TotalScore, *a.TotalScore) })
	write := access.Allow(audit.WithAction(ctx, "shortlistBest"))
	for i, app := range scored {
		status := application.StatusELIGIBLE
		if i < shortlistSize {
			status = application.StatusSHORTLISTED
		}
		if app.Status == status {
			continue
		}
		if scored[i], err = client.Application.UpdateOne(app).SetStatus(status).Save(write); err != nil {
			return nil, err
		}
	}
	return scored, nil
}

// Select appoints a shortlisted candidate, in one transaction: the vacancy becomes FILLED (only once,
// however many officers select at the same moment), the post is assigned within its quota, the other
// candidates are told no, and the appointment enters the career history.
func (s Service) Select(ctx context.Context, id pulid.ID, decree string) (*ent.Application, error) {
	if strings.TrimSpace(decree) == "" {
		return nil, &career.FieldError{Field: "decreeNumber", Message: "nomor SK pengangkatan wajib diisi"}
	}
	app, v, err := s.managed(ctx, id)
	if err != nil {
		return nil, err
	}
	if v.Status == vacancy.StatusFILLED {
		return nil, &career.ConflictError{Message: "lowongan ini sudah terisi"}
	}
	if app.Status != application.StatusSHORTLISTED {
		return nil, &career.FieldError{Field: "status", Message: "hanya kandidat terpilih tiga besar (SHORTLISTED) yang dapat diangkat"}
	}
	client := s.client(ctx)
	write := access.Allow(audit.WithAction(ctx, "selectCandidate"))
	now := s.Now()
	filled, err := client.Vacancy.Update().Where(vacancy.ID(v.ID), vacancy.StatusIn(vacancy.StatusOPEN, vacancy.StatusCLOSED)).
		SetStatus(vacancy.StatusFILLED).SetFilledAt(now).Save(write)
	if err != nil {
		return nil, err
	}
	if filled == 0 {
		return nil, &career.ConflictError{Message: "lowongan ini baru saja terisi atau dibatalkan"}
	}
	applicant, err := client.Employee.Query().Where(employee.ID(app.ApplicantID)).WithPosition().Only(write)
	if err != nil {
		return nil, err
	}
	from := ""
	if applicant.Edges.Position != nil {
		from = applicant.Edges.Position.Title
	}
	to := v.Title
	if v.PositionID != "" {
		post, err := client.Position.Get(write, v.PositionID)
		if err != nil {
			return nil, err
		}
		holders, err := client.Employee.Query().Where(employee.PositionID(post.ID), employee.StatusEQ(employee.StatusACTIVE), employee.IDNEQ(applicant.ID)).Count(write)
		if err != nil {
			return nil, err
		}
		if holders >= post.Quota {
			return nil, &career.FieldError{Field: "applicationID", Message: fmt.Sprintf("formasi jabatan %s sudah penuh (%d dari %d)", post.Title, holders, post.Quota)}
		}
		if err := client.Employee.UpdateOneID(applicant.ID).SetPositionID(post.ID).SetUnitID(post.UnitID).Exec(write); err != nil {
			return nil, err
		}
		to = post.Title
	}
	selected, err := client.Application.UpdateOneID(id).SetStatus(application.StatusSELECTED).Save(write)
	if err != nil {
		return nil, err
	}
	if _, err := client.Application.Update().
		Where(application.VacancyID(v.ID), application.IDNEQ(id), application.StatusIn(application.StatusELIGIBLE, application.StatusSHORTLISTED, application.StatusSUBMITTED)).
		SetStatus(application.StatusREJECTED).Save(write); err != nil {
		return nil, err
	}
	event := client.CareerEvent.Create().SetEmployeeID(applicant.ID).SetKind(careerevent.KindPOSITION_ASSIGNMENT).SetToValue(to).
		SetEffectiveDate(career.DateOf(now)).SetDecreeNumber(strings.TrimSpace(decree)).SetVacancyID(v.ID).
		SetReason(fmt.Sprintf("Hasil %s", v.Title))
	if from != "" {
		event.SetFromValue(from)
	}
	return selected, event.Exec(write)
}
