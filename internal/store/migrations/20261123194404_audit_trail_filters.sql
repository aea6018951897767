-- Drop index "auditentry_action" from table: "audit_entries"
DROP INDEX "auditentry_action";
-- Drop index "auditentry_entity_type_entity_id" from table: "audit_entries"
DROP INDEX "auditentry_entity_type_entity_id";
-- Create index "auditentry_action_at" to table: "audit_entries"
CREATE INDEX "auditentry_action_at" ON "audit_entries" ("action", "at");
-- Create index "auditentry_entity_type_at" to table: "audit_entries"
CREATE INDEX "auditentry_entity_type_at" ON "audit_entries" ("entity_type", "at");
