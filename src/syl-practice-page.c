/* syl-practice-page.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-practice-page"

#include "config.h"

#include <glib/gi18n.h>

#include "syl-a11y.h"
#include "syl-category.h"
#include "syl-dashboard-model.h"
#include "syl-domain.h"
#include "syl-exam-schedule.h"
#include "syl-forecast.h"
#include "syl-practice-page.h"
#include "syl-quiz-builder.h"
#include "syl-service.h"
#include "syl-session.h"
#include "syl-status-page.h"
#include "syl-task.h"

/* What the drill builder drills, in the order of its "Drill by" row. */
typedef enum
{
  DRILL_DOMAIN,
  DRILL_TASK,
  DRILL_SERVICE,
} DrillKind;

static const char * const drill_kinds[] = { "domain", "task", "service" };

/* Every way to practise: resume, exam simulation, due review, weak spots,
 * missed last time, and a drill on a domain, task statement or service. */
struct _SylPracticePage
{
  SylPage              parent_instance;

  /* template children */
  GtkStack            *stack;
  AdwStatusPage       *no_pack_page;
  AdwPreferencesGroup *resume_group;
  AdwActionRow        *resume_row;
  AdwActionRow        *exam_row;
  AdwActionRow        *exam_warning_row;
  AdwActionRow        *due_row;
  AdwActionRow        *weak_row;
  AdwActionRow        *missed_row;
  GtkWidget           *due_arrow;
  GtkWidget           *missed_arrow;
  AdwComboRow         *kind_row;
  AdwComboRow         *target_row;
  AdwActionRow        *count_row;
  GtkLabel            *translation_label;
  GtkSpinButton       *count_spin;
  GtkButton           *drill_button;

  /* owned */
  GtkStringList       *target_model;
  SylForecast         *forecast;
  GPtrArray           *target_ids;     /* of char *, parallel to target_model */
  GArray              *target_counts;  /* of guint, questions per target */

  gboolean             filling;
};

G_DEFINE_FINAL_TYPE (SylPracticePage, syl_practice_page, SYL_TYPE_PAGE)

static void
update_drill_target (SylPracticePage *self)
{
  guint kind = adw_combo_row_get_selected (self->kind_row);
  guint selected = adw_combo_row_get_selected (self->target_row);
  guint count = (guint) gtk_spin_button_get_value_as_int (self->count_spin);
  g_autofree char *subtitle = NULL;
  guint available;

  if (self->filling)
    return;

  /* The action is set only with its (ssu) target: win.start-drill
   * without one would be a parameter type mismatch. */
  if (kind >= G_N_ELEMENTS (drill_kinds) || selected >= self->target_ids->len)
    {
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->drill_button), NULL);
      gtk_widget_set_sensitive (GTK_WIDGET (self->drill_button), FALSE);
      adw_action_row_set_subtitle (self->count_row, "");
      return;
    }

  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->drill_button),
                                          g_variant_new ("(ssu)", drill_kinds[kind],
                                                         (const char *) g_ptr_array_index (self->target_ids, selected),
                                                         count));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->drill_button), "win.start-drill");
  gtk_widget_set_sensitive (GTK_WIDGET (self->drill_button), TRUE);

  available = g_array_index (self->target_counts, guint, selected);
  if (available < count)
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "Only %u question here; the drill asks it",
                                             "Only %u questions here; the drill asks them all",
                                             available),
                                available);
  else
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u question available", "%u questions available",
                                             available),
                                available);
  adw_action_row_set_subtitle (self->count_row, subtitle);
}

static void
add_target (SylPracticePage *self,
            GPtrArray       *labels,
            const char      *id,
            char            *label,
            guint            count)
{
  g_ptr_array_add (self->target_ids, g_strdup (id));
  g_ptr_array_add (labels, label);
  g_array_append_val (self->target_counts, count);
}

static int
compare_services_by_name (gconstpointer a,
                          gconstpointer b)
{
  SylService *sa = *(SylService **) a;
  SylService *sb = *(SylService **) b;

  return g_utf8_collate (syl_service_get_name (sa), syl_service_get_name (sb));
}

/* Fills the second row of the drill builder for the kind chosen in the
 * first, in exam-guide order (services by name), and selects the weakest
 * so that the default drill is the most useful one. */
