package auth

// Class groups the fields of a record by who may read them.
type Class int

const (
	// Personal fields identify a person or are private to them (NIP, birth date, age, e-mail): only
	// viewers with full access to the record read them.
	Personal Class = iota + 1
	// Identity is the name: the directory shows it to colleagues, but statistical readers do not get it.
	Identity
	// Record fields are the rest of a career record (rank, education, status, predikat, …): full
	// access or statistical access (analysts), but not the directory.
	Record
	// Notes are written assessments and reasons (evaluation texts, sanction details): full access only.
	Notes
)

// Access is how much of one record a viewer may read.
type Access int

const (
	// NoAccess: the record is invisible (privacy rules filter it out before it is read).
	NoAccess Access = iota
	// Directory access shows a colleague's name, position and unit.
	Directory
	// Statistical access shows everything but who the person is and what was written about them.
	Statistical
	// Full access shows everything.
	Full
)

// Reads reports whether an access level includes a class of fields.
func (a Access) Reads(c Class) bool {
	switch a {
	case Full:
		return true
	case Statistical:
		return c == Record
	case Directory:
		return c == Identity
	}
	return false
}

// RestrictedFields are the GraphQL fields that not every viewer of their record may read, by type and
// field. They are nullable in the schema, so that a refused field is null with a FORBIDDEN error
// instead of nulling its whole record. Fields not listed are readable by whoever sees the record.
var RestrictedFields = map[string]map[string]Class{
	"Employee": {
		"nip":            Personal,
		"birthDate":      Personal,
		"age":            Personal,
		"email":          Personal,
		"name":           Identity,
		"gender":         Record,
		"employmentType": Record,
		"rank":           Record,
		"rankName":       Record,
		"pppkGrade":      Record,
		"rankOrder":      Record,
		"rankSince":      Record,
		"yearsInRank":    Record,
		"education":      Record,
		"hiredAt":        Record,
		"status":         Record,
		"retirementDate": Record,
		"latestPredikat": Record,
		"talentBox":      Record,
		"jpCompleted":    Record,
	},
	"Evaluation": {
		"workPlans":       Notes,
		"behaviorNotes":   Notes,
		"coachingNote":    Notes,
		"objectionReason": Notes,
		"decisionReason":  Notes,
	},
	"DisciplinarySanction": {
		"description":  Notes,
		"decreeNumber": Notes,
	},
	"Mentorship": {
		"goals":   Notes,
		"outcome": Notes,
	},
	"CoachingPlan": {
		"plan":    Notes,
		"outcome": Notes,
	},
	// An application's summary of its applicant names them: not for statistical readers.
	"ApplicantSummary": {
		"name": Identity,
	},
}

// OrderFields maps the orderBy values that sort by a restricted field to that field.
var OrderFields = map[string]map[string]string{
	"Employee": {
		"NIP":             "nip",
		"NAME":            "name",
		"BIRTH_DATE":      "birthDate",
		"RANK":            "rankOrder",
		"HIRED_AT":        "hiredAt",
		"RETIREMENT_DATE": "retirementDate",
	},
}
