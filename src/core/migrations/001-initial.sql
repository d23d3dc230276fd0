-- 001-initial.sql: the whole IDO Regie domain (see ../shared/DOMAIN.md).
-- Every table is STRICT; every row has a stable UUID and created/updated
-- timestamps (for sharing dossiers between municipalities). Money is in
-- integer cents, dates are ISO-8601 text, periods are '2024' or '2024Q3'.
-- Copyright 2026 The IDO Regie authors
-- SPDX-License-Identifier: GPL-3.0-or-later

-- Dossier-wide facts (the municipality the user works for, ...).
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE municipality (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  code TEXT UNIQUE CHECK (code IS NULL OR code GLOB 'GM[0-9][0-9][0-9][0-9]'),
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  province TEXT,
  is_own INTEGER NOT NULL DEFAULT 0 CHECK (is_own IN (0, 1)),
  is_sample INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1))
) STRICT;

-- Inhabitants per 1 January; low_educated_15_75 is the SPUK education count.
CREATE TABLE population (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  municipality_id INTEGER NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
  year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
  inhabitants INTEGER CHECK (inhabitants IS NULL OR inhabitants >= 0),
  low_educated_15_75 INTEGER CHECK (low_educated_15_75 IS NULL OR low_educated_15_75 >= 0),
  source TEXT NOT NULL DEFAULT '',
  UNIQUE (municipality_id, year)
) STRICT;

CREATE TABLE library (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
  website TEXT NOT NULL DEFAULT '',
  coordinator_name TEXT NOT NULL DEFAULT '',
  coordinator_email TEXT NOT NULL DEFAULT '',
  coordinator_phone TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT ''
) STRICT;

-- Which municipalities a library organisation serves (several often finance one).
CREATE TABLE library_municipality (
  library_id INTEGER NOT NULL REFERENCES library (id) ON DELETE CASCADE,
  municipality_id INTEGER NOT NULL REFERENCES municipality (id) ON DELETE CASCADE,
  PRIMARY KEY (library_id, municipality_id)
) STRICT;

-- CBCT certification, every four years.
CREATE TABLE certification (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  library_id INTEGER NOT NULL REFERENCES library (id) ON DELETE CASCADE,
  certified_until TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('certified', 'conditional', 'not-certified')),
  report_notes TEXT NOT NULL DEFAULT '',
  improvement_points TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE location (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  library_id INTEGER REFERENCES library (id) ON DELETE SET NULL,
  municipality_id INTEGER REFERENCES municipality (id) ON DELETE SET NULL,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  -- 'library' or one of the outside types of DOMAIN.md
  placement TEXT NOT NULL DEFAULT 'library' CHECK (placement IN (
    'library', 'community-centre', 'village-house', 'shop', 'hospital', 'gp-practice',
    'care-complex', 'town-hall', 'mobile', 'other')),
  address TEXT NOT NULL DEFAULT '',
  hours_class TEXT CHECK (hours_class IS NULL OR hours_class IN (
    'up-to-8', '8-16', '16-24', '24-32', '32-40', '40-plus')),
  hours_per_week REAL CHECK (hours_per_week IS NULL OR hours_per_week BETWEEN 0 AND 168),
  consultation_hours TEXT NOT NULL DEFAULT '',
  active_from TEXT,
  active_until TEXT,
  notes TEXT NOT NULL DEFAULT '',
  CHECK (active_until IS NULL OR active_from IS NULL OR active_until >= active_from)
) STRICT;

CREATE TABLE location_staffing (
  location_id INTEGER NOT NULL REFERENCES location (id) ON DELETE CASCADE,
  staffing TEXT NOT NULL CHECK (staffing IN (
    'library-staff', 'library-volunteers', 'partner-staff', 'partner-volunteers', 'interns')),
  PRIMARY KEY (location_id, staffing)
) STRICT;

-- Ketenpartners. kind: warm referrer, provider of support/help/courses, or both.
CREATE TABLE partner (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  kind TEXT NOT NULL CHECK (kind IN ('referrer', 'support', 'both')),
  sector TEXT NOT NULL DEFAULT '',
  scope TEXT NOT NULL DEFAULT 'local' CHECK (scope IN ('local', 'national')),
  address TEXT NOT NULL DEFAULT '',
  website TEXT NOT NULL DEFAULT '',
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  ended_on TEXT,
  notes TEXT NOT NULL DEFAULT '',
  UNIQUE (name, sector)
) STRICT;
CREATE INDEX partner_name ON partner (name COLLATE NOCASE);