static void
fill_targets (SylPracticePage *self)
{
  SylPack *pack = syl_page_get_pack (SYL_PAGE (self));
  guint kind = adw_combo_row_get_selected (self->kind_row);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  GListModel *domains;
  gpointer weakest = NULL;
  guint select = 0;

  self->filling = TRUE;

  g_ptr_array_set_size (self->target_ids, 0);
  g_array_set_size (self->target_counts, 0);

  if (pack == NULL)
    goto done;

  domains = syl_pack_get_domains (pack);

  switch (kind)
    {
    case DRILL_DOMAIN:
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->target_row), _("Do_main"));
      if (self->forecast != NULL)
        {
          g_autoptr(GPtrArray) order = syl_forecast_dup_domains_by_mastery (self->forecast);
          weakest = order->len > 0 ? g_ptr_array_index (order, 0) : NULL;
        }
      for (guint i = 0; i < g_list_model_get_n_items (domains); i++)
        {
          g_autoptr(SylDomain) domain = g_list_model_get_item (domains, i);
          g_autoptr(GPtrArray) questions = syl_pack_dup_questions_for_domain (pack, domain);

          if (domain == weakest)
            select = self->target_ids->len;
          /* Translators: a domain in the drill builder, "1 SDLC Automation" */
          add_target (self, labels, syl_domain_get_id (domain),
                      g_strdup_printf (_("%u %s"), i + 1, syl_domain_get_title (domain)),
                      questions->len);
        }
      break;

    case DRILL_TASK:
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->target_row), _("_Task statement"));
      if (self->forecast != NULL)
        {
          g_autoptr(GPtrArray) order = syl_forecast_dup_tasks_by_mastery (self->forecast);
          weakest = order->len > 0 ? g_ptr_array_index (order, 0) : NULL;
        }
      for (guint i = 0; i < g_list_model_get_n_items (domains); i++)
        {
          g_autoptr(SylDomain) domain = g_list_model_get_item (domains, i);
          GListModel *tasks = syl_domain_get_tasks (domain);

          for (guint j = 0; j < g_list_model_get_n_items (tasks); j++)
            {
              g_autoptr(SylTask) task = g_list_model_get_item (tasks, j);
              g_autoptr(GPtrArray) questions = syl_pack_dup_questions_for_task (pack, task);

              if (questions->len == 0)
                continue;
              if (task == weakest)
                select = self->target_ids->len;
              /* Translators: a task statement in the drill builder, "1.1 Implement CI/CD pipelines." */
              add_target (self, labels, syl_task_get_id (task),
                          g_strdup_printf (_("%s %s"), syl_task_get_id (task), syl_task_get_title (task)),
                          questions->len);
            }
        }
      break;

    case DRILL_SERVICE:
    default:
      {
        g_autoptr(GPtrArray) services = g_ptr_array_new_with_free_func (g_object_unref);
        GListModel *categories = syl_pack_get_categories (pack);
        double lowest = G_MAXDOUBLE;

        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->target_row), _("_Service"));
        for (guint i = 0; i < g_list_model_get_n_items (categories); i++)
          {
            g_autoptr(SylCategory) category = g_list_model_get_item (categories, i);
            GListModel *in_category = syl_category_get_services (category);

            for (guint j = 0; j < g_list_model_get_n_items (in_category); j++)
              g_ptr_array_add (services, g_list_model_get_item (in_category, j));
          }
        g_ptr_array_sort (services, compare_services_by_name);

        for (guint i = 0; i < services->len; i++)
          {
            SylService *service = g_ptr_array_index (services, i);
            g_autoptr(GPtrArray) questions = syl_pack_dup_questions_for_service (pack, service);

            /* Only services that some question involves can be drilled. */
            if (questions->len == 0)
              continue;
            if (self->forecast != NULL)
              {
                double mastery = syl_forecast_get_service_mastery (self->forecast, service);

                if (mastery < lowest)
                  {
                    lowest = mastery;
                    select = self->target_ids->len;
                  }
              }
            add_target (self, labels, syl_service_get_id (service),
                        g_strdup (syl_service_get_name (service)), questions->len);
          }
      }
      break;
    }

done:
  g_ptr_array_add (labels, NULL);
  gtk_string_list_splice (self->target_model, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->target_model)),
                          (const char * const *) labels->pdata);
  adw_combo_row_set_selected (self->target_row, select);

  self->filling = FALSE;
  update_drill_target (self);
}

