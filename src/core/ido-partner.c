/* ido-partner.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "ido-database.h"
#include "ido-municipality.h"
#include "ido-partner-private.h"
#include "ido-partner.h"
#include "ido-sql-util.h"
#include "ido-validate.h"

struct _IdoPartner
{
  GObject            parent_instance;

  gint64             id;
  char              *uuid;
  char              *name;
  char              *kind;
  char              *sector;
  char              *scope;
  char              *address;
  char              *website;
  char              *ended_on;
  char              *notes;
  GPtrArray         *contacts;         /* IdoPartnerContact */
  GPtrArray         *blocks;           /* char *, NULL-terminated, sorted */
  guint              active : 1;

  /* From the partner's agreements and meetings, for lists and flags. */
  guint              n_agreements;
  char              *next_review_on;
  char              *last_attended_on;
  IdoAgreementState  agreement_state;

  /* Derived, built when first asked for. */
  char              *contact_names;
  char              *search_text;
};

G_DEFINE_FINAL_TYPE (IdoPartner, ido_partner, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (IdoAgreementState, ido_agreement_state,
  G_DEFINE_ENUM_VALUE (IDO_AGREEMENT_STATE_NONE, "none"),
  G_DEFINE_ENUM_VALUE (IDO_AGREEMENT_STATE_CURRENT, "current"),
  G_DEFINE_ENUM_VALUE (IDO_AGREEMENT_STATE_REVIEW_SOON, "review-soon"),
  G_DEFINE_ENUM_VALUE (IDO_AGREEMENT_STATE_REVIEW_OVERDUE, "review-overdue"))

enum {
  PROP_0,
  PROP_ID,
  PROP_UUID,
  PROP_NAME,
  PROP_KIND,
  PROP_KIND_LABEL,
  PROP_SECTOR,
  PROP_SCOPE,
  PROP_SCOPE_LABEL,
  PROP_ADDRESS,
  PROP_WEBSITE,
  PROP_ACTIVE,
  PROP_ENDED_ON,
  PROP_NOTES,
  PROP_CONTACT_NAMES,
  PROP_N_AGREEMENTS,
  PROP_NEXT_REVIEW_ON,
  PROP_AGREEMENT_STATE,
  PROP_AGREEMENT_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const kinds[] = { "referrer", "support", "both", NULL };
static const char * const scopes[] = { "local", "national", NULL };
static const char * const blocks[] = {
  "devices", "internet-access", "help-courses", "awareness-referral", "accessible-services", NULL
};

/* The sectors of the Handreiking §3.3 (and §2.1 for the national partners),
 * in Dutch as users know them, with the partner kind they usually are. */
typedef struct
{
  const char *sector;
  const char *kind;
} SectorInfo;

static const SectorInfo sector_info[] = {
  { "Gemeente", "referrer" },
  { "Sociale wijkteams/wijkregisseurs", "referrer" },
  { "Buurthuizen en wijkcentra", "referrer" },
  { "Consultatiebureaus", "referrer" },
  { "GGD", "referrer" },
  { "Cliëntenvertegenwoordigers", "referrer" },
  { "Belastinginners/waterschappen", "referrer" },
  { "Woningcorporaties", "referrer" },
  { "Onderwijsinstellingen", "referrer" },
  { "Ziekenhuizen", "referrer" },
  { "Huisartsen", "referrer" },
  { "Tandartsen", "referrer" },
  { "Zorgverzekeraars", "referrer" },
  { "Banken", "referrer" },
  { "Telecomproviders", "referrer" },
  { "Pensioenfondsen", "referrer" },
  { "Energiebedrijven", "referrer" },
  { "Winkels", "referrer" },
  { "Vrijwilligersorganisaties", "support" },
  { "Geldloketten", "support" },
  { "Sociaal raadslieden/sociaal-juridische dienstverlening", "support" },
  { "Welzijnsorganisaties", "support" },
  { "Bibliotheken", "support" },
  { "Ouderenbonden", "support" },
  { "Vakbonden", "support" },
  { "Landelijke uitvoeringsorganisatie (NPD)", "referrer" },
};

static void
contact_free (gpointer data)
{
  IdoPartnerContact *contact = data;

  g_free (contact->uuid);
  g_free (contact->name);
  g_free (contact->function);
  g_free (contact->email);
  g_free (contact->phone);
  g_free (contact);
}

static void
invalidate_derived (IdoPartner *self)
{
  g_clear_pointer (&self->search_text, g_free);
}

static void
invalidate_contacts (IdoPartner *self)
{
  g_clear_pointer (&self->contact_names, g_free);
  invalidate_derived (self);
}

/* Sets *field to a copy of value (NULL as ""), notifying @prop when it changed. */
static void
set_text (IdoPartner  *self,
          char       **field,
          const char  *value,
          int          prop)
{
  if (g_strcmp0 (*field, value ? value : "") == 0)
    return;
  g_free (*field);
  *field = g_strdup (value ? value : "");
  invalidate_derived (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
ido_partner_finalize (GObject *object)
{
  IdoPartner *self = (IdoPartner *) object;

  g_free (self->uuid);
  g_free (self->name);
  g_free (self->kind);
  g_free (self->sector);
  g_free (self->scope);
  g_free (self->address);
  g_free (self->website);
  g_free (self->ended_on);
  g_free (self->notes);
  g_ptr_array_unref (self->contacts);
  g_ptr_array_unref (self->blocks);
  g_free (self->next_review_on);
  g_free (self->last_attended_on);
  g_free (self->contact_names);
  g_free (self->search_text);

  G_OBJECT_CLASS (ido_partner_parent_class)->finalize (object);
}

static void
ido_partner_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  IdoPartner *self = IDO_PARTNER (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;
    case PROP_KIND_LABEL:
      g_value_set_string (value, ido_partner_kind_get_label (self->kind));
      break;
    case PROP_SECTOR:
      g_value_set_string (value, self->sector);
      break;
    case PROP_SCOPE:
      g_value_set_string (value, self->scope);
      break;
    case PROP_SCOPE_LABEL:
      g_value_set_string (value, ido_partner_scope_get_label (self->scope));
      break;
    case PROP_ADDRESS:
      g_value_set_string (value, self->address);
      break;
    case PROP_WEBSITE:
      g_value_set_string (value, self->website);
      break;
    case PROP_ACTIVE:
      g_value_set_boolean (value, self->active);
      break;
    case PROP_ENDED_ON:
      g_value_set_string (value, self->ended_on);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    case PROP_CONTACT_NAMES:
      g_value_set_string (value, ido_partner_get_contact_names (self));
      break;
    case PROP_N_AGREEMENTS:
      g_value_set_uint (value, self->n_agreements);
      break;
    case PROP_NEXT_REVIEW_ON:
      g_value_set_string (value, self->next_review_on);
      break;
    case PROP_AGREEMENT_STATE:
      g_value_set_enum (value, self->agreement_state);
      break;
    case PROP_AGREEMENT_LABEL:
      g_value_set_string (value, ido_partner_get_agreement_label (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ido_partner_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  IdoPartner *self = IDO_PARTNER (object);

  switch (prop_id)
    {
    case PROP_NAME:
      ido_partner_set_name (self, g_value_get_string (value));
      break;
    case PROP_KIND:
      ido_partner_set_kind (self, g_value_get_string (value));
      break;
    case PROP_SECTOR:
      ido_partner_set_sector (self, g_value_get_string (value));
      break;
    case PROP_SCOPE:
      ido_partner_set_scope (self, g_value_get_string (value));
      break;
    case PROP_ADDRESS:
      ido_partner_set_address (self, g_value_get_string (value));
      break;
    case PROP_WEBSITE:
      ido_partner_set_website (self, g_value_get_string (value));
      break;
    case PROP_ACTIVE:
      ido_partner_set_active (self, g_value_get_boolean (value));
      break;
    case PROP_ENDED_ON:
      ido_partner_set_ended_on (self, g_value_get_string (value));
      break;
    case PROP_NOTES:
      ido_partner_set_notes (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
string_property (const char *name,
                 gboolean    writable)
{
  return g_param_spec_string (name, NULL, NULL, NULL,
                              (writable ? G_PARAM_READWRITE : G_PARAM_READABLE) |
                              G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static void
ido_partner_class_init (IdoPartnerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ido_partner_finalize;
  object_class->get_property = ido_partner_get_property;
  object_class->set_property = ido_partner_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UUID] = string_property ("uuid", FALSE);
  properties[PROP_NAME] = string_property ("name", TRUE);
  properties[PROP_KIND] = string_property ("kind", TRUE);
  properties[PROP_KIND_LABEL] = string_property ("kind-label", FALSE);
  properties[PROP_SECTOR] = string_property ("sector", TRUE);
  properties[PROP_SCOPE] = string_property ("scope", TRUE);
  properties[PROP_SCOPE_LABEL] = string_property ("scope-label", FALSE);
  properties[PROP_ADDRESS] = string_property ("address", TRUE);
  properties[PROP_WEBSITE] = string_property ("website", TRUE);
  properties[PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ENDED_ON] = string_property ("ended-on", TRUE);
  properties[PROP_NOTES] = string_property ("notes", TRUE);
  properties[PROP_CONTACT_NAMES] = string_property ("contact-names", FALSE);
  properties[PROP_N_AGREEMENTS] =
    g_param_spec_uint ("n-agreements", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NEXT_REVIEW_ON] = string_property ("next-review-on", FALSE);
  properties[PROP_AGREEMENT_STATE] =
    g_param_spec_enum ("agreement-state", NULL, NULL, IDO_TYPE_AGREEMENT_STATE, IDO_AGREEMENT_STATE_NONE,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AGREEMENT_LABEL] = string_property ("agreement-label", FALSE);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ido_partner_init (IdoPartner *self)
{
  self->name = g_strdup ("");
  self->kind = g_strdup ("referrer");
  self->sector = g_strdup ("");
  self->scope = g_strdup ("local");
  self->address = g_strdup ("");
  self->website = g_strdup ("");
  self->notes = g_strdup ("");
  self->active = TRUE;
  self->contacts = g_ptr_array_new_with_free_func (contact_free);
  self->blocks = g_ptr_array_new_null_terminated (5, g_free, TRUE);
}

/**
 * ido_partner_new:
 *
 * Returns: (transfer full): an unsaved, active, local warm referrer
 */
IdoPartner *
ido_partner_new (void)
{
  return g_object_new (IDO_TYPE_PARTNER, NULL);
}

gint64
ido_partner_get_id (IdoPartner *self)
{
  g_return_val_if_fail (IDO_IS_PARTNER (self), 0);
  return self->id;
}

const char *
ido_partner_get_uuid (IdoPartner *self)
{
  g_return_val_if_fail (IDO_IS_PARTNER (self), NULL);
  return self->uuid;
}

const char *
ido_partner_get_name (IdoPartner *self)
{
  g_return_val_if_fail (IDO_IS_PARTNER (self), NULL);
  return self->name;
}

void
ido_partner_set_name (IdoPartner *self,
                      const char *name)
{
  g_return_if_fail (IDO_IS_PARTNER (self));
  set_text (self, &self->name, name, PROP_NAME);
}

const char *
ido_partner_get_kind (IdoPartner *self)
{
  g_return_val_if_fail (IDO_IS_PARTNER (self), NULL);
  return self->kind;
}

void
ido_partner_set_kind (IdoPartner *self,
                      const char *kind)
{
  g_return_if_fail (IDO_IS_PARTNER (self));
  if (g_strcmp0 (self->kind, kind) == 0)
    return;
  set_text (self, &self->kind, kind, PROP_KIND);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND_LABEL]);
}

const char *
ido_partner_get_sector (IdoPartner *self)
{
  g_return_val_if_fail (IDO_IS_PARTNER (self), NULL);
  return self->sector;
}

void
ido_partner_set_sector (IdoPartner *self,
                        const char *sector)
{
  g_return_if_fail (IDO_IS_PARTNER (self));
  set_text (self, &self->sector, sector, PROP_SECTOR);
}

const char *
ido_partner_get_scope (IdoPartner *self)
{
  g_return_val_if_fail (IDO_IS_PARTNER (self), NULL);
  return self->scope;
}

void
ido_partner_set_scope (IdoPartner *self,
                       const char *scope)
{
  g_return_if_fail (IDO_IS_PARTNER (self));
  if (g_strcmp0 (self->scope, scope) == 0)
    return;
  set_text (self, &self->scope, scope, PROP_SCOPE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCOPE_LABEL]);
}

const char *
ido_partner_get_address (IdoPartner *self)
{
  g_return_val_if_fail (IDO_IS_PARTNER (self), NULL);
  return self->address;
}

void
ido_partner_set_address (IdoPartner *self,
                         const char *address)
{
  g_return_if_fail (IDO_IS_PARTNER (self));
  set_text (self, &self->address, address, PROP_ADDRESS);
}

const char *
ido_partner_get_website (IdoPartner *self)
{
  g_return_val_if_fail (IDO_IS_PARTNER (self), NULL);
  return self->website;
}

void
ido_partner_set_website (IdoPartner *self,
                         const char *website)
{
  g_return_if_fail (IDO_IS_PARTNER (self));
  set_text (self, &self->website, website, PROP_WEBSITE);
}

gboolean
ido_partner_get_active (IdoPartner *self)
{
  g_return_val_if_fail (IDO_IS_PARTNER (self), FALSE);
  return self->active;
}

void
ido_partner_set_active (IdoPartner *self,
                        gboolean    active)
{
  g_return_if_fail (IDO_IS_PARTNER (self));

  active = !!active;
  if (self->active == (guint) active)
    return;
  self->active = active;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
}

/**
 * ido_partner_get_ended_on:
 *
 * Returns: (nullable): the ISO date the cooperation ended
 */
const char *
ido_partner_get_ended_on (IdoPartner *self)
{
  g_return_val_if_fail (IDO_IS_PARTNER (self), NULL);
  return self->ended_on;
}

void
ido_partner_set_ended_on (IdoPartner *self,
                          const char *ended_on)
{
  g_return_if_fail (IDO_IS_PARTNER (self));

  if (ended_on != NULL && *ended_on == '\0')
    ended_on = NULL;
  if (g_strcmp0 (self->ended_on, ended_on) == 0)
    return;
  g_set_str (&self->ended_on, ended_on);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENDED_ON]);
}

const char *
ido_partner_get_notes (IdoPartner *self)
{
  g_return_val_if_fail (IDO_IS_PARTNER (self), NULL);
  return self->notes;
}

void
ido_partner_set_notes (IdoPartner *self,
                       const char *notes)
{
  g_return_if_fail (IDO_IS_PARTNER (self));
  set_text (self, &self->notes, notes, PROP_NOTES);
}

/**
 * ido_partner_get_contacts:
 *
 * The contact persons. An editor may change the entries in place and then
 * calls ido_partner_contacts_changed().
 *
 * Returns: (transfer none) (element-type IdoPartnerContact): the contacts
 */
GPtrArray *
ido_partner_get_contacts (IdoPartner *self)
{
  g_return_val_if_fail (IDO_IS_PARTNER (self), NULL);
  return self->contacts;
}

/**
 * ido_partner_add_contact:
 *
 * Returns: (transfer none): the new, unsaved contact, owned by @self
 */
IdoPartnerContact *
ido_partner_add_contact (IdoPartner *self,
                         const char *name,
                         const char *function,
                         const char *email,
                         const char *phone)
{
  IdoPartnerContact *contact;

  g_return_val_if_fail (IDO_IS_PARTNER (self), NULL);

  contact = g_new0 (IdoPartnerContact, 1);
  contact->name = g_strdup (name ? name : "");
  contact->function = g_strdup (function ? function : "");
  contact->email = g_strdup (email ? email : "");
  contact->phone = g_strdup (phone ? phone : "");
  g_ptr_array_add (self->contacts, contact);
  ido_partner_contacts_changed (self);
  return contact;
}

void
ido_partner_remove_contact (IdoPartner *self,
                            guint       index)
{
  g_return_if_fail (IDO_IS_PARTNER (self));
  g_return_if_fail (index < self->contacts->len);

  g_ptr_array_remove_index (self->contacts, index);
  ido_partner_contacts_changed (self);
}

void
ido_partner_contacts_changed (IdoPartner *self)
{
  g_return_if_fail (IDO_IS_PARTNER (self));

  invalidate_contacts (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTACT_NAMES]);
}

/**
 * ido_partner_get_contact_names:
 *
 * Returns: the contact persons' names, comma separated
 */
const char *
ido_partner_get_contact_names (IdoPartner *self)
{
  g_return_val_if_fail (IDO_IS_PARTNER (self), NULL);

  if (self->contact_names == NULL)
    {
      GString *names = g_string_new (NULL);

      for (guint i = 0; i < self->contacts->len; i++)
        {
          IdoPartnerContact *contact = g_ptr_array_index (self->contacts, i);

          if (names->len > 0)
            g_string_append (names, ", ");
          g_string_append (names, contact->name);
        }
      self->contact_names = g_string_free (names, FALSE);
    }
  return self->contact_names;
}

/**
 * ido_partner_get_building_blocks:
 *
 * Returns: (transfer none): the building blocks of the lokale ketenaanpak
 *   the partner contributes to, in the order of ido_building_blocks()
 */
const char * const *
ido_partner_get_building_blocks (IdoPartner *self)
{
  g_return_val_if_fail (IDO_IS_PARTNER (self), NULL);
  return (const char * const *) self->blocks->pdata;
}

gboolean
ido_partner_has_building_block (IdoPartner *self,
                                const char *block)
{
  g_return_val_if_fail (IDO_IS_PARTNER (self), FALSE);
  return g_strv_contains ((const char * const *) self->blocks->pdata, block);
}

void
ido_partner_set_building_block (IdoPartner *self,
                                const char *block,
                                gboolean    contributes)
{
  g_autoptr(GPtrArray) sorted = NULL;

  g_return_if_fail (IDO_IS_PARTNER (self));
  g_return_if_fail (block != NULL);

  if (!g_strv_contains (blocks, block) || ido_partner_has_building_block (self, block) == !!contributes)
    return;
  /* Kept in the order of ido_building_blocks(), so equal sets compare equal. */
  sorted = g_ptr_array_new_null_terminated (5, g_free, TRUE);
  for (guint i = 0; blocks[i] != NULL; i++)
    {
      gboolean keep = g_str_equal (blocks[i], block) ? contributes
                                                     : ido_partner_has_building_block (self, blocks[i]);

      if (keep)
        g_ptr_array_add (sorted, g_strdup (blocks[i]));
    }
  g_ptr_array_unref (self->blocks);
  self->blocks = g_steal_pointer (&sorted);
}

guint
ido_partner_get_n_agreements (IdoPartner *self)
{
  g_return_val_if_fail (IDO_IS_PARTNER (self), 0);
  return self->n_agreements;
}

/**
 * ido_partner_get_next_review_on:
 *
 * Returns: (nullable): the earliest review date of the partner's agreements
 */
const char *
ido_partner_get_next_review_on (IdoPartner *self)
{
  g_return_val_if_fail (IDO_IS_PARTNER (self), NULL);
  return self->next_review_on;
}

/**
 * ido_partner_get_last_attended_on:
 *
 * Returns: (nullable): the date of the last meeting the partner attended
 */
const char *
ido_partner_get_last_attended_on (IdoPartner *self)
{
  g_return_val_if_fail (IDO_IS_PARTNER (self), NULL);
  return self->last_attended_on;
}

IdoAgreementState
ido_partner_get_agreement_state (IdoPartner *self)
{
  g_return_val_if_fail (IDO_IS_PARTNER (self), IDO_AGREEMENT_STATE_NONE);
  return self->agreement_state;
}

const char *
ido_partner_get_agreement_label (IdoPartner *self)
{
  g_return_val_if_fail (IDO_IS_PARTNER (self), NULL);
  return ido_agreement_state_get_label (self->agreement_state);
}

static char *
add_months (const char *iso,
            int         months)
{
  g_auto(GStrv) parts = g_strsplit (iso, "-", 3);
  GDate date;

  if (g_strv_length (parts) != 3)
    return g_strdup (iso);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) g_ascii_strtoull (parts[2], NULL, 10),
                  (GDateMonth) g_ascii_strtoull (parts[1], NULL, 10),
                  (GDateYear) g_ascii_strtoull (parts[0], NULL, 10));
  if (!g_date_valid (&date))
    return g_strdup (iso);
  if (months >= 0)
    g_date_add_months (&date, (guint) months);
  else
    g_date_subtract_months (&date, (guint) -months);
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date));
}

/* Judges the earliest review date of @n_agreements agreements against @today. */
IdoAgreementState
ido_agreement_state_for (guint       n_agreements,
                         const char *next_review_on,
                         const char *today)
{
  g_autofree char *soon = NULL;

  if (n_agreements == 0)
    return IDO_AGREEMENT_STATE_NONE;
  if (next_review_on == NULL || *next_review_on == '\0')
    return IDO_AGREEMENT_STATE_CURRENT;
  if (strcmp (next_review_on, today) < 0)
    return IDO_AGREEMENT_STATE_REVIEW_OVERDUE;
  soon = add_months (today, 1);
  if (strcmp (next_review_on, soon) <= 0)
    return IDO_AGREEMENT_STATE_REVIEW_SOON;
  return IDO_AGREEMENT_STATE_CURRENT;
}

/**
 * ido_partner_set_summary:
 * @next_review_on: (nullable): the earliest review date of its agreements
 * @last_attended_on: (nullable): the last meeting it attended
 * @today: (nullable): the ISO date to judge review dates by, %NULL for today
 *
 * Stores what the partner's agreements and meetings say about it, as the
 * partner store reads it.
 */
void
ido_partner_set_summary (IdoPartner *self,
                         guint       n_agreements,
                         const char *next_review_on,
                         const char *last_attended_on,
                         const char *today)
{
  g_autofree char *real_today = NULL;
  IdoAgreementState state;

  g_return_if_fail (IDO_IS_PARTNER (self));

  if (today == NULL)
    today = real_today = ido_today_iso ();
  state = ido_agreement_state_for (n_agreements, next_review_on, today);
  g_set_str (&self->last_attended_on, last_attended_on);
  if (self->n_agreements != n_agreements)
    {
      self->n_agreements = n_agreements;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_AGREEMENTS]);
    }
  if (g_set_str (&self->next_review_on, next_review_on))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEXT_REVIEW_ON]);
  if (self->agreement_state != state)
    {
      self->agreement_state = state;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AGREEMENT_STATE]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AGREEMENT_LABEL]);
    }
}

