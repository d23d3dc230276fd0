/* ido-mapping.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "ido-import-error.h"
#include "ido-mapping.h"
#include "ido-municipality.h"

/* A mapping says, per column of a file, which field it holds; value columns
 * also name their indicator (and may fix a category). Columns are matched
 * to fields by the synonym lists below, compared after ido_text_fold()
 * (case, accents, spacing and punctuation ignored). A mapping is saved as a
 * preset under the file's header signature (the folded header names joined
 * with '|') and found again by it. */

#define MAPPING_VERSION   1
#define MAX_HEADER_SCAN   20
#define MAX_SAMPLE_ROWS   50

typedef struct
{
  char     *header;
  IdoField  field;
  char     *indicator;  /* value columns: the indicator; category column: the indicator it implies */
  char     *category;   /* value columns of a wide layout: a fixed category */
} Column;

struct _IdoMapping
{
  GObject       parent_instance;
  char         *name;
  IdoNotation   notation;
  IdoDateOrder  date_order;
  char         *encoding;
  char          delimiter;
  int           sheet;
  guint         header_row;
  char         *default_place;
  char         *default_indicator;
  GArray       *columns;
};

G_DEFINE_FINAL_TYPE (IdoMapping, ido_mapping, G_TYPE_OBJECT)

typedef struct
{
  const char *name;       /* folded */
  IdoField    field;
  const char *indicator;
} Synonym;

/* Header names of the fields. A category header may imply its indicator
 * ("Onderwerp" holds question topics). */
static const Synonym field_synonyms[] = {
  { "periode", IDO_FIELD_PERIOD, NULL },
  { "period", IDO_FIELD_PERIOD, NULL },
  { "perioden", IDO_FIELD_PERIOD, NULL },
  { "tijdvak", IDO_FIELD_PERIOD, NULL },
  { "kwartaal", IDO_FIELD_PERIOD, NULL },
  { "quarter", IDO_FIELD_PERIOD, NULL },
  { "jaar en kwartaal", IDO_FIELD_PERIOD, NULL },
  { "jaar kwartaal", IDO_FIELD_PERIOD, NULL },
  { "datum", IDO_FIELD_PERIOD, NULL },
  { "date", IDO_FIELD_PERIOD, NULL },
  { "peildatum", IDO_FIELD_PERIOD, NULL },
  { "jaar", IDO_FIELD_YEAR, NULL },
  { "year", IDO_FIELD_YEAR, NULL },
  { "jaartal", IDO_FIELD_YEAR, NULL },
  { "kwartaalnummer", IDO_FIELD_QUARTER, NULL },
  { "kwartaal nummer", IDO_FIELD_QUARTER, NULL },
  { "kw", IDO_FIELD_QUARTER, NULL },
  { "quarter number", IDO_FIELD_QUARTER, NULL },
  { "gemeente", IDO_FIELD_MUNICIPALITY, NULL },
  { "gemeentenaam", IDO_FIELD_MUNICIPALITY, NULL },
  { "naam gemeente", IDO_FIELD_MUNICIPALITY, NULL },
  { "municipality", IDO_FIELD_MUNICIPALITY, NULL },
  { "regio", IDO_FIELD_MUNICIPALITY, NULL },
  { "regio s", IDO_FIELD_MUNICIPALITY, NULL },
  { "gemeentecode", IDO_FIELD_MUNICIPALITY_CODE, NULL },
  { "gemeente code", IDO_FIELD_MUNICIPALITY_CODE, NULL },
  { "code gemeente", IDO_FIELD_MUNICIPALITY_CODE, NULL },
  { "gm code", IDO_FIELD_MUNICIPALITY_CODE, NULL },
  { "cbs code", IDO_FIELD_MUNICIPALITY_CODE, NULL },
  { "regiocode", IDO_FIELD_MUNICIPALITY_CODE, NULL },
  { "municipality code", IDO_FIELD_MUNICIPALITY_CODE, NULL },
  { "bibliotheek", IDO_FIELD_LIBRARY, NULL },
  { "bibliotheekorganisatie", IDO_FIELD_LIBRARY, NULL },
  { "bibliotheek organisatie", IDO_FIELD_LIBRARY, NULL },
  { "basisbibliotheek", IDO_FIELD_LIBRARY, NULL },
  { "library", IDO_FIELD_LIBRARY, NULL },
  { "library organisation", IDO_FIELD_LIBRARY, NULL },
  { "library organization", IDO_FIELD_LIBRARY, NULL },
  { "locatie", IDO_FIELD_LOCATION, NULL },
  { "locatienaam", IDO_FIELD_LOCATION, NULL },
  { "naam locatie", IDO_FIELD_LOCATION, NULL },
  { "ido locatie", IDO_FIELD_LOCATION, NULL },
  { "vestiging", IDO_FIELD_LOCATION, NULL },
  { "informatiepunt", IDO_FIELD_LOCATION, NULL },
  { "location", IDO_FIELD_LOCATION, NULL },
  { "binnen buiten bibliotheek", IDO_FIELD_INSIDE_LIBRARY, NULL },
  { "binnen buiten de bibliotheek", IDO_FIELD_INSIDE_LIBRARY, NULL },
  { "binnen of buiten bibliotheek", IDO_FIELD_INSIDE_LIBRARY, NULL },
  { "binnen of buiten de bibliotheek", IDO_FIELD_INSIDE_LIBRARY, NULL },
  { "binnen buiten", IDO_FIELD_INSIDE_LIBRARY, NULL },
  { "inside outside library", IDO_FIELD_INSIDE_LIBRARY, NULL },
  { "inside library", IDO_FIELD_INSIDE_LIBRARY, NULL },
  { "place key", IDO_FIELD_PLACE_KEY, NULL },
  { "indicator", IDO_FIELD_INDICATOR, NULL },
  { "indicatornaam", IDO_FIELD_INDICATOR, NULL },
  { "indicator naam", IDO_FIELD_INDICATOR, NULL },
  { "kenmerk", IDO_FIELD_INDICATOR, NULL },
  { "maatstaf", IDO_FIELD_INDICATOR, NULL },
  { "variabele", IDO_FIELD_INDICATOR, NULL },
  { "soort cijfer", IDO_FIELD_INDICATOR, NULL },
  { "measure", IDO_FIELD_INDICATOR, NULL },
  { "metric", IDO_FIELD_INDICATOR, NULL },
  { "indicator label", IDO_FIELD_INDICATOR_LABEL, NULL },
  { "categorie", IDO_FIELD_CATEGORY, NULL },
  { "category", IDO_FIELD_CATEGORY, NULL },
  { "subcategorie", IDO_FIELD_CATEGORY, NULL },
  { "uitsplitsing", IDO_FIELD_CATEGORY, NULL },
  { "klasse", IDO_FIELD_CATEGORY, NULL },
  { "onderwerp", IDO_FIELD_CATEGORY, "topic" },
  { "onderwerpen", IDO_FIELD_CATEGORY, "topic" },
  { "vraagonderwerp", IDO_FIELD_CATEGORY, "topic" },
  { "onderwerp vraag", IDO_FIELD_CATEGORY, "topic" },
  { "type vraag", IDO_FIELD_CATEGORY, "topic" },
  { "soort vraag", IDO_FIELD_CATEGORY, "topic" },
  { "vraagcategorie", IDO_FIELD_CATEGORY, "topic" },
  { "topic", IDO_FIELD_CATEGORY, "topic" },
  { "question topic", IDO_FIELD_CATEGORY, "topic" },
  { "organisatie", IDO_FIELD_CATEGORY, "organisation" },
  { "betrokken organisatie", IDO_FIELD_CATEGORY, "organisation" },
  { "instantie", IDO_FIELD_CATEGORY, "organisation" },
  { "organisation", IDO_FIELD_CATEGORY, "organisation" },
  { "organization", IDO_FIELD_CATEGORY, "organisation" },
  { "overheidslaag", IDO_FIELD_CATEGORY, "government-type" },
  { "type overheid", IDO_FIELD_CATEGORY, "government-type" },
  { "soort overheid", IDO_FIELD_CATEGORY, "government-type" },
  { "type of government", IDO_FIELD_CATEGORY, "government-type" },
  { "government type", IDO_FIELD_CATEGORY, "government-type" },
  { "gespreksduur", IDO_FIELD_CATEGORY, "duration" },
  { "duur gesprek", IDO_FIELD_CATEGORY, "duration" },
  { "duur", IDO_FIELD_CATEGORY, "duration" },
  { "duration", IDO_FIELD_CATEGORY, "duration" },
  { "doorverwezen naar", IDO_FIELD_CATEGORY, "referrals" },
  { "doorverwijzing naar", IDO_FIELD_CATEGORY, "referrals" },
  { "verwezen naar", IDO_FIELD_CATEGORY, "referrals" },
  { "referred to", IDO_FIELD_CATEGORY, "referrals" },
  { "bemensing", IDO_FIELD_CATEGORY, "staffing" },
  { "staffing", IDO_FIELD_CATEGORY, "staffing" },
  { "waarde", IDO_FIELD_VALUE, NULL },
  { "value", IDO_FIELD_VALUE, NULL },
  { "aantal", IDO_FIELD_VALUE, NULL },
  { "totaal", IDO_FIELD_VALUE, NULL },
  { "getal", IDO_FIELD_VALUE, NULL },
  { "hoeveelheid", IDO_FIELD_VALUE, NULL },
  { "count", IDO_FIELD_VALUE, NULL },
  { "number", IDO_FIELD_VALUE, NULL },
};

