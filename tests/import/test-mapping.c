/* test-mapping.c: column recognition, mapping JSON and presets
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib.h>
#include <locale.h>

#include "ido-database.h"
#include "ido-export.h"
#include "ido-import-error.h"
#include "ido-mapping.h"
#include "ido-test-utils.h"

static IdoMapping *
detect (const char * const *headers,
        const char * const *sample)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  if (sample != NULL)
    g_ptr_array_add (rows, g_strdupv ((GStrv) sample));
  return ido_mapping_detect (headers, g_strv_length ((GStrv) headers), rows);
}

static void
test_detect_long (void)
{
  const char * const headers[] = { "Periode", "Gemeente", "Indicator", "Categorie", "Waarde", NULL };
  g_autoptr(IdoMapping) mapping = detect (headers, NULL);

  g_assert_cmpint (ido_mapping_get_field (mapping, 0), ==, IDO_FIELD_PERIOD);
  g_assert_cmpint (ido_mapping_get_field (mapping, 1), ==, IDO_FIELD_MUNICIPALITY);
  g_assert_cmpint (ido_mapping_get_field (mapping, 2), ==, IDO_FIELD_INDICATOR);
  g_assert_cmpint (ido_mapping_get_field (mapping, 3), ==, IDO_FIELD_CATEGORY);
  g_assert_cmpint (ido_mapping_get_field (mapping, 4), ==, IDO_FIELD_VALUE);
  g_assert_cmpint (ido_mapping_get_layout (mapping), ==, IDO_LAYOUT_LONG);
  g_assert_cmpint (ido_mapping_get_notation (mapping), ==, IDO_NOTATION_DUTCH);
  g_assert_cmpint (ido_mapping_get_date_order (mapping), ==, IDO_DATE_ORDER_DAY_FIRST);
  g_assert_true (ido_mapping_validate (mapping, NULL));
}

static void
test_detect_synonyms (void)
{
  /* Case, spacing, accents and punctuation do not matter. */
  const char * const headers[] = {
    "  KWARTAAL ", "Gemeentecode", "Bibliotheekorganisatie", "Vestiging", "Binnen/buiten bibliotheek",
    "Aantal vragen", "Aantal bezoeken", "Doorverwijzingen", "Tevredenheid", "Naar tevredenheid geholpen",
    "Openingsuren per week", "Onderwerp: DigiD", "Opmerking", NULL
  };
  g_autoptr(IdoMapping) mapping = detect (headers, NULL);
  static const struct { IdoField field; const char *indicator; } expected[] = {
    { IDO_FIELD_PERIOD, NULL }, { IDO_FIELD_MUNICIPALITY_CODE, NULL }, { IDO_FIELD_LIBRARY, NULL },
    { IDO_FIELD_LOCATION, NULL }, { IDO_FIELD_INSIDE_LIBRARY, NULL }, { IDO_FIELD_VALUE, "questions" },
    { IDO_FIELD_VALUE, "visits" }, { IDO_FIELD_VALUE, "referrals" }, { IDO_FIELD_VALUE, "satisfaction" },
    { IDO_FIELD_VALUE, "helped-share" }, { IDO_FIELD_VALUE, "opening-hours" }, { IDO_FIELD_VALUE, "topic" },
    { IDO_FIELD_NONE, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_test_message ("column %s", headers[i]);
      g_assert_cmpint (ido_mapping_get_field (mapping, i), ==, expected[i].field);
      g_assert_cmpstr (ido_mapping_get_indicator (mapping, i), ==, expected[i].indicator);
    }
  g_assert_cmpstr (ido_mapping_get_category (mapping, 11), ==, "DigiD");
  g_assert_cmpint (ido_mapping_get_layout (mapping), ==, IDO_LAYOUT_WIDE);
  g_assert_true (ido_mapping_validate (mapping, NULL));
}