/**
 * ido_partner_get_search_text:
 *
 * Returns: name, sector, contacts (name, function, e-mail) and notes, folded
 *   with ido_text_fold() for matching against folded search words
 */
const char *
ido_partner_get_search_text (IdoPartner *self)
{
  g_return_val_if_fail (IDO_IS_PARTNER (self), NULL);

  if (self->search_text == NULL)
    {
      g_autoptr(GString) text = g_string_new (self->name);

      g_string_append_printf (text, "\n%s\n%s\n%s", self->sector, self->notes, self->address);
      for (guint i = 0; i < self->contacts->len; i++)
        {
          IdoPartnerContact *contact = g_ptr_array_index (self->contacts, i);

          g_string_append_printf (text, "\n%s %s %s", contact->name, contact->function, contact->email);
        }
      self->search_text = ido_text_fold (text->str);
    }
  return self->search_text;
}

static gboolean
contact_equal (IdoPartnerContact *a,
               IdoPartnerContact *b)
{
  return a->id == b->id && g_strcmp0 (a->uuid, b->uuid) == 0 && g_strcmp0 (a->name, b->name) == 0 &&
         g_strcmp0 (a->function, b->function) == 0 && g_strcmp0 (a->email, b->email) == 0 &&
         g_strcmp0 (a->phone, b->phone) == 0;
}

