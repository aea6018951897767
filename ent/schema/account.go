package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/jenjang/jenjang/ent/schema/pulid"
	"github.com/jenjang/jenjang/internal/access"
	"github.com/jenjang/jenjang/internal/auth"
	"github.com/jenjang/jenjang/internal/derive"
)

// Account is a login with a role scoped to a subtree of the organisation.
type Account struct {
	ent.Schema
}

// Mixin of Account.
func (Account) Mixin() []ent.Mixin {
	return []ent.Mixin{pulid.MixinWithPrefix("ACC"), Audited{}, TimeMixin{}}
}

// Fields of Account.
func (Account) Fields() []ent.Field {
	return []ent.Field{
		field.String("username").
			NotEmpty().MaxLen(64).Unique().
			Comment("Login name.").
			Annotations(entgql.OrderField("USERNAME")),
		field.String("password_hash").
			Sensitive().
			Comment("bcrypt hash of the password.").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Enum("role").
			GoType(auth.Role("")).Annotations(entgql.Type("Role")).
			Comment("ADMIN, HR, LEADER, SUPERVISOR, EMPLOYEE or ANALYST; HR and LEADER act within the scope unit's subtree."),
		field.Int("token_version").
			Default(0).
			Comment("Incremented when the password or role changes, which revokes older tokens.").
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Bool("active").
			Default(true).
			Comment("Whether the account may log in."),
		field.String("employee_id").
			GoType(pulid.ID("")).
			Optional().
			Comment("The employee the account belongs to, if any."),
		field.String("scope_unit_id").
			GoType(pulid.ID("")).
			Optional().
			Comment("Root of the subtree the role acts in, if the role is scoped."),
	}
}

// Edges of Account.
func (Account) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("employee", Employee.Type).Ref("account").Field("employee_id").Unique().
			Comment("The employee the account belongs to."),
		edge.To("scope_unit", OrgUnit.Type).Field("scope_unit_id").Unique().
			Comment("Root of the subtree the role acts in."),
		edge.To("dashboards", Dashboard.Type).
			Comment("Dashboards the account owns."),
	}
}

// Indexes of Account.
func (Account) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("employee_id").Unique(),
		index.Fields("scope_unit_id"),
		index.Fields("role"),
	}
}

// Annotations of Account.
func (Account) Annotations() []schema.Annotation {
	return []schema.Annotation{
		schema.Comment("A login account with a role."),
		entgql.QueryField(),
		entgql.RelayConnection(),
		entgql.MultiOrder(),
	}
}

// Policy of Account: who may read and write it (internal/access).
func (Account) Policy() ent.Policy { return access.AccountPolicy() }

// Hooks of Account.
func (Account) Hooks() []ent.Hook {
	return []ent.Hook{derive.AccountTokenVersion}
}
