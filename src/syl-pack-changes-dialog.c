/* syl-pack-changes-dialog.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-pack-changes-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "syl-pack-change.h"
#include "syl-pack-changes-dialog.h"

/* "What Changed in This Pack": the `<changes>` entries of a pack, a group
 * per version, newest first; each row says what was corrected and in
 * which question. Shown once after an update brings entries the learner
 * has not seen (the window decides, see syl-pack-update.c), and from the
 * main menu's What Changed… at any time. Escape closes it. */
struct _SylPackChangesDialog
{
  AdwWindow  parent_instance;

  /* template children */
  GtkBox    *content_box;
  GtkLabel  *summary_label;
  GtkLabel  *empty_label;

  guint      n_changes;
};

G_DEFINE_FINAL_TYPE (SylPackChangesDialog, syl_pack_changes_dialog, ADW_TYPE_WINDOW)

static GtkWidget *
new_change_row (SylPackChange      *change,
                const char * const *changed_ids)
{
  const char *question_id = syl_pack_change_get_question_id (change);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), syl_pack_change_get_text (change));
  if (question_id != NULL && question_id[0] != '\0')
    {
      g_autofree char *subtitle = NULL;

      if (changed_ids != NULL && g_strv_contains (changed_ids, question_id))
        /* Translators: %s is a question id; the learner had answered it */
        subtitle = g_strdup_printf (_("Question %s · Changed since you last answered it"), question_id);
      else
        /* Translators: %s is a question id */
        subtitle = g_strdup_printf (_("Question %s"), question_id);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
    }

  return row;
}

static void
fill (SylPackChangesDialog *self,
      SylPack              *pack,
      GPtrArray            *changes,
      const char * const   *changed_ids)
{
  AdwPreferencesGroup *group = NULL;
  guint group_version = 0;
  guint n_changed = changed_ids != NULL ? g_strv_length ((char **) changed_ids) : 0;
  g_autofree char *summary = NULL;

  /* Translators: %s is the exam's title, %u the pack's version */
  summary = g_strdup_printf (_("“%s” is at version %u. What each version corrected, newest first."),
                             syl_pack_get_title (pack), syl_pack_get_version (pack));
  if (n_changed > 0)
    {
      g_autofree char *restart = NULL;
      g_autofree char *both = NULL;

      restart = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u question you had answered was changed: it starts again in "
                                              "your reviews, and your earlier answers to it no longer count.",
                                              "%u questions you had answered were changed: they start again in "
                                              "your reviews, and your earlier answers to them no longer count.",
                                              n_changed),
                                 n_changed);
      both = g_strconcat (summary, " ", restart, NULL);
      g_free (summary);
      summary = g_steal_pointer (&both);
    }
  gtk_label_set_text (self->summary_label, summary);

  for (guint i = 0; i < changes->len; i++)
    {
      SylPackChange *change = g_ptr_array_index (changes, i);
      guint version = syl_pack_change_get_version (change);

      if (group == NULL || version != group_version)
        {
          g_autofree char *title = NULL;

          /* Translators: a group of corrections, "Version 2" */
          title = g_strdup_printf (_("Version %u"), version);
          group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
          adw_preferences_group_set_title (group, title);
          gtk_box_append (self->content_box, GTK_WIDGET (group));
          group_version = version;
        }
      adw_preferences_group_add (group, new_change_row (change, changed_ids));
    }

  self->n_changes = changes->len;
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), changes->len == 0);
}

static void
syl_pack_changes_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SYL_TYPE_PACK_CHANGES_DIALOG);

  G_OBJECT_CLASS (syl_pack_changes_dialog_parent_class)->dispose (object);
}

static void
syl_pack_changes_dialog_class_init (SylPackChangesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = syl_pack_changes_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/syllabus/Syllabus/syl-pack-changes-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SylPackChangesDialog, content_box);
  gtk_widget_class_bind_template_child (widget_class, SylPackChangesDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, SylPackChangesDialog, empty_label);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
syl_pack_changes_dialog_init (SylPackChangesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * syl_pack_changes_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @pack: the pack
 * @changes: (element-type SylPackChange): the entries to list, newest
 *   version first (syl_pack_dup_changes_after())
 * @changed_ids: (nullable): the questions the learner had answered that
 *   changed in this update, said so in their rows
 *
 * Returns: (transfer full): the dialog, to present
 */
GtkWidget *
syl_pack_changes_dialog_new (GtkWindow          *parent,
                             SylPack            *pack,
                             GPtrArray          *changes,
                             const char * const *changed_ids)
{
  SylPackChangesDialog *self;

  g_return_val_if_fail (SYL_IS_PACK (pack), NULL);
  g_return_val_if_fail (changes != NULL, NULL);

  self = g_object_new (SYL_TYPE_PACK_CHANGES_DIALOG, "transient-for", parent, NULL);
  fill (self, pack, changes, changed_ids);

  return GTK_WIDGET (self);
}

/** syl_pack_changes_dialog_get_n_changes: Returns: how many entries it lists */
guint
syl_pack_changes_dialog_get_n_changes (SylPackChangesDialog *self)
{
  g_return_val_if_fail (SYL_IS_PACK_CHANGES_DIALOG (self), 0);

  return self->n_changes;
}
