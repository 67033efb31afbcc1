/* syl-domain-card.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-domain-card"

#include "config.h"

#include <glib/gi18n.h>

#include "syl-dashboard-model.h"
#include "syl-a11y.h"
#include "syl-domain-card.h"
#include "syl-pack.h"
#include "syl-task.h"

/* One exam domain on the dashboard: its weight, how much of it has been
 * seen, its mastery, and its task statements weakest first, each with a
 * way to drill it and to open it in the syllabus. */
struct _SylDomainCard
{
  AdwBin        parent_instance;

  /* template children */
  GtkListBox   *list;
  GtkWidget    *header_row;
  GtkLabel     *title_label;
  GtkLabel     *subtitle_label;
  GtkLevelBar  *level_bar;
  GtkLabel     *percent_label;
  GtkButton    *drill_button;

  /* owned */
  SylDomain    *domain;
  GPtrArray    *task_rows;

  guint         number;
  guint         drill_count;
};

G_DEFINE_FINAL_TYPE (SylDomainCard, syl_domain_card, ADW_TYPE_BIN)

/* Mastery is a neutral measure, not a warning: no low/high colours. */
static void
make_neutral (GtkLevelBar *bar)
{
  gtk_level_bar_remove_offset_value (bar, GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (bar, GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (bar, GTK_LEVEL_BAR_OFFSET_FULL);
}

static char *
format_seen (guint seen,
             guint total)
{
  /* Translators: "8 of 20 questions seen"; the plural follows the total */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u question seen", "%u of %u questions seen", total),
                          seen, total);
}

static guint
count_seen (double coverage,
            guint  total)
{
  return (guint) (coverage * total + 0.5);
}

static GtkWidget *
create_task_row (SylDomainCard *self,
                 SylTask       *task,
                 SylForecast   *forecast)
{
  SylPack *pack = syl_domain_get_pack (self->domain);
  g_autoptr(GPtrArray) questions = syl_pack_dup_questions_for_task (pack, task);
  double mastery = syl_forecast_get_task_mastery (forecast, task);
  double coverage = syl_forecast_get_task_coverage (forecast, task);
  g_autofree char *title = NULL;
  g_autofree char *seen = format_seen (count_seen (coverage, questions->len), questions->len);
  g_autofree char *percent = syl_dashboard_format_percent (mastery);
  g_autofree char *drill_tooltip = NULL;
  g_autofree char *row_tooltip = NULL;
  GtkWidget *row, *box, *title_box, *label, *image, *bar_box, *bar, *button;

  row = gtk_list_box_row_new ();
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", syl_task_get_id (task));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-task");
  /* Translators: tooltip of a task statement row on the dashboard */
  row_tooltip = g_strdup_printf (_("Open task statement %s in the syllabus"), syl_task_get_id (task));
  gtk_widget_set_tooltip_text (row, row_tooltip);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  title_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (box), title_box);

  /* Translators: a task statement's number and title, "4.1 Configure the collection…" */
  title = g_strdup_printf (_("%s %s"), syl_task_get_id (task), syl_task_get_title (task));
  label = gtk_label_new (title);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (title_box), label);

  image = gtk_image_new_from_icon_name ("go-next-symbolic");
  gtk_widget_set_valign (image, GTK_ALIGN_START);
  gtk_widget_add_css_class (image, "dim-label");
  gtk_accessible_update_state (GTK_ACCESSIBLE (image), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_box_append (GTK_BOX (title_box), image);

  label = gtk_label_new (seen);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "caption");
  gtk_box_append (GTK_BOX (box), label);

  bar_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_box_append (GTK_BOX (box), bar_box);

  bar = gtk_level_bar_new_for_interval (0, 1);
  make_neutral (GTK_LEVEL_BAR (bar));
  gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), mastery);
  gtk_widget_set_hexpand (bar, TRUE);
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (bar, _("Mastery: the share of this task statement’s questions you would likely get right today"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Mastery"),
                                  -1);
  gtk_box_append (GTK_BOX (bar_box), bar);

  label = gtk_label_new (percent);
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_label_set_width_chars (GTK_LABEL (label), 5);
  gtk_widget_add_css_class (label, "numeric");
  gtk_box_append (GTK_BOX (bar_box), label);

  button = gtk_button_new_with_label (C_("verb", "Drill"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "(ssu)",
                                    "task", syl_task_get_id (task), self->drill_count);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.start-drill");
  /* Translators: tooltip of the Drill button of a task statement */
  drill_tooltip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "Practise %u question on task statement %s, with feedback after each",
                                                "Practise %u questions on task statement %s, with feedback after each",
                                                self->drill_count),
                                   self->drill_count, syl_task_get_id (task));
  gtk_widget_set_tooltip_text (button, drill_tooltip);
  gtk_box_append (GTK_BOX (bar_box), button);

  /* A screen reader hears the row as the line it shows. */
  syl_a11y_set_name (row, title);
  {
    /* Translators: how a task statement row is described to screen
     * readers: "3 of 12 questions seen · mastery 52 %" */
    g_autofree char *description = g_strdup_printf (_("%s · mastery %s"), seen, percent);

    syl_a11y_set_description (row, description);
  }

  g_object_set_data_full (G_OBJECT (row), "syl-task", g_object_ref (task), g_object_unref);

  return row;
}

