package trainings

import (
	"context"
	"fmt"
	"slices"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/enrollment"
	"github.com/jenjang/jenjang/ent/modulefeedback"
	"github.com/jenjang/jenjang/ent/orgunit"
	"github.com/jenjang/jenjang/ent/predicate"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/ent/training"
	"github.com/jenjang/jenjang/ent/trainingmodule"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/audit"
	"github.com/jenjang/jenjang/internal/auth"
	"github.com/jenjang/jenjang/internal/career"
)

// unitUnder matches the units of a scope's subtree; an empty scope matches none.
func unitUnder(path string) predicate.OrgUnit {
	if path == "" {
		return orgunit.IDIn()
	}
	return orgunit.PathHasPrefix(path)
}

// GiveFeedback records a participant's rating and comment on one module of a training they completed:
// only the participant, only on a module of the training's curriculum, once per module.
func (s Service) GiveFeedback(ctx context.Context, enrollmentID, moduleID pulid.ID, rating int, comment string) (*ent.ModuleFeedback, error) {
	client := s.client(ctx)
	e, err := client.Enrollment.Query().Where(enrollment.ID(enrollmentID)).WithTraining().Only(ctx)
	if err != nil {
		return nil, err
	}
	if v := auth.FromContext(ctx); v == nil || v.EmployeeID == "" || v.EmployeeID != e.EmployeeID {
		return nil, forbidden("hanya peserta pelatihan yang dapat memberi umpan balik atas modulnya")
	}
	if e.Status != enrollment.StatusCOMPLETED {
		return nil, &career.FieldError{Field: "enrollmentID", Message: "umpan balik diberikan setelah pelatihan selesai diikuti"}
	}
	if rating < 1 || rating > 5 {
		return nil, &career.FieldError{Field: "rating", Message: "nilai 1 sampai 5"}
	}
	allow := access.Allow(ctx)
	module, err := client.TrainingModule.Get(allow, moduleID)
	if ent.IsNotFound(err) || (err == nil && (e.Edges.Training.CurriculumID == "" || module.CurriculumID != e.Edges.Training.CurriculumID)) {
		return nil, &career.FieldError{Field: "moduleID", Message: "modul ini bukan bagian dari kurikulum pelatihan yang Anda ikuti"}
	}
	if err != nil {
		return nil, err
	}
	given, err := client.ModuleFeedback.Query().Where(modulefeedback.EnrollmentID(enrollmentID), modulefeedback.ModuleID(moduleID)).Exist(allow)
	if err != nil {
		return nil, err
	}
	if given {
		return nil, &career.FieldError{Field: "moduleID", Message: fmt.Sprintf("Anda sudah memberi umpan balik untuk modul %q", module.Title)}
	}
	return client.ModuleFeedback.Create().SetEnrollmentID(enrollmentID).SetModuleID(moduleID).SetTrainingID(e.TrainingID).
		SetRating(rating).SetComment(trimmed(comment)).Save(access.Allow(audit.WithAction(ctx, "giveModuleFeedback")))
}

// OwnFeedback is what the participant of an enrolment rated in it, so that they see what they already
// gave; anyone else gets nothing, since feedback is never shown next to a name.
func (s Service) OwnFeedback(ctx context.Context, e *ent.Enrollment) ([]*ent.ModuleFeedback, error) {
	if v := auth.FromContext(ctx); v == nil || v.EmployeeID == "" || v.EmployeeID != e.EmployeeID {
		return []*ent.ModuleFeedback{}, nil
	}
	return s.client(ctx).ModuleFeedback.Query().Where(modulefeedback.EnrollmentID(e.ID)).
		Order(ent.Asc(modulefeedback.FieldCreatedAt)).All(access.Allow(ctx))
}

// RecordRevision records a revision of a curriculum citing the feedback behind it, which must all be
// feedback on the curriculum's own modules: HR and ADMIN.
func (s Service) RecordRevision(ctx context.Context, curriculumID pulid.ID, changes, reason string, feedbackIDs []pulid.ID) (*ent.CurriculumRevision, error) {
	if !auth.FromContext(ctx).Is(auth.RoleHR, auth.RoleAdmin) {
		return nil, forbidden("hanya HR yang mencatat revisi kurikulum")
	}
	switch {
	case trimmed(changes) == "":
		return nil, &career.FieldError{Field: "changes", Message: "tuliskan apa yang diubah"}
	case trimmed(reason) == "":
		return nil, &career.FieldError{Field: "reason", Message: "tuliskan alasan perubahan"}
	case len(feedbackIDs) == 0:
		return nil, &career.FieldError{Field: "feedbackIDs", Message: "kutip minimal satu umpan balik peserta yang mendasari revisi"}
	}
	client := s.client(ctx)
	if _, err := client.Curriculum.Get(ctx, curriculumID); err != nil {
		return nil, err
	}
	own, err := client.ModuleFeedback.Query().
		Where(modulefeedback.IDIn(feedbackIDs...), modulefeedback.HasModuleWith(trainingmodule.CurriculumID(curriculumID))).
		IDs(access.Allow(ctx))
	if err != nil {
		return nil, err
	}
	for i, id := range feedbackIDs {
		if !slices.Contains(own, id) {
			return nil, &career.FieldError{Field: fmt.Sprintf("feedbackIDs[%d]", i), Message: "revisi hanya dapat mengutip umpan balik atas modul kurikulum ini"}
		}
	}
	return client.CurriculumRevision.Create().SetCurriculumID(curriculumID).SetChanges(trimmed(changes)).SetReason(trimmed(reason)).
		AddCiteIDs(feedbackIDs...).Save(access.Allow(audit.WithAction(ctx, "recordCurriculumRevision")))
}

