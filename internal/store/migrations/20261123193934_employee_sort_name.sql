-- Drop index "employee_name" from table: "employees"
DROP INDEX "employee_name";
-- Modify "employees" table
ALTER TABLE "employees" ADD COLUMN "sort_name" character varying NOT NULL DEFAULT '';
-- Backfill "sort_name" as the hook derive.EmployeeSortName writes it: the name in lower case
UPDATE "employees" SET "sort_name" = lower("name");
-- Create index "employee_sort_name" to table: "employees"
CREATE INDEX "employee_sort_name" ON "employees" ("sort_name");
