-- 002-reference-data.sql: the indicator vocabulary shared by dashboard
-- imports and performance targets, and the policy domains of Tabel 1 of the
-- Handreiking. Labels here are fallbacks; the UI translates known codes.
-- Copyright 2026 The IDO Regie authors
-- SPDX-License-Identifier: GPL-3.0-or-later

INSERT INTO indicator (code, label, aggregation, unit, has_category) VALUES
  ('questions',          'Questions',                          'sum',     'count',   0),
  ('visits',             'Visits',                             'sum',     'count',   0),
  ('referrals',          'Referrals',                          'sum',     'count',   1),
  ('helped-share',       'Helped satisfactorily',              'average', 'percent', 0),
  ('satisfaction',       'Satisfaction (0-10)',                'average', 'score',   0),
  ('duration',           'Conversation duration',              'sum',     'count',   1),
  ('topic',              'Question topics',                    'sum',     'count',   1),
  ('organisation',       'Organisation concerned',             'sum',     'count',   1),
  ('government-type',    'Type of government',                 'sum',     'count',   1),
  ('locations',          'Number of locations',                'latest',  'count',   0),
  ('opening-hours',      'Opening hours per week',             'latest',  'hours',   0),
  ('staffing',           'Staffing',                           'latest',  'count',   1),
  ('topic-share',        'Topic share',                        'average', 'percent', 1);

INSERT INTO policy_domain (code, name, position) VALUES
  ('digitalisation',     'Digitalisering',                                            1),
  ('library',            'Bibliotheekbeleid',                                         2),
  ('literacy',           'Laaggeletterdheid, (Digi)Taalhuizen, volwasseneneducatie',  3),
  ('education-youth',    'Onderwijs en jongeren',                                     4),
  ('integration',        'Inburgering',                                               5),
  ('work-income',        'Werk, inkomen en sociale zekerheid',                        6),
  ('debt-poverty',       'Schulden en armoede',                                       7),
  ('customer-contact',   'Klantcontactcentrum (KCC)/publieksdienstverlening',         8),
  ('social-domain',      'Sociaal domein/WMO/wijkteams',                              9),
  ('health',             'Gezondheid',                                                10),
  ('physical-domain',    'Fysiek domein/Omgevingswet/vergunningen/parkeren',          11);