CREATE TABLE partner_contact (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  partner_id INTEGER NOT NULL REFERENCES partner (id) ON DELETE CASCADE,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  function TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX partner_contact_partner ON partner_contact (partner_id);

-- The five building blocks of the lokale ketenaanpak digitale inclusie.
CREATE TABLE partner_building_block (
  partner_id INTEGER NOT NULL REFERENCES partner (id) ON DELETE CASCADE,
  block TEXT NOT NULL CHECK (block IN (
    'devices', 'internet-access', 'help-courses', 'awareness-referral', 'accessible-services')),
  PRIMARY KEY (partner_id, block)
) STRICT;

-- Municipal desks (vindplaatsen) that meet residents needing help.
CREATE TABLE desk (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
  department TEXT NOT NULL DEFAULT '',
  contact_name TEXT NOT NULL DEFAULT '',
  contact_email TEXT NOT NULL DEFAULT '',
  contact_phone TEXT NOT NULL DEFAULT '',
  referral_text TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE desk_referral_count (
  desk_id INTEGER NOT NULL REFERENCES desk (id) ON DELETE CASCADE,
  period TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]Q[1-4]'),
  referrals INTEGER NOT NULL CHECK (referrals >= 0),
  PRIMARY KEY (desk_id, period)
) STRICT;

-- Trainings "herkennen en warm doorverwijzen".
CREATE TABLE training (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  held_on TEXT NOT NULL,
  provider TEXT NOT NULL DEFAULT '',
  participants INTEGER CHECK (participants IS NULL OR participants >= 0),
  notes TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE training_desk (
  training_id INTEGER NOT NULL REFERENCES training (id) ON DELETE CASCADE,
  desk_id INTEGER NOT NULL REFERENCES desk (id) ON DELETE CASCADE,
  PRIMARY KEY (training_id, desk_id)
) STRICT;

-- Doorverwijsafspraken, with a partner or between the municipality and the IDO.
CREATE TABLE referral_agreement (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  party TEXT NOT NULL DEFAULT 'partner' CHECK (party IN ('partner', 'municipality')),
  partner_id INTEGER REFERENCES partner (id) ON DELETE CASCADE,
  desk_id INTEGER REFERENCES desk (id) ON DELETE SET NULL,
  direction TEXT NOT NULL CHECK (direction IN ('ido-to-partner', 'partner-to-ido', 'both')),
  services TEXT NOT NULL DEFAULT '',
  when_to_refer TEXT NOT NULL DEFAULT '',
  how_to_refer TEXT NOT NULL DEFAULT '',
  appointment_by TEXT NOT NULL DEFAULT '',
  channel TEXT CHECK (channel IS NULL OR channel IN ('phone', 'email', 'booking-link', 'in-person', 'other')),
  contact_id INTEGER REFERENCES partner_contact (id) ON DELETE SET NULL,
  contact_name TEXT NOT NULL DEFAULT '',
  agreed_on TEXT,
  review_on TEXT,
  CHECK (party = 'municipality' OR partner_id IS NOT NULL),
  CHECK (review_on IS NULL OR agreed_on IS NULL OR review_on >= agreed_on)
) STRICT;
CREATE INDEX referral_agreement_partner ON referral_agreement (partner_id);

-- Agreements with the library and between municipalities.
CREATE TABLE agreement (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  kind TEXT NOT NULL CHECK (kind IN ('grant-decision', 'cooperation', 'performance', 'other')),
  title TEXT NOT NULL CHECK (length(trim(title)) > 0),
  reference TEXT NOT NULL DEFAULT '',
  library_id INTEGER REFERENCES library (id) ON DELETE SET NULL,
  starts_on TEXT,
  ends_on TEXT,
  amount_cents INTEGER CHECK (amount_cents IS NULL OR amount_cents >= 0),
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'adopted', 'running', 'expired', 'terminated')),
  document_uri TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
) STRICT;

