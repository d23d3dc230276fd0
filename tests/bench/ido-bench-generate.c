/* ido-bench-generate.c: creates a large IDO Regie database for benchmarks
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: ido-bench-generate [--partners N] [--observations N] DB
 *
 * Writes, through the core, every municipality of the registry (and makes
 * Amsterdam the own municipality), N partners with a contact each
 * (default 10,000) and N dashboard observations (default 1,000,000):
 * 342 municipality place keys x 28 quarters (2019Q1-2025Q4) x 105
 * indicator/category pairs, cut off at N. An existing DB is replaced.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "ido-database.h"
#include "ido-dossier.h"
#include "ido-municipality.h"
#include "ido-municipality-registry.h"

#define FIRST_YEAR 2019
#define LAST_YEAR  2025

typedef struct
{
  const char *indicator;
  const char *prefix;   /* categories are prefix + number; NULL: no category */
  guint       n_categories;
} Series;

/* 6 + 60 + 25 + 4 + 6 + 4 = 105 rows per municipality and quarter. */
static const Series series[] = {
  { "questions", NULL, 1 },
  { "visits", NULL, 1 },
  { "helped-share", NULL, 1 },
  { "satisfaction", NULL, 1 },
  { "locations", NULL, 1 },
  { "opening-hours", NULL, 1 },
  { "topic", "Onderwerp ", 60 },
  { "organisation", "Organisatie ", 25 },
  { "referrals", "Doorverwijzing ", 4 },
  { "duration", "Duur ", 6 },
  { "government-type", "Overheidslaag ", 4 },
};

static const char * const first_names[] = {
  "Anna", "Bram", "Carla", "Daan", "Eva", "Fleur", "Gijs", "Hanna", "Ilse", "Joris",
  "Kim", "Lars", "Mila", "Noah", "Olga", "Pim", "Roos", "Sem", "Tess", "Vince",
};

static const char * const last_names[] = {
  "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Visser", "Smit",
  "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks",
};

static const struct {
  const char *sector;
  const char *kind;
} sectors[] = {
  { "Sociale wijkteams/wijkregisseurs", "referrer" },
  { "Woningcorporaties", "referrer" },
  { "Huisartsen", "referrer" },
  { "Buurthuizen en wijkcentra", "both" },
  { "Vrijwilligersorganisaties", "support" },
  { "Geldloketten", "support" },
  { "Welzijnsorganisaties", "both" },
  { "Ouderenbonden", "support" },
};

static gboolean
exec_stmt (IdoDatabase   *db,
           sqlite3_stmt  *stmt,
           GError       **error)
{
  return ido_database_step (db, stmt, NULL, error);
}

static gboolean
insert_municipalities (IdoDatabase  *db,
                       GPtrArray    *ids,
                       GPtrArray    *codes,
                       GError      **error)
{
  GListModel *registry = G_LIST_MODEL (ido_municipality_registry_get_default ());
  guint n = g_list_model_get_n_items (registry);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(IdoMunicipality) m = g_list_model_get_item (registry, i);
      sqlite3_stmt *stmt = ido_database_prepare (db,
                                                 "INSERT INTO municipality (code, name, province) "
                                                 "VALUES (?1, ?2, ?3) ON CONFLICT (code) DO NOTHING",
                                                 error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, ido_municipality_get_code (m), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, ido_municipality_get_name (m), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, ido_municipality_get_province (m), -1, SQLITE_TRANSIENT);
      if (!exec_stmt (db, stmt, error))
        return FALSE;
      stmt = ido_database_prepare (db, "SELECT id FROM municipality WHERE code = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, ido_municipality_get_code (m), -1, SQLITE_TRANSIENT);
      if (sqlite3_step (stmt) != SQLITE_ROW)
        return FALSE;
      g_ptr_array_add (ids, GINT_TO_POINTER ((int) sqlite3_column_int64 (stmt, 0)));
      g_ptr_array_add (codes, g_strdup (ido_municipality_get_code (m)));
      sqlite3_reset (stmt);
    }
  return TRUE;
}