/**
 * ido_partner_equal:
 *
 * Returns: whether @a and @b hold the same data, down to contacts, building
 *   blocks and agreement summary
 */
gboolean
ido_partner_equal (IdoPartner *a,
                   IdoPartner *b)
{
  g_return_val_if_fail (IDO_IS_PARTNER (a), FALSE);
  g_return_val_if_fail (IDO_IS_PARTNER (b), FALSE);

  if (a->id != b->id || g_strcmp0 (a->uuid, b->uuid) != 0 || g_strcmp0 (a->name, b->name) != 0 ||
      g_strcmp0 (a->kind, b->kind) != 0 || g_strcmp0 (a->sector, b->sector) != 0 ||
      g_strcmp0 (a->scope, b->scope) != 0 || g_strcmp0 (a->address, b->address) != 0 ||
      g_strcmp0 (a->website, b->website) != 0 || a->active != b->active ||
      g_strcmp0 (a->ended_on, b->ended_on) != 0 || g_strcmp0 (a->notes, b->notes) != 0 ||
      a->n_agreements != b->n_agreements || g_strcmp0 (a->next_review_on, b->next_review_on) != 0 ||
      g_strcmp0 (a->last_attended_on, b->last_attended_on) != 0 || a->agreement_state != b->agreement_state ||
      a->contacts->len != b->contacts->len ||
      !g_strv_equal ((const char * const *) a->blocks->pdata, (const char * const *) b->blocks->pdata))
    return FALSE;
  for (guint i = 0; i < a->contacts->len; i++)
    {
      if (!contact_equal (g_ptr_array_index (a->contacts, i), g_ptr_array_index (b->contacts, i)))
        return FALSE;
    }
  return TRUE;
}