/* Names of the indicators of 002-reference-data.sql, as headers of value
 * columns and as cells of an indicator column. */
static const Synonym indicator_synonyms[] = {
  { "vragen", 0, "questions" },
  { "aantal vragen", 0, "questions" },
  { "geregistreerde vragen", 0, "questions" },
  { "aantal geregistreerde vragen", 0, "questions" },
  { "vragen totaal", 0, "questions" },
  { "totaal vragen", 0, "questions" },
  { "questions", 0, "questions" },
  { "number of questions", 0, "questions" },
  { "bezoeken", 0, "visits" },
  { "aantal bezoeken", 0, "visits" },
  { "bezoekers", 0, "visits" },
  { "aantal bezoekers", 0, "visits" },
  { "visits", 0, "visits" },
  { "number of visits", 0, "visits" },
  { "doorverwijzingen", 0, "referrals" },
  { "aantal doorverwijzingen", 0, "referrals" },
  { "warme doorverwijzingen", 0, "referrals" },
  { "doorverwezen", 0, "referrals" },
  { "verwijzingen", 0, "referrals" },
  { "referrals", 0, "referrals" },
  { "naar tevredenheid geholpen", 0, "helped-share" },
  { "tevreden geholpen", 0, "helped-share" },
  { "geholpen", 0, "helped-share" },
  { "percentage geholpen", 0, "helped-share" },
  { "aandeel geholpen", 0, "helped-share" },
  { "helped satisfactorily", 0, "helped-share" },
  { "helped", 0, "helped-share" },
  { "tevredenheid", 0, "satisfaction" },
  { "tevredenheidscijfer", 0, "satisfaction" },
  { "klanttevredenheid", 0, "satisfaction" },
  { "rapportcijfer", 0, "satisfaction" },
  { "cijfer", 0, "satisfaction" },
  { "gemiddeld cijfer", 0, "satisfaction" },
  { "waardering", 0, "satisfaction" },
  { "gemiddelde waardering", 0, "satisfaction" },
  { "satisfaction", 0, "satisfaction" },
  { "satisfaction 0 10", 0, "satisfaction" },
  { "satisfaction score", 0, "satisfaction" },
  { "conversation duration", 0, "duration" },
  { "question topics", 0, "topic" },
  { "vraagonderwerpen", 0, "topic" },
  { "organisation concerned", 0, "organisation" },
  { "betrokken organisaties", 0, "organisation" },
  { "overheidslagen", 0, "government-type" },
  { "aantal locaties", 0, "locations" },
  { "aantal ido locaties", 0, "locations" },
  { "number of locations", 0, "locations" },
  { "openingsuren", 0, "opening-hours" },
  { "openingsuren per week", 0, "opening-hours" },
  { "aantal openingsuren", 0, "opening-hours" },
  { "uren open per week", 0, "opening-hours" },
  { "opening hours", 0, "opening-hours" },
  { "opening hours per week", 0, "opening-hours" },
  /* As the cell of an indicator column; as a header these name a category. */
  { "onderwerp", 0, "topic" },
  { "onderwerpen", 0, "topic" },
  { "vraagonderwerp", 0, "topic" },
  { "type vraag", 0, "topic" },
  { "soort vraag", 0, "topic" },
  { "organisatie", 0, "organisation" },
  { "organisaties", 0, "organisation" },
  { "betrokken organisatie", 0, "organisation" },
  { "overheidslaag", 0, "government-type" },
  { "type overheid", 0, "government-type" },
  { "soort overheid", 0, "government-type" },
  { "gespreksduur", 0, "duration" },
  { "duur gesprek", 0, "duration" },
  { "bemensing", 0, "staffing" },
  { "doorverwijzing", 0, "referrals" },
  { "doorverwezen naar", 0, "referrals" },
    { "aandeel onderwerp", 0, "topic-share" },
  { "aandeel onderwerpen", 0, "topic-share" },
  { "topic share", 0, "topic-share" },
};

static const char * const indicator_codes[] = {
  "questions", "visits", "referrals", "helped-share", "satisfaction", "duration", "topic",
  "organisation", "government-type", "locations", "opening-hours", "staffing", "topic-share", NULL
};

static const char * const category_codes[] = {
  "referrals", "duration", "topic", "organisation", "government-type", "staffing", "topic-share", NULL
};

static const char * const field_names[IDO_N_FIELDS] = {
  "none", "period", "year", "quarter", "municipality", "municipality-code", "library", "location",
  "inside-library", "place-key", "indicator", "indicator-label", "category", "value",
};

static void
column_clear (gpointer data)
{
  Column *column = data;

  g_clear_pointer (&column->header, g_free);
  g_clear_pointer (&column->indicator, g_free);
  g_clear_pointer (&column->category, g_free);
}

static void
ido_mapping_finalize (GObject *object)
{
  IdoMapping *self = (IdoMapping *) object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->encoding, g_free);
  g_clear_pointer (&self->default_place, g_free);
  g_clear_pointer (&self->default_indicator, g_free);
  g_clear_pointer (&self->columns, g_array_unref);

  G_OBJECT_CLASS (ido_mapping_parent_class)->finalize (object);
}

