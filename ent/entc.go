//go:build ignore

// Command entc generates the ent client and the GraphQL schema of the entities (graph/ent.graphql).
// It runs from the module root (see generate.go), so that entgql finds gqlgen.yml.
package main

import (
	"fmt"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"entgo.io/contrib/entgql"
	"entgo.io/ent/entc"
	"entgo.io/ent/entc/gen"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/jenjang/jenjang/internal/auth"
)

func main() {
	ex, err := entgql.NewExtension(
		entgql.WithSchemaGenerator(),
		entgql.WithSchemaPath("graph/ent.graphql"),
		entgql.WithConfigPath("gqlgen.yml"),
		entgql.WithWhereInputs(true),
		entgql.WithNodeDescriptor(false),
		entgql.WithSchemaHook(describeTypes, nullRestricted),
	)
	if err != nil {
		log.Fatalf("creating entgql extension: %v", err)
	}
	err = entc.Generate("./ent/schema", &gen.Config{
		Target:  "./ent",
		Package: "github.com/jenjang/jenjang/ent",
		Features: []gen.Feature{
			gen.FeaturePrivacy,
			gen.FeatureEntQL,
			gen.FeatureIntercept,
			gen.FeatureExecQuery,
			gen.FeatureModifier,
			gen.FeatureUpsert,
			gen.FeatureLock,
		},
		Templates: []*gen.Template{
			gen.MustParse(gen.NewTemplate("pulid").ParseFiles("./ent/template/pulid.tmpl")),
			gen.MustParse(gen.NewTemplate("audit").ParseFiles("./ent/template/audit.tmpl")),
		},
	}, entc.Extensions(ex))
	if err != nil {
		log.Fatalf("running ent codegen: %v", err)
	}
}

// describeTypes gives every entity type, root connection and domain enum a description, so that
// analysts can read the documentation in the playground; entgql v0.6.0 describes fields only.
func describeTypes(g *gen.Graph, s *ast.Schema) error {
	for _, node := range g.Nodes {
		def, ok := s.Types[node.Name]
		if !ok {
			continue
		}
		comment, ok := node.Annotations["Comment"].(map[string]any)
		if !ok {
			return fmt.Errorf("entity %s has no schema.Comment annotation", node.Name)
		}
		def.Description, _ = comment["Text"].(string)
		describeEdges(node, def)
	}
	if query, ok := s.Types["Query"]; ok {
		query.Description = "Reads. Every record is reachable with node(id:); lists are paginated connections."
		for _, f := range query.Fields {
			entity := strings.TrimSuffix(f.Type.Name(), "Connection")
			if entity == f.Type.Name() {
				continue
			}
			f.Description = fmt.Sprintf("A page of %s records: pass first (with after) or last (with before), between 1 and 100; filter with where and sort with orderBy.", entity)
		}
	}
	for name, text := range enumDescriptions {
		def, ok := s.Types[name]
		if !ok {
			return fmt.Errorf("enum %s is described but not in the schema", name)
		}
		def.Description = text
	}
	return nil
}

// nullRestricted makes the fields that not every viewer may read nullable (internal/auth lists them),
// so that a refused field is null with a FORBIDDEN error instead of nulling its whole record. A listed
// type that ent does not generate is written by hand in graph/*.graphqls, where its restricted fields
// are declared nullable; a name that is in neither is a mistake.
func nullRestricted(_ *gen.Graph, s *ast.Schema) error {
	for typeName, fields := range auth.RestrictedFields {
		def, ok := s.Types[typeName]
		if !ok {
			if !handWritten(typeName) {
				return fmt.Errorf("restricted type %s is neither in the ent schema nor in graph/*.graphqls", typeName)
			}
			continue
		}
		for name := range fields {
			if f := def.Fields.ForName(name); f != nil {
				f.Type.NonNull = false
				f.Description = strings.TrimSpace(f.Description + " Restricted: null, with a FORBIDDEN error, for viewers who may not read it.")
			}
		}
	}
	return nil
}

// describeEdges copies each edge's comment to its GraphQL field where entgql left it out (connection edges).
func describeEdges(node *gen.Type, def *ast.Definition) {
	for _, e := range node.Edges {
		f := def.Fields.ForName(camel(e.Name))
		if f != nil && f.Description == "" {
			f.Description = e.Comment()
		}
	}
}

func camel(snake string) string {
	parts := strings.Split(snake, "_")
	for i := 1; i < len(parts); i++ {
		parts[i] = strings.ToUpper(parts[i][:1]) + parts[i][1:]
	}
	return strings.Join(parts, "")
}

var enumDescriptions = map[string]string{
	"Gender":           "Gender as encoded in the NIP (1 male, 2 female).",
	"EmploymentType":   "PNS (civil servant) or PPPK (government employee on contract).",
	"Rank":             "PNS rank (pangkat/golongan ruang), lowest first: I_A is I/a Juru Muda … IV_E is IV/e Pembina Utama.",
	"PPPKGrade":        "PPPK grade (golongan), I … XVII, lowest first.",
	"Education":        "Highest formal education, lowest first: SD, SMP, SMA, D1, D2, D3, D4, S1, S2, S3.",
	"PositionKind":     "Kind of post under UU 5/2014.",
	"FunctionalLevel":  "Level of a functional post: expertise (AHLI_*) or skill (PEMULA … PENYELIA).",
	"Rating":           "SKP rating of work result or work behaviour (PermenPANRB 6/2022).",
	"Predikat":         "Performance predikat derived from the two ratings, best first.",
	"EvaluationPeriod": "SKP period: a quarter or the annual (year-end) evaluation.",
	"EvaluationStatus": "Step of the appraisal workflow.",
	"PotentialLevel":   "Potential axis of the 9-box talent grid.",
	"SanctionLevel":    "Weight of a disciplinary sanction (PP 94/2021).",
	"TrainingKind":     "Kind of competency development.",
	"PerformanceAxis":  "Performance axis of the 9-box: the lower of the last two final annual predikat (SANGAT_BAIK above, BAIK as expected, the rest below).",
	"UnitPerformance":  "Organisational performance rating of a unit for a year, best first.",
}

// handWritten reports whether a GraphQL type is declared in the hand-written schema files of graph/.
func handWritten(typeName string) bool {
	files, _ := filepath.Glob(filepath.Join("graph", "*.graphqls"))
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err == nil && regexp.MustCompile(`(?m)^type `+regexp.QuoteMeta(typeName)+`\b`).Match(text) {
			return true
		}
	}
	return false
}
