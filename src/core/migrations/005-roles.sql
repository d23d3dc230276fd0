-- 005-roles.sql: Promotor, Digitale dienstverlener, Beleidsmaker and the
-- meetings with the library (issue 6).
-- Copyright 2026 The IDO Regie authors
-- SPDX-License-Identifier: GPL-3.0-or-later

-- A promotion activity can reach several municipal departments. The single
-- promotion.department column stays (older dossiers and the sample fill it)
-- and is copied into this list by the trigger below.
CREATE TABLE promotion_department (
  promotion_id INTEGER NOT NULL REFERENCES promotion (id) ON DELETE CASCADE,
  department TEXT NOT NULL COLLATE NOCASE CHECK (length(trim(department)) > 0),
  PRIMARY KEY (promotion_id, department)
) STRICT;

INSERT INTO promotion_department (promotion_id, department)
  SELECT id, trim(department) FROM promotion WHERE trim(department) <> '';

CREATE TRIGGER promotion_department_from_column AFTER INSERT ON promotion FOR EACH ROW
  WHEN trim(NEW.department) <> ''
BEGIN
  INSERT OR IGNORE INTO promotion_department (promotion_id, department)
    VALUES (NEW.id, trim(NEW.department));
END;

-- The target groups the Promotor wants to reach; the yearly coverage view
-- shows which of them promotion reached. Users add and remove their own.
CREATE TABLE target_group (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
  position INTEGER NOT NULL DEFAULT 0
) STRICT;

INSERT INTO target_group (name, position) VALUES
  ('65-plussers',                    1),
  ('Laaggeletterden',                2),
  ('Inwoners met een laag inkomen',  3),
  ('Nieuwkomers en statushouders',   4),
  ('Mantelzorgers',                  5),
  ('Jongeren',                       6),
  ('Mensen met een beperking',       7),
  ('Ketenpartners en professionals', 8);

-- A driehoeksgesprek (meeting kind 'policy-triangle') is about one policy domain.
ALTER TABLE meeting ADD COLUMN policy_domain_id INTEGER REFERENCES policy_domain (id) ON DELETE SET NULL;

CREATE INDEX IF NOT EXISTS promotion_held_on ON promotion (held_on);
CREATE INDEX IF NOT EXISTS service_change_changes_on ON service_change (changes_on);
CREATE INDEX IF NOT EXISTS action_item_signal ON action_item (signal_id);
CREATE INDEX IF NOT EXISTS meeting_kind ON meeting (kind, held_on);

CREATE TRIGGER target_group_touch AFTER UPDATE ON target_group FOR EACH ROW
  WHEN NEW.updated_at = OLD.updated_at
BEGIN
  UPDATE target_group SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