static void
ido_mapping_class_init (IdoMappingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ido_mapping_finalize;
}

static void
ido_mapping_init (IdoMapping *self)
{
  self->columns = g_array_new (FALSE, TRUE, sizeof (Column));
  g_array_set_clear_func (self->columns, column_clear);
  self->notation = IDO_NOTATION_DUTCH;
  self->date_order = IDO_DATE_ORDER_DAY_FIRST;
  self->sheet = -1;
}

/* Fields and indicators */

const char *
ido_field_to_string (IdoField field)
{
  g_return_val_if_fail (field < IDO_N_FIELDS, "none");
  return field_names[field];
}

IdoField
ido_field_from_string (const char *name)
{
  for (guint i = 0; i < IDO_N_FIELDS; i++)
    {
      if (g_strcmp0 (name, field_names[i]) == 0)
        return (IdoField) i;
    }
  return IDO_N_FIELDS;
}

/**
 * ido_field_get_label:
 *
 * Returns: the translated name of @field, for the mapping dialog and messages
 */
const char *
ido_field_get_label (IdoField field)
{
  switch (field)
    {
    case IDO_FIELD_PERIOD:
      return _("Period");
    case IDO_FIELD_YEAR:
      return _("Year");
    case IDO_FIELD_QUARTER:
      return _("Quarter");
    case IDO_FIELD_MUNICIPALITY:
      return _("Municipality");
    case IDO_FIELD_MUNICIPALITY_CODE:
      return _("Municipality code");
    case IDO_FIELD_LIBRARY:
      return _("Library organisation");
    case IDO_FIELD_LOCATION:
      return _("Location");
    case IDO_FIELD_INSIDE_LIBRARY:
      return _("Inside or outside the library");
    case IDO_FIELD_PLACE_KEY:
      return _("Place key");
    case IDO_FIELD_INDICATOR:
      return _("Indicator");
    case IDO_FIELD_INDICATOR_LABEL:
      return _("Indicator label");
    case IDO_FIELD_CATEGORY:
      return _("Category");
    case IDO_FIELD_VALUE:
      return _("Value");
    case IDO_FIELD_NONE:
    case IDO_N_FIELDS:
    default:
      return _("Not imported");
    }
}

static const Synonym *
find_synonym (const Synonym *table,
              gsize          n,
              const char    *folded)
{
  for (gsize i = 0; i < n; i++)
    {
      if (g_str_equal (table[i].name, folded))
        return &table[i];
    }
  return NULL;
}

/**
 * ido_indicator_match_label:
 * @label: an indicator name as a file writes it ("Aantal vragen"), or a code
 *
 * Returns: (nullable): the code of the known indicator, or %NULL
 */
const char *
ido_indicator_match_label (const char *label)
{
  g_autofree char *folded = NULL;
  const Synonym *synonym;

  if (label == NULL)
    return NULL;
  for (guint i = 0; indicator_codes[i] != NULL; i++)
    {
      if (g_ascii_strcasecmp (label, indicator_codes[i]) == 0)
        return indicator_codes[i];
    }
  folded = ido_text_fold (label);
  synonym = find_synonym (indicator_synonyms, G_N_ELEMENTS (indicator_synonyms), folded);
  return synonym ? synonym->indicator : NULL;
}

gboolean
ido_indicator_code_has_category (const char *code)
{
  return code != NULL && g_strv_contains (category_codes, code);
}

/**
 * ido_indicator_custom_code:
 * @label: the label of an indicator that is not in the vocabulary
 *
 * Returns: (transfer full): "custom:" and the folded label
 */
char *
ido_indicator_custom_code (const char *label)
{
  g_autofree char *folded = ido_text_fold (label);

  return g_strconcat ("custom:", folded, NULL);
}

/* Detection */

static void
classify_header (const char  *header,
                 IdoField    *field,
                 char       **indicator,
                 char       **category)
{
  g_autofree char *folded = ido_text_fold (header);
  const Synonym *synonym;
  const char *code;
  const char *split;

  *field = IDO_FIELD_NONE;
  *indicator = NULL;
  *category = NULL;
  if (*folded == '\0')
    return;
  synonym = find_synonym (field_synonyms, G_N_ELEMENTS (field_synonyms), folded);
  if (synonym != NULL)
    {
      *field = synonym->field;
      *indicator = g_strdup (synonym->indicator);
      return;
    }
  code = ido_indicator_match_label (header);
  if (code != NULL)
    {
      *field = IDO_FIELD_VALUE;
      *indicator = g_strdup (code);
      return;
    }
  /* "Onderwerp: DigiD" or "Onderwerp - DigiD": an indicator with a category. */
  split = strchr (header, ':');
  if (split == NULL)
    split = strstr (header, " - ");
  if (split != NULL)
    {
      g_autofree char *left = g_strndup (header, split - header);
      g_autofree char *left_folded = ido_text_fold (left);
      const char *right = split + (*split == ':' ? 1 : 3);

      synonym = find_synonym (field_synonyms, G_N_ELEMENTS (field_synonyms), left_folded);
      code = synonym && synonym->field == IDO_FIELD_CATEGORY ? synonym->indicator
                                                             : ido_indicator_match_label (left);
      if (code != NULL && ido_indicator_code_has_category (code))
        {
          *field = IDO_FIELD_VALUE;
          *indicator = g_strdup (code);
          *category = g_strstrip (g_strdup (right));
        }
    }
}

static guint
count_recognised (GStrv row)
{
  guint count = 0;

  for (guint i = 0; row[i] != NULL; i++)
    {
      IdoField field;
      g_autofree char *indicator = NULL;
      g_autofree char *category = NULL;

      classify_header (row[i], &field, &indicator, &category);
      count += field != IDO_FIELD_NONE;
    }
  return count;
}

/**
 * ido_mapping_find_header_row:
 * @rows: (element-type GStrv): the first rows of a file
 *
 * Some exports start with a title; the header is the first row in which
 * at least two cells name a field.
 *
 * Returns: the index of the header row in @rows
 */
guint
ido_mapping_find_header_row (GPtrArray *rows)
{
  g_return_val_if_fail (rows != NULL, 0);

  for (guint i = 0; i < rows->len && i < MAX_HEADER_SCAN; i++)
    {
      if (count_recognised (g_ptr_array_index (rows, i)) >= 2)
        return i;
    }
  return 0;
}

static Column *
column_at (IdoMapping *self,
           guint       i)
{
  return &g_array_index (self->columns, Column, i);
}

int
ido_mapping_find_field (IdoMapping *self,
                        IdoField    field)
{
  g_return_val_if_fail (IDO_IS_MAPPING (self), -1);

  for (guint i = 0; i < self->columns->len; i++)
    {
      if (column_at (self, i)->field == field)
        return (int) i;
    }
  return -1;
}

static guint
count_field (IdoMapping *self,
             IdoField    field)
{
  guint count = 0;

  for (guint i = 0; i < self->columns->len; i++)
    count += column_at (self, i)->field == field;
  return count;
}

static gboolean
has_generic_value (IdoMapping *self)
{
  for (guint i = 0; i < self->columns->len; i++)
    {
      Column *column = column_at (self, i);

      if (column->field == IDO_FIELD_VALUE && column->indicator == NULL)
        return TRUE;
    }
  return FALSE;
}