CREATE TABLE agreement_party (
  id INTEGER PRIMARY KEY,
  agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
  municipality_id INTEGER REFERENCES municipality (id) ON DELETE CASCADE,
  library_id INTEGER REFERENCES library (id) ON DELETE CASCADE,
  partner_id INTEGER REFERENCES partner (id) ON DELETE CASCADE,
  name TEXT NOT NULL DEFAULT '',
  CHECK (municipality_id IS NOT NULL OR library_id IS NOT NULL OR partner_id IS NOT NULL
         OR length(trim(name)) > 0)
) STRICT;

-- "Producten en prestaties" the library delivers under an agreement.
CREATE TABLE agreement_deliverable (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  agreement_id INTEGER NOT NULL REFERENCES agreement (id) ON DELETE CASCADE,
  position INTEGER NOT NULL DEFAULT 0,
  description TEXT NOT NULL CHECK (length(trim(description)) > 0)
) STRICT;

-- SPUK budget per calendar year. no_spuk marks a year financed through the
-- gemeentefonds, where the 25% reservation rule does not apply.
CREATE TABLE budget_year (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  year INTEGER NOT NULL UNIQUE CHECK (year BETWEEN 2023 AND 2200),
  allocation_cents INTEGER CHECK (allocation_cents IS NULL OR allocation_cents >= 0),
  allocation_source TEXT NOT NULL DEFAULT 'annex' CHECK (allocation_source IN ('annex', 'estimate')),
  estimate_inhabitants INTEGER,
  estimate_low_educated INTEGER,
  estimate_population_year INTEGER,
  reserved_from_previous_cents INTEGER NOT NULL DEFAULT 0 CHECK (reserved_from_previous_cents >= 0),
  reserved_for_next_cents INTEGER NOT NULL DEFAULT 0 CHECK (reserved_for_next_cents >= 0),
  no_spuk INTEGER NOT NULL DEFAULT 0 CHECK (no_spuk IN (0, 1)),
  notes TEXT NOT NULL DEFAULT ''
) STRICT;

-- Spending lines; only the three art. 5 categories can be booked on the SPUK.
CREATE TABLE spending (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  budget_year_id INTEGER NOT NULL REFERENCES budget_year (id) ON DELETE CASCADE,
  spent_on TEXT NOT NULL,
  category TEXT NOT NULL CHECK (category IN ('library', 'promotion', 'network')),
  description TEXT NOT NULL CHECK (length(trim(description)) > 0),
  amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
  agreement_id INTEGER REFERENCES agreement (id) ON DELETE SET NULL
) STRICT;
CREATE INDEX spending_year ON spending (budget_year_id);

-- The indicator vocabulary shared by dashboard observations and targets.
-- aggregation says how values over several periods combine.
CREATE TABLE indicator (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  label TEXT NOT NULL,
  aggregation TEXT NOT NULL CHECK (aggregation IN ('sum', 'average', 'latest')),
  unit TEXT NOT NULL DEFAULT 'count' CHECK (unit IN ('count', 'percent', 'score', 'hours', 'minutes')),
  has_category INTEGER NOT NULL DEFAULT 0 CHECK (has_category IN (0, 1)),
  is_custom INTEGER NOT NULL DEFAULT 0 CHECK (is_custom IN (0, 1))
) STRICT;

-- Prestatieafspraken.
CREATE TABLE target (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  agreement_id INTEGER REFERENCES agreement (id) ON DELETE SET NULL,
  indicator_id INTEGER NOT NULL REFERENCES indicator (id),
  category TEXT NOT NULL DEFAULT '',
  scope TEXT NOT NULL DEFAULT 'municipality' CHECK (scope IN ('municipality', 'library', 'location')),
  municipality_id INTEGER REFERENCES municipality (id) ON DELETE CASCADE,
  library_id INTEGER REFERENCES library (id) ON DELETE CASCADE,
  location_id INTEGER REFERENCES location (id) ON DELETE CASCADE,
  period TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]' OR period GLOB '[0-9][0-9][0-9][0-9]Q[1-4]'),
  baseline_value REAL,
  baseline_period TEXT,
  target_value REAL NOT NULL,
  direction TEXT NOT NULL CHECK (direction IN ('at-least', 'at-most', 'growth')),
  source TEXT NOT NULL DEFAULT 'dashboard' CHECK (source IN ('dashboard', 'manual')),
  description TEXT NOT NULL DEFAULT '',
  CHECK (direction <> 'growth' OR baseline_value IS NOT NULL)
) STRICT;