static gboolean
insert_partner (IdoDatabase  *db,
                guint         i,
                GPtrArray    *codes,
                GError      **error)
{
  IdoMunicipality *m = ido_municipality_registry_lookup_code (ido_municipality_registry_get_default (),
                                                              g_ptr_array_index (codes, i % codes->len));
  guint s = i % G_N_ELEMENTS (sectors);
  g_autofree char *name = g_strdup_printf ("%s %s %u", sectors[s].sector, ido_municipality_get_name (m), i + 1);
  g_autofree char *contact = g_strdup_printf ("%s %s", first_names[i % G_N_ELEMENTS (first_names)],
                                              last_names[(i / 7) % G_N_ELEMENTS (last_names)]);
  g_autofree char *email = g_strdup_printf ("contact%u@partner%u.example.nl", i + 1, i + 1);
  g_autofree char *phone = g_strdup_printf ("010 %03u %04u", (i / 10000) % 1000, i % 10000);
  sqlite3_stmt *stmt;
  gint64 partner_id;

  stmt = ido_database_prepare (db, "INSERT INTO partner (name, kind, sector, notes) VALUES (?1, ?2, ?3, ?4)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, sectors[s].kind, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, sectors[s].sector, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, "Gegenereerd voor de benchmark", -1, SQLITE_STATIC);
  if (!exec_stmt (db, stmt, error))
    return FALSE;
  partner_id = ido_database_last_insert_id (db);

  stmt = ido_database_prepare (db,
                               "INSERT INTO partner_contact (partner_id, name, function, email, phone) "
                               "VALUES (?1, ?2, ?3, ?4, ?5)",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, partner_id);
  sqlite3_bind_text (stmt, 2, contact, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, "Contactpersoon", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, email, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, phone, -1, SQLITE_TRANSIENT);
  return exec_stmt (db, stmt, error);
}

static gboolean
lookup_indicators (IdoDatabase  *db,
                   gint64       *ids,
                   GError      **error)
{
  for (guint s = 0; s < G_N_ELEMENTS (series); s++)
    {
      sqlite3_stmt *stmt = ido_database_prepare (db, "SELECT id FROM indicator WHERE code = ?1", error);
      gboolean has_row = FALSE;

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, series[s].indicator, -1, SQLITE_STATIC);
      if (!ido_database_step (db, stmt, &has_row, error))
        return FALSE;
      if (!has_row)
        {
          g_set_error (error, IDO_DB_ERROR, IDO_DB_ERROR_NOT_FOUND, "no indicator %s", series[s].indicator);
          return FALSE;
        }
      ids[s] = sqlite3_column_int64 (stmt, 0);
      sqlite3_reset (stmt);
    }
  return TRUE;
}

static double
fake_value (guint place,
            guint quarter,
            guint s,
            guint category)
{
  guint seed = place * 7919u + quarter * 104729u + s * 31u + category * 17u;

  switch (s)
    {
    case 2:
      return 80.0 + seed % 16;
    case 3:
      return 7.0 + (seed % 20) / 10.0;
    case 4:
      return 1 + seed % 6;
    case 5:
      return 4 + seed % 60;
    default:
      return seed % (s < 2 ? 2000 : 200);
    }
}