// ModuleSummary is the feedback on one module: how many gave it, the mean, how many gave each rating
// (index 0 is rating 1), and the comments, without names.
type ModuleSummary struct {
	Module       *ent.TrainingModule
	Count        int
	Mean         *float64
	Distribution []int
	Comments     []Comment
}

// Comment is one participant's comment, attributed to no one.
type Comment struct {
	FeedbackID pulid.ID
	Rating     int
	Text       string
	Training   *ent.Training
}

// CohortSummary is the feedback of one cohort (training) of a curriculum, per module.
type CohortSummary struct {
	Training *ent.Training
	Count    int
	Mean     *float64
	Modules  []ModuleSummary
}

// Feedback is the feedback on a training or a curriculum: per module over all the cohorts counted,
// and per cohort.
type Feedback struct {
	Count   int
	Mean    *float64
	Modules []ModuleSummary
	Cohorts []CohortSummary
}

// TrainingFeedback summarises the feedback given in one training.
func (s Service) TrainingFeedback(ctx context.Context, trainingID pulid.ID) (*Feedback, error) {
	t, err := s.client(ctx).Training.Get(ctx, trainingID)
	if err != nil {
		return nil, err
	}
	return s.feedback(ctx, t.CurriculumID, modulefeedback.TrainingID(trainingID))
}

// CurriculumFeedback summarises the feedback given across the cohorts of a curriculum.
func (s Service) CurriculumFeedback(ctx context.Context, curriculumID pulid.ID) (*Feedback, error) {
	if _, err := s.client(ctx).Curriculum.Get(ctx, curriculumID); err != nil {
		return nil, err
	}
	return s.feedback(ctx, curriculumID, modulefeedback.HasModuleWith(trainingmodule.CurriculumID(curriculumID)))
}

// feedback reads the feedback the viewer may read (HR and ADMIN: the feedback's own rules) and sums it
// up per module and per cohort. A curriculum's feedback is a few hundred rows: it is summed here.
func (s Service) feedback(ctx context.Context, curriculumID pulid.ID, which predicate.ModuleFeedback) (*Feedback, error) {
	client := s.client(ctx)
	rows, err := client.ModuleFeedback.Query().Where(which).Order(ent.Asc(modulefeedback.FieldCreatedAt)).All(ctx)
	if err != nil {
		return nil, err
	}
	modules, err := client.TrainingModule.Query().Where(trainingmodule.CurriculumID(curriculumID)).Order(ent.Asc(trainingmodule.FieldPosition)).All(ctx)
	if err != nil {
		return nil, err
	}
	var trainingIDs []pulid.ID
	for _, r := range rows {
		if !slices.Contains(trainingIDs, r.TrainingID) {
			trainingIDs = append(trainingIDs, r.TrainingID)
		}
	}
	cohorts, err := client.Training.Query().Where(training.IDIn(trainingIDs...)).Order(ent.Asc(training.FieldStartsOn)).All(ctx)
	if err != nil {
		return nil, err
	}
	byID := map[pulid.ID]*ent.Training{}
	for _, t := range cohorts {
		byID[t.ID] = t
	}
	out := &Feedback{Modules: summarise(modules, rows, byID)}
	out.Count, out.Mean = overall(rows)
	for _, t := range cohorts {
		mine := slices.DeleteFunc(slices.Clone(rows), func(r *ent.ModuleFeedback) bool { return r.TrainingID != t.ID })
		c := CohortSummary{Training: t, Modules: summarise(modules, mine, byID)}
		c.Count, c.Mean = overall(mine)
		out.Cohorts = append(out.Cohorts, c)
	}
	return out, nil
}

func summarise(modules []*ent.TrainingModule, rows []*ent.ModuleFeedback, trainings map[pulid.ID]*ent.Training) []ModuleSummary {
	out := make([]ModuleSummary, len(modules))
	for i, m := range modules {
		sum := ModuleSummary{Module: m, Distribution: make([]int, 5), Comments: []Comment{}}
		total := 0
		for _, r := range rows {
			if r.ModuleID != m.ID {
				continue
			}
			sum.Count++
			total += r.Rating
			sum.Distribution[r.Rating-1]++
			if r.Comment != "" {
				sum.Comments = append(sum.Comments, Comment{FeedbackID: r.ID, Rating: r.Rating, Text: r.Comment, Training: trainings[r.TrainingID]})
			}
		}
		if sum.Count > 0 {
			mean := float64(total) / float64(sum.Count)
			sum.Mean = &mean
		}
		out[i] = sum
	}
	return out
}

func overall(rows []*ent.ModuleFeedback) (int, *float64) {
	if len(rows) == 0 {
		return 0, nil
	}
	total := 0
	for _, r := range rows {
		total += r.Rating
	}
	mean := float64(total) / float64(len(rows))
	return len(rows), &mean
}