static void
syl_domain_card_dispose (GObject *object)
{
  SylDomainCard *self = SYL_DOMAIN_CARD (object);

  /* The template's top widget is bound; take it from AdwBin first so
   * that AdwBin does not unparent it again after the template has. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SYL_TYPE_DOMAIN_CARD);
  g_clear_object (&self->domain);
  g_clear_pointer (&self->task_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (syl_domain_card_parent_class)->dispose (object);
}

static void
syl_domain_card_class_init (SylDomainCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = syl_domain_card_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/syllabus/Syllabus/syl-domain-card.ui");
  gtk_widget_class_bind_template_child (widget_class, SylDomainCard, list);
  gtk_widget_class_bind_template_child (widget_class, SylDomainCard, header_row);
  gtk_widget_class_bind_template_child (widget_class, SylDomainCard, title_label);
  gtk_widget_class_bind_template_child (widget_class, SylDomainCard, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, SylDomainCard, level_bar);
  gtk_widget_class_bind_template_child (widget_class, SylDomainCard, percent_label);
  gtk_widget_class_bind_template_child (widget_class, SylDomainCard, drill_button);
}

static void
syl_domain_card_init (SylDomainCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->task_rows = g_ptr_array_new ();
  make_neutral (self->level_bar);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->level_bar),
                               _("Mastery: the share of this domain’s questions you would likely get right today"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->percent_label),
                               _("Mastery: the share of this domain’s questions you would likely get right today"));
}

/**
 * syl_domain_card_new:
 * @domain: the domain
 * @number: its number in the exam guide, from 1
 * @drill_count: questions its Drill buttons ask for
 *
 * Returns: (transfer full): a card to fill with syl_domain_card_update()
 */
GtkWidget *
syl_domain_card_new (SylDomain *domain,
                     guint      number,
                     guint      drill_count)
{
  SylDomainCard *self;
  g_autofree char *title = NULL;
  g_autofree char *tooltip = NULL;

  g_return_val_if_fail (SYL_IS_DOMAIN (domain), NULL);

  self = g_object_new (SYL_TYPE_DOMAIN_CARD, NULL);
  self->domain = g_object_ref (domain);
  self->number = number;
  self->drill_count = drill_count;

  /* Translators: a domain's number and title, "Domain 4 · Monitoring and Logging" */
  title = g_strdup_printf (_("Domain %u · %s"), number, syl_domain_get_title (domain));
  gtk_label_set_text (self->title_label, title);

  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->drill_button), "(ssu)",
                                    "domain", syl_domain_get_id (domain), drill_count);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->drill_button), "win.start-drill");
  /* Translators: tooltip of the Drill button of a domain */
  tooltip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Practise %u question from %s, with feedback after each",
                                          "Practise %u questions from %s, with feedback after each",
                                          drill_count),
                             drill_count, syl_domain_get_title (domain));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->drill_button), tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->drill_button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, tooltip,
                                  -1);

  return GTK_WIDGET (self);
}

