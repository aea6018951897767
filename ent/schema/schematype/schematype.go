// Package schematype holds the Go types of JSON columns that are not domain rules: the audit trail's
// changed fields and a dashboard's widgets.
package schematype

// FieldChange is one field changed by an audited write; Old is nil on create and New is nil on delete.
type FieldChange struct {
	Field string  `json:"field"`
	Old   *string `json:"old,omitempty"`
	New   *string `json:"new,omitempty"`
}

// Widget is one tile of a saved dashboard: what it shows and where it sits on the grid.
type Widget struct {
	ID       string         `json:"id"`
	Kind     string         `json:"kind"`
	Title    string         `json:"title"`
	X        int            `json:"x"`
	Y        int            `json:"y"`
	W        int            `json:"w"`
	H        int            `json:"h"`
	Settings map[string]any `json:"settings,omitempty"`
}