static gboolean
selected_to_opacity (GBinding     *binding,
                     const GValue *from,
                     GValue       *to,
                     gpointer      user_data)
{
  g_value_set_double (to, g_value_get_boolean (from) ? 1.0 : 0.0);
  return TRUE;
}

/* The combo row's popover lists long task statement titles: let them wrap
 * instead of cutting them after a few words. */
static void
on_target_item_setup_cb (GtkSignalListItemFactory *factory,
                         GtkListItem              *item,
                         gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_width_chars (GTK_LABEL (label), 20);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), check);
  gtk_list_item_set_child (item, box);

  /* The popover's selection is the row's: mark the chosen one. */
  g_object_bind_property_full (item, "selected", check, "opacity", G_BINDING_SYNC_CREATE,
                               selected_to_opacity, NULL, NULL, NULL);
}

static void
on_target_item_bind_cb (GtkSignalListItemFactory *factory,
                        GtkListItem              *item,
                        gpointer                  user_data)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_widget_get_first_child (box)), gtk_string_object_get_string (string));
}

/* How many of the next exam simulation's questions are new to the
 * learner: a plan built the way Start will build one (the number does not
 * depend on the draw). */
static guint
count_fresh_in_exam (SylPracticePage *self)
{
  SylPack *pack = syl_page_get_pack (SYL_PAGE (self));
  g_autoptr(SylQuizBuilder) builder = syl_quiz_builder_new (pack, syl_page_get_store (SYL_PAGE (self)), 0);
  g_autoptr(SylQuizPlan) plan = syl_quiz_builder_build_exam (builder, NULL);

  return plan != NULL ? plan->n_fresh : 0;
}

static void
fill_exam (SylPracticePage *self)
{
  SylPack *pack = syl_page_get_pack (SYL_PAGE (self));
  GSettings *settings = syl_page_get_settings (SYL_PAGE (self));
  guint n = syl_pack_get_scored (pack) + syl_pack_get_unscored (pack);
  guint minutes = syl_pack_get_minutes (pack);
  guint fresh = count_fresh_in_exam (self);
  g_autofree char *questions = NULL;
  g_autofree char *time = NULL;
  g_autofree char *novelty = NULL;
  g_autofree char *subtitle = NULL;

  if (settings != NULL && g_settings_get_boolean (settings, "extra-time"))
    minutes += SYL_SESSION_EXTRA_MINUTES;

  questions = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u question", "%u questions", n), n);
  time = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u minute", "%u minutes", minutes), minutes);
  if (fresh >= n)
    novelty = g_strdup (_("all new to you"));
  else
    /* Translators: "58 new to you · 17 seen before" */
    novelty = g_strdup_printf (_("%u new to you · %u seen before"), fresh, n - fresh);
  /* Translators: "75 questions · 58 new to you · 17 seen before · 180 minutes" */
  subtitle = g_strdup_printf (_("%s · %s · %s"), questions, novelty, time);
  adw_action_row_set_subtitle (self->exam_row, subtitle);

  /* Fewer new questions than scored ones: the score owes to memory. */
  gtk_widget_set_visible (GTK_WIDGET (self->exam_warning_row), fresh < syl_pack_get_scored (pack));
  if (fresh == 0)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->exam_warning_row),
                                     _("No question is new to you any more"));
      adw_action_row_set_subtitle (self->exam_warning_row,
                                   _("The bank has run out of fresh questions: simulations now repeat what you have "
                                     "seen and measure memory as much as readiness. The dashboard’s estimate "
                                     "counts your answers at first sight."));
    }
  else
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->exam_warning_row),
                                     _("You have seen most of this pack: scores will run high"));
      adw_action_row_set_subtitle (self->exam_warning_row,
                                   _("Questions you have answered before are easier the second time. The results "
                                     "show your score on new questions apart."));
    }
}