/**
 * syl_domain_card_get_domain:
 *
 * Returns: (transfer none): the domain shown
 */
SylDomain *
syl_domain_card_get_domain (SylDomainCard *self)
{
  g_return_val_if_fail (SYL_IS_DOMAIN_CARD (self), NULL);

  return self->domain;
}

/**
 * syl_domain_card_update:
 * @forecast: the learner's forecast
 * @tasks_by_mastery: (element-type SylTask): every task statement of the
 *   pack, weakest first, as from syl_forecast_dup_tasks_by_mastery()
 *
 * Shows the domain's mastery and coverage and its task statements in
 * the order of @tasks_by_mastery.
 */
void
syl_domain_card_update (SylDomainCard *self,
                        SylForecast   *forecast,
                        GPtrArray     *tasks_by_mastery)
{
  SylPack *pack;
  g_autoptr(GPtrArray) questions = NULL;
  g_autofree char *seen = NULL;
  g_autofree char *weight = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *percent = NULL;
  g_autofree char *description = NULL;
  double mastery, coverage;

  g_return_if_fail (SYL_IS_DOMAIN_CARD (self));
  g_return_if_fail (SYL_IS_FORECAST (forecast));
  g_return_if_fail (tasks_by_mastery != NULL);

  pack = syl_domain_get_pack (self->domain);
  questions = syl_pack_dup_questions_for_domain (pack, self->domain);
  mastery = syl_forecast_get_domain_mastery (forecast, self->domain);
  coverage = syl_forecast_get_domain_coverage (forecast, self->domain);

  seen = format_seen (count_seen (coverage, questions->len), questions->len);
  /* Translators: a domain's share of the exam's scored questions */
  weight = g_strdup_printf (_("%u %% of the exam"), syl_domain_get_weight (self->domain));
  subtitle = g_strdup_printf ("%s · %s", weight, seen);
  gtk_label_set_text (self->subtitle_label, subtitle);

  gtk_level_bar_set_value (self->level_bar, mastery);
  percent = syl_dashboard_format_percent (mastery);
  gtk_label_set_text (self->percent_label, percent);

  /* The header row is a stop for the arrows: it says what it shows. */
  description = g_strdup_printf (_("%s · mastery %s"), subtitle, percent);
  syl_a11y_set_name (GTK_WIDGET (self->header_row), gtk_label_get_text (self->title_label));
  syl_a11y_set_description (GTK_WIDGET (self->header_row), description);
  syl_a11y_set_name (GTK_WIDGET (self->list), gtk_label_get_text (self->title_label));

  for (guint i = 0; i < self->task_rows->len; i++)
    gtk_list_box_remove (self->list, g_ptr_array_index (self->task_rows, i));
  g_ptr_array_set_size (self->task_rows, 0);

  for (guint i = 0; i < tasks_by_mastery->len; i++)
    {
      SylTask *task = g_ptr_array_index (tasks_by_mastery, i);
      GtkWidget *row;

      if (syl_task_get_domain (task) != self->domain)
        continue;

      row = create_task_row (self, task, forecast);
      gtk_list_box_append (self->list, row);
      g_ptr_array_add (self->task_rows, row);
    }
}

/**
 * syl_domain_card_get_n_tasks:
 *
 * Returns: the number of task statement rows
 */
guint
syl_domain_card_get_n_tasks (SylDomainCard *self)
{
  g_return_val_if_fail (SYL_IS_DOMAIN_CARD (self), 0);

  return self->task_rows->len;
}