/* Loading */

#define PARTNER_COLUMNS \
  "p.id, p.uuid, p.name, p.kind, p.sector, p.scope, p.address, p.website, p.active, p.ended_on, p.notes," \
  " (SELECT count(*) FROM referral_agreement r WHERE r.partner_id = p.id)," \
  " (SELECT min(r.review_on) FROM referral_agreement r WHERE r.partner_id = p.id)," \
  " (SELECT max(m.held_on) FROM meeting_partner mp JOIN meeting m ON m.id = mp.meeting_id" \
  "   WHERE mp.partner_id = p.id AND mp.attended)"

const char *
ido_partner_columns_sql (void)
{
  return PARTNER_COLUMNS;
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

IdoPartner *
ido_partner_new_from_row (sqlite3_stmt *stmt,
                          const char   *today)
{
  IdoPartner *self = ido_partner_new ();

  self->id = sqlite3_column_int64 (stmt, 0);
  self->uuid = ido_sql_column_dup (stmt, 1);
  g_set_str (&self->name, column_text (stmt, 2));
  g_set_str (&self->kind, column_text (stmt, 3));
  g_set_str (&self->sector, column_text (stmt, 4));
  g_set_str (&self->scope, column_text (stmt, 5));
  g_set_str (&self->address, column_text (stmt, 6));
  g_set_str (&self->website, column_text (stmt, 7));
  self->active = sqlite3_column_int (stmt, 8) != 0;
  self->ended_on = ido_sql_column_dup (stmt, 9);
  g_set_str (&self->notes, column_text (stmt, 10));
  self->n_agreements = (guint) sqlite3_column_int (stmt, 11);
  self->next_review_on = ido_sql_column_dup (stmt, 12);
  self->last_attended_on = ido_sql_column_dup (stmt, 13);
  self->agreement_state = ido_agreement_state_for (self->n_agreements, self->next_review_on, today);
  return self;
}

/* Columns id, uuid, name, function, email, phone starting at @first. */
IdoPartnerContact *
ido_partner_contact_new_from_row (sqlite3_stmt *stmt,
                                  int           first)
{
  IdoPartnerContact *contact = g_new0 (IdoPartnerContact, 1);

  contact->id = sqlite3_column_int64 (stmt, first);
  contact->uuid = g_strdup (column_text (stmt, first + 1));
  contact->name = g_strdup (column_text (stmt, first + 2));
  contact->function = g_strdup (column_text (stmt, first + 3));
  contact->email = g_strdup (column_text (stmt, first + 4));
  contact->phone = g_strdup (column_text (stmt, first + 5));
  return contact;
}

void
ido_partner_take_contact (IdoPartner        *self,
                          IdoPartnerContact *contact)
{
  g_ptr_array_add (self->contacts, contact);
  invalidate_contacts (self);
}

void
ido_partner_take_block (IdoPartner *self,
                        const char *block)
{
  ido_partner_set_building_block (self, block, TRUE);
}

static gboolean
load_contacts (IdoDatabase  *database,
               IdoPartner   *self,
               GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;
  gboolean ok;

  stmt = ido_database_prepare (database,
                               "SELECT id, uuid, name, function, email, phone FROM partner_contact"
                               " WHERE partner_id = ? ORDER BY id",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, self->id);
  while ((ok = ido_database_step (database, stmt, &has_row, error)) && has_row)
    ido_partner_take_contact (self, ido_partner_contact_new_from_row (stmt, 0));
  return ok;
}

static gboolean
load_blocks (IdoDatabase  *database,
             IdoPartner   *self,
             GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;
  gboolean ok;

  stmt = ido_database_prepare (database, "SELECT block FROM partner_building_block WHERE partner_id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, self->id);
  while ((ok = ido_database_step (database, stmt, &has_row, error)) && has_row)
    ido_partner_take_block (self, column_text (stmt, 0));
  return ok;
}

/**
 * ido_partner_load:
 *
 * Returns: (transfer full) (nullable): the partner with its contacts,
 *   building blocks and agreement summary
 */
IdoPartner *
ido_partner_load (IdoDatabase  *database,
                  gint64        id,
                  GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(IdoPartner) self = NULL;
  g_autofree char *today = ido_today_iso ();

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  stmt = ido_database_select_by_id (database, "SELECT " PARTNER_COLUMNS " FROM partner p WHERE p.id = ?", id,
                                    _("This partner no longer exists."), error);
  if (stmt == NULL)
    return NULL;
  self = ido_partner_new_from_row (stmt, today);
  sqlite3_reset (stmt);
  if (!load_contacts (database, self, error) || !load_blocks (database, self, error))
    return NULL;
  return g_steal_pointer (&self);
}

/* Validation and saving */

static gboolean
validate_contact (IdoPartnerContact  *contact,
                  GError            **error)
{
  if (ido_sql_is_blank (contact->name))
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_NAME, _("Give the contact person a name."));
      return FALSE;
    }
  return ido_validate_email (contact->email, error) && ido_validate_phone (contact->phone, error);
}