/* Only one column may hold each field but the value. */
static void
drop_repeated_fields (IdoMapping *self)
{
  gboolean seen[IDO_N_FIELDS] = { FALSE };

  for (guint i = 0; i < self->columns->len; i++)
    {
      Column *column = column_at (self, i);

      if (column->field == IDO_FIELD_NONE || column->field == IDO_FIELD_VALUE)
        continue;
      if (seen[column->field])
        {
          column->field = IDO_FIELD_NONE;
          g_clear_pointer (&column->indicator, g_free);
        }
      seen[column->field] = TRUE;
    }
}

/* "Kwartaal" next to "Jaar" holds only the quarter number. */
static void
split_year_and_quarter (IdoMapping *self)
{
  int period = ido_mapping_find_field (self, IDO_FIELD_PERIOD);
  g_autofree char *folded = NULL;

  if (period < 0 || ido_mapping_find_field (self, IDO_FIELD_YEAR) < 0)
    return;
  folded = ido_text_fold (column_at (self, (guint) period)->header);
  if (g_str_equal (folded, "kwartaal") || g_str_equal (folded, "quarter"))
    column_at (self, (guint) period)->field = IDO_FIELD_QUARTER;
}

static const char *
sample_cell (GPtrArray *rows,
             guint      row,
             guint      column)
{
  GStrv cells = g_ptr_array_index (rows, row);

  return column < g_strv_length (cells) ? cells[column] : NULL;
}

static gboolean
samples_are_numbers (GPtrArray *rows,
                     guint      column)
{
  guint numbers = 0;

  for (guint r = 0; rows != NULL && r < rows->len && r < MAX_SAMPLE_ROWS; r++)
    {
      const char *text = sample_cell (rows, r, column);
      IdoNumber number;

      if (text == NULL || ido_parse_is_missing (text))
        continue;
      if (!ido_parse_number (text, IDO_NOTATION_DUTCH, &number, NULL))
        return FALSE;
      numbers++;
    }
  return numbers > 0;
}

/* Unknown columns of a wide table that hold numbers become custom indicators. */
static void
add_custom_indicators (IdoMapping *self,
                       GPtrArray  *rows)
{
  if (ido_mapping_find_field (self, IDO_FIELD_INDICATOR) >= 0 || has_generic_value (self))
    return;
  for (guint i = 0; i < self->columns->len; i++)
    {
      Column *column = column_at (self, i);

      if (column->field == IDO_FIELD_NONE && column->header[0] != '\0' && samples_are_numbers (rows, i))
        {
          column->field = IDO_FIELD_VALUE;
          column->indicator = ido_indicator_custom_code (column->header);
        }
    }
}

static void
detect_notation (IdoMapping *self,
                 GPtrArray  *rows)
{
  guint dutch = 0, english = 0;

  for (guint i = 0; i < self->columns->len; i++)
    {
      if (column_at (self, i)->field != IDO_FIELD_VALUE)
        continue;
      for (guint r = 0; rows != NULL && r < rows->len && r < MAX_SAMPLE_ROWS; r++)
        {
          const char *text = sample_cell (rows, r, i);
          IdoNumber number;

          if (text != NULL && ido_parse_number (text, IDO_NOTATION_DUTCH, &number, NULL))
            {
              dutch += number.evidence == IDO_EVIDENCE_DUTCH;
              english += number.evidence == IDO_EVIDENCE_ENGLISH;
            }
        }
    }
  self->notation = english > 0 && dutch == 0 ? IDO_NOTATION_ENGLISH : IDO_NOTATION_DUTCH;
  self->date_order = self->notation == IDO_NOTATION_DUTCH ? IDO_DATE_ORDER_DAY_FIRST : IDO_DATE_ORDER_NONE;
}

/**
 * ido_mapping_detect:
 * @headers: (array length=n_headers): the header row
 * @sample_rows: (nullable) (element-type GStrv): some data rows, to see which
 *   unknown columns hold numbers and in which notation
 *
 * Returns: (transfer full): the mapping the synonym lists suggest; the user
 *   completes it where ido_mapping_validate() fails
 */
IdoMapping *
ido_mapping_detect (const char * const *headers,
                    guint               n_headers,
                    GPtrArray          *sample_rows)
{
  IdoMapping *self = ido_mapping_new ();

  g_return_val_if_fail (headers != NULL || n_headers == 0, self);

  ido_mapping_set_headers (self, headers, n_headers);
  for (guint i = 0; i < self->columns->len; i++)
    {
      Column *column = column_at (self, i);

      classify_header (column->header, &column->field, &column->indicator, &column->category);
    }
  drop_repeated_fields (self);
  split_year_and_quarter (self);
  add_custom_indicators (self, sample_rows);
  detect_notation (self, sample_rows);
  return self;
}

/* Accessors */

IdoMapping *
ido_mapping_new (void)
{
  return g_object_new (IDO_TYPE_MAPPING, NULL);
}

/**
 * ido_mapping_copy:
 *
 * Returns: (transfer full): an independent copy
 */
IdoMapping *
ido_mapping_copy (IdoMapping *self)
{
  g_autofree char *json = NULL;

  g_return_val_if_fail (IDO_IS_MAPPING (self), NULL);

  json = ido_mapping_to_json (self);
  return ido_mapping_new_from_json (json, -1, NULL);
}

const char *
ido_mapping_get_name (IdoMapping *self)
{
  g_return_val_if_fail (IDO_IS_MAPPING (self), NULL);
  return self->name;
}

void
ido_mapping_set_name (IdoMapping *self,
                      const char *name)
{
  g_return_if_fail (IDO_IS_MAPPING (self));
  g_free (self->name);
  self->name = g_strdup (name);
}

/**
 * ido_mapping_get_layout:
 *
 * Returns: long when there is an indicator column or at most one value
 *   column, else wide
 */
IdoLayout
ido_mapping_get_layout (IdoMapping *self)
{
  g_return_val_if_fail (IDO_IS_MAPPING (self), IDO_LAYOUT_LONG);

  if (ido_mapping_find_field (self, IDO_FIELD_INDICATOR) >= 0 || count_field (self, IDO_FIELD_VALUE) <= 1)
    return IDO_LAYOUT_LONG;
  return IDO_LAYOUT_WIDE;
}

IdoNotation
ido_mapping_get_notation (IdoMapping *self)
{
  g_return_val_if_fail (IDO_IS_MAPPING (self), IDO_NOTATION_DUTCH);
  return self->notation;
}

void
ido_mapping_set_notation (IdoMapping  *self,
                          IdoNotation  notation)
{
  g_return_if_fail (IDO_IS_MAPPING (self));
  self->notation = notation;
}

IdoDateOrder
ido_mapping_get_date_order (IdoMapping *self)
{
  g_return_val_if_fail (IDO_IS_MAPPING (self), IDO_DATE_ORDER_NONE);
  return self->date_order;
}

void
ido_mapping_set_date_order (IdoMapping   *self,
                            IdoDateOrder  order)
{
  g_return_if_fail (IDO_IS_MAPPING (self));
  self->date_order = order;
}

const char *
ido_mapping_get_encoding (IdoMapping *self)
{
  g_return_val_if_fail (IDO_IS_MAPPING (self), NULL);
  return self->encoding;
}

