package api_test

import (
	"os"
	"regexp"
	"testing"

	"github.com/jenjang/jenjang/internal/testdb"
)

// The README's example queries are what analysts paste first: they must run without errors.
func TestReadmeExamplesRun(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	examples := regexp.MustCompile("(?s)```graphql\n(.*?)```").FindAllStringSubmatch(string(readme), -1)
	if len(examples) < 3 {
		t.Fatalf("README has %d GraphQL examples, want at least 3", len(examples))
	}
	testdb.Run(t, func(t *testing.T, db *testdb.DB) {
		loadFixtures(t, db.Client)
		s := newAdminServer(t, db)
		for i, ex := range examples {
			if res := s.query(ex[1], nil); len(res.Errors) > 0 {
				t.Errorf("README example %d fails: %+v", i+1, res.Errors)
			}
		}
	})
}