static gboolean
check_duplicate (IdoPartner   *self,
                 IdoDatabase  *database,
                 GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *name = g_strstrip (g_strdup (self->name));
  g_autofree char *sector = g_strstrip (g_strdup (self->sector));
  gboolean has_row = FALSE;

  stmt = ido_database_prepare (database,
                               "SELECT 1 FROM partner WHERE trim (name) = ?1 COLLATE NOCASE"
                               " AND trim (sector) = ?2 COLLATE NOCASE AND id IS NOT ?3",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, sector, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, self->id);
  if (!ido_database_step (database, stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    return TRUE;
  if (*sector != '\0')
    g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_DUPLICATE,
                 _("There is already a partner “%s” in the sector “%s”."), name, sector);
  else
    g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_DUPLICATE,
                 _("There is already a partner “%s” without a sector."), name);
  return FALSE;
}

/**
 * ido_partner_validate:
 * @database: (nullable): to check for a partner with the same name and sector
 * @contact_index: (out) (optional): the contact at fault, or -1
 *
 * Checks every field; the error's code (an #IdoField) says which one is
 * wrong: %IDO_FIELD_NAME for an empty name (of the partner, or of the
 * contact in @contact_index), %IDO_FIELD_EMAIL and %IDO_FIELD_PHONE for a
 * contact, %IDO_FIELD_DUPLICATE for a name already used in the sector.
 */
