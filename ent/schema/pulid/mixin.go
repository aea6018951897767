package pulid

import (
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/mixin"
)

// MixinWithPrefix gives an entity an ID field with the given three-letter prefix.
func MixinWithPrefix(prefix string) Mixin {
	if len(prefix) != PrefixLen {
		panic("pulid: prefix must be three characters: " + prefix)
	}
	return Mixin{prefix: prefix}
}

// Mixin defines the id field of an entity and records its prefix for the generated IDToType.
type Mixin struct {
	mixin.Schema
	prefix string
}

// Fields provides the id field.
func (m Mixin) Fields() []ent.Field {
	return []ent.Field{
		field.String("id").
			GoType(ID("")).
			MaxLen(PrefixLen + 26).
			Comment("Opaque ID of the record; its first three letters name the type (EMP for an employee, ORG for a unit, …).").
			DefaultFunc(func() ID { return MustNew(m.prefix) }).
			Immutable(),
	}
}

// Annotation carries the prefix into code generation (ent/template/pulid.tmpl).
type Annotation struct {
	Prefix string
}

// Name implements schema.Annotation.
func (Annotation) Name() string { return "PULID" }

// Annotations returns the prefix annotation.
func (m Mixin) Annotations() []schema.Annotation {
	return []schema.Annotation{Annotation{Prefix: m.prefix}}
}
