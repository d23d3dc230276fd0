-- 004-financier.sql: indexes for the financier's lists (locations per
-- municipality, certifications per library, agreement parts, targets per
-- agreement). The tables themselves are in 001-initial.sql.
-- Copyright 2026 The IDO Regie authors
-- SPDX-License-Identifier: GPL-3.0-or-later

CREATE INDEX location_municipality ON location (municipality_id);
CREATE INDEX certification_library ON certification (library_id, certified_until);
CREATE INDEX agreement_party_agreement ON agreement_party (agreement_id);
CREATE INDEX agreement_deliverable_agreement ON agreement_deliverable (agreement_id, position);
CREATE INDEX target_agreement ON target (agreement_id);
CREATE INDEX spending_agreement ON spending (agreement_id);
