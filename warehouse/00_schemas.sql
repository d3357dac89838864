-- Schemas of the warehouse. Applied in file-name order; a change to any warehouse/*.sql file
-- makes the next refresh rebuild the warehouse from the raw files (see meta.warehouse.ddl_sha256).
create schema if not exists core;   -- the contract tables (../shared/CONTRACT.md) + quarantine
create schema if not exists ref;    -- seeds/*.csv, one table per file
create schema if not exists meta;   -- pipeline state: what was read, when, with which engine
create schema if not exists marts;  -- the analyst's layer: one row per real event and per real statistic