static void
fill_resume (SylPracticePage *self)
{
  SylPack *pack = syl_page_get_pack (SYL_PAGE (self));
  SylStore *store = syl_page_get_store (SYL_PAGE (self));
  g_autoptr(SylStoreSession) session = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) subtitle = NULL;
  g_autofree char *progress = NULL;

  if (store != NULL)
    session = syl_store_dup_unfinished_session (store, syl_pack_get_id (pack), &error);
  if (error != NULL)
    g_warning ("Could not look for an unfinished session: %s", error->message);

  gtk_widget_set_visible (GTK_WIDGET (self->resume_group), session != NULL);
  /* One accent per screen: resuming matters more than a new drill. */
  if (session != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self->drill_button), "suggested-action");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->drill_button), "suggested-action");

  if (session == NULL)
    return;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->resume_row), syl_dashboard_mode_title (session->mode));

  progress = syl_dashboard_format_progress (session);
  subtitle = g_string_new (NULL);
  /* Translators: subtitle of the unfinished-session row, "Paused · 23 of 75 answered" */
  g_string_printf (subtitle, _("Paused · %s"), progress);
  if (session->time_limit_ms > 0)
    {
      g_autofree char *left = syl_dashboard_format_time_left (session->time_limit_ms - session->time_used_ms);
      g_string_append_printf (subtitle, " · %s", left);
    }
  adw_action_row_set_subtitle (self->resume_row, subtitle->str);
}


/* A review with nothing in it yet: its row stays sensitive, so that Tab
 * and a screen reader reach it and its subtitle, which says why, is read
 * at full contrast (greyed out, it was skipped and 2.6:1); it just does
 * not start anything, and loses its arrow. */
static void
set_row_available (GtkWidget *row,
                   GtkWidget *arrow,
                   gboolean   available)
{
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), available);
  gtk_widget_set_visible (arrow, available);
}
static void
fill_review (SylPracticePage *self,
             GPtrArray       *states)
{
  SylPack *pack = syl_page_get_pack (SYL_PAGE (self));
  SylStore *store = syl_page_get_store (SYL_PAGE (self));
  g_auto(GStrv) due = NULL;
  g_auto(GStrv) missed = NULL;
  g_autoptr(SylExamSchedule) schedule = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *due_text = NULL;
  g_autofree char *missed_text = NULL;
  gint64 now_us = g_get_real_time ();
  guint n_due = 0;
  guint n_missed = 0;

  if (store != NULL)
    {
      GSettings *settings = syl_page_get_settings (SYL_PAGE (self));
      g_autofree char *exam_date = settings != NULL ? g_settings_get_string (settings, "exam-date") : NULL;

      /* With an exam date, what is due follows the exam-aware schedule. */
      if (states != NULL)
        {
          schedule = syl_exam_schedule_new (states, exam_date, 0, now_us);
          due = syl_exam_schedule_dup_due (schedule, now_us, 0);
        }
      missed = syl_store_dup_missed_last_time (store, syl_pack_get_id (pack), &error);
      if (missed == NULL)
        g_warning ("Could not read the last session: %s", error->message);
    }
  n_due = due != NULL ? g_strv_length (due) : 0;
  n_missed = missed != NULL ? g_strv_length (missed) : 0;

  if (n_due > 0)
    due_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                             "%u question due: the scheduler brings it back before you forget it",
                                             "%u questions due: the scheduler brings them back before you forget them",
                                             n_due),
                                n_due);
  else
    due_text = syl_dashboard_format_next_review (schedule != NULL ? syl_exam_schedule_next_due_us (schedule, now_us)
                                                                  : syl_dashboard_next_due_us (states, now_us),
                                                 now_us);
  adw_action_row_set_subtitle (self->due_row, due_text);
  set_row_available (GTK_WIDGET (self->due_row), self->due_arrow, n_due > 0);

  if (n_missed > 0)
    missed_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "%u question you got wrong or skipped in your last finished session",
                                                "%u questions you got wrong or skipped in your last finished session",
                                                n_missed),
                                   n_missed);
  else if (syl_dashboard_has_answers (states))
    missed_text = g_strdup (_("Nothing to revisit — no misses in your last finished session"));
  else
    missed_text = g_strdup (_("Nothing to revisit yet — finish a session first"));
  adw_action_row_set_subtitle (self->missed_row, missed_text);
  set_row_available (GTK_WIDGET (self->missed_row), self->missed_arrow, n_missed > 0);
}

static void
syl_practice_page_reload (SylPracticePage *self)
{
  SylPack *pack = syl_page_get_pack (SYL_PAGE (self));
  g_autoptr(GPtrArray) states = NULL;

  g_clear_object (&self->forecast);

  if (pack == NULL)
    {
      syl_stack_show_status_page (self->stack, self->no_pack_page, APP_ID);
      fill_targets (self);
      return;
    }

  states = syl_page_dup_question_states (SYL_PAGE (self));
  self->forecast = syl_page_new_forecast (SYL_PAGE (self), states);

  fill_resume (self);
  fill_exam (self);
  fill_review (self, states);
  fill_targets (self);

  gtk_stack_set_visible_child_name (self->stack, "practice");
}