static void
test_detect_english_and_samples (void)
{
  const char * const headers[] = { "Period", "Municipality", "Questions", "Visits", "DigiD authorisations", "Remark", NULL };
  const char * const sample[] = { "2024-Q1", "Utrecht", "1,234", "1,050.5", "12", "fine", NULL };
  g_autoptr(IdoMapping) mapping = detect (headers, sample);

  g_assert_cmpint (ido_mapping_get_field (mapping, 2), ==, IDO_FIELD_VALUE);
  g_assert_cmpstr (ido_mapping_get_indicator (mapping, 3), ==, "visits");
  /* An unknown column of numbers in a wide table: a custom indicator. */
  g_assert_cmpint (ido_mapping_get_field (mapping, 4), ==, IDO_FIELD_VALUE);
  g_assert_cmpstr (ido_mapping_get_indicator (mapping, 4), ==, "custom:digid authorisations");
  g_assert_cmpint (ido_mapping_get_field (mapping, 5), ==, IDO_FIELD_NONE);
  /* "1,050.5" only reads as English. */
  g_assert_cmpint (ido_mapping_get_notation (mapping), ==, IDO_NOTATION_ENGLISH);
  g_assert_cmpint (ido_mapping_get_date_order (mapping), ==, IDO_DATE_ORDER_NONE);
}

static void
test_detect_year_quarter_and_category (void)
{
  const char * const split[] = { "Jaar", "Kwartaal", "Gemeente", "Aantal", NULL };
  const char * const topics[] = { "Periode", "Gemeente", "Onderwerp", "Aantal vragen", NULL };
  const char * const shares[] = { "Periode", "Gemeente", "Onderwerp", "Aandeel onderwerp", NULL };
  g_autoptr(IdoMapping) a = detect (split, NULL);
  g_autoptr(IdoMapping) b = detect (topics, NULL);
  g_autoptr(IdoMapping) c = detect (shares, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (ido_mapping_get_field (a, 0), ==, IDO_FIELD_YEAR);
  g_assert_cmpint (ido_mapping_get_field (a, 1), ==, IDO_FIELD_QUARTER);
  /* "Aantal" names no indicator: the user has to choose one. */
  g_assert_false (ido_mapping_validate (a, &error));
  g_assert_error (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_MAPPING);
  g_clear_error (&error);
  ido_mapping_set_default_indicator (a, "visits");
  g_assert_true (ido_mapping_validate (a, &error));
  g_assert_no_error (error);

  /* Questions per topic are the topic indicator... */
  g_assert_cmpint (ido_mapping_get_field (b, 2), ==, IDO_FIELD_CATEGORY);
  g_assert_cmpstr (ido_mapping_get_effective_indicator (b, 3), ==, "topic");
  /* ...and a topic share stays a topic share. */
  g_assert_cmpstr (ido_mapping_get_effective_indicator (c, 3), ==, "topic-share");
}

static void
test_header_row (void)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  const char * const title[] = { "Dashboard Informatiepunten Digitale Overheid", NULL };
  const char * const blank[] = { "Export van 1 oktober 2024", "", NULL };
  const char * const header[] = { "Periode", "Gemeente", "Waarde", NULL };

  g_ptr_array_add (rows, g_strdupv ((GStrv) title));
  g_ptr_array_add (rows, g_strdupv ((GStrv) blank));
  g_ptr_array_add (rows, g_strdupv ((GStrv) header));
  g_assert_cmpuint (ido_mapping_find_header_row (rows), ==, 2);
}

static void
test_validate (void)
{
  const char * const no_period[] = { "Gemeente", "Aantal vragen", NULL };
  const char * const no_value[] = { "Periode", "Gemeente", NULL };
  const char * const no_place[] = { "Periode", "Aantal vragen", NULL };
  const char * const twice[] = { "Periode", "Gemeente", "Vragen", "Aantal vragen", NULL };
  const char * const * const cases[] = { no_period, no_value, no_place, twice };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(IdoMapping) mapping = detect (cases[i], NULL);
      g_autoptr(GError) error = NULL;

      g_assert_false (ido_mapping_validate (mapping, &error));
      g_assert_error (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_MAPPING);
      g_test_message ("%s", error->message);
    }
  {
    g_autoptr(IdoMapping) mapping = detect (no_place, NULL);

    ido_mapping_set_default_place (mapping, "own");
    g_assert_true (ido_mapping_validate (mapping, NULL));
  }
}