static gboolean
insert_observation (IdoDatabase  *db,
                    const char   *period,
                    const char   *place,
                    gint64        municipality_id,
                    gint64        indicator_id,
                    const char   *category,
                    double        value,
                    GError      **error)
{
  sqlite3_stmt *stmt = ido_database_prepare (db,
                                             "INSERT INTO observation (period, place_key, municipality_id, "
                                             "indicator_id, category, value) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                                             error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, period, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, place, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, municipality_id);
  sqlite3_bind_int64 (stmt, 4, indicator_id);
  sqlite3_bind_text (stmt, 5, category, -1, SQLITE_STATIC);
  sqlite3_bind_double (stmt, 6, value);
  return exec_stmt (db, stmt, error);
}

static gboolean
insert_observations (IdoDatabase  *db,
                     GPtrArray    *ids,
                     GPtrArray    *codes,
                     guint         limit,
                     guint        *written,
                     GError      **error)
{
  gint64 indicator_ids[G_N_ELEMENTS (series)];
  guint quarter = 0;

  if (!lookup_indicators (db, indicator_ids, error))
    return FALSE;
  *written = 0;
  for (int year = FIRST_YEAR; year <= LAST_YEAR; year++)
    for (int q = 1; q <= 4; q++, quarter++)
      {
        g_autofree char *period = g_strdup_printf ("%dQ%d", year, q);

        for (guint p = 0; p < codes->len; p++)
          for (guint s = 0; s < G_N_ELEMENTS (series); s++)
            for (guint c = 0; c < series[s].n_categories; c++)
              {
                g_autofree char *category = series[s].prefix ? g_strdup_printf ("%s%u", series[s].prefix, c + 1)
                                                             : g_strdup ("");

                if (*written >= limit)
                  return TRUE;
                if (!insert_observation (db, period, g_ptr_array_index (codes, p),
                                         GPOINTER_TO_INT (g_ptr_array_index (ids, p)), indicator_ids[s],
                                         category, fake_value (p, quarter, s, c), error))
                  return FALSE;
                (*written)++;
              }
      }
  return TRUE;
}

static void
remove_database (const char *path)
{
  const char *suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

static gboolean
generate (IdoDatabase  *db,
          guint         n_partners,
          guint         n_observations,
          guint        *n_municipalities,
          guint        *written,
          GError      **error)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(GPtrArray) codes = g_ptr_array_new_with_free_func (g_free);

  if (!ido_database_begin (db, error))
    return FALSE;
  if (!insert_municipalities (db, ids, codes, error) ||
      !ido_dossier_set_own_municipality (db, "GM0363", NULL, error))
    goto fail;
  *n_municipalities = codes->len;
  for (guint i = 0; i < n_partners; i++)
    {
      if (!insert_partner (db, i, codes, error))
        goto fail;
    }
  if (!insert_observations (db, ids, codes, n_observations, written, error))
    goto fail;
  return ido_database_commit (db, error);

fail:
  ido_database_rollback (db);
  return FALSE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("DB");
  g_autoptr(IdoDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  int n_partners = 10000;
  int n_observations = 1000000;
  guint written = 0;
  guint n_municipalities = 0;
  gint64 start, end;
  GStatBuf st;
  GOptionEntry entries[] = {
    { "partners", 0, 0, G_OPTION_ARG_INT, &n_partners, "Number of partners (10000)", "N" },
    { "observations", 0, 0, G_OPTION_ARG_INT, &n_observations, "Number of observations (1000000)", "N" },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2 ||
      n_partners < 0 || n_observations < 0)
    {
      g_printerr ("Usage: %s [--partners N] [--observations N] DB\n", g_get_prgname ());
      return 2;
    }

  start = g_get_monotonic_time ();
  remove_database (argv[1]);
  db = ido_database_open (argv[1], &error);
  /* A larger page cache for this connection keeps the index inserts in memory. */
  if (db == NULL ||
      !ido_database_exec (db, "PRAGMA cache_size = -262144", &error) ||
      !generate (db, (guint) n_partners, (guint) n_observations, &n_municipalities, &written, &error))
    {
      g_printerr ("ido-bench-generate: %s\n", error->message);
      return 1;
    }
  g_clear_object (&db);  /* closing checkpoints the WAL into the file */
  end = g_get_monotonic_time ();

  g_print ("Generated %s\n", argv[1]);
  g_print ("  municipalities:   %u (own: GM0363)\n", n_municipalities);
  g_print ("  partners:         %d (with a contact each)\n", n_partners);
  g_print ("  observations:     %u\n", written);
  if (g_stat (argv[1], &st) == 0)
    g_print ("  file size:        %.1f MB\n", st.st_size / 1e6);
  g_print ("  time:             %.2f s (%.0f rows/s)\n", (end - start) / 1e6,
           (written + 2.0 * n_partners) / ((end - start) / 1e6));
  return 0;
}