/* The store has no change signal: reload when the page is shown, and on
 * demand (syl_practice_page_refresh()). */
static void
queue_reload (SylPracticePage *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    syl_practice_page_reload (self);
}

static void
on_kind_row_selected_cb (SylPracticePage *self)
{
  fill_targets (self);
}

static void
on_drill_changed_cb (SylPracticePage *self)
{
  update_drill_target (self);
}

static void
on_settings_changed_cb (SylPracticePage *self,
                        const char      *key,
                        GSettings       *settings)
{
  if (syl_page_get_pack (SYL_PAGE (self)) != NULL)
    fill_exam (self);
}

static void
syl_practice_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (syl_practice_page_parent_class)->map (widget);

  syl_practice_page_reload (SYL_PRACTICE_PAGE (widget));
}

static void
syl_practice_page_dispose (GObject *object)
{
  SylPracticePage *self = SYL_PRACTICE_PAGE (object);

  /* The template's top widget is bound; take it from AdwBin first so
   * that AdwBin does not unparent it again after the template has. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SYL_TYPE_PRACTICE_PAGE);
  g_clear_object (&self->forecast);
  g_clear_object (&self->target_model);

  G_OBJECT_CLASS (syl_practice_page_parent_class)->dispose (object);
}

static void
syl_practice_page_finalize (GObject *object)
{
  SylPracticePage *self = SYL_PRACTICE_PAGE (object);

  g_clear_pointer (&self->target_ids, g_ptr_array_unref);
  g_clear_pointer (&self->target_counts, g_array_unref);

  G_OBJECT_CLASS (syl_practice_page_parent_class)->finalize (object);
}

/* A translation shows a question translated only when all of its strings
 * are; when most are not, the learner is told why the questions they are
 * about to practise appear in another language. */
static void
update_translation_label (SylPracticePage *self)
{
  SylPack *pack = syl_page_get_pack (SYL_PAGE (self));
  guint n_questions = pack != NULL ? g_list_model_get_n_items (syl_pack_get_questions (pack)) : 0;
  guint n_translated = pack != NULL ? syl_pack_get_n_questions_translated (pack) : 0;
  g_autofree char *text = NULL;

  if (n_translated >= n_questions)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->translation_label), FALSE);
      return;
    }

  /* Translators: the pack's questions that this language shows translated,
   * "36 of 464 questions are translated so far; …" */
  text = g_strdup_printf (ngettext ("%u of %u question is translated so far; the others appear as the pack was written.",
                                    "%u of %u questions are translated so far; the others appear as the pack was written.",
                                    n_questions),
                          n_translated, n_questions);
  gtk_label_set_label (self->translation_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->translation_label), TRUE);
}

