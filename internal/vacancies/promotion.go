package vacancies

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/careerevent"
	"github.com/jenjang/jenjang/ent/employeeyear"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/audit"
	"github.com/jenjang/jenjang/internal/career"
)

// PromotionCheck applies the regular promotion rule to an employee the viewer may read, for a promotion
// taking effect on the date.
func (s Service) PromotionCheck(ctx context.Context, employeeID pulid.ID, effectiveOn time.Time) (career.PromotionCheck, error) {
	e, err := s.client(ctx).Employee.Get(ctx, employeeID)
	if err != nil {
		return career.PromotionCheck{}, err
	}
	return s.promotionCheck(ctx, e, effectiveOn)
}

func (s Service) promotionCheck(ctx context.Context, e *ent.Employee, effectiveOn time.Time) (career.PromotionCheck, error) {
	years, err := s.client(ctx).EmployeeYear.Query().Where(employeeyear.EmployeeID(e.ID), employeeyear.PredikatNotNil()).All(access.Allow(ctx))
	if err != nil {
		return career.PromotionCheck{}, err
	}
	predikat := map[int]career.Predikat{}
	for _, y := range years {
		predikat[y.Year] = *y.Predikat
	}
	return career.RegularPromotion(e.Rank, e.RankSince, predikat, effectiveOn), nil
}

// PromotionInput is a regular rank promotion as HR records it.
type PromotionInput struct {
	Rank         career.Rank
	DecreeNumber string
	EffectiveOn  time.Time
}

// RecordPromotion records a regular rank promotion to the next rank: refused, with the rule's reasons,
// when the employee is not due; the years in rank restart on the effective date, and the promotion
// enters the career history. The privacy rules decide whether the viewer (HR of the employee's scope,
// ADMIN) may change the employee.
func (s Service) RecordPromotion(ctx context.Context, employeeID pulid.ID, in PromotionInput) (*ent.Employee, error) {
	if strings.TrimSpace(in.DecreeNumber) == "" {
		return nil, &career.FieldError{Field: "decreeNumber", Message: "nomor SK kenaikan pangkat wajib diisi"}
	}
	client := s.client(ctx)
	e, err := client.Employee.Get(ctx, employeeID)
	if err != nil {
		return nil, err
	}
	if e.Rank == nil {
		return nil, &career.FieldError{Field: "rank", Message: "kenaikan pangkat reguler hanya untuk PNS"}
	}
	if next := career.Ranks[min(e.Rank.Order(), len(career.Ranks)-1)]; in.Rank != next || e.Rank.Order() == len(career.Ranks) {
		return nil, &career.FieldError{Field: "rank", Message: fmt.Sprintf("kenaikan pangkat reguler dari %s adalah ke %s", e.Rank.Label(), next.Label())}
	}
	check, err := s.promotionCheck(ctx, e, in.EffectiveOn)
	if err != nil {
		return nil, err
	}
	if !check.Due {
		return nil, &career.FieldError{Field: "employeeID", Message: "belum memenuhi syarat kenaikan pangkat reguler: " + strings.Join(check.Reasons, "; ")}
	}
	write := audit.WithAction(ctx, "recordRankPromotion")
	promoted, err := client.Employee.UpdateOneID(employeeID).SetRank(in.Rank).SetRankSince(career.DateOf(in.EffectiveOn)).Save(write)
	if err != nil {
		return nil, err
	}
	return promoted, client.CareerEvent.Create().SetEmployeeID(employeeID).SetKind(careerevent.KindRANK_PROMOTION).
		SetFromValue(e.Rank.Label()).SetToValue(in.Rank.Label()).SetEffectiveDate(career.DateOf(in.EffectiveOn)).
		SetDecreeNumber(strings.TrimSpace(in.DecreeNumber)).SetReason("Kenaikan pangkat reguler").Exec(access.Allow(write))
}