CREATE TABLE target_manual_value (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  target_id INTEGER NOT NULL REFERENCES target (id) ON DELETE CASCADE,
  period TEXT NOT NULL,
  value REAL NOT NULL,
  entered_on TEXT NOT NULL,
  UNIQUE (target_id, period)
) STRICT;

-- Dashboard imports: one batch per imported file.
CREATE TABLE import_batch (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  file_name TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  mapping TEXT NOT NULL DEFAULT '{}',
  rows_new INTEGER NOT NULL DEFAULT 0,
  rows_changed INTEGER NOT NULL DEFAULT 0,
  rows_unchanged INTEGER NOT NULL DEFAULT 0,
  rows_rejected INTEGER NOT NULL DEFAULT 0,
  reverted_at TEXT
) STRICT;

-- A dashboard figure, keyed naturally by (period, place, indicator, category).
-- place_key is 'national', 'GM0363', 'library:<uuid>' or 'location:<uuid>'.
CREATE TABLE observation (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  period TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]' OR period GLOB '[0-9][0-9][0-9][0-9]Q[1-4]'),
  place_key TEXT NOT NULL,
  municipality_id INTEGER REFERENCES municipality (id) ON DELETE SET NULL,
  library_id INTEGER REFERENCES library (id) ON DELETE SET NULL,
  location_id INTEGER REFERENCES location (id) ON DELETE SET NULL,
  inside_library INTEGER CHECK (inside_library IS NULL OR inside_library IN (0, 1)),
  indicator_id INTEGER NOT NULL REFERENCES indicator (id),
  category TEXT NOT NULL DEFAULT '',
  value REAL NOT NULL,
  batch_id INTEGER REFERENCES import_batch (id) ON DELETE SET NULL,
  UNIQUE (period, place_key, indicator_id, category)
) STRICT;
CREATE INDEX observation_indicator ON observation (indicator_id, period);
CREATE INDEX observation_batch ON observation (batch_id);

-- What a batch changed, so it can be reverted.
CREATE TABLE observation_change (
  batch_id INTEGER NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
  observation_id INTEGER NOT NULL REFERENCES observation (id) ON DELETE CASCADE,
  old_value REAL,
  old_batch_id INTEGER,
  PRIMARY KEY (batch_id, observation_id)
) STRICT;

CREATE TABLE import_preset (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
  header_signature TEXT NOT NULL,
  mapping TEXT NOT NULL,
  fetch_url TEXT NOT NULL DEFAULT ''
) STRICT;

