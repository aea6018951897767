// Package access decides who may read and write what: the ent privacy policies of every entity, the
// access a viewer has to one employee's record, and the checks of where: and orderBy: arguments.
package access

import (
	"entgo.io/ent"

	"github.com/jenjang/jenjang/ent/privacy"
)

// OrgUnitPolicy is the privacy policy of OrgUnit.
func OrgUnitPolicy() ent.Policy { return privacy.Policy{} }

// EmployeePolicy is the privacy policy of Employee.
func EmployeePolicy() ent.Policy { return privacy.Policy{} }

// PositionPolicy is the privacy policy of Position.
func PositionPolicy() ent.Policy { return privacy.Policy{} }

// EvaluationPolicy is the privacy policy of Evaluation.
func EvaluationPolicy() ent.Policy { return privacy.Policy{} }

// PotentialAssessmentPolicy is the privacy policy of PotentialAssessment.
func PotentialAssessmentPolicy() ent.Policy { return privacy.Policy{} }

// DisciplinarySanctionPolicy is the privacy policy of DisciplinarySanction.
func DisciplinarySanctionPolicy() ent.Policy { return privacy.Policy{} }

// TrainingPolicy is the privacy policy of Training.
func TrainingPolicy() ent.Policy { return privacy.Policy{} }

// EnrollmentPolicy is the privacy policy of Enrollment.
func EnrollmentPolicy() ent.Policy { return privacy.Policy{} }

// VacancyPolicy is the privacy policy of Vacancy.
func VacancyPolicy() ent.Policy { return privacy.Policy{} }

// ApplicationPolicy is the privacy policy of Application.
func ApplicationPolicy() ent.Policy { return privacy.Policy{} }

// MentorshipPolicy is the privacy policy of Mentorship.
func MentorshipPolicy() ent.Policy { return privacy.Policy{} }

// CareerEventPolicy is the privacy policy of CareerEvent.
func CareerEventPolicy() ent.Policy { return privacy.Policy{} }

// AccountPolicy is the privacy policy of Account.
func AccountPolicy() ent.Policy { return privacy.Policy{} }

// AuditEntryPolicy is the privacy policy of AuditEntry.
func AuditEntryPolicy() ent.Policy { return privacy.Policy{} }

// DashboardPolicy is the privacy policy of Dashboard.
func DashboardPolicy() ent.Policy { return privacy.Policy{} }
