// Package ent holds the generated ent client; the schema is in ent/schema.
package ent

//go:generate go -C .. run -mod=mod ./ent/entc.go