/**
 * ido_mapping_set_encoding:
 * @encoding: (nullable): the encoding of CSV files, or %NULL to detect it
 */
void
ido_mapping_set_encoding (IdoMapping *self,
                          const char *encoding)
{
  g_return_if_fail (IDO_IS_MAPPING (self));
  g_free (self->encoding);
  self->encoding = encoding && *encoding ? g_strdup (encoding) : NULL;
}

char
ido_mapping_get_delimiter (IdoMapping *self)
{
  g_return_val_if_fail (IDO_IS_MAPPING (self), 0);
  return self->delimiter;
}

/**
 * ido_mapping_set_delimiter:
 * @delimiter: ';', ',' or '\t', or 0 to detect it
 */
void
ido_mapping_set_delimiter (IdoMapping *self,
                           char        delimiter)
{
  g_return_if_fail (IDO_IS_MAPPING (self));
  g_return_if_fail (delimiter == 0 || delimiter == ';' || delimiter == ',' || delimiter == '\t' ||
                    delimiter == '|');
  self->delimiter = delimiter;
}

int
ido_mapping_get_sheet (IdoMapping *self)
{
  g_return_val_if_fail (IDO_IS_MAPPING (self), -1);
  return self->sheet;
}

void
ido_mapping_set_sheet (IdoMapping *self,
                       int         sheet)
{
  g_return_if_fail (IDO_IS_MAPPING (self));
  self->sheet = MAX (sheet, -1);
}

/**
 * ido_mapping_get_header_row:
 *
 * Returns: how many non-empty rows come before the header row
 */
guint
ido_mapping_get_header_row (IdoMapping *self)
{
  g_return_val_if_fail (IDO_IS_MAPPING (self), 0);
  return self->header_row;
}

void
ido_mapping_set_header_row (IdoMapping *self,
                            guint       header_row)
{
  g_return_if_fail (IDO_IS_MAPPING (self));
  self->header_row = MIN (header_row, MAX_HEADER_SCAN);
}

const char *
ido_mapping_get_default_place (IdoMapping *self)
{
  g_return_val_if_fail (IDO_IS_MAPPING (self), NULL);
  return self->default_place;
}

/**
 * ido_mapping_set_default_place:
 * @place: (nullable): the place of rows without one: "own" (the municipality
 *   the user works for), "national", a CBS code or a municipality name
 */
void
ido_mapping_set_default_place (IdoMapping *self,
                               const char *place)
{
  g_return_if_fail (IDO_IS_MAPPING (self));
  g_free (self->default_place);
  self->default_place = place && *place ? g_strdup (place) : NULL;
}

const char *
ido_mapping_get_default_indicator (IdoMapping *self)
{
  g_return_val_if_fail (IDO_IS_MAPPING (self), NULL);
  return self->default_indicator;
}

/**
 * ido_mapping_set_default_indicator:
 * @indicator: (nullable): the indicator of a value column that names none
 */
void
ido_mapping_set_default_indicator (IdoMapping *self,
                                   const char *indicator)
{
  g_return_if_fail (IDO_IS_MAPPING (self));
  g_free (self->default_indicator);
  self->default_indicator = indicator && *indicator ? g_strdup (indicator) : NULL;
}

guint
ido_mapping_get_n_columns (IdoMapping *self)
{
  g_return_val_if_fail (IDO_IS_MAPPING (self), 0);
  return self->columns->len;
}

/**
 * ido_mapping_set_headers:
 * @headers: (array length=n_headers): the header row
 *
 * Replaces the columns by @headers, each mapped to nothing.
 */
void
ido_mapping_set_headers (IdoMapping         *self,
                         const char * const *headers,
                         guint               n_headers)
{
  g_return_if_fail (IDO_IS_MAPPING (self));

  n_headers = MIN (n_headers, IDO_MAPPING_MAX_COLUMNS);
  g_array_set_size (self->columns, 0);
  g_array_set_size (self->columns, n_headers);
  for (guint i = 0; i < n_headers; i++)
    column_at (self, i)->header = g_strdup (headers[i] ? headers[i] : "");
}

const char *
ido_mapping_get_header (IdoMapping *self,
                        guint       column)
{
  g_return_val_if_fail (IDO_IS_MAPPING (self), NULL);
  g_return_val_if_fail (column < self->columns->len, NULL);
  return column_at (self, column)->header;
}

IdoField
ido_mapping_get_field (IdoMapping *self,
                       guint       column)
{
  g_return_val_if_fail (IDO_IS_MAPPING (self), IDO_FIELD_NONE);
  if (column >= self->columns->len)
    return IDO_FIELD_NONE;
  return column_at (self, column)->field;
}

/**
 * ido_mapping_get_indicator:
 *
 * Returns: (nullable): the indicator code of a value column, or the one a
 *   category column implies
 */
const char *
ido_mapping_get_indicator (IdoMapping *self,
                           guint       column)
{
  g_return_val_if_fail (IDO_IS_MAPPING (self), NULL);
  if (column >= self->columns->len)
    return NULL;
  return column_at (self, column)->indicator;
}

const char *
ido_mapping_get_category (IdoMapping *self,
                          guint       column)
{
  g_return_val_if_fail (IDO_IS_MAPPING (self), NULL);
  if (column >= self->columns->len)
    return NULL;
  return column_at (self, column)->category;
}

/**
 * ido_mapping_set_column:
 * @indicator: (nullable): for a value column, the indicator code (a known
 *   one or "custom:...")
 * @category: (nullable): for a value column, a fixed category
 */
void
ido_mapping_set_column (IdoMapping *self,
                        guint       column,
                        IdoField    field,
                        const char *indicator,
                        const char *category)
{
  Column *c;

  g_return_if_fail (IDO_IS_MAPPING (self));
  g_return_if_fail (column < self->columns->len);
  g_return_if_fail (field < IDO_N_FIELDS);

  c = column_at (self, column);
  c->field = field;
  g_free (c->indicator);
  c->indicator = indicator && *indicator ? g_strdup (indicator) : NULL;
  g_free (c->category);
  c->category = category && *category ? g_strdup (category) : NULL;
}

/**
 * ido_header_signature:
 * @headers: (array length=n_headers): a header row
 *
 * Returns: (transfer full): the folded header names joined with '|'; empty
 *   trailing headers (from trailing delimiters) are left out
 */
char *
ido_header_signature (const char * const *headers,
                      guint               n_headers)
{
  GString *out = g_string_new (NULL);

  while (n_headers > 0 && (headers[n_headers - 1] == NULL || *headers[n_headers - 1] == '\0'))
    n_headers--;
  for (guint i = 0; i < n_headers; i++)
    {
      g_autofree char *folded = ido_text_fold (headers[i]);

      if (i > 0)
        g_string_append_c (out, '|');
      g_string_append (out, folded);
    }
  return g_string_free (out, FALSE);
}

/**
 * ido_mapping_dup_signature:
 *
 * Returns: (transfer full): the header signature of the mapping's columns
 */
char *
ido_mapping_dup_signature (IdoMapping *self)
{
  g_autofree const char **headers = NULL;

  g_return_val_if_fail (IDO_IS_MAPPING (self), NULL);

  headers = g_new0 (const char *, self->columns->len + 1);
  for (guint i = 0; i < self->columns->len; i++)
    headers[i] = column_at (self, i)->header;
  return ido_header_signature (headers, self->columns->len);
}