static void
test_json_round_trip (void)
{
  const char * const headers[] = { "Jaar", "Kwartaal", "Locatie", "Onderwerp: DigiD", "Cijfer", "Extra", NULL };
  g_autoptr(IdoMapping) mapping = detect (headers, NULL);
  g_autoptr(IdoMapping) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *again = NULL;

  ido_mapping_set_name (mapping, "KB-export per locatie");
  ido_mapping_set_encoding (mapping, "WINDOWS-1252");
  ido_mapping_set_delimiter (mapping, ';');
  ido_mapping_set_sheet (mapping, 1);
  ido_mapping_set_default_place (mapping, "GM0363");
  ido_mapping_set_notation (mapping, IDO_NOTATION_ENGLISH);
  ido_mapping_set_date_order (mapping, IDO_DATE_ORDER_MONTH_FIRST);
  ido_mapping_set_column (mapping, 5, IDO_FIELD_VALUE, "custom:extra", "a");
  json = ido_mapping_to_json (mapping);
  copy = ido_mapping_new_from_json (json, -1, &error);
  g_assert_no_error (error);
  again = ido_mapping_to_json (copy);
  g_assert_cmpstr (json, ==, again);
  g_assert_cmpstr (ido_mapping_get_name (copy), ==, "KB-export per locatie");
  g_assert_cmpstr (ido_mapping_get_encoding (copy), ==, "WINDOWS-1252");
  g_assert_cmpint (ido_mapping_get_delimiter (copy), ==, ';');
  g_assert_cmpint (ido_mapping_get_sheet (copy), ==, 1);
  g_assert_cmpint (ido_mapping_get_notation (copy), ==, IDO_NOTATION_ENGLISH);
  g_assert_cmpint (ido_mapping_get_date_order (copy), ==, IDO_DATE_ORDER_MONTH_FIRST);
  g_assert_cmpint (ido_mapping_get_field (copy, 1), ==, IDO_FIELD_QUARTER);
  g_assert_cmpstr (ido_mapping_get_category (copy, 3), ==, "DigiD");
  g_assert_cmpstr (ido_mapping_get_indicator (copy, 4), ==, "satisfaction");
  g_assert_cmpstr (ido_mapping_get_indicator (copy, 5), ==, "custom:extra");
}

/* A value column mapped by the user to a known indicator with a category,
 * or to a custom indicator the targets dialog made ("custom-<uuid>"), keeps
 * that through JSON (presets and ido_mapping_copy()). */
