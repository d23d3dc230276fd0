-- 003-network.sql: partner network, referral agreements, desks and trainings.
-- Copyright 2026 The IDO Regie authors
-- SPDX-License-Identifier: GPL-3.0-or-later

-- Departments a training reached that are not (yet) registered as desks.
ALTER TABLE training ADD COLUMN departments TEXT NOT NULL DEFAULT '';

-- Lookups by the other side of a link: "partners reached", a desk's
-- agreements and trainings, a meeting's actions.
CREATE INDEX IF NOT EXISTS meeting_partner_partner ON meeting_partner (partner_id);
CREATE INDEX IF NOT EXISTS referral_agreement_desk ON referral_agreement (desk_id);
CREATE INDEX IF NOT EXISTS referral_agreement_contact ON referral_agreement (contact_id);
CREATE INDEX IF NOT EXISTS training_desk_desk ON training_desk (desk_id);
CREATE INDEX IF NOT EXISTS action_item_meeting ON action_item (meeting_id);
CREATE INDEX IF NOT EXISTS partner_building_block_block ON partner_building_block (block);
