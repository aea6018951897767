package derive

import (
	"context"
	"strings"

	"entgo.io/ent/dialect/sql"

	"github.com/jenjang/jenjang/ent"
	"github.com/jenjang/jenjang/ent/hook"
	"github.com/jenjang/jenjang/ent/orgunit"
	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/career"
)

// OrgUnitPath writes the materialised path of a unit ("/root/…/self/") from its parent's path, and on
// a move rewrites the paths of the whole subtree in one statement.
var OrgUnitPath ent.Hook = hook.On(func(next ent.Mutator) ent.Mutator {
	return hook.OrgUnitFunc(func(ctx context.Context, m *ent.OrgUnitMutation) (ent.Value, error) {
		_, parentSet := m.ParentID()
		if !parentSet && !m.ParentCleared() && !m.Op().Is(ent.OpCreate) {
			return next.Mutate(ctx, m)
		}
		if m.Op().Is(ent.OpUpdate) {
			return nil, oneAtATime("unit", "parent_id")
		}
		id, _ := m.ID()
		parentPath := "/"
		if parentID, ok := m.ParentID(); ok {
			parent, err := m.Client().OrgUnit.Query().Where(orgunit.ID(parentID)).Select(orgunit.FieldPath).Only(ctx)
			if err != nil {
				if ent.IsNotFound(err) {
					return nil, &career.FieldError{Field: "parent_id", Message: "the parent unit " + string(parentID) + " does not exist"}
				}
				return nil, err
			}
			if strings.Contains(parent.Path, "/"+string(id)+"/") {
				return nil, &career.FieldError{Field: "parent_id", Message: "a unit cannot be moved under itself or one of its sub-units"}
			}
			parentPath = parent.Path
		}
		newPath := parentPath + string(id) + "/"
		var oldPath string
		if m.Op().Is(ent.OpUpdateOne) {
			old, err := m.OldPath(ctx)
			if err != nil {
				return nil, err
			}
			oldPath = old
		}
		m.SetPath(newPath)
		v, err := next.Mutate(ctx, m)
		if err != nil || oldPath == "" || oldPath == newPath {
			return v, err
		}
		return v, movePaths(ctx, m.Client(), id, oldPath, newPath)
	})
}, ent.OpCreate|ent.OpUpdate|ent.OpUpdateOne)

// movePaths replaces the old path prefix of every descendant with the new one.
func movePaths(ctx context.Context, client *ent.Client, id pulid.ID, oldPath, newPath string) error {
	return client.OrgUnit.Update().
		Where(orgunit.PathHasPrefix(oldPath), orgunit.IDNEQ(id)).
		Modify(func(u *sql.UpdateBuilder) {
			u.Set(orgunit.FieldPath, sql.ExprFunc(func(b *sql.Builder) {
				b.Arg(newPath).WriteString(" || SUBSTR(").Ident(orgunit.FieldPath).WriteString(", ").Arg(len(oldPath) + 1).WriteString(")")
			}))
		}).
		Exec(access.Allow(ctx))
}
