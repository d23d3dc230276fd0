-- 005-roles.sql: schema changes for this area (none yet).
-- Copyright 2026 The IDO Regie authors
-- SPDX-License-Identifier: GPL-3.0-or-later

SELECT 1;
