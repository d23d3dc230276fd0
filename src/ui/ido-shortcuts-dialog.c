/* ido-shortcuts-dialog.c
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GtkShortcutsWindow is deprecated in GTK 4.18 and AdwShortcutsDialog needs
 * libadwaita 1.8, so the shortcuts are listed in preference rows with the
 * keys drawn as keycaps.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "ido-shortcuts-dialog.h"

struct _IdoShortcutsDialog
{
  AdwDialog             parent_instance;

  AdwPreferencesGroup  *general_group;
  AdwPreferencesGroup  *panes_group;
};

G_DEFINE_FINAL_TYPE (IdoShortcutsDialog, ido_shortcuts_dialog, ADW_TYPE_DIALOG)

static const IdoShortcut shortcuts[] = {
  { "win.search", "<Control>f", N_("Search in This Pane"), FALSE },
  { "win.import-dashboard", "<Control>i", N_("Import Dashboard Export"), FALSE },
  { "app.preferences", "<Control>comma", N_("Preferences"), FALSE },
  { "app.shortcuts", "<Control>question", N_("Keyboard Shortcuts"), FALSE },
  { "app.quit", "<Control>q", N_("Quit"), FALSE },
  { "win.show-pane::overview", "<Alt>1", N_("Overview"), TRUE },
  { "win.show-pane::financier", "<Alt>2", N_("Financier"), TRUE },
  { "win.show-pane::promotor", "<Alt>3", N_("Promoter"), TRUE },
  { "win.show-pane::network", "<Alt>4", N_("Network Director"), TRUE },
  { "win.show-pane::referrer", "<Alt>5", N_("Warm Referrer"), TRUE },
  { "win.show-pane::service", "<Alt>6", N_("Digital Service Provider"), TRUE },
  { "win.show-pane::policy", "<Alt>7", N_("Policy Maker"), TRUE },
};

static void
append_keycap (GtkBox     *box,
               const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "keycap");
  gtk_box_append (box, label);
}

static GtkWidget *
create_keycaps (const char *accel)
{
  static const GdkModifierType modifiers[] = {
    GDK_CONTROL_MASK, GDK_ALT_MASK, GDK_SHIFT_MASK, GDK_SUPER_MASK,
  };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GdkModifierType mods = 0;
  guint keyval = 0;

  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  if (!gtk_accelerator_parse (accel, &keyval, &mods))
    return box;
  for (guint i = 0; i < G_N_ELEMENTS (modifiers); i++)
    {
      if (mods & modifiers[i])
        {
          g_autofree char *label = gtk_accelerator_get_label (0, modifiers[i]);

          /* The label of a lone modifier ends in its separator: "Ctrl+". */
          if (g_str_has_suffix (label, "+"))
            label[strlen (label) - 1] = '\0';
          append_keycap (GTK_BOX (box), label);
        }
    }
  {
    g_autofree char *label = gtk_accelerator_get_label (keyval, 0);

    append_keycap (GTK_BOX (box), label);
  }
  return box;
}

static GtkWidget *
create_row (const IdoShortcut *shortcut)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *description = NULL;
  GdkModifierType mods = 0;
  guint keyval = 0;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(shortcut->title));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), create_keycaps (shortcut->accel));
  if (gtk_accelerator_parse (shortcut->accel, &keyval, &mods))
    {
      description = gtk_accelerator_get_label (keyval, mods);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                      -1);
    }
  return row;
}

static void
ido_shortcuts_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), IDO_TYPE_SHORTCUTS_DIALOG);

  G_OBJECT_CLASS (ido_shortcuts_dialog_parent_class)->dispose (object);
}

static void
ido_shortcuts_dialog_class_init (IdoShortcutsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ido_shortcuts_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/ido-shortcuts-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, IdoShortcutsDialog, general_group);
  gtk_widget_class_bind_template_child (widget_class, IdoShortcutsDialog, panes_group);
}

static void
ido_shortcuts_dialog_init (IdoShortcutsDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (shortcuts); i++)
    adw_preferences_group_add (shortcuts[i].pane ? self->panes_group : self->general_group,
                               create_row (&shortcuts[i]));
}

/**
 * ido_shortcuts_dialog_new:
 *
 * Returns: (transfer floating): the dialog
 */
AdwDialog *
ido_shortcuts_dialog_new (void)
{
  return g_object_new (IDO_TYPE_SHORTCUTS_DIALOG, NULL);
}

/**
 * ido_shortcuts_dialog_get_shortcuts:
 * @n_shortcuts: (out): the number of shortcuts
 *
 * Returns: (transfer none) (array length=n_shortcuts): every shortcut the
 *   application registers, as the dialog lists them
 */
const IdoShortcut *
ido_shortcuts_dialog_get_shortcuts (guint *n_shortcuts)
{
  g_return_val_if_fail (n_shortcuts != NULL, NULL);

  *n_shortcuts = G_N_ELEMENTS (shortcuts);
  return shortcuts;
}
