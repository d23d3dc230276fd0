-- 006-exchange.sql: dossier exchange between municipalities (issue 7).
-- Copyright 2026 The IDO Regie authors
-- SPDX-License-Identifier: GPL-3.0-or-later

-- Per exchanged row, the version last known to be on the other side: its
-- updated_at (the same on both sides after an exchange) and the SHA-256 of
-- its content here, to notice local edits that did not touch updated_at.
CREATE TABLE exchange_state (
  row_uuid TEXT PRIMARY KEY,
  table_name TEXT NOT NULL,
  synced_updated_at TEXT NOT NULL,
  synced_hash TEXT NOT NULL,
  synced_on TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) STRICT;

-- A row of another dossier that was matched to a local row by its natural
-- key (a partner by name and sector, a municipality by CBS code, ...).
CREATE TABLE exchange_alias (
  foreign_uuid TEXT PRIMARY KEY,
  local_uuid TEXT NOT NULL,
  table_name TEXT NOT NULL
) STRICT;

-- References a file made that this dossier could not follow (a desk that
-- was not sent along): kept so that exporting the row again does not lose
-- them for the other side. member is a column key (value: the UUID) or a
-- link key (value: the link entry as JSON).
CREATE TABLE exchange_dangling (
  row_uuid TEXT NOT NULL,
  member TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (row_uuid, member, value)
) STRICT;

-- One imported dossier file; undone as a whole.
CREATE TABLE exchange_batch (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  file_name TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  source_municipality TEXT NOT NULL DEFAULT '',
  exported_at TEXT,
  rows_new INTEGER NOT NULL DEFAULT 0,
  rows_changed INTEGER NOT NULL DEFAULT 0,
  rows_kept INTEGER NOT NULL DEFAULT 0,
  undone_at TEXT
) STRICT;

-- What a batch did, in order, so that undo can reverse it: for an update the
-- row as it was (JSON, in the dossier format with local UUIDs), and the
-- exchange state before.
CREATE TABLE exchange_change (
  batch_id INTEGER NOT NULL REFERENCES exchange_batch (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  table_name TEXT NOT NULL,
  row_uuid TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'state', 'alias', 'own', 'dangling')),
  old_row TEXT,
  old_state TEXT,
  PRIMARY KEY (batch_id, seq)
) STRICT;

CREATE TRIGGER exchange_batch_touch AFTER UPDATE ON exchange_batch FOR EACH ROW
  WHEN NEW.updated_at = OLD.updated_at
BEGIN
  UPDATE exchange_batch SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
