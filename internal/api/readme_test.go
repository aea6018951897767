package api_test

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2"

	"github.com/jenjang/jenjang/graph/generated"
	"github.com/jenjang/jenjang/internal/testdb"
)

// The README's example queries are what analysts paste first: they must run without errors.
// An example with placeholder IDs ("VAC…") cannot run as written, so it is checked against the schema.
func TestReadmeExamplesRun(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	examples := regexp.MustCompile("(?s)```graphql\n(.*?)```").FindAllStringSubmatch(string(readme), -1)
	if len(examples) < 3 {
		t.Fatalf("README has %d GraphQL examples, want at least 3", len(examples))
	}
	schema := generated.NewExecutableSchema(generated.Config{}).Schema()
	var runnable []string
	for i, ex := range examples {
		if !strings.Contains(ex[1], "…") {
			runnable = append(runnable, ex[1])
			continue
		}
		if _, errs := gqlparser.LoadQuery(schema, ex[1]); len(errs) > 0 {
			t.Errorf("README example %d does not fit the schema: %v", i+1, errs)
		}
	}
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		loadFixtures(t, db.Client)
		s := newAdminServer(t, db)
		for i, ex := range runnable {
			if res := s.query(ex, nil); len(res.Errors) > 0 {
				t.Errorf("runnable README example %d fails: %+v", i+1, res.Errors)
			}
		}
	})
}