static void
test_json_chosen_indicators (void)
{
  const char * const headers[] = { "Periode", "Gemeente", "Klik en Tik", "Extra", "Uitleen", NULL };
  g_autoptr(IdoMapping) mapping = detect (headers, NULL);
  g_autoptr(IdoMapping) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;

  ido_mapping_set_column (mapping, 2, IDO_FIELD_VALUE, "topic", "Klik en Tik");
  ido_mapping_set_column (mapping, 3, IDO_FIELD_VALUE, "custom-0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b", NULL);
  ido_mapping_set_column (mapping, 4, IDO_FIELD_VALUE, "visits", NULL);
  json = ido_mapping_to_json (mapping);
  copy = ido_mapping_new_from_json (json, -1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (copy);
  g_assert_cmpint (ido_mapping_get_field (copy, 2), ==, IDO_FIELD_VALUE);
  g_assert_cmpstr (ido_mapping_get_indicator (copy, 2), ==, "topic");
  g_assert_cmpstr (ido_mapping_get_category (copy, 2), ==, "Klik en Tik");
  g_assert_cmpstr (ido_mapping_get_indicator (copy, 3), ==, "custom-0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
  g_assert_null (ido_mapping_get_category (copy, 3));
  g_assert_cmpstr (ido_mapping_get_effective_indicator (copy, 4), ==, "visits");
  g_clear_object (&copy);
  copy = ido_mapping_copy (mapping);
  g_assert_nonnull (copy);
  g_assert_cmpstr (ido_mapping_get_indicator (copy, 3), ==, "custom-0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
}

static void
test_json_invalid (void)
{
  static const char * const cases[] = {
    "",
    "[]",
    "{}",
    "{\"format\": \"something-else\", \"columns\": []}",
    "{\"format\": \"ido-regie-mapping\", \"version\": 99, \"columns\": []}",
    "{\"format\": \"ido-regie-mapping\", \"version\": 1}",
    "{\"format\": \"ido-regie-mapping\", \"version\": 1, \"columns\": [1]}",
    "{\"format\": \"ido-regie-mapping\", \"version\": 1, \"columns\": [{\"field\": \"nonsense\"}]}",
    "{\"format\": \"ido-regie-mapping\", \"version\": 1, \"columns\": [{\"field\": \"value\", \"indicator\": \"bogus\"}]}",
    "{\"format\": \"ido-regie-mapping\", \"version\": 1, \"columns\": [], \"delimiter\": \"xx\"}",
    "{\"format\": \"ido-regie-mapping\", \"version\": 1, \"columns\": [], \"notation\": 5}",
    "{\"format\": \"ido-regie-mapping\", \"version\": 1, \"columns\": [], \"header_row\": 1000}",
    "{\"format\": \"ido-regie-mapping\", \"version\": \"1\", \"columns\": []}",
    /* found by fuzz-mapping: aborted json-glib's immutable parser */
    "\"format\"{\"format\":\"ido-regie-mapping\",\"rsios\":[]}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(IdoMapping) mapping = NULL;

      g_test_message ("invalid mapping %s", cases[i]);
      mapping = ido_mapping_new_from_json (cases[i], -1, &error);
      g_assert_null (mapping);
      g_assert_error (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_MAPPING);
    }
}

static void
test_align (void)
{
  const char * const headers[] = { "Periode", "Gemeente", "Aantal vragen", NULL };
  const char * const reordered[] = { "aantal VRAGEN", "Extra", "periode", "Gemeente", NULL };
  const char * const missing[] = { "Periode", "Aantal vragen", NULL };
  g_autoptr(IdoMapping) mapping = detect (headers, NULL);
  g_autoptr(IdoMapping) aligned = NULL;
  g_autoptr(IdoMapping) none = NULL;
  g_autoptr(GError) error = NULL;

  aligned = ido_mapping_align (mapping, reordered, 4, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ido_mapping_get_field (aligned, 0), ==, IDO_FIELD_VALUE);
  g_assert_cmpstr (ido_mapping_get_indicator (aligned, 0), ==, "questions");
  g_assert_cmpint (ido_mapping_get_field (aligned, 1), ==, IDO_FIELD_NONE);
  g_assert_cmpint (ido_mapping_get_field (aligned, 2), ==, IDO_FIELD_PERIOD);
  g_assert_cmpint (ido_mapping_get_field (aligned, 3), ==, IDO_FIELD_MUNICIPALITY);

  none = ido_mapping_align (mapping, missing, 2, &error);
  g_assert_null (none);
  g_assert_error (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_MAPPING);
}

static void
test_presets (void)
{
  g_autofree char *dir = ido_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "ido.db", NULL);
  g_autofree char *json_path = g_build_filename (dir, "preset.json", NULL);
  g_autoptr(IdoDatabase) database = NULL;
  g_autoptr(IdoMapping) mapping = NULL;
  g_autoptr(IdoMapping) found = NULL;
  g_autoptr(IdoMapping) loaded = NULL;
  g_autoptr(IdoMapping) imported = NULL;
  g_autoptr(GFile) json_file = g_file_new_for_path (json_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *signature = NULL;
  g_auto(GStrv) names = NULL;
  const char * const headers[] = { "Kolom A", "Kolom B", "Kolom C", "", NULL };

  database = ido_database_open (path, &error);
  g_assert_no_error (error);
  mapping = ido_mapping_new ();
  ido_mapping_set_headers (mapping, headers, 4);
  ido_mapping_set_column (mapping, 0, IDO_FIELD_PERIOD, NULL, NULL);
  ido_mapping_set_column (mapping, 1, IDO_FIELD_MUNICIPALITY, NULL, NULL);
  ido_mapping_set_column (mapping, 2, IDO_FIELD_VALUE, "visits", NULL);
  g_assert_true (ido_mapping_save_preset (mapping, database, " Bezoeken per gemeente ", &error));
  g_assert_no_error (error);

  /* Found by the header signature; trailing empty headers do not count. */
  signature = ido_header_signature (headers, 3);
  g_assert_cmpstr (signature, ==, "kolom a|kolom b|kolom c");
  found = ido_mapping_find_preset (database, signature);
  g_assert_nonnull (found);
  g_assert_cmpstr (ido_mapping_get_name (found), ==, "Bezoeken per gemeente");
  g_assert_cmpstr (ido_mapping_get_indicator (found, 2), ==, "visits");
  g_assert_null (ido_mapping_find_preset (database, "periode|gemeente"));

  /* Export to a file, delete, import again. */
  loaded = ido_mapping_load_preset (database, "Bezoeken per gemeente", &error);
  g_assert_no_error (error);
  g_assert_true (ido_mapping_save_to_file (loaded, json_file, &error));
  g_assert_no_error (error);
  g_assert_true (ido_mapping_delete_preset (database, "Bezoeken per gemeente", &error));
  g_assert_null (ido_mapping_load_preset (database, "Bezoeken per gemeente", NULL));
  imported = ido_mapping_new_from_file (json_file, &error);
  g_assert_no_error (error);
  g_assert_true (ido_mapping_save_preset (imported, database, ido_mapping_get_name (imported), &error));
  names = ido_mapping_list_presets (database);
  g_assert_cmpuint (g_strv_length (names), ==, 1);
  g_assert_cmpstr (names[0], ==, "Bezoeken per gemeente");
  g_assert_false (ido_mapping_save_preset (imported, database, "  ", &error));
  g_assert_error (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_MAPPING);

  g_clear_object (&database);
  ido_test_remove_dir (dir);
}

static void
test_export_mapping (void)
{
  guint n = 0;
  const char * const *columns = ido_export_get_columns (&n);
  g_autoptr(IdoMapping) mapping = ido_export_create_mapping ();
  g_autofree char *signature = ido_header_signature (columns, n);

  g_assert_true (ido_export_is_signature (signature));
  g_assert_true (ido_mapping_validate (mapping, NULL));
  g_assert_cmpint (ido_mapping_get_notation (mapping), ==, IDO_NOTATION_ENGLISH);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/mapping/detect-long", test_detect_long);
  g_test_add_func ("/import/mapping/detect-synonyms", test_detect_synonyms);
  g_test_add_func ("/import/mapping/detect-english-and-samples", test_detect_english_and_samples);
  g_test_add_func ("/import/mapping/detect-year-quarter-and-category", test_detect_year_quarter_and_category);
  g_test_add_func ("/import/mapping/header-row", test_header_row);
  g_test_add_func ("/import/mapping/validate", test_validate);
  g_test_add_func ("/import/mapping/json-round-trip", test_json_round_trip);
  g_test_add_func ("/import/mapping/json-chosen-indicators", test_json_chosen_indicators);
  g_test_add_func ("/import/mapping/json-invalid", test_json_invalid);
  g_test_add_func ("/import/mapping/align", test_align);
  g_test_add_func ("/import/mapping/presets", test_presets);
  g_test_add_func ("/import/mapping/export-mapping", test_export_mapping);

  return g_test_run ();
}
