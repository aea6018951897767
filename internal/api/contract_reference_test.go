package api_test

import (
	"context"
	"fmt"
	"maps"
	"sync/atomic"

	"github.com/jenjang/jenjang/ent/orgunit"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/career"
)

// The reference-data pages (ADMIN; HR within its scope where the API lets it): the organisation tree
// with creating, renaming and moving a unit, the posts of a unit, unit ratings and calibration caps,
// and promotion windows.
func init() {
	maps.Copy(contractCalls, map[string][]contractCall{
		"RefUnits": {
			{admin, func(world) map[string]any { return map[string]any{"where": map[string]any{"parentIDIsNil": true}} }},
			{hr, func(w world) map[string]any { return map[string]any{"where": map[string]any{"id": w.instansi.ID}} }},
			{hr, func(w world) map[string]any {
				return map[string]any{"where": map[string]any{"parentID": w.instansi.ID}}
			}},
		},
		"RefSubtreeSize": {
			{admin, func(w world) map[string]any { return map[string]any{"path": w.instansi.Path} }},
			{hr, func(w world) map[string]any { return map[string]any{"path": w.disdik.Path} }},
		},
		"RefCreateUnit": {
			{admin, func(w world) map[string]any { return unitInput(w.bungo.ID) }},
			{hr, func(w world) map[string]any { return unitInput(w.disdik.ID) }},
		},
		"RefUpdateUnit": {
			{admin, func(w world) map[string]any {
				return map[string]any{"id": contractUnit(w), "input": map[string]any{"name": "Seksi Kurikulum SMA"}}
			}},
			{hr, func(w world) map[string]any {
				return map[string]any{"id": contractUnit(w), "input": map[string]any{"parentID": w.dinkes.ID}}
			}},
			{admin, func(w world) map[string]any {
				return map[string]any{"id": contractUnit(w), "input": map[string]any{"parentID": w.bungo.ID}}
			}},
		},
		"RefPositions": {
			{admin, func(w world) map[string]any { return map[string]any{"unitID": w.disdik.ID} }},
			{hr, func(w world) map[string]any { return map[string]any{"unitID": w.dinkes.ID} }},
		},
		"RefCreatePosition": {
			{admin, func(w world) map[string]any { return positionInput(w.bungo.ID, "JPT_PRATAMA", nil) }},
			{hr, func(w world) map[string]any { return positionInput(w.disdik.ID, "FUNGSIONAL", "AHLI_PERTAMA") }},
		},
		"RefUpdatePosition": {
			{admin, func(w world) map[string]any {
				return map[string]any{"id": w.head.ID, "input": map[string]any{"title": "Kepala Dinas", "quota": 1}}
			}},
			{hr, func(w world) map[string]any {
				return map[string]any{"id": w.teacher.ID, "input": map[string]any{"title": "Guru Ahli Muda", "quota": teacherCount + 10}}
			}},
		},
		"RefRatings": {
			{admin, func(world) map[string]any { return map[string]any{"where": map[string]any{"year": 2025}} }},
			{hr, func(w world) map[string]any {
				return map[string]any{"where": map[string]any{"year": 2026, "hasUnitWith": []any{map[string]any{"pathHasPrefix": w.instansi.Path}}}}
			}},
		},
		"RefCreateRating": {
			{admin, func(w world) map[string]any {
				return map[string]any{"input": map[string]any{"unitID": w.bungo.ID, "year": 2026, "rating": "ISTIMEWA"}}
			}},
			{hr, func(w world) map[string]any {
				return map[string]any{"input": map[string]any{"unitID": contractUnit(w), "year": 2026, "rating": "BAIK"}}
			}},
		},
		"RefUpdateRating": {
			{admin, ratingVars("KURANG")},
			{hr, ratingVars("BUTUH_PERBAIKAN")},
		},
		"RefCreateCap": {{admin, func(world) map[string]any {
			return map[string]any{"input": map[string]any{"unitRating": "KURANG", "atLeast": "SANGAT_BAIK", "maxShare": 0.05}}
		}}},
		"RefUpdateCap": {{admin, func(w world) map[string]any {
			ctx := access.SystemContext(context.Background())
			c := w.client.CalibrationCap.Create().SetUnitRating(career.UnitIstimewa).SetAtLeast(career.PredikatBaik).SetMaxShare(0.9).SaveX(ctx)
			return map[string]any{"id": c.ID, "input": map[string]any{"maxShare": 0.85}}
		}}},
		"RefWindows": {
			{admin, func(world) map[string]any { return map[string]any{"from": "2026-01-01", "to": "2027-01-01"} }},
			{hr, func(world) map[string]any { return map[string]any{"from": "2027-01-01", "to": "2028-01-01"} }},
		},
		"RefCreateWindow": {{admin, func(world) map[string]any {
			return map[string]any{"input": map[string]any{"name": "Periode Agustus 2027", "opensOn": "2027-05-01", "closesOn": "2027-06-15", "effectiveOn": "2027-08-01"}}
		}}},
		"RefUpdateWindow": {{admin, func(w world) map[string]any {
			ctx := access.SystemContext(context.Background())
			pw := w.client.PromotionWindow.Create().SetName("Periode Oktober 2027").SetOpensOn(date(2027, 7, 1)).
				SetClosesOn(date(2027, 8, 15)).SetEffectiveOn(date(2027, 10, 1)).SaveX(ctx)
			return map[string]any{"id": pw.ID, "input": map[string]any{"name": "Periode Oktober 2027", "opensOn": "2027-07-01",
				"closesOn": "2027-08-31", "effectiveOn": "2027-10-01"}}
		}}},
	})
}

var contractUnitSeq atomic.Int64

// contractUnit creates a section under Dinas Pendidikan for one call.
func contractUnit(w world) pulid.ID {
	ctx := access.SystemContext(context.Background())
	n := contractUnitSeq.Add(1)
	return w.client.OrgUnit.Create().SetCode(fmt.Sprintf("JMB-PROV-DISDIK-K%d", n)).SetName(fmt.Sprintf("Seksi Kontrak %d", n)).
		SetKind(orgunit.KindSECTION).SetParent(w.disdik).SaveX(ctx).ID
}

func unitInput(parent pulid.ID) map[string]any {
	n := contractUnitSeq.Add(1)
	return map[string]any{"input": map[string]any{"code": fmt.Sprintf("KONTRAK-%d", n), "name": "Bidang Kontrak", "kind": "DIVISION", "parentID": parent}}
}

func positionInput(unit pulid.ID, kind string, level any) map[string]any {
	return map[string]any{"input": map[string]any{"unitID": unit, "title": "Jabatan Kontrak", "kind": kind, "functionalLevel": level,
		"jobClass": 9, "minRank": "III_C", "quota": 2}}
}

// ratingVars rates a new unit for 2025 and changes the rating.
func ratingVars(to string) func(w world) map[string]any {
	return func(w world) map[string]any {
		ctx := access.SystemContext(context.Background())
		r := w.client.UnitRating.Create().SetUnitID(contractUnit(w)).SetYear(2025).SetRating(career.UnitBaik).SaveX(ctx)
		return map[string]any{"id": r.ID, "input": map[string]any{"rating": to}}
	}
}