gboolean
ido_partner_validate (IdoPartner   *self,
                      IdoDatabase  *database,
                      int          *contact_index,
                      GError      **error)
{
  g_return_val_if_fail (IDO_IS_PARTNER (self), FALSE);

  if (contact_index != NULL)
    *contact_index = -1;
  if (ido_sql_is_blank (self->name))
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_NAME, _("Give the partner a name."));
      return FALSE;
    }
  if (!g_strv_contains (kinds, self->kind))
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_CATEGORY, _("Choose what kind of partner this is."));
      return FALSE;
    }
  if (!g_strv_contains (scopes, self->scope))
    {
      g_set_error (error, IDO_FIELD_ERROR, IDO_FIELD_OTHER, _("Choose whether the partner is local or national."));
      return FALSE;
    }
  if (!ido_validate_website (self->website, error) ||
      !ido_validate_date (self->ended_on, IDO_FIELD_END_DATE, error))
    return FALSE;
  for (guint i = 0; i < self->contacts->len; i++)
    {
      if (!validate_contact (g_ptr_array_index (self->contacts, i), error))
        {
          if (contact_index != NULL)
            *contact_index = (int) i;
          return FALSE;
        }
    }
  return database == NULL || check_duplicate (self, database, error);
}

static gboolean
save_row (IdoDatabase  *database,
          IdoPartner   *self,
          GError      **error)
{
  sqlite3_stmt *stmt;

  if (self->id == 0)
    stmt = ido_database_prepare (database,
                                 "INSERT INTO partner (name, kind, sector, scope, address, website, active, ended_on,"
                                 " notes) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) RETURNING id, uuid",
                                 error);
  else
    stmt = ido_database_prepare (database,
                                 "UPDATE partner SET name = ?1, kind = ?2, sector = ?3, scope = ?4, address = ?5,"
                                 " website = ?6, active = ?7, ended_on = ?8, notes = ?9 WHERE id = ?10"
                                 " RETURNING id, uuid",
                                 error);
  if (stmt == NULL)
    return FALSE;
  ido_sql_bind_trimmed (stmt, 1, self->name);
  ido_sql_bind_trimmed (stmt, 2, self->kind);
  ido_sql_bind_trimmed (stmt, 3, self->sector);
  ido_sql_bind_trimmed (stmt, 4, self->scope);
  ido_sql_bind_trimmed (stmt, 5, self->address);
  ido_sql_bind_trimmed (stmt, 6, self->website);
  sqlite3_bind_int (stmt, 7, self->active ? 1 : 0);
  if (self->ended_on != NULL)
    sqlite3_bind_text (stmt, 8, self->ended_on, -1, SQLITE_TRANSIENT);
  ido_sql_bind_trimmed (stmt, 9, self->notes);
  if (self->id != 0)
    sqlite3_bind_int64 (stmt, 10, self->id);
  return ido_database_step_returning (database, stmt, &self->id, &self->uuid, error);
}

static gboolean
prune_contacts (IdoDatabase  *database,
                IdoPartner   *self,
                GError      **error)
{
  g_autoptr(GArray) keep = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < self->contacts->len; i++)
    {
      IdoPartnerContact *contact = g_ptr_array_index (self->contacts, i);

      if (contact->id > 0)
        g_array_append_val (keep, contact->id);
    }
  return ido_database_delete_except (database,
                                     "DELETE FROM partner_contact WHERE partner_id = ?"
                                     " AND id NOT IN (SELECT value FROM json_each (?))",
                                     self->id, keep, error);
}

