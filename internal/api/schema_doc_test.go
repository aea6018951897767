package api_test

import (
	"strings"
	"testing"

	"github.com/jenjang/jenjang/internal/testdb"
)

// Analysts read the API's documentation in the playground: every type and every field of an object
// type says what it is.
func TestSchemaIsDocumented(t *testing.T) {
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		s := newAdminServer(t, db)
		var res struct {
			Schema struct {
				Types []struct {
					Kind        string  `json:"kind"`
					Name        string  `json:"name"`
					Description *string `json:"description"`
					Fields      []struct {
						Name        string  `json:"name"`
						Description *string `json:"description"`
					} `json:"fields"`
				} `json:"types"`
			} `json:"__schema"`
		}
		s.mustQuery(`{ __schema { types { kind name description fields { name description } } } }`, nil, &res)
		var missing []string
		for _, typ := range res.Schema.Types {
			if strings.HasPrefix(typ.Name, "__") || builtinScalars[typ.Name] {
				continue
			}
			if typ.Description == nil || *typ.Description == "" {
				missing = append(missing, typ.Name)
			}
			for _, f := range typ.Fields {
				if f.Description == nil || *f.Description == "" {
					missing = append(missing, typ.Name+"."+f.Name)
				}
			}
		}
		if len(missing) > 0 {
			t.Errorf("%d types or fields have no description:\n%s", len(missing), strings.Join(missing, "\n"))
		}
	})
}

var builtinScalars = map[string]bool{"String": true, "Int": true, "Float": true, "Boolean": true, "ID": true}
