package derive

import (
	"context"
	"strings"

	"entgo.io/ent/dialect"
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
			path, err := lockedParentPath(ctx, m, id, parentID)
			if err != nil {
				return nil, err
			}
			if strings.Contains(path, "/"+string(id)+"/") {
				return nil, &career.FieldError{Field: "parent_id", Message: "unit tidak dapat dipindahkan ke bawah dirinya sendiri atau salah satu sub-unitnya"}
			}
			parentPath = path
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

// lockedParentPath reads the path of the new parent. A move locks the unit and its new parent first,
// in ID order: of two concurrent moves that would put each unit under the other, the second waits
// for the first and then reads the parent's new path, which names the unit, so it is refused rather
// than closing a cycle. A new unit holds a shared lock on its parent, so that a move of the parent
// either waits for it (and then rewrites its path too) or goes first (and it reads the new path).
// (SQLite runs one writing transaction at a time and needs no lock.)
func lockedParentPath(ctx context.Context, m *ent.OrgUnitMutation, id, parentID pulid.ID) (string, error) {
	q := m.Client().OrgUnit.Query().Where(orgunit.IDIn(id, parentID)).Order(ent.Asc(orgunit.FieldID)).Select(orgunit.FieldID, orgunit.FieldPath)
	q.Modify(func(s *sql.Selector) {
		switch {
		case s.Dialect() != dialect.Postgres:
		case m.Op().Is(ent.OpCreate):
			s.ForShare()
		default:
			s.ForUpdate()
		}
	})
	units, err := q.All(ctx)
	if err != nil {
		return "", err
	}
	for _, u := range units {
		if u.ID == parentID {
			return u.Path, nil
		}
	}
	return "", &career.FieldError{Field: "parent_id", Message: "unit induk " + string(parentID) + " tidak ditemukan"}
}

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
