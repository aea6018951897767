package career

// FieldError is a rule broken by one field of a record. It names the field as ent spells it (snake_case,
// such as "birth_date") so that an API can show the message next to the input the person has to fix,
// rather than as a failure of the whole form.
type FieldError struct {
	Field   string
	Message string
}

// Error returns only the message: it is written for the person who typed the value, and the field is
// already where the message is shown.
func (e *FieldError) Error() string { return e.Message }

// ConflictError refuses a write based on a record that changed since it was read (its version moved
// on): the person reloads and decides again, rather than overwrite someone else's step.
type ConflictError struct {
	Message string
}

func (e *ConflictError) Error() string { return e.Message }