void
ido_mapping_get_reader_options (IdoMapping       *self,
                                IdoReaderOptions *options)
{
  g_return_if_fail (IDO_IS_MAPPING (self));
  g_return_if_fail (options != NULL);

  options->encoding = self->encoding;
  options->delimiter = self->delimiter;
  options->sheet = self->sheet;
  options->sheet_name = NULL;
}

/* Validation */

static gboolean
mapping_error (GError     **error,
               const char  *message)
{
  g_set_error_literal (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_MAPPING, message);
  return FALSE;
}

static gboolean
has_place (IdoMapping *self)
{
  static const IdoField place_fields[] = {
    IDO_FIELD_MUNICIPALITY, IDO_FIELD_MUNICIPALITY_CODE, IDO_FIELD_LIBRARY, IDO_FIELD_LOCATION,
    IDO_FIELD_PLACE_KEY,
  };

  if (self->default_place != NULL)
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (place_fields); i++)
    {
      if (ido_mapping_find_field (self, place_fields[i]) >= 0)
        return TRUE;
    }
  return FALSE;
}

/**
 * ido_mapping_get_effective_indicator:
 * @column: a value column
 *
 * The indicator a value column's figures get when the file has no
 * indicator column. An indicator that has categories itself ("Aandeel
 * onderwerp") wins over the one a category column implies ("Onderwerp"
 * holds topics), which wins over a plain one ("Aantal vragen" next to
 * "Onderwerp" counts questions per topic); last comes the default.
 *
 * Returns: (nullable): the indicator code
 */
const char *
ido_mapping_get_effective_indicator (IdoMapping *self,
                                     guint       column)
{
  int category;
  const char *own, *implied = NULL;

  g_return_val_if_fail (IDO_IS_MAPPING (self), NULL);

  if (column >= self->columns->len || column_at (self, column)->field != IDO_FIELD_VALUE)
    return NULL;
  own = column_at (self, column)->indicator;
  category = ido_mapping_find_field (self, IDO_FIELD_CATEGORY);
  if (category >= 0)
    implied = column_at (self, (guint) category)->indicator;
  if (own != NULL && ido_indicator_code_has_category (own))
    return own;
  if (implied != NULL)
    return implied;
  if (own != NULL)
    return own;
  return self->default_indicator;
}

static gboolean
value_columns_have_indicator (IdoMapping  *self,
                              GError     **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (ido_mapping_find_field (self, IDO_FIELD_INDICATOR) >= 0)
    return TRUE;
  for (guint i = 0; i < self->columns->len; i++)
    {
      Column *column = column_at (self, i);
      const char *code = ido_mapping_get_effective_indicator (self, i);
      char *key;

      if (column->field != IDO_FIELD_VALUE)
        continue;
      if (code == NULL)
        {
          g_set_error (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_MAPPING,
                       _("Column “%s” holds values, but it is not known of which indicator. "
                         "Choose its indicator, or the column that names the indicator."),
                       column->header);
          return FALSE;
        }
      key = g_strconcat (code, "\x1f", column->category ? column->category : "", NULL);
      if (!g_hash_table_add (seen, key))
        {
          g_set_error (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_MAPPING,
                       _("Column “%s” holds the same indicator as another column. "
                         "Choose another indicator or category for it."),
                       column->header);
          return FALSE;
        }
    }
  return TRUE;
}

/**
 * ido_mapping_validate:
 *
 * Checks that every row can yield complete observations: a period, a
 * place, one or more value columns and an indicator for each.
 *
 * Returns: %FALSE with @error (%IDO_IMPORT_ERROR_MAPPING) saying what is missing
 */
gboolean
ido_mapping_validate (IdoMapping  *self,
                      GError     **error)
{
  guint values;

  g_return_val_if_fail (IDO_IS_MAPPING (self), FALSE);

  values = count_field (self, IDO_FIELD_VALUE);
  if (ido_mapping_find_field (self, IDO_FIELD_PERIOD) < 0 && ido_mapping_find_field (self, IDO_FIELD_YEAR) < 0)
    return mapping_error (error, _("No column holds the period. Choose the column with the quarter or the year."));
  if (ido_mapping_find_field (self, IDO_FIELD_QUARTER) >= 0 && ido_mapping_find_field (self, IDO_FIELD_YEAR) < 0)
    return mapping_error (error, _("There is a quarter column but no year column. Choose the column with the year."));
  if (values == 0)
    return mapping_error (error, _("No column holds values. Choose the column with the figures."));
  if (ido_mapping_find_field (self, IDO_FIELD_INDICATOR) >= 0 && values > 1)
    return mapping_error (error, _("With an indicator column, only one column can hold the values."));
  if (!has_place (self))
    return mapping_error (error, _("No column holds the place (municipality, library or location). "
                                   "Choose that column, or the place all rows are about."));
  for (guint i = 0; i < IDO_N_FIELDS; i++)
    {
      if (i != IDO_FIELD_NONE && i != IDO_FIELD_VALUE && count_field (self, (IdoField) i) > 1)
        return mapping_error (error, _("Two columns are mapped to the same field."));
    }
  return value_columns_have_indicator (self, error);
}

/**
 * ido_mapping_align:
 * @headers: (array length=n_headers): the header row of a file
 *
 * Fits a mapping made for another file to @headers: columns are matched by
 * their folded header, so a reordered export still maps. A mapping without
 * headers is taken by position.
 *
 * Returns: (transfer full): the aligned mapping, or %NULL with @error set
 *   when a mapped column is missing from the file
 */
IdoMapping *
ido_mapping_align (IdoMapping          *self,
                   const char * const  *headers,
                   guint                n_headers,
                   GError             **error)
{
  g_autoptr(IdoMapping) aligned = NULL;
  g_autofree gboolean *used = NULL;

  g_return_val_if_fail (IDO_IS_MAPPING (self), NULL);

  aligned = ido_mapping_copy (self);
  ido_mapping_set_headers (aligned, headers, n_headers);
  used = g_new0 (gboolean, self->columns->len + 1);
  for (guint i = 0; i < aligned->columns->len; i++)
    {
      g_autofree char *folded = ido_text_fold (column_at (aligned, i)->header);

      for (guint j = 0; j < self->columns->len; j++)
        {
          Column *from = column_at (self, j);
          g_autofree char *from_folded = NULL;

          if (used[j])
            continue;
          from_folded = ido_text_fold (from->header);
          if ((*from_folded == '\0' && i == j) || (*from_folded != '\0' && g_str_equal (from_folded, folded)))
            {
              used[j] = TRUE;
              ido_mapping_set_column (aligned, i, from->field, from->indicator, from->category);
              break;
            }
        }
    }
  for (guint j = 0; j < self->columns->len; j++)
    {
      Column *from = column_at (self, j);

      if (!used[j] && from->field != IDO_FIELD_NONE)
        {
          g_set_error (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_MAPPING,
                       _("The file has no column “%s”, which the mapping needs."), from->header);
          return NULL;
        }
    }
  return g_steal_pointer (&aligned);
}

/* JSON */

static const char *
notation_to_string (IdoNotation notation)
{
  return notation == IDO_NOTATION_ENGLISH ? "en" : "nl";
}

