/* test-municipality.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ido-municipality.h"
#include "ido-municipality-registry.h"

static void
assert_resolves (const char *input,
                 const char *code,
                 const char *merged)
{
  IdoMunicipalityRegistry *registry = ido_municipality_registry_get_default ();
  g_autofree char *merged_from = NULL;
  IdoMunicipality *m = ido_municipality_registry_resolve (registry, input, &merged_from);

  g_assert_nonnull (m);
  g_assert_cmpstr (ido_municipality_get_code (m), ==, code);
  g_assert_cmpstr (merged_from, ==, merged);
}

static void
test_shipped_list (void)
{
  IdoMunicipalityRegistry *registry = ido_municipality_registry_get_default ();
  GListModel *model = G_LIST_MODEL (registry);
  guint64 total = 0;
  g_autofree char *previous = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 342);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(IdoMunicipality) m = g_list_model_get_item (model, i);

      g_assert_true (ido_municipality_code_is_valid (ido_municipality_get_code (m)));
      g_assert_cmpuint (ido_municipality_get_inhabitants_year (m), ==, 2024);
      total += ido_municipality_get_inhabitants (m);
      if (previous != NULL)
        g_assert_cmpstr (previous, <=, ido_municipality_get_search_key (m));
      g_set_str (&previous, ido_municipality_get_search_key (m));
    }
  /* The CBS total of 1 January 2024 (see data/README-data.md). */
  g_assert_cmpuint (total, ==, 17942942);
}

static void
test_resolve (void)
{
  assert_resolves ("GM0363", "GM0363", NULL);
  assert_resolves ("gm0363", "GM0363", NULL);
  assert_resolves ("0363", "GM0363", NULL);
  assert_resolves ("363", "GM0363", NULL);
  assert_resolves ("Amsterdam", "GM0363", NULL);
  assert_resolves ("  AMSTERDAM ", "GM0363", NULL);
  assert_resolves ("Den Haag", "GM0518", NULL);
  assert_resolves ("'s-Gravenhage", "GM0518", NULL);
  assert_resolves ("s Gravenhage", "GM0518", NULL);
  assert_resolves ("’s-Hertogenbosch", "GM0796", NULL);
  assert_resolves ("Den Bosch", "GM0796", NULL);
  assert_resolves ("Súdwest-Fryslân", "GM1900", NULL);
  assert_resolves ("Sudwest Fryslan", "GM1900", NULL);
  assert_resolves ("Bergen (NH.)", "GM0373", NULL);
  assert_resolves ("Bergen NH", "GM0373", NULL);
  assert_resolves ("Nuenen, Gerwen en Nederwetten", "GM0820", NULL);
  /* Merged municipalities resolve to their successor. */
  assert_resolves ("Weesp", "GM0363", "Weesp");
  assert_resolves ("GM0457", "GM0363", "Weesp");
  assert_resolves ("Delfzijl", "GM1979", "Delfzijl");
  assert_resolves ("Brielle", "GM1992", "Brielle");
  assert_resolves ("Haaren", "GM0824", "Haaren");
}

static void
test_resolve_unknown (void)
{
  IdoMunicipalityRegistry *registry = ido_municipality_registry_get_default ();

  g_assert_null (ido_municipality_registry_resolve (registry, "Atlantis", NULL));
  g_assert_null (ido_municipality_registry_resolve (registry, "GM9999", NULL));
  g_assert_null (ido_municipality_registry_resolve (registry, "", NULL));
  /* Two municipalities are called Bergen: a bare name is ambiguous. */
  g_assert_null (ido_municipality_registry_resolve (registry, "Bergen", NULL));
}

static void
test_fold (void)
{
  const struct { const char *in; const char *out; } cases[] = {
    { "’s-Gravenhage", "s gravenhage" },
    { "Súdwest-Fryslân", "sudwest fryslan" },
    { "  Bergen (NH.) ", "bergen nh" },
    { "Ede", "ede" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folded = ido_text_fold (cases[i].in);

      g_assert_cmpstr (folded, ==, cases[i].out);
    }
}

static void
test_code_valid (void)
{
  g_assert_true (ido_municipality_code_is_valid ("GM0363"));
  g_assert_false (ido_municipality_code_is_valid ("GM363"));
  g_assert_false (ido_municipality_code_is_valid ("gm0363"));
  g_assert_false (ido_municipality_code_is_valid ("GM03634"));
  g_assert_false (ido_municipality_code_is_valid ("GMabcd"));
  g_assert_false (ido_municipality_code_is_valid (NULL));
}

static void
test_broken_data (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(IdoMunicipalityRegistry) registry =
    ido_municipality_registry_new_from_data ("code,name,province\nGM0001\n", NULL, NULL, &error);

  g_assert_null (registry);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/municipality/shipped-list", test_shipped_list);
  g_test_add_func ("/municipality/resolve", test_resolve);
  g_test_add_func ("/municipality/resolve-unknown", test_resolve_unknown);
  g_test_add_func ("/municipality/fold", test_fold);
  g_test_add_func ("/municipality/code-valid", test_code_valid);
  g_test_add_func ("/municipality/broken-data", test_broken_data);

  return g_test_run ();
}