-- Meetings: network meetings (ketenpartneroverleg, meet & greet, presentation)
-- and the periodic meeting with the library's IDO-coordinator.
CREATE TABLE meeting (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  kind TEXT NOT NULL CHECK (kind IN ('network', 'meet-and-greet', 'presentation', 'library', 'policy-triangle')),
  held_on TEXT NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  place TEXT NOT NULL DEFAULT '',
  library_id INTEGER REFERENCES library (id) ON DELETE SET NULL,
  attendees TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  decisions TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE meeting_partner (
  meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
  partner_id INTEGER NOT NULL REFERENCES partner (id) ON DELETE CASCADE,
  attended INTEGER NOT NULL DEFAULT 0 CHECK (attended IN (0, 1)),
  PRIMARY KEY (meeting_id, partner_id)
) STRICT;

CREATE TABLE meeting_agenda_item (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
  position INTEGER NOT NULL DEFAULT 0,
  template TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL CHECK (length(trim(title)) > 0),
  notes TEXT NOT NULL DEFAULT ''
) STRICT;

-- Promotion activities (role 2).
CREATE TABLE promotion (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  held_on TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('own-promotion', 'presentation', 'network-meeting',
    'municipal-communication', 'departments-informed', 'national-campaign')),
  title TEXT NOT NULL CHECK (length(trim(title)) > 0),
  channel TEXT NOT NULL DEFAULT '',
  target_group TEXT NOT NULL DEFAULT '',
  department TEXT NOT NULL DEFAULT '',
  reach INTEGER CHECK (reach IS NULL OR reach >= 0),
  reach_estimated INTEGER NOT NULL DEFAULT 1 CHECK (reach_estimated IN (0, 1)),
  cost_cents INTEGER CHECK (cost_cents IS NULL OR cost_cents >= 0),
  spending_id INTEGER REFERENCES spending (id) ON DELETE SET NULL,
  notes TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE promotion_partner (
  promotion_id INTEGER NOT NULL REFERENCES promotion (id) ON DELETE CASCADE,
  partner_id INTEGER NOT NULL REFERENCES partner (id) ON DELETE CASCADE,
  PRIMARY KEY (promotion_id, partner_id)
) STRICT;

-- Changes in municipal e-services (role 5).
CREATE TABLE service_change (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  service TEXT NOT NULL CHECK (length(trim(service)) > 0),
  change TEXT NOT NULL DEFAULT '',
  changes_on TEXT,
  impact TEXT NOT NULL DEFAULT '',
  ido_informed_on TEXT,
  informed_how TEXT NOT NULL DEFAULT '',
  follow_up TEXT NOT NULL DEFAULT ''
) STRICT;

-- Signals about where residents get stuck (role 5).
CREATE TABLE signal (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  received_on TEXT NOT NULL,
  service TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL CHECK (length(trim(description)) > 0),
  source TEXT NOT NULL DEFAULT 'ido-coordinator' CHECK (source IN ('ido-coordinator', 'dashboard', 'kcc', 'other')),
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in-progress', 'resolved', 'declined'))
) STRICT;

-- Policy domains of Tabel 1 and the user's own (role 6).
CREATE TABLE policy_domain (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  code TEXT UNIQUE,
  name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
  position INTEGER NOT NULL DEFAULT 0,
  officer_name TEXT NOT NULL DEFAULT '',
  officer_email TEXT NOT NULL DEFAULT '',
  relation TEXT NOT NULL DEFAULT '',
  agreements TEXT NOT NULL DEFAULT '',
  last_conversation_on TEXT,
  next_conversation_on TEXT
) STRICT;

CREATE TABLE policy_domain_link (
  policy_domain_id INTEGER NOT NULL REFERENCES policy_domain (id) ON DELETE CASCADE,
  partner_id INTEGER REFERENCES partner (id) ON DELETE CASCADE,
  desk_id INTEGER REFERENCES desk (id) ON DELETE CASCADE,
  signal_id INTEGER REFERENCES signal (id) ON DELETE CASCADE,
  CHECK ((partner_id IS NOT NULL) + (desk_id IS NOT NULL) + (signal_id IS NOT NULL) = 1)
) STRICT;
CREATE UNIQUE INDEX policy_domain_link_unique ON policy_domain_link
  (policy_domain_id, ifnull(partner_id, 0), ifnull(desk_id, 0), ifnull(signal_id, 0));

-- Action items from meetings, signals or any role.
CREATE TABLE action_item (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  role TEXT NOT NULL CHECK (role IN ('financier', 'promotor', 'network', 'referrer', 'service', 'policy')),
  meeting_id INTEGER REFERENCES meeting (id) ON DELETE CASCADE,
  signal_id INTEGER REFERENCES signal (id) ON DELETE SET NULL,
  description TEXT NOT NULL CHECK (length(trim(description)) > 0),
  owner TEXT NOT NULL DEFAULT '',
  due_on TEXT,
  done_on TEXT
) STRICT;
CREATE INDEX action_item_due ON action_item (done_on, due_on);

-- Keep updated_at current unless an update sets it itself (dossier imports do).
CREATE TRIGGER municipality_touch AFTER UPDATE ON municipality FOR EACH ROW
  WHEN NEW.updated_at = OLD.updated_at
BEGIN
  UPDATE municipality SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER population_touch AFTER UPDATE ON population FOR EACH ROW
  WHEN NEW.updated_at = OLD.updated_at
BEGIN
  UPDATE population SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER library_touch AFTER UPDATE ON library FOR EACH ROW
  WHEN NEW.updated_at = OLD.updated_at
BEGIN
  UPDATE library SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER certification_touch AFTER UPDATE ON certification FOR EACH ROW
  WHEN NEW.updated_at = OLD.updated_at
BEGIN
  UPDATE certification SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER location_touch AFTER UPDATE ON location FOR EACH ROW
  WHEN NEW.updated_at = OLD.updated_at
BEGIN
  UPDATE location SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER partner_touch AFTER UPDATE ON partner FOR EACH ROW
  WHEN NEW.updated_at = OLD.updated_at
BEGIN
  UPDATE partner SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER partner_contact_touch AFTER UPDATE ON partner_contact FOR EACH ROW
  WHEN NEW.updated_at = OLD.updated_at
BEGIN
  UPDATE partner_contact SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER desk_touch AFTER UPDATE ON desk FOR EACH ROW
  WHEN NEW.updated_at = OLD.updated_at
BEGIN
  UPDATE desk SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER training_touch AFTER UPDATE ON training FOR EACH ROW
  WHEN NEW.updated_at = OLD.updated_at
BEGIN
  UPDATE training SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER referral_agreement_touch AFTER UPDATE ON referral_agreement FOR EACH ROW
  WHEN NEW.updated_at = OLD.updated_at
BEGIN
  UPDATE referral_agreement SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER agreement_touch AFTER UPDATE ON agreement FOR EACH ROW
  WHEN NEW.updated_at = OLD.updated_at
BEGIN
  UPDATE agreement SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER agreement_deliverable_touch AFTER UPDATE ON agreement_deliverable FOR EACH ROW
  WHEN NEW.updated_at = OLD.updated_at
BEGIN
  UPDATE agreement_deliverable SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER budget_year_touch AFTER UPDATE ON budget_year FOR EACH ROW
  WHEN NEW.updated_at = OLD.updated_at
BEGIN
  UPDATE budget_year SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER spending_touch AFTER UPDATE ON spending FOR EACH ROW
  WHEN NEW.updated_at = OLD.updated_at
BEGIN
  UPDATE spending SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER target_touch AFTER UPDATE ON target FOR EACH ROW
  WHEN NEW.updated_at = OLD.updated_at
BEGIN
  UPDATE target SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER target_manual_value_touch AFTER UPDATE ON target_manual_value FOR EACH ROW
  WHEN NEW.updated_at = OLD.updated_at
BEGIN
  UPDATE target_manual_value SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER import_batch_touch AFTER UPDATE ON import_batch FOR EACH ROW
  WHEN NEW.updated_at = OLD.updated_at
BEGIN
  UPDATE import_batch SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER observation_touch AFTER UPDATE ON observation FOR EACH ROW
  WHEN NEW.updated_at = OLD.updated_at
BEGIN
  UPDATE observation SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER import_preset_touch AFTER UPDATE ON import_preset FOR EACH ROW
  WHEN NEW.updated_at = OLD.updated_at
BEGIN
  UPDATE import_preset SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER meeting_touch AFTER UPDATE ON meeting FOR EACH ROW
  WHEN NEW.updated_at = OLD.updated_at
BEGIN
  UPDATE meeting SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER meeting_agenda_item_touch AFTER UPDATE ON meeting_agenda_item FOR EACH ROW
  WHEN NEW.updated_at = OLD.updated_at
BEGIN
  UPDATE meeting_agenda_item SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER promotion_touch AFTER UPDATE ON promotion FOR EACH ROW
  WHEN NEW.updated_at = OLD.updated_at
BEGIN
  UPDATE promotion SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER service_change_touch AFTER UPDATE ON service_change FOR EACH ROW
  WHEN NEW.updated_at = OLD.updated_at
BEGIN
  UPDATE service_change SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER signal_touch AFTER UPDATE ON signal FOR EACH ROW
  WHEN NEW.updated_at = OLD.updated_at
BEGIN
  UPDATE signal SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER policy_domain_touch AFTER UPDATE ON policy_domain FOR EACH ROW
  WHEN NEW.updated_at = OLD.updated_at
BEGIN
  UPDATE policy_domain SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
CREATE TRIGGER action_item_touch AFTER UPDATE ON action_item FOR EACH ROW
  WHEN NEW.updated_at = OLD.updated_at
BEGIN
  UPDATE action_item SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id;
END;
