/* ido-location.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-location.h"
#include "ido-money.h"
#include "ido-sql-util.h"
#include "ido-validate.h"

static const char * const placements[] = {
  "library", "community-centre", "village-house", "shop", "hospital", "gp-practice",
  "care-complex", "town-hall", "mobile", "other", NULL
};

static const char * const hours_classes[] = {
  "up-to-8", "8-16", "16-24", "24-32", "32-40", "40-plus", NULL
};

/* The class bounds in hours per week. "8 tot 16" leaves open whether 8 and
 * 16 belong to it, so a boundary value fits both neighbouring classes. */
static const double hours_bounds[][2] = {
  { 0, 8 }, { 8, 16 }, { 16, 24 }, { 24, 32 }, { 32, 40 }, { 40, 168 }
};

static const char * const staffing_codes[IDO_N_STAFFING] = {
  "library-staff", "library-volunteers", "partner-staff", "partner-volunteers", "interns"
};

static const char * const staffing_labels[IDO_N_STAFFING] = {
  N_("Library staff"),
  N_("Library volunteers"),
  N_("Partner organisation staff"),
  N_("Partner organisation volunteers"),
  N_("Interns"),
};

/**
 * ido_location_placements:
 *
 * Returns: (transfer none): "library" followed by the outside types of the
 *   Handreiking (Bijlage III), %NULL-terminated
 */
const char * const *
ido_location_placements (void)
{
  return placements;
}

const char *
ido_location_placement_get_label (const char *placement)
{
  static const struct { const char *code; const char *label; } labels[] = {
    { "library", N_("In the library") },
    { "community-centre", N_("Community centre") },
    { "village-house", N_("Neighbourhood or village house") },
    { "shop", N_("Supermarket or shop") },
    { "hospital", N_("Hospital") },
    { "gp-practice", N_("GP practice") },
    { "care-complex", N_("Residential care complex") },
    { "town-hall", N_("Town hall") },
    { "mobile", N_("Mobile or pop-up") },
    { "other", N_("Other place outside the library") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      if (g_strcmp0 (placement, labels[i].code) == 0)
        return _(labels[i].label);
    }
  return "";
}

/**
 * ido_location_hours_classes:
 *
 * Returns: (transfer none): the opening-hours classes of the dashboard
 *   (§2.6.4.2), %NULL-terminated
 */
const char * const *
ido_location_hours_classes (void)
{
  return hours_classes;
}

const char *
ido_location_hours_class_get_label (const char *hours_class)
{
  static const char * const labels[] = {
    N_("8 hours or less"), N_("8 to 16 hours"), N_("16 to 24 hours"),
    N_("24 to 32 hours"), N_("32 to 40 hours"), N_("40 hours or more"),
  };

  for (guint i = 0; hours_classes[i] != NULL; i++)
    {
      if (g_strcmp0 (hours_class, hours_classes[i]) == 0)
        return _(labels[i]);
    }
  return "";
}

static int
hours_class_index (const char *hours_class)
{
  for (int i = 0; hours_classes[i] != NULL; i++)
    {
      if (g_strcmp0 (hours_class, hours_classes[i]) == 0)
        return i;
    }
  return -1;
}

/**
 * ido_location_hours_class_for_hours:
 * @hours: opening hours per week
 *
 * Returns: (transfer none): the class @hours falls in: 8 is "8 hours or
 *   less", 16 is "16 to 24", 40 is "40 or more"
 */
const char *
ido_location_hours_class_for_hours (double hours)
{
  if (hours <= 8)
    return "up-to-8";
  if (hours < 16)
    return "8-16";
  if (hours < 24)
    return "16-24";
  if (hours < 32)
    return "24-32";
  if (hours < 40)
    return "32-40";
  return "40-plus";
}

static char *
format_hours (double hours)
{
  return ido_number_format (hours, fabs (hours - round (hours)) < 0.001 ? 0 : 1);
}

/**
 * ido_location_check_hours:
 * @hours_class: (nullable): the class, or %NULL when unknown
 * @has_hours: whether @hours is known
 *
 * Checks the actual hours per week (0-168) and that they fall in the class.
 */
gboolean
ido_location_check_hours (const char  *hours_class,
                          gboolean     has_hours,
                          double       hours,
                          GError     **error)
{
  int index = hours_class_index (hours_class);
  g_autofree char *text = NULL;

  if (hours_class != NULL && index < 0)
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_CATEGORY, _("Choose one of the opening-hours classes."));
      return FALSE;
    }
  if (!has_hours)
    return TRUE;
  text = format_hours (hours);
  if (!isfinite (hours) || hours < 0 || hours > 168)
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_HOURS,
                   _("A week has 168 hours: enter between 0 and 168 hours."));
      return FALSE;
    }
  if (index >= 0 && (hours < hours_bounds[index][0] || hours > hours_bounds[index][1]))
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_HOURS,
                   _("%s hours per week falls in the class “%s”, not in “%s”."), text,
                   ido_location_hours_class_get_label (ido_location_hours_class_for_hours (hours)),
                   ido_location_hours_class_get_label (hours_class));
      return FALSE;
    }
  return TRUE;
}