static gboolean
save_contacts (IdoDatabase  *database,
               IdoPartner   *self,
               GError      **error)
{
  if (!prune_contacts (database, self, error))
    return FALSE;
  for (guint i = 0; i < self->contacts->len; i++)
    {
      IdoPartnerContact *contact = g_ptr_array_index (self->contacts, i);
      sqlite3_stmt *stmt;

      if (contact->id == 0)
        stmt = ido_database_prepare (database,
                                     "INSERT INTO partner_contact (partner_id, name, function, email, phone)"
                                     " VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id, uuid",
                                     error);
      else
        stmt = ido_database_prepare (database,
                                     "UPDATE partner_contact SET name = ?2, function = ?3, email = ?4, phone = ?5"
                                     " WHERE partner_id = ?1 AND id = ?6 RETURNING id, uuid",
                                     error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, self->id);
      ido_sql_bind_trimmed (stmt, 2, contact->name);
      ido_sql_bind_trimmed (stmt, 3, contact->function);
      ido_sql_bind_trimmed (stmt, 4, contact->email);
      ido_sql_bind_trimmed (stmt, 5, contact->phone);
      if (contact->id != 0)
        sqlite3_bind_int64 (stmt, 6, contact->id);
      if (!ido_database_step_returning (database, stmt, &contact->id, &contact->uuid, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
save_blocks (IdoDatabase  *database,
             IdoPartner   *self,
             GError      **error)
{
  sqlite3_stmt *stmt;

  if (!ido_database_run_with_id (database, "DELETE FROM partner_building_block WHERE partner_id = ?", self->id, error))
    return FALSE;
  for (guint i = 0; i < self->blocks->len; i++)
    {
      stmt = ido_database_prepare (database,
                                   "INSERT INTO partner_building_block (partner_id, block) VALUES (?, ?)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, self->id);
      sqlite3_bind_text (stmt, 2, g_ptr_array_index (self->blocks, i), -1, SQLITE_TRANSIENT);
      if (!ido_database_step (database, stmt, NULL, error))
        return FALSE;
    }
  return TRUE;
}

/* Remembers the ids a failed save may have handed out, to take them back. */
static GArray *
remember_ids (IdoPartner *self)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_array_append_val (ids, self->id);
  for (guint i = 0; i < self->contacts->len; i++)
    g_array_append_val (ids, ((IdoPartnerContact *) g_ptr_array_index (self->contacts, i))->id);
  return ids;
}

static void
restore_ids (IdoPartner *self,
             GArray     *ids)
{
  self->id = g_array_index (ids, gint64, 0);
  for (guint i = 0; i < self->contacts->len; i++)
    ((IdoPartnerContact *) g_ptr_array_index (self->contacts, i))->id = g_array_index (ids, gint64, i + 1);
}

/**
 * ido_partner_save:
 *
 * Validates @partner (see ido_partner_validate()) and writes it with its
 * contacts and building blocks in one transaction: on any failure nothing
 * is written. A new partner and new contacts get their id and uuid.
 */
gboolean
ido_partner_save (IdoDatabase  *database,
                  IdoPartner   *partner,
                  GError      **error)
{
  g_autoptr(GArray) ids = NULL;
  gboolean is_new;

  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (IDO_IS_PARTNER (partner), FALSE);

  /* An active partner has not ended; an ended one has an end date. */
  if (partner->active)
    ido_partner_set_ended_on (partner, NULL);
  else if (partner->ended_on == NULL)
    {
      g_autofree char *today = ido_today_iso ();

      ido_partner_set_ended_on (partner, today);
    }
  if (!ido_partner_validate (partner, database, NULL, error))
    return FALSE;
  ids = remember_ids (partner);
  is_new = partner->id == 0;
  if (!ido_database_begin (database, error))
    return FALSE;
  if (!save_row (database, partner, error) ||
      !save_contacts (database, partner, error) ||
      !save_blocks (database, partner, error))
    {
      ido_database_rollback (database);
      restore_ids (partner, ids);
      return FALSE;
    }
  if (!ido_database_commit (database, error))
    {
      restore_ids (partner, ids);
      return FALSE;
    }
  if (is_new)
    {
      g_object_notify_by_pspec (G_OBJECT (partner), properties[PROP_ID]);
      g_object_notify_by_pspec (G_OBJECT (partner), properties[PROP_UUID]);
    }
  ido_database_emit_changed (database, "partner");
  return TRUE;
}

static void
partner_meeting_free (gpointer data)
{
  IdoPartnerMeeting *meeting = data;

  g_free (meeting->held_on);
  g_free (meeting->kind);
  g_free (meeting->title);
  g_free (meeting);
}

/**
 * ido_partner_list_meetings:
 *
 * Returns: (transfer full) (element-type IdoPartnerMeeting) (nullable): the
 *   meetings the partner was invited to, the latest first
 */
GPtrArray *
ido_partner_list_meetings (IdoDatabase  *database,
                           gint64        id,
                           GError      **error)
{
  g_autoptr(GPtrArray) meetings = g_ptr_array_new_with_free_func (partner_meeting_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;
  gboolean ok;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  stmt = ido_database_prepare (database,
                               "SELECT m.id, m.held_on, m.kind, m.title, mp.attended FROM meeting_partner mp"
                               " JOIN meeting m ON m.id = mp.meeting_id WHERE mp.partner_id = ?"
                               " ORDER BY m.held_on DESC, m.id DESC",
                               error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  while ((ok = ido_database_step (database, stmt, &has_row, error)) && has_row)
    {
      IdoPartnerMeeting *meeting = g_new0 (IdoPartnerMeeting, 1);

      meeting->meeting_id = sqlite3_column_int64 (stmt, 0);
      meeting->held_on = ido_sql_column_dup (stmt, 1);
      meeting->kind = ido_sql_column_dup (stmt, 2);
      meeting->title = ido_sql_column_dup (stmt, 3);
      meeting->attended = sqlite3_column_int (stmt, 4) != 0;
      g_ptr_array_add (meetings, meeting);
    }
  if (!ok)
    return NULL;
  return g_steal_pointer (&meetings);
}

/**
 * ido_partner_count_links:
 * @n_agreements: (out) (optional): its referral agreements
 * @n_meetings: (out) (optional): meetings it was invited to or attended
 *
 * What deleting the partner would take with it; when anything, the UI
 * offers to end the partner instead.
 */
gboolean
ido_partner_count_links (IdoDatabase  *database,
                         gint64        id,
                         guint        *n_agreements,
                         guint        *n_meetings,
                         GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);

  stmt = ido_database_prepare (database,
                               "SELECT (SELECT count(*) FROM referral_agreement WHERE partner_id = ?1),"
                               " (SELECT count(*) FROM meeting_partner WHERE partner_id = ?1)",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!ido_database_step (database, stmt, &has_row, error) || !has_row)
    return FALSE;
  if (n_agreements != NULL)
    *n_agreements = (guint) sqlite3_column_int (stmt, 0);
  if (n_meetings != NULL)
    *n_meetings = (guint) sqlite3_column_int (stmt, 1);
  return TRUE;
}

/**
 * ido_partner_end:
 * @ended_on: (nullable): the ISO date the cooperation ended; %NULL for today
 *
 * Marks the partner as no longer active, keeping its agreements and
 * meeting history.
 */
gboolean
ido_partner_end (IdoDatabase  *database,
                 gint64        id,
                 const char   *ended_on,
                 GError      **error)
{
  g_autofree char *today = ido_today_iso ();
  sqlite3_stmt *stmt;

  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);

  if (ended_on == NULL || *ended_on == '\0')
    ended_on = today;
  if (!ido_validate_date (ended_on, IDO_FIELD_END_DATE, error))
    return FALSE;
  stmt = ido_database_prepare (database, "UPDATE partner SET active = 0, ended_on = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, ended_on, -1, SQLITE_TRANSIENT);
  if (!ido_database_step (database, stmt, NULL, error))
    return FALSE;
  if (sqlite3_changes (ido_database_get_handle (database)) == 0)
    {
      g_set_error (error, IDO_DB_ERROR, IDO_DB_ERROR_NOT_FOUND, _("This partner no longer exists."));
      return FALSE;
    }
  ido_database_emit_changed (database, "partner");
  return TRUE;
}

/**
 * ido_partner_delete:
 * @undo: (out) (optional) (transfer full): restores the partner with its
 *   contacts, agreements and meeting attendance, same ids and UUIDs
 *
 * Deletes the partner and everything that belongs to it (contacts,
 * building blocks, referral agreements, meeting invitations); nothing that
 * points at it is left behind.
 */
gboolean
ido_partner_delete (IdoDatabase     *database,
                    gint64           id,
                    IdoRowSnapshot **undo,
                    GError         **error)
{
  g_autoptr(IdoRowSnapshot) snapshot = NULL;

  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);

  if (!ido_row_snapshot_delete (database, "partner", id, &snapshot, error))
    return FALSE;
  if (ido_row_snapshot_count_rows (snapshot, "partner") == 0)
    {
      g_set_error (error, IDO_DB_ERROR, IDO_DB_ERROR_NOT_FOUND, _("This partner no longer exists."));
      return FALSE;
    }
  if (undo != NULL)
    *undo = g_steal_pointer (&snapshot);
  return TRUE;
}

/* Labels and lists */

const char * const *
ido_partner_kinds (void)
{
  return kinds;
}

/**
 * ido_partner_kind_get_label:
 *
 * Returns: the translated label of a partner kind
 */
const char *
ido_partner_kind_get_label (const char *kind)
{
  if (g_strcmp0 (kind, "referrer") == 0)
    return _("Warm referrer");
  if (g_strcmp0 (kind, "support") == 0)
    return _("Support, help or courses");
  if (g_strcmp0 (kind, "both") == 0)
    return _("Refers and supports");
  return kind ? kind : "";
}

const char * const *
ido_partner_scopes (void)
{
  return scopes;
}

const char *
ido_partner_scope_get_label (const char *scope)
{
  if (g_strcmp0 (scope, "local") == 0)
    return _("Local");
  if (g_strcmp0 (scope, "national") == 0)
    return _("National (NPD)");
  return scope ? scope : "";
}

/**
 * ido_partner_sectors:
 *
 * Returns: (transfer none): the sectors named in the Handreiking, in Dutch;
 *   users may type any other
 */
const char * const *
ido_partner_sectors (void)
{
  static const char *names[G_N_ELEMENTS (sector_info) + 1];

  if (names[0] == NULL)
    {
      for (guint i = 0; i < G_N_ELEMENTS (sector_info); i++)
        names[i] = sector_info[i].sector;
    }
  return names;
}

/**
 * ido_partner_sector_get_kind:
 *
 * Returns: (nullable): the kind a partner of @sector usually is
 */
const char *
ido_partner_sector_get_kind (const char *sector)
{
  for (guint i = 0; i < G_N_ELEMENTS (sector_info); i++)
    {
      if (g_strcmp0 (sector_info[i].sector, sector) == 0)
        return sector_info[i].kind;
    }
  return NULL;
}

const char * const *
ido_building_blocks (void)
{
  return blocks;
}

/**
 * ido_building_block_get_label:
 *
 * Returns: the translated name of a building block of the lokale
 *   ketenaanpak digitale inclusie
 */
const char *
ido_building_block_get_label (const char *block)
{
  if (g_strcmp0 (block, "devices") == 0)
    return _("Devices");
  if (g_strcmp0 (block, "internet-access") == 0)
    return _("Internet access");
  if (g_strcmp0 (block, "help-courses") == 0)
    return _("Help, information and courses");
  if (g_strcmp0 (block, "awareness-referral") == 0)
    return _("Awareness, signalling and referral");
  if (g_strcmp0 (block, "accessible-services") == 0)
    return _("Accessible digital services");
  return block ? block : "";
}

const char *
ido_agreement_state_get_label (IdoAgreementState state)
{
  switch (state)
    {
    case IDO_AGREEMENT_STATE_NONE:
      return _("No agreement");
    case IDO_AGREEMENT_STATE_CURRENT:
      return _("Agreed");
    case IDO_AGREEMENT_STATE_REVIEW_SOON:
      return _("Review soon");
    case IDO_AGREEMENT_STATE_REVIEW_OVERDUE:
      return _("Review overdue");
    default:
      return "";
    }
}