static void
syl_practice_page_pack_changed (SylPage *page)
{
  SylPracticePage *self = SYL_PRACTICE_PAGE (page);

  update_translation_label (self);

  /* The drill builder lists the pack's contents even before the page is
   * shown, so that its action target is always valid. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    syl_practice_page_reload (self);
  else
    fill_targets (self);
}

static void
syl_practice_page_store_changed (SylPage *page)
{
  queue_reload (SYL_PRACTICE_PAGE (page));
}

static void
syl_practice_page_settings_changed (SylPage   *page,
                                    GSettings *old_settings)
{
  SylPracticePage *self = SYL_PRACTICE_PAGE (page);
  GSettings *settings = syl_page_get_settings (page);

  if (old_settings != NULL)
    g_signal_handlers_disconnect_by_func (old_settings, on_settings_changed_cb, self);
  if (settings != NULL)
    {
      g_signal_connect_object (settings, "changed::extra-time",
                               G_CALLBACK (on_settings_changed_cb), self, G_CONNECT_SWAPPED);
      on_settings_changed_cb (self, "extra-time", settings);
    }
}

static void
syl_practice_page_class_init (SylPracticePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  SylPageClass *page_class = SYL_PAGE_CLASS (klass);

  object_class->dispose = syl_practice_page_dispose;
  object_class->finalize = syl_practice_page_finalize;

  widget_class->map = syl_practice_page_map;

  page_class->pack_changed = syl_practice_page_pack_changed;
  page_class->store_changed = syl_practice_page_store_changed;
  page_class->settings_changed = syl_practice_page_settings_changed;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/syllabus/Syllabus/syl-practice-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SylPracticePage, stack);
  gtk_widget_class_bind_template_child (widget_class, SylPracticePage, translation_label);
  gtk_widget_class_bind_template_child (widget_class, SylPracticePage, no_pack_page);
  gtk_widget_class_bind_template_child (widget_class, SylPracticePage, resume_group);
  gtk_widget_class_bind_template_child (widget_class, SylPracticePage, resume_row);
  gtk_widget_class_bind_template_child (widget_class, SylPracticePage, exam_row);
  gtk_widget_class_bind_template_child (widget_class, SylPracticePage, exam_warning_row);
  gtk_widget_class_bind_template_child (widget_class, SylPracticePage, due_row);
  gtk_widget_class_bind_template_child (widget_class, SylPracticePage, weak_row);
  gtk_widget_class_bind_template_child (widget_class, SylPracticePage, missed_row);
  gtk_widget_class_bind_template_child (widget_class, SylPracticePage, due_arrow);
  gtk_widget_class_bind_template_child (widget_class, SylPracticePage, missed_arrow);
  gtk_widget_class_bind_template_child (widget_class, SylPracticePage, kind_row);
  gtk_widget_class_bind_template_child (widget_class, SylPracticePage, target_row);
  gtk_widget_class_bind_template_child (widget_class, SylPracticePage, count_row);
  gtk_widget_class_bind_template_child (widget_class, SylPracticePage, count_spin);
  gtk_widget_class_bind_template_child (widget_class, SylPracticePage, drill_button);
}

static void
syl_practice_page_init (SylPracticePage *self)
{
  g_autoptr(GtkListItemFactory) factory = NULL;

  self->target_ids = g_ptr_array_new_with_free_func (g_free);
  self->target_counts = g_array_new (FALSE, TRUE, sizeof (guint));

  gtk_widget_init_template (GTK_WIDGET (self));

  self->target_model = gtk_string_list_new (NULL);
  adw_combo_row_set_model (self->target_row, G_LIST_MODEL (self->target_model));
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (on_target_item_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_target_item_bind_cb), NULL);
  adw_combo_row_set_list_factory (self->target_row, factory);

  g_signal_connect_object (self->kind_row, "notify::selected",
                           G_CALLBACK (on_kind_row_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->target_row, "notify::selected",
                           G_CALLBACK (on_drill_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->count_spin, "value-changed",
                           G_CALLBACK (on_drill_changed_cb), self, G_CONNECT_SWAPPED);

  fill_targets (self);

  syl_a11y_describe_selection (self->kind_row);
  syl_a11y_describe_selection (self->target_row);
}

/**
 * syl_practice_page_refresh:
 *
 * Reads the progress store again (unfinished session, due and missed
 * questions). The page also refreshes itself whenever it is shown.
 */
void
syl_practice_page_refresh (SylPracticePage *self)
{
  g_return_if_fail (SYL_IS_PRACTICE_PAGE (self));

  syl_practice_page_reload (self);
}

/**
 * syl_practice_page_set_drill:
 * @kind: "domain", "task" or "service"
 * @id: what to drill
 *
 * Selects @id in the drill builder, for a window that opens Practice to
 * drill something chosen elsewhere.
 *
 * Returns: whether @id was found
 */
gboolean
syl_practice_page_set_drill (SylPracticePage *self,
                             const char      *kind,
                             const char      *id)
{
  g_return_val_if_fail (SYL_IS_PRACTICE_PAGE (self), FALSE);
  g_return_val_if_fail (kind != NULL && id != NULL, FALSE);

  for (guint k = 0; k < G_N_ELEMENTS (drill_kinds); k++)
    {
      if (g_strcmp0 (kind, drill_kinds[k]) != 0)
        continue;

      if (adw_combo_row_get_selected (self->kind_row) != k)
        adw_combo_row_set_selected (self->kind_row, k);

      for (guint i = 0; i < self->target_ids->len; i++)
        if (g_strcmp0 (g_ptr_array_index (self->target_ids, i), id) == 0)
          {
            adw_combo_row_set_selected (self->target_row, i);
            return TRUE;
          }
    }

  return FALSE;
}