/**
 * ido_location_parse_hours:
 * @text: (nullable): "20", "20,5" or "20.5"; empty for unknown
 * @has_hours: (out): whether @text gave a number
 * @hours: (out): the hours per week
 */
gboolean
ido_location_parse_hours (const char  *text,
                          gboolean    *has_hours,
                          double      *hours,
                          GError     **error)
{
  g_autofree char *clean = NULL;
  char *end = NULL;
  double value;

  *has_hours = FALSE;
  *hours = 0;
  if (ido_sql_is_blank (text))
    return TRUE;
  clean = g_strstrip (g_strdelimit (g_strdup (text), ",", '.'));
  if (g_str_has_suffix (clean, "uur"))
    clean[strlen (clean) - 3] = '\0';
  g_strstrip (clean);
  value = g_ascii_strtod (clean, &end);
  if (end == clean || *end != '\0' || !isfinite (value) || strchr (clean, 'e') || strchr (clean, 'E'))
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_HOURS,
                   _("“%s” is not a number of hours; write it like 20 or 12,5."), text);
      return FALSE;
    }
  *has_hours = TRUE;
  *hours = value;
  return TRUE;
}

const char *
ido_staffing_to_string (IdoStaffing staffing)
{
  for (guint i = 0; i < IDO_N_STAFFING; i++)
    {
      if (staffing == (1u << i))
        return staffing_codes[i];
    }
  g_return_val_if_reached (NULL);
}

const char *
ido_staffing_get_label (IdoStaffing staffing)
{
  for (guint i = 0; i < IDO_N_STAFFING; i++)
    {
      if (staffing == (1u << i))
        return _(staffing_labels[i]);
    }
  g_return_val_if_reached ("");
}