static const char *
date_order_to_string (IdoDateOrder order)
{
  switch (order)
    {
    case IDO_DATE_ORDER_DAY_FIRST:
      return "day-first";
    case IDO_DATE_ORDER_MONTH_FIRST:
      return "month-first";
    case IDO_DATE_ORDER_NONE:
    default:
      return "none";
    }
}

static void
add_optional_string (JsonBuilder *builder,
                     const char  *member,
                     const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
build_columns (IdoMapping  *self,
               JsonBuilder *builder)
{
  json_builder_set_member_name (builder, "columns");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->columns->len; i++)
    {
      Column *column = column_at (self, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "header");
      json_builder_add_string_value (builder, column->header);
      json_builder_set_member_name (builder, "field");
      json_builder_add_string_value (builder, ido_field_to_string (column->field));
      if (column->indicator != NULL)
        add_optional_string (builder, "indicator", column->indicator);
      if (column->category != NULL)
        add_optional_string (builder, "category", column->category);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/**
 * ido_mapping_to_json:
 *
 * Returns: (transfer full): the mapping as JSON (see README-formats.md)
 */
char *
ido_mapping_to_json (IdoMapping *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *signature = NULL;
  char delimiter[2] = { 0 };

  g_return_val_if_fail (IDO_IS_MAPPING (self), NULL);

  signature = ido_mapping_dup_signature (self);
  delimiter[0] = self->delimiter;
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, IDO_MAPPING_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, MAPPING_VERSION);
  add_optional_string (builder, "name", self->name);
  json_builder_set_member_name (builder, "layout");
  json_builder_add_string_value (builder, ido_mapping_get_layout (self) == IDO_LAYOUT_WIDE ? "wide" : "long");
  json_builder_set_member_name (builder, "notation");
  json_builder_add_string_value (builder, notation_to_string (self->notation));
  json_builder_set_member_name (builder, "date_order");
  json_builder_add_string_value (builder, date_order_to_string (self->date_order));
  add_optional_string (builder, "encoding", self->encoding);
  add_optional_string (builder, "delimiter", self->delimiter ? delimiter : NULL);
  json_builder_set_member_name (builder, "sheet");
  json_builder_add_int_value (builder, self->sheet);
  json_builder_set_member_name (builder, "header_row");
  json_builder_add_int_value (builder, self->header_row);
  add_optional_string (builder, "default_place", self->default_place);
  add_optional_string (builder, "default_indicator", self->default_indicator);
  json_builder_set_member_name (builder, "header_signature");
  json_builder_add_string_value (builder, signature);
  build_columns (self, builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_data (generator, NULL);
}

static gboolean
json_error (GError     **error,
            const char  *what)
{
  g_set_error (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_MAPPING,
               _("This is not a valid IDO Regie mapping: %s."), what);
  return FALSE;
}

/* Reads an optional string member; FALSE when it is there but not a string. */
static gboolean
get_optional_string (JsonObject  *object,
                     const char  *member,
                     const char **value)
{
  JsonNode *node = json_object_get_member (object, member);

  *value = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return FALSE;
  *value = json_node_get_string (node);
  return TRUE;
}

static gboolean
get_optional_int (JsonObject *object,
                  const char *member,
                  gint64      min,
                  gint64      max,
                  gint64     *value)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return FALSE;
  *value = json_node_get_int (node);
  return *value >= min && *value <= max;
}

static gboolean
parse_column (IdoMapping  *self,
              guint        index,
              JsonNode    *node,
              GError     **error)
{
  JsonObject *object;
  const char *header = NULL, *field = NULL, *indicator = NULL, *category = NULL;
  IdoField value;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return json_error (error, _("a column is not an object"));
  object = json_node_get_object (node);
  if (!get_optional_string (object, "header", &header) || !get_optional_string (object, "field", &field) ||
      !get_optional_string (object, "indicator", &indicator) ||
      !get_optional_string (object, "category", &category))
    return json_error (error, _("a column member is not text"));
  value = field ? ido_field_from_string (field) : IDO_FIELD_NONE;
  if (value == IDO_N_FIELDS)
    return json_error (error, _("a column has an unknown field"));
  /* "custom:<label>" is made by imports, "custom-<uuid>" by the targets
   * dialog (ido_indicator_add_custom()); both are codes of the indicator
   * table a value column can be mapped to. */
  if (indicator != NULL && !g_str_has_prefix (indicator, "custom:") && !g_str_has_prefix (indicator, "custom-") &&
      !g_strv_contains (indicator_codes, indicator))
    return json_error (error, _("a column has an unknown indicator"));
  g_free (column_at (self, index)->header);
  column_at (self, index)->header = g_strdup (header ? header : "");
  ido_mapping_set_column (self, index, value, indicator, category);
  return TRUE;
}

static gboolean
parse_columns (IdoMapping  *self,
               JsonObject  *root,
               GError     **error)
{
  JsonNode *node = json_object_get_member (root, "columns");
  JsonArray *array;
  guint n;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return json_error (error, _("the columns are missing"));
  array = json_node_get_array (node);
  n = json_array_get_length (array);
  if (n > IDO_MAPPING_MAX_COLUMNS)
    return json_error (error, _("too many columns"));
  g_array_set_size (self->columns, n);
  for (guint i = 0; i < n; i++)
    {
      if (!parse_column (self, i, json_array_get_element (array, i), error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
parse_settings (IdoMapping  *self,
                JsonObject  *root,
                GError     **error)
{
  const char *name = NULL, *notation = NULL, *order = NULL, *encoding = NULL, *delimiter = NULL;
  const char *place = NULL, *indicator = NULL;
  gint64 sheet = -1, header_row = 0;

  if (!get_optional_string (root, "name", &name) || !get_optional_string (root, "notation", &notation) ||
      !get_optional_string (root, "date_order", &order) ||
      !get_optional_string (root, "encoding", &encoding) ||
      !get_optional_string (root, "delimiter", &delimiter) ||
      !get_optional_string (root, "default_place", &place) ||
      !get_optional_string (root, "default_indicator", &indicator))
    return json_error (error, _("a setting is not text"));
  if (!get_optional_int (root, "sheet", -1, G_MAXUINT16, &sheet) ||
      !get_optional_int (root, "header_row", 0, MAX_HEADER_SCAN, &header_row))
    return json_error (error, _("a number is out of range"));
  if (notation != NULL && !g_str_equal (notation, "nl") && !g_str_equal (notation, "en"))
    return json_error (error, _("the number notation is unknown"));
  if (order != NULL && !g_str_equal (order, "day-first") && !g_str_equal (order, "month-first") &&
      !g_str_equal (order, "none"))
    return json_error (error, _("the date order is unknown"));
  if (delimiter != NULL && (strlen (delimiter) != 1 || strchr (";,\t|", delimiter[0]) == NULL))
    return json_error (error, _("the delimiter is not one of ; , TAB |"));
  if (indicator != NULL && !g_str_has_prefix (indicator, "custom:") && !g_strv_contains (indicator_codes, indicator))
    return json_error (error, _("the default indicator is unknown"));
  ido_mapping_set_name (self, name);
  self->notation = notation && g_str_equal (notation, "en") ? IDO_NOTATION_ENGLISH : IDO_NOTATION_DUTCH;
  self->date_order = order == NULL || g_str_equal (order, "day-first") ? IDO_DATE_ORDER_DAY_FIRST
                     : g_str_equal (order, "month-first") ? IDO_DATE_ORDER_MONTH_FIRST
                     : IDO_DATE_ORDER_NONE;
  ido_mapping_set_encoding (self, encoding);
  self->delimiter = delimiter ? delimiter[0] : 0;
  self->sheet = (int) sheet;
  self->header_row = (guint) header_row;
  ido_mapping_set_default_place (self, place);
  ido_mapping_set_default_indicator (self, indicator);
  return TRUE;
}

/**
 * ido_mapping_new_from_json:
 * @data: a mapping as written by ido_mapping_to_json()
 * @length: the length of @data, or -1
 *
 * Returns: (transfer full): the mapping, or %NULL with @error set
 */
IdoMapping *
ido_mapping_new_from_json (const char  *data,
                           gssize       length,
                           GError     **error)
{
  /* Not json_parser_new_immutable(): json-glib aborts on some malformed
   * input with it ('"format"{...}', found by fuzz-mapping). */
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(IdoMapping) self = NULL;
  g_autoptr(GError) parse_error = NULL;
  JsonNode *root;
  JsonObject *object;
  const char *format = NULL;
  gint64 version = 0;

  g_return_val_if_fail (data != NULL, NULL);

  if (!json_parser_load_from_data (parser, data, length, &parse_error))
    {
      json_error (error, parse_error->message);
      return NULL;
    }
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      json_error (error, _("it is not a JSON object"));
      return NULL;
    }
  object = json_node_get_object (root);
  if (!get_optional_string (object, "format", &format) || g_strcmp0 (format, IDO_MAPPING_FORMAT) != 0)
    {
      json_error (error, _("the format is not “ido-regie-mapping”"));
      return NULL;
    }
  if (!get_optional_int (object, "version", 1, G_MAXINT, &version) || version > MAPPING_VERSION)
    {
      g_set_error (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_MAPPING,
                   _("This mapping was made by a newer version of IDO Regie. Update IDO Regie to use it."));
      return NULL;
    }
  self = ido_mapping_new ();
  if (!parse_settings (self, object, error) || !parse_columns (self, object, error))
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * ido_mapping_save_to_file:
 *
 * Writes the mapping as JSON, so a colleague can import it as a preset.
 */
gboolean
ido_mapping_save_to_file (IdoMapping  *self,
                          GFile       *file,
                          GError     **error)
{
  g_autofree char *json = NULL;

  g_return_val_if_fail (IDO_IS_MAPPING (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  json = ido_mapping_to_json (self);
  return g_file_replace_contents (file, json, strlen (json), NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL,
                                  error);
}

/**
 * ido_mapping_new_from_file:
 *
 * Returns: (transfer full): the mapping in @file, or %NULL with @error set
 */
IdoMapping *
ido_mapping_new_from_file (GFile   *file,
                           GError **error)
{
  g_autofree char *data = NULL;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (!g_file_load_contents (file, NULL, &data, &length, NULL, error))
    return NULL;
  if (length > 4 * 1024 * 1024)
    {
      json_error (error, _("the file is too large"));
      return NULL;
    }
  return ido_mapping_new_from_json (data, (gssize) length, error);
}

/* Presets */

/**
 * ido_mapping_save_preset:
 * @name: the preset's name; an existing preset of that name is replaced
 *
 * Stores the mapping under its header signature, so the next file with the
 * same columns is mapped the same way.
 */
gboolean
ido_mapping_save_preset (IdoMapping   *self,
                         IdoDatabase  *database,
                         const char   *name,
                         GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *signature = NULL;
  g_autofree char *json = NULL;
  g_autofree char *trimmed = NULL;

  g_return_val_if_fail (IDO_IS_MAPPING (self), FALSE);
  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  trimmed = g_strstrip (g_strdup (name));
  if (*trimmed == '\0')
    return mapping_error (error, _("A preset needs a name."));
  ido_mapping_set_name (self, trimmed);
  signature = ido_mapping_dup_signature (self);
  json = ido_mapping_to_json (self);
  stmt = ido_database_prepare (database,
                               "INSERT INTO import_preset (name, header_signature, mapping) VALUES (?1, ?2, ?3) "
                               "ON CONFLICT (name) DO UPDATE SET header_signature = excluded.header_signature, "
                               "mapping = excluded.mapping",
                               error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, trimmed, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, signature, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, json, -1, SQLITE_TRANSIENT);
  if (!ido_database_step (database, stmt, NULL, error))
    return FALSE;
  ido_database_emit_changed (database, "import_preset");
  return TRUE;
}

static IdoMapping *
load_preset_row (IdoDatabase  *database,
                 sqlite3_stmt *stmt,
                 GError      **error)
{
  gboolean has_row = FALSE;
  IdoMapping *mapping;

  if (!ido_database_step (database, stmt, &has_row, error))
    return NULL;
  if (!has_row)
    {
      g_set_error_literal (error, IDO_IMPORT_ERROR, IDO_IMPORT_ERROR_NOT_FOUND, _("There is no such preset."));
      return NULL;
    }
  mapping = ido_mapping_new_from_json ((const char *) sqlite3_column_text (stmt, 1), -1, error);
  if (mapping != NULL)
    ido_mapping_set_name (mapping, (const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  return mapping;
}

/**
 * ido_mapping_load_preset:
 *
 * Returns: (transfer full): the preset @name, or %NULL with @error set
 */
IdoMapping *
ido_mapping_load_preset (IdoDatabase  *database,
                         const char   *name,
                         GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  stmt = ido_database_prepare (database, "SELECT name, mapping FROM import_preset WHERE name = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  return load_preset_row (database, stmt, error);
}

/**
 * ido_mapping_find_preset:
 * @signature: a header signature (ido_header_signature())
 *
 * Returns: (transfer full) (nullable): the most recently saved preset for
 *   files with these columns
 */
IdoMapping *
ido_mapping_find_preset (IdoDatabase *database,
                         const char  *signature)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);
  g_return_val_if_fail (signature != NULL, NULL);

  stmt = ido_database_prepare (database,
                               "SELECT name, mapping FROM import_preset WHERE header_signature = ?1 "
                               "ORDER BY updated_at DESC, id DESC LIMIT 1",
                               NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, signature, -1, SQLITE_TRANSIENT);
  return load_preset_row (database, stmt, NULL);
}

gboolean
ido_mapping_delete_preset (IdoDatabase  *database,
                           const char   *name,
                           GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (IDO_IS_DATABASE (database), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  stmt = ido_database_prepare (database, "DELETE FROM import_preset WHERE name = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  if (!ido_database_step (database, stmt, NULL, error))
    return FALSE;
  ido_database_emit_changed (database, "import_preset");
  return TRUE;
}

/**
 * ido_mapping_list_presets:
 *
 * Returns: (transfer full): the preset names, sorted
 */
GStrv
ido_mapping_list_presets (IdoDatabase *database)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean has_row = FALSE;

  g_return_val_if_fail (IDO_IS_DATABASE (database), NULL);

  stmt = ido_database_prepare (database, "SELECT name FROM import_preset ORDER BY name COLLATE NOCASE", NULL);
  while (stmt != NULL && ido_database_step (database, stmt, &has_row, NULL) && has_row)
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
  return g_strv_builder_end (builder);
}