gboolean
ido_staffing_from_string (const char  *text,
                          IdoStaffing *staffing)
{
  for (guint i = 0; i < IDO_N_STAFFING; i++)
    {
      if (g_strcmp0 (text, staffing_codes[i]) == 0)
        {
          *staffing = 1u << i;
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * ido_staffing_dup_labels:
 * @staffing: IdoStaffing flags
 *
 * Returns: (transfer full): the labels joined by ", "; empty for none
 */
char *
ido_staffing_dup_labels (guint staffing)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < IDO_N_STAFFING; i++)
    {
      if ((staffing & (1u << i)) == 0)
        continue;
      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append (text, _(staffing_labels[i]));
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * ido_location_new:
 *
 * Returns: (transfer full): an unsaved location inside the library
 */
IdoLocation *
ido_location_new (void)
{
  IdoLocation *location = g_new0 (IdoLocation, 1);

  location->name = g_strdup ("");
  location->placement = g_strdup ("library");
  location->address = g_strdup ("");
  location->consultation_hours = g_strdup ("");
  location->notes = g_strdup ("");
  location->library_name = g_strdup ("");
  location->municipality_name = g_strdup ("");
  return location;
}

void
ido_location_free (IdoLocation *location)
{
  if (location == NULL)
    return;
  g_free (location->uuid);
  g_free (location->name);
  g_free (location->placement);
  g_free (location->address);
  g_free (location->hours_class);
  g_free (location->consultation_hours);
  g_free (location->active_from);
  g_free (location->active_until);
  g_free (location->notes);
  g_free (location->library_name);
  g_free (location->municipality_name);
  g_free (location);
}

/**
 * ido_location_is_active:
 * @today: an ISO date
 *
 * Returns: whether the location is open on @today
 */
gboolean
ido_location_is_active (const IdoLocation *location,
                        const char        *today)
{
  g_return_val_if_fail (location != NULL && today != NULL, FALSE);

  if (location->active_from != NULL && strcmp (location->active_from, today) > 0)
    return FALSE;
  return location->active_until == NULL || strcmp (location->active_until, today) >= 0;
}

/**
 * ido_location_dup_hours_text:
 *
 * Returns: (transfer full): e.g. "20 hours per week (16 to 24 hours)"
 */
char *
ido_location_dup_hours_text (const IdoLocation *location)
{
  g_autofree char *hours = NULL;

  if (!location->has_hours)
    return g_strdup (ido_location_hours_class_get_label (location->hours_class));
  hours = format_hours (location->hours_per_week);
  if (location->hours_class == NULL)
    return g_strdup_printf (_("%s hours per week"), hours);
  return g_strdup_printf (_("%s hours per week (%s)"), hours,
                          ido_location_hours_class_get_label (location->hours_class));
}

#define LOCATION_SELECT \
  "SELECT o.id, o.uuid, o.library_id, o.municipality_id, o.name, o.placement, o.address, o.hours_class," \
  " o.hours_per_week, o.consultation_hours, o.active_from, o.active_until, o.notes," \
  " coalesce(l.name, ''), coalesce(m.name, ''), coalesce((SELECT json_group_array(staffing)" \
  "   FROM location_staffing s WHERE s.location_id = o.id), '[]')" \
  " FROM location o LEFT JOIN library l ON l.id = o.library_id" \
  " LEFT JOIN municipality m ON m.id = o.municipality_id"

static guint
parse_staffing (const char *json_array)
{
  g_auto(GStrv) parts = NULL;
  guint flags = 0;

  /* json_group_array of plain codes: ["library-staff","interns"] */
  parts = g_strsplit_set (json_array, "[],\"", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      IdoStaffing staffing;

      if (ido_staffing_from_string (parts[i], &staffing))
        flags |= staffing;
    }
  return flags;
}

static IdoLocation *
location_from_row (sqlite3_stmt *stmt)
{
  IdoLocation *o = ido_location_new ();

  o->id = sqlite3_column_int64 (stmt, 0);
  o->uuid = ido_sql_column_dup (stmt, 1);
  o->library_id = sqlite3_column_int64 (stmt, 2);
  o->municipality_id = sqlite3_column_int64 (stmt, 3);
  g_set_str (&o->name, (const char *) sqlite3_column_text (stmt, 4));
  g_set_str (&o->placement, (const char *) sqlite3_column_text (stmt, 5));
  g_set_str (&o->address, (const char *) sqlite3_column_text (stmt, 6));
  o->hours_class = ido_sql_column_dup_or_null (stmt, 7);
  o->has_hours = sqlite3_column_type (stmt, 8) != SQLITE_NULL;
  o->hours_per_week = sqlite3_column_double (stmt, 8);
  g_set_str (&o->consultation_hours, (const char *) sqlite3_column_text (stmt, 9));
  o->active_from = ido_sql_column_dup_or_null (stmt, 10);
  o->active_until = ido_sql_column_dup_or_null (stmt, 11);
  g_set_str (&o->notes, (const char *) sqlite3_column_text (stmt, 12));
  g_set_str (&o->library_name, (const char *) sqlite3_column_text (stmt, 13));
  g_set_str (&o->municipality_name, (const char *) sqlite3_column_text (stmt, 14));
  o->staffing = parse_staffing ((const char *) sqlite3_column_text (stmt, 15));
  return o;
}

/**
 * ido_location_load:
 *
 * Returns: (transfer full) (nullable): the location, or %NULL with @error
 */
IdoLocation *
ido_location_load (IdoDatabase  *database,
                   gint64        location_id,
                   GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  stmt = ido_database_select_by_id (database, LOCATION_SELECT " WHERE o.id = ?", location_id,
                                    _("This IDO location no longer exists."), error);
  if (stmt == NULL)
    return NULL;
  return location_from_row (stmt);
}

static gboolean
validate_location (IdoLocation  *o,
                   GError      **error)
{
  if (!ido_validate_required (o->name, IDO_FIELD_NAME, error))
    return FALSE;
  if (o->placement == NULL || !g_strv_contains (placements, o->placement))
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_OTHER, _("Choose where the location is."));
      return FALSE;
    }
  if (!ido_location_check_hours (o->hours_class, o->has_hours, o->hours_per_week, error))
    return FALSE;
  if (!ido_validate_date (o->active_from, IDO_FIELD_START_DATE, error) ||
      !ido_validate_date (o->active_until, IDO_FIELD_END_DATE, error) ||
      !ido_validate_date_order (o->active_from, o->active_until, IDO_FIELD_END_DATE, error))
    return FALSE;
  if (o->staffing >= (1u << IDO_N_STAFFING))
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_OTHER, _("Unknown staffing."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
save_location_row (IdoDatabase  *database,
                   IdoLocation  *o,
                   GError      **error)
{
  sqlite3_stmt *stmt;

  if (o->id == 0)
    stmt = ido_database_prepare (database,
                                 "INSERT INTO location (library_id, municipality_id, name, placement, address,"
                                 " hours_class, hours_per_week, consultation_hours, active_from, active_until, notes,"
                                 " uuid) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) RETURNING id, uuid",
                                 error);
  else
    stmt = ido_database_prepare (database,
                                 "UPDATE location SET library_id = ?1, municipality_id = ?2, name = ?3,"
                                 " placement = ?4, address = ?5, hours_class = ?6, hours_per_week = ?7,"
                                 " consultation_hours = ?8, active_from = ?9, active_until = ?10, notes = ?11"
                                 " WHERE id = ?12 RETURNING id, uuid",
                                 error);
  if (stmt == NULL)
    return FALSE;
  ido_sql_bind_id_or_null (stmt, 1, o->library_id);
  ido_sql_bind_id_or_null (stmt, 2, o->municipality_id);
  ido_sql_bind_trimmed (stmt, 3, o->name);
  ido_sql_bind_text (stmt, 4, o->placement);
  ido_sql_bind_trimmed (stmt, 5, o->address);
  ido_sql_bind_text_or_null (stmt, 6, o->hours_class);
  if (o->has_hours)
    sqlite3_bind_double (stmt, 7, o->hours_per_week);
  else
    sqlite3_bind_null (stmt, 7);
  ido_sql_bind_text (stmt, 8, o->consultation_hours);
  ido_sql_bind_text_or_null (stmt, 9, o->active_from);
  ido_sql_bind_text_or_null (stmt, 10, o->active_until);
  ido_sql_bind_text (stmt, 11, o->notes);
  if (o->id != 0)
    sqlite3_bind_int64 (stmt, 12, o->id);
  else
    ido_sql_bind_uuid (stmt, 12, o->uuid);
  if (!ido_database_step_returning_or (database, stmt, &o->id, &o->uuid,
                                       _("This IDO location no longer exists."), error))
    return FALSE;
  return TRUE;
}

static gboolean
save_staffing (IdoDatabase  *database,
               IdoLocation  *o,
               GError      **error)
{
  sqlite3_stmt *stmt;

  if (!ido_database_run_with_id (database, "DELETE FROM location_staffing WHERE location_id = ?", o->id, error))
    return FALSE;
  for (guint i = 0; i < IDO_N_STAFFING; i++)
    {
      if ((o->staffing & (1u << i)) == 0)
        continue;
      stmt = ido_database_prepare (database,
                                   "INSERT INTO location_staffing (location_id, staffing) VALUES (?, ?)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, o->id);
      sqlite3_bind_text (stmt, 2, staffing_codes[i], -1, SQLITE_STATIC);
      if (!ido_database_step (database, stmt, NULL, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * ido_location_save:
 *
 * Validates (name, placement, hours class versus the actual hours per week,
 * dates in order) and writes the location with its staffing in one
 * transaction. Without a class the class follows from the hours. A new
 * location gets its id and uuid filled in.
 */
gboolean
ido_location_save (IdoDatabase  *database,
                   IdoLocation  *location,
                   GError      **error)
{
  gint64 old_id;

  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (location != NULL, FALSE);

  if (location->hours_class != NULL && *location->hours_class == '\0')
    g_clear_pointer (&location->hours_class, g_free);
  if (location->active_from != NULL && *location->active_from == '\0')
    g_clear_pointer (&location->active_from, g_free);
  if (location->active_until != NULL && *location->active_until == '\0')
    g_clear_pointer (&location->active_until, g_free);
  if (!validate_location (location, error))
    return FALSE;
  if (location->hours_class == NULL && location->has_hours)
    location->hours_class = g_strdup (ido_location_hours_class_for_hours (location->hours_per_week));
  old_id = location->id;
  if (!ido_database_begin (database, error))
    return FALSE;
  if (!save_location_row (database, location, error) ||
      !save_staffing (database, location, error))
    {
      ido_database_rollback (database);
      location->id = old_id;
      return FALSE;
    }
  /* A failed commit has rolled back already. */
  if (!ido_database_commit (database, error))
    {
      location->id = old_id;
      return FALSE;
    }
  ido_database_emit_changed (database, "location");
  return TRUE;
}

gboolean
ido_location_delete (IdoDatabase  *database,
                     gint64        location_id,
                     GError      **error)
{
  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);

  if (!ido_database_run_with_id (database, "DELETE FROM location WHERE id = ?", location_id, error))
    return FALSE;
  ido_database_emit_changed (database, "location");
  return TRUE;
}

/**
 * ido_location_list:
 *
 * Returns: (transfer container) (element-type IdoLocation) (nullable): every
 *   location by name
 */
GPtrArray *
ido_location_list (IdoDatabase  *database,
                   GError      **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) ido_location_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  stmt = ido_database_prepare (database,
                               LOCATION_SELECT
                               " ORDER BY m.is_own DESC, m.id IS NULL, m.name COLLATE NOCASE, o.name COLLATE NOCASE",
                               error);
  if (stmt == NULL)
    return NULL;
  while (ido_database_step (database, stmt, &has_row, error) && has_row)
    g_ptr_array_add (list, location_from_row (stmt));
  if (has_row)
    return NULL;
  return g_steal_pointer (&list);
}

void
ido_location_group_free (IdoLocationGroup *group)
{
  if (group == NULL)
    return;
  g_free (group->municipality_name);
  g_ptr_array_unref (group->locations);
  g_free (group);
}

/**
 * ido_location_list_by_municipality:
 *
 * The locations grouped by municipality: the own municipality first, then
 * the others by name, locations without a municipality last.
 *
 * Returns: (transfer container) (element-type IdoLocationGroup) (nullable):
 *   the groups
 */
GPtrArray *
ido_location_list_by_municipality (IdoDatabase  *database,
                                   GError      **error)
{
  g_autoptr(GPtrArray) all = ido_location_list (database, error);
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func ((GDestroyNotify) ido_location_group_free);
  IdoLocationGroup *group = NULL;

  if (all == NULL)
    return NULL;
  for (guint i = 0; i < all->len; i++)
    {
      IdoLocation *o = g_ptr_array_index (all, i);

      if (group == NULL || group->municipality_id != o->municipality_id)
        {
          group = g_new0 (IdoLocationGroup, 1);
          group->municipality_id = o->municipality_id;
          group->municipality_name = o->municipality_id > 0 ? g_strdup (o->municipality_name)
                                                            : g_strdup (_("No municipality"));
          group->locations = g_ptr_array_new_with_free_func ((GDestroyNotify) ido_location_free);
          g_ptr_array_add (groups, group);
        }
      g_ptr_array_add (group->locations, g_steal_pointer (&all->pdata[i]));
    }
  return g_steal_pointer (&groups);
}
