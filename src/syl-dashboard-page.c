/* syl-dashboard-page.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-dashboard-page"

#include "config.h"

#include <glib/gi18n.h>

#include "syl-activity-calendar.h"
#include "syl-calibration.h"
#include "syl-confidence-view.h"
#include "syl-dashboard-model.h"
#include "syl-a11y.h"
#include "syl-dashboard-page.h"
#include "syl-domain-card.h"
#include "syl-domain.h"
#include "syl-error-dialog.h"
#include "syl-exam-schedule.h"
#include "syl-forecast.h"
#include "syl-forecast-projection.h"
#include "syl-forecast-record-dialog.h"
#include "syl-mastery-chart.h"
#include "syl-reflow-box.h"
#include "syl-score-chart.h"
#include "syl-scoring.h"
#include "syl-status-page.h"

/* Questions the Drill buttons of the domain cards ask for. */
#define DRILL_COUNT 10
/* Questions in the first-run diagnostic (win.start-diagnostic). */
#define DIAGNOSTIC_COUNT 20
#define DEFAULT_DAILY_GOAL 30

/* The learner's readiness, today's plan, and one card per domain, weakest first. */
/* The dashboard's confidence counts cover this many days of answers. */
#define CONFIDENCE_DAYS 30

struct _SylDashboardPage
{
  SylPage              parent_instance;

  /* template children */
  GtkStack            *stack;
  AdwStatusPage       *no_pack_page;
  AdwStatusPage       *first_run_page;
  GtkLabel            *score_label;
  GtkLabel            *spread_label;
  GtkLabel            *score_hint_label;
  GtkWidget           *score_box;
  GtkLabel            *pass_label;
  GtkLabel            *projection_label;
  SylConfidenceView   *confidence_view;
  GtkButton           *record_button;
  GtkWidget           *pass_box;
  GtkLabel            *status_label;
  GtkButton           *exam_date_button;
  GtkLabel            *plan_label;
  GtkLabel            *coverage_label;
  GtkButton           *plan_button;
  GtkFlowBox          *charts_box;
  GtkLabel            *score_chart_caption;
  GtkStack            *score_chart_stack;
  SylScoreChart       *score_chart;
  GtkLabel            *activity_title;
  GtkLabel            *activity_caption;
  SylActivityCalendar *activity_calendar;
  GtkLabel            *mastery_caption;
  SylMasteryChart     *mastery_chart;
  GtkBox              *domains_box;
};

G_DEFINE_FINAL_TYPE (SylDashboardPage, syl_dashboard_page, SYL_TYPE_PAGE)

/* Small numbers as words, for "across all six domains". */
static const char * const number_words[] = {
  /* Translators: these count the exam's domains in "A 20-question
   * diagnostic across all six domains" */
  NULL, NULL, N_("two"), N_("three"), N_("four"), N_("five"), N_("six"),
  N_("seven"), N_("eight"), N_("nine"), N_("ten"), N_("eleven"), N_("twelve"),
};

static guint
get_daily_goal (SylDashboardPage *self)
{
  return syl_page_get_settings (SYL_PAGE (self)) != NULL ? g_settings_get_uint (syl_page_get_settings (SYL_PAGE (self)), "daily-goal") : DEFAULT_DAILY_GOAL;
}

static char *
dup_exam_date (SylDashboardPage *self)
{
  return syl_page_get_settings (SYL_PAGE (self)) != NULL ? g_settings_get_string (syl_page_get_settings (SYL_PAGE (self)), "exam-date") : g_strdup ("");
}

static void
show_first_run (SylDashboardPage *self)
{
  guint n_domains = g_list_model_get_n_items (syl_pack_get_domains (syl_page_get_pack (SYL_PAGE (self))));
  g_autofree char *count = NULL;
  g_autofree char *description = NULL;

  if (n_domains < G_N_ELEMENTS (number_words) && number_words[n_domains] != NULL)
    count = g_strdup (_(number_words[n_domains]));
  else
    count = g_strdup_printf ("%u", n_domains);

  /* Translators: the first-run invitation; the second %s is a number of
   * domains, as a word ("six") */
  description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "A %u-question diagnostic across all %s domains",
                                              "A %u-question diagnostic across all %s domains",
                                              DIAGNOSTIC_COUNT),
                                 DIAGNOSTIC_COUNT, count);
  adw_status_page_set_description (self->first_run_page, description);
  syl_stack_show_status_page (self->stack, self->first_run_page, APP_ID);
}

/* "If you keep today's pace, on 15 Jan: 730 (680–790), 38 % to pass" */
static void
fill_projection (SylDashboardPage *self,
                 SylForecast      *forecast,
                 const char       *exam_date,
                 gint64            now_us)
{
  SylForecastProjection projection;
  gint64 exam_start = syl_exam_schedule_day_start_us (exam_date);
  g_autoptr(GDateTime) day = NULL;
  g_autofree char *date = NULL;
  g_autofree char *pass = NULL;
  g_autofree char *text = NULL;

  if (exam_start <= 0 || !syl_forecast_project (forecast, exam_start, &projection))
    {
      gtk_widget_set_visible (GTK_WIDGET (self->projection_label), FALSE);
      return;
    }

  day = g_date_time_new_from_unix_local (exam_start / G_USEC_PER_SEC);
  /* Translators: the exam day in the projection, see g_date_time_format() */
  date = g_date_time_format (day, C_("projection date", "%-d %b"));
  pass = syl_dashboard_format_percent (projection.prediction.pass_probability);
  /* Translators: "If you keep today’s pace, on 15 Jan: 730 (680–790), 38 % to pass" */
  text = g_strdup_printf (_("If you keep today’s pace, on %s: %.0f (%u–%u), %s to pass"),
                          date, projection.prediction.estimate, projection.prediction.low,
                          projection.prediction.high, pass);
  gtk_label_set_text (self->projection_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->projection_label), TRUE);
}

/* Confidence against correctness over the last 30 days. */
static void
fill_confidence (SylDashboardPage *self,
                 gint64            now_us)
{
  SylStore *store = syl_page_get_store (SYL_PAGE (self));
  g_autoptr(GArray) answers = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) misconceptions = NULL;
  SylConfidence confidence;

  gtk_widget_set_visible (GTK_WIDGET (self->confidence_view), FALSE);
  if (store == NULL)
    return;

  answers = syl_store_dup_recent_answers (store, syl_pack_get_id (syl_page_get_pack (SYL_PAGE (self))),
                                          SYL_FORECAST_MAX_ANSWERS, &error);
  if (answers == NULL)
    {
      g_warning ("Could not read recent answers: %s", error->message);
      return;
    }

  syl_confidence_count_recent (answers, now_us - (gint64) CONFIDENCE_DAYS * 86400 * G_USEC_PER_SEC,
                               &confidence, &misconceptions);
  if (confidence.sure_right + confidence.unsure_right + confidence.sure_wrong + confidence.unsure_wrong == 0)
    return;

  syl_confidence_view_set_counts (self->confidence_view, &confidence, (const char * const *) misconceptions);
  syl_confidence_view_set_description (self->confidence_view,
                                       _("Your answers of the last 30 days. Wrong but sure are the ones to "
                                         "drill: Due Review brings them first."));
  gtk_widget_set_visible (GTK_WIDGET (self->confidence_view), TRUE);
}

static void
on_record_clicked_cb (SylDashboardPage *self)
{
  SylPack *pack = syl_page_get_pack (SYL_PAGE (self));
  SylStore *store = syl_page_get_store (SYL_PAGE (self));
  g_autoptr(GArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;

  if (pack == NULL)
    return;

  entries = store != NULL ? syl_calibration_dup_record (store, pack, &error)
                          : g_array_new (FALSE, TRUE, sizeof (SylCalibrationEntry));
  if (entries == NULL)
    {
      syl_error_dialog_show (GTK_WIDGET (self), _("The Forecast Record Could Not Be Read"), error->message);
      return;
    }

  dialog = syl_forecast_record_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), pack, entries);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
fill_readiness (SylDashboardPage *self,
                SylForecast      *forecast,
                GPtrArray        *states,
                guint             answered_today,
                gint64            now_us)
{

  guint score_min = syl_pack_get_score_min (syl_page_get_pack (SYL_PAGE (self)));
  guint score_max = syl_pack_get_score_max (syl_page_get_pack (SYL_PAGE (self)));
  guint pass_score = syl_pack_get_pass_score (syl_page_get_pack (SYL_PAGE (self)));
  guint n_questions = g_list_model_get_n_items (syl_pack_get_questions (syl_page_get_pack (SYL_PAGE (self))));
  guint unseen = syl_dashboard_count_unseen (syl_page_get_pack (SYL_PAGE (self)), states);
  g_autoptr(GPtrArray) no_states = g_ptr_array_new ();
  g_autoptr(SylExamSchedule) schedule = NULL;
  guint due;
  g_autofree char *today = syl_store_day_for_time (now_us);
  g_autofree char *exam_date = dup_exam_date (self);
  g_autofree char *score = NULL;
  g_autofree char *spread = NULL;
  g_autofree char *hint = NULL;
  g_autofree char *pass = NULL;
  g_autofree char *when = NULL;
  g_autofree char *reviews = NULL;
  g_autofree char *status = NULL;
  g_autofree char *plan_text = NULL;
  g_autofree char *coverage = NULL;
  SylDailyPlan plan;
  int days;

  /* With an exam date, what is due follows the exam-aware schedule. */
  schedule = syl_exam_schedule_new (states != NULL ? states : no_states, exam_date, 0, now_us);
  due = syl_exam_schedule_count_due (schedule, now_us);

  score = g_strdup_printf ("%.0f", syl_forecast_get_expected_score (forecast));
  gtk_label_set_text (self->score_label, score);
  /* Translators: the 80 % interval of the estimated score, "650–760" */
  spread = g_strdup_printf (_("%u–%u"), syl_forecast_get_low (forecast), syl_forecast_get_high (forecast));
  gtk_label_set_text (self->spread_label, spread);
  /* Translators: under the estimated score; the interval, the scale and the pass mark */
  hint = g_strdup_printf (_("Four times in five between these; an estimate on the %u–%u scale; %u passes"),
                          score_min, score_max, pass_score);
  gtk_label_set_text (self->score_hint_label, hint);
  fill_projection (self, forecast, exam_date, now_us);

  pass = syl_dashboard_format_percent (syl_forecast_get_pass_probability (forecast));
  gtk_label_set_text (self->pass_label, pass);

  /* When the exam is, and what is due. */
  if (syl_dashboard_days_until (exam_date, today, &days))
    {
      g_autofree char *text = syl_dashboard_format_days_until (days);

      /* A date in the past is as good as none: a way to fix it. */
      gtk_widget_set_visible (GTK_WIDGET (self->exam_date_button), days < 0);
      when = g_steal_pointer (&text);
    }
  else
    {
      gtk_widget_set_visible (GTK_WIDGET (self->exam_date_button), TRUE);
    }

  if (due == 0)
    reviews = g_strdup (_("no reviews due"));
  else
    reviews = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u review due", "%u reviews due", due), due);
  status = when != NULL ? g_strdup_printf ("%s · %s", when, reviews) : g_strdup (reviews);
  gtk_label_set_text (self->status_label, status);

  /* Today's plan. */
  syl_daily_plan_compute (due, unseen, get_daily_goal (self), answered_today,
                          syl_dashboard_count_new_today (states, now_us),
                          syl_dashboard_days_until (exam_date, today, &days) ? days : 0,
                          &plan);
  if (plan.reviews > 0 || plan.new_questions > 0)
    {
      g_autofree char *review_part = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u review", "%u reviews", plan.reviews),
                                                      plan.reviews);
      g_autofree char *new_part = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u new question", "%u new questions",
                                                                plan.new_questions),
                                                   plan.new_questions);

      g_autofree char *todo = NULL;

      if (plan.reviews > 0 && plan.new_questions > 0)
        /* Translators: today's plan, "Today: 20 reviews + 12 new questions" */
        todo = g_strdup_printf (_("Today: %s + %s"), review_part, new_part);
      else
        /* Translators: today's plan, "Today: 20 reviews" */
        todo = g_strdup_printf (_("Today: %s"), plan.reviews > 0 ? review_part : new_part);

      if (plan.answered_today > 0)
        /* Translators: today's plan and the progress towards the daily
         * goal, "Today: 7 reviews · 23 of 30 done" */
        plan_text = g_strdup_printf (_("%s · %u of %u done"), todo, plan.answered_today, plan.goal);
      else
        plan_text = g_steal_pointer (&todo);
      gtk_button_set_label (self->plan_button, _("Start _Today’s Plan"));
    }
  else if (plan.goal > 0 && plan.answered_today >= plan.goal)
    {
      plan_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "Daily goal reached: %u question answered today",
                                                "Daily goal reached: %u questions answered today",
                                                plan.answered_today),
                                   plan.answered_today);
      gtk_button_set_label (self->plan_button, _("_Keep Practising"));
    }
  else
    {
      plan_text = g_strdup (_("Every question seen and nothing due: practise your weak spots"));
      gtk_button_set_label (self->plan_button, _("Practise _Weak Spots"));
    }
  gtk_label_set_text (self->plan_label, plan_text);

  /* Reviews first; without any, the weakest task statements. */
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->plan_button),
                                  due > 0 ? "win.start-review" : "win.start-weak-spots");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->plan_button),
                               due > 0 ? _("Review the questions the scheduler says are due")
                                       : _("Practise questions from your lowest-mastery task statements"));

  coverage = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Based on %u of %u question answered so far. The figures assume the real exam asks what this pack asks; they steady as you answer more.",
                                           "Based on %u of %u questions answered so far. The figures assume the real exam asks what this pack asks; they steady as you answer more.",
                                           n_questions),
                              n_questions - unseen, n_questions);
  gtk_label_set_text (self->coverage_label, coverage);
}


/* The chart cards are stops for Tab and the arrows, so that a screen
 * reader reads what they show in words (Orca's flat review reads nothing
 * in a GTK 4.8 window): each is named by its heading and described by its
 * caption and the chart's summary. A flow box child that took no focus
 * would keep Tab instead. */
static void
name_chart_cards (SylDashboardPage *self)
{
  GtkWidget *score_card = gtk_widget_get_parent (gtk_widget_get_parent (GTK_WIDGET (self->score_chart_stack)));
  GtkWidget *activity_card = gtk_widget_get_parent (gtk_widget_get_parent (GTK_WIDGET (self->activity_calendar)));
  const char *summary;
  g_autofree char *description = NULL;

  if (g_str_equal (gtk_stack_get_visible_child_name (self->score_chart_stack), "chart"))
    summary = syl_score_chart_get_summary (self->score_chart);
  else
    summary = _("No exam simulations yet. Take one from Practice to see your scores here.");
  description = g_strdup_printf ("%s %s", gtk_label_get_text (self->score_chart_caption), summary);
  syl_a11y_set_name (score_card, _("Exam Scores"));
  syl_a11y_set_description (score_card, description);
  g_clear_pointer (&description, g_free);

  summary = syl_activity_calendar_get_summary (self->activity_calendar);
  description = g_strdup_printf ("%s %s", gtk_label_get_text (self->activity_caption),
                                 summary != NULL ? summary : "");
  syl_a11y_set_name (activity_card, gtk_label_get_text (self->activity_title));
  syl_a11y_set_description (activity_card, description);
}

static void
fill_charts (SylDashboardPage *self,
             SylForecast      *forecast,
             GArray           *days,
             const char       *today)
{
  SylPack *pack = syl_page_get_pack (SYL_PAGE (self));
  SylStore *store = syl_page_get_store (SYL_PAGE (self));
  GListModel *domains = syl_pack_get_domains (pack);
  guint n_domains = g_list_model_get_n_items (domains);
  guint score_min = syl_pack_get_score_min (pack);
  guint score_max = syl_pack_get_score_max (pack);
  guint pass_score = syl_pack_get_pass_score (pack);
  guint goal = get_daily_goal (self);
  double pass_fraction = syl_scoring_pass_fraction (pass_score, score_min, score_max);
  g_autoptr(GArray) scores = NULL;
  g_autoptr(GArray) cells = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autofree double *values = g_new0 (double, MAX (n_domains, 1));
  g_autofree char *caption = NULL;
  g_autofree char *percent = NULL;
  g_autofree char *title = NULL;

  /* Exam scores. */
  /* Translators: caption of the exam score chart: scale and pass mark */
  caption = g_strdup_printf (_("Estimated score of each exam simulation on the %u–%u scale. The dashed line is the pass mark, %u."),
                             score_min, score_max, pass_score);
  gtk_label_set_text (self->score_chart_caption, caption);
  g_clear_pointer (&caption, g_free);

  syl_score_chart_set_scale (self->score_chart, score_min, score_max, pass_score);
  if (store != NULL)
    {
      scores = syl_dashboard_dup_exam_scores (store, syl_pack_get_id (pack), &error);
      if (scores == NULL)
        g_warning ("Could not read exam scores: %s", error->message);
    }
  if (scores != NULL && scores->len > 0)
    {
      syl_score_chart_set_scores (self->score_chart, (SylScorePoint *) (gpointer) scores->data, scores->len);
      gtk_stack_set_visible_child_name (self->score_chart_stack, "chart");
    }
  else
    {
      syl_score_chart_set_scores (self->score_chart, NULL, 0);
      gtk_stack_set_visible_child_name (self->score_chart_stack, "empty");
    }

  /* Activity. */
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Activity, Last %u Week", "Activity, Last %u Weeks",
                                        SYL_ACTIVITY_WEEKS),
                           SYL_ACTIVITY_WEEKS);
  gtk_label_set_text (self->activity_title, title);
  caption = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Questions answered each day. A square fills up, a quarter at a time, as you near your daily goal of %u question.",
                                          "Questions answered each day. A square fills up, a quarter at a time, as you near your daily goal of %u questions.",
                                          goal),
                             goal);
  gtk_label_set_text (self->activity_caption, caption);
  g_clear_pointer (&caption, g_free);

  cells = syl_activity_grid_new (days, today, SYL_ACTIVITY_WEEKS, goal);
  if (cells != NULL)
    syl_activity_calendar_set_cells (self->activity_calendar,
                                     (SylActivityCell *) (gpointer) cells->data, cells->len);

  name_chart_cards (self);

  /* Mastery by domain, in exam-guide order. */
  for (guint i = 0; i < n_domains; i++)
    {
      g_autoptr(SylDomain) domain = g_list_model_get_item (domains, i);

      /* Translators: a domain in the mastery chart, "1 SDLC Automation" */
      g_ptr_array_add (labels, g_strdup_printf (_("%u %s"), i + 1, syl_domain_get_title (domain)));
      values[i] = syl_forecast_get_domain_mastery (forecast, domain);
    }
  syl_mastery_chart_set_bars (self->mastery_chart, (const char * const *) labels->pdata, values, n_domains);
  syl_mastery_chart_set_target (self->mastery_chart, pass_fraction);

  percent = syl_dashboard_format_percent (pass_fraction);
  /* Translators: caption of the mastery chart; %s is a percentage */
  caption = g_strdup_printf (_("The share of each domain’s questions you would likely get right today. The dashed line marks %s, the share that passes."),
                             percent);
  gtk_label_set_text (self->mastery_caption, caption);
}

static void
fill_domains (SylDashboardPage *self,
              SylForecast      *forecast)
{
  GListModel *domains = syl_pack_get_domains (syl_page_get_pack (SYL_PAGE (self)));
  g_autoptr(GPtrArray) by_mastery = syl_forecast_dup_domains_by_mastery (forecast);
  g_autoptr(GPtrArray) tasks = syl_forecast_dup_tasks_by_mastery (forecast);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->domains_box))) != NULL)
    gtk_box_remove (self->domains_box, child);

  for (guint i = 0; i < by_mastery->len; i++)
    {
      SylDomain *domain = g_ptr_array_index (by_mastery, i);
      guint position = 0;
      GtkWidget *card;

      for (guint j = 0; j < g_list_model_get_n_items (domains); j++)
        {
          g_autoptr(SylDomain) item = g_list_model_get_item (domains, j);

          if (item == domain)
            position = j;
        }

      card = syl_domain_card_new (domain, position + 1, DRILL_COUNT);
      syl_domain_card_update (SYL_DOMAIN_CARD (card), forecast, tasks);
      gtk_box_append (self->domains_box, card);
    }
}

static void
syl_dashboard_page_reload (SylDashboardPage *self)
{
  SylPack *pack = syl_page_get_pack (SYL_PAGE (self));
  SylStore *store = syl_page_get_store (SYL_PAGE (self));
  g_autoptr(GPtrArray) states = NULL;
  g_autoptr(GArray) days = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SylForecast) forecast = NULL;
  g_autofree char *today = NULL;
  g_autofree char *first_day = NULL;
  guint answered_today = 0;
  gint64 now_us;

  if (pack == NULL)
    {
      syl_stack_show_status_page (self->stack, self->no_pack_page, APP_ID);
      return;
    }

  now_us = g_get_real_time ();
  today = syl_store_day_for_time (now_us);

  states = syl_page_dup_question_states (SYL_PAGE (self));
  if (store != NULL)
    {
      first_day = syl_activity_dup_first_day (today, SYL_ACTIVITY_WEEKS);
      days = syl_store_dup_daily_activity (store, first_day, today, &error);
      if (days == NULL)
        {
          g_warning ("Could not read daily activity: %s", error->message);
          g_clear_error (&error);
        }
    }

  if (!syl_dashboard_has_answers (states))
    {
      show_first_run (self);
      return;
    }

  for (guint i = 0; days != NULL && i < days->len; i++)
    if (g_strcmp0 (g_array_index (days, SylStoreDay, i).day, today) == 0)
      answered_today = g_array_index (days, SylStoreDay, i).answers;

  forecast = syl_page_new_forecast (SYL_PAGE (self), states);

  fill_readiness (self, forecast, states, answered_today, now_us);
  fill_confidence (self, now_us);
  fill_charts (self, forecast, days, today);
  fill_domains (self, forecast);

  gtk_stack_set_visible_child_name (self->stack, "dashboard");
}

/* Figures depend on the store, which has no change signal: reload when
 * the page is shown, and on demand (syl_dashboard_page_refresh()). */
static void
queue_reload (SylDashboardPage *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    syl_dashboard_page_reload (self);
}

static void
on_settings_changed_cb (SylDashboardPage *self,
                        const char       *key,
                        GSettings        *settings)
{
  queue_reload (self);
}

static void
syl_dashboard_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (syl_dashboard_page_parent_class)->map (widget);

  syl_dashboard_page_reload (SYL_DASHBOARD_PAGE (widget));
}

static void
syl_dashboard_page_dispose (GObject *object)
{
  SylDashboardPage *self = SYL_DASHBOARD_PAGE (object);

  /* The template's top widget is bound; take it from AdwBin first so
   * that AdwBin does not unparent it again after the template has. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SYL_TYPE_DASHBOARD_PAGE);

  G_OBJECT_CLASS (syl_dashboard_page_parent_class)->dispose (object);
}

static void
syl_dashboard_page_contents_changed (SylPage *page)
{
  queue_reload (SYL_DASHBOARD_PAGE (page));
}

static void
syl_dashboard_page_settings_changed (SylPage   *page,
                                     GSettings *old_settings)
{
  SylDashboardPage *self = SYL_DASHBOARD_PAGE (page);
  GSettings *settings = syl_page_get_settings (page);

  if (old_settings != NULL)
    g_signal_handlers_disconnect_by_func (old_settings, on_settings_changed_cb, self);
  if (settings != NULL)
    {
      g_signal_connect_object (settings, "changed::exam-date",
                               G_CALLBACK (on_settings_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (settings, "changed::daily-goal",
                               G_CALLBACK (on_settings_changed_cb), self, G_CONNECT_SWAPPED);
      queue_reload (self);
    }
}

static void
syl_dashboard_page_class_init (SylDashboardPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  SylPageClass *page_class = SYL_PAGE_CLASS (klass);

  object_class->dispose = syl_dashboard_page_dispose;

  widget_class->map = syl_dashboard_page_map;

  page_class->pack_changed = syl_dashboard_page_contents_changed;
  page_class->store_changed = syl_dashboard_page_contents_changed;
  page_class->settings_changed = syl_dashboard_page_settings_changed;

  g_type_ensure (SYL_TYPE_ACTIVITY_CALENDAR);
  g_type_ensure (SYL_TYPE_MASTERY_CHART);
  g_type_ensure (SYL_TYPE_REFLOW_BOX);
  g_type_ensure (SYL_TYPE_SCORE_CHART);

  g_type_ensure (SYL_TYPE_CONFIDENCE_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/syllabus/Syllabus/syl-dashboard-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SylDashboardPage, stack);
  gtk_widget_class_bind_template_child (widget_class, SylDashboardPage, no_pack_page);
  gtk_widget_class_bind_template_child (widget_class, SylDashboardPage, first_run_page);
  gtk_widget_class_bind_template_child (widget_class, SylDashboardPage, score_label);
  gtk_widget_class_bind_template_child (widget_class, SylDashboardPage, spread_label);
  gtk_widget_class_bind_template_child (widget_class, SylDashboardPage, score_hint_label);
  gtk_widget_class_bind_template_child (widget_class, SylDashboardPage, score_box);
  gtk_widget_class_bind_template_child (widget_class, SylDashboardPage, pass_label);
  gtk_widget_class_bind_template_child (widget_class, SylDashboardPage, projection_label);
  gtk_widget_class_bind_template_child (widget_class, SylDashboardPage, confidence_view);
  gtk_widget_class_bind_template_child (widget_class, SylDashboardPage, record_button);
  gtk_widget_class_bind_template_callback (widget_class, on_record_clicked_cb);
  gtk_widget_class_bind_template_child (widget_class, SylDashboardPage, pass_box);
  gtk_widget_class_bind_template_child (widget_class, SylDashboardPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, SylDashboardPage, exam_date_button);
  gtk_widget_class_bind_template_child (widget_class, SylDashboardPage, plan_label);
  gtk_widget_class_bind_template_child (widget_class, SylDashboardPage, coverage_label);
  gtk_widget_class_bind_template_child (widget_class, SylDashboardPage, plan_button);
  gtk_widget_class_bind_template_child (widget_class, SylDashboardPage, charts_box);
  gtk_widget_class_bind_template_child (widget_class, SylDashboardPage, score_chart_caption);
  gtk_widget_class_bind_template_child (widget_class, SylDashboardPage, score_chart_stack);
  gtk_widget_class_bind_template_child (widget_class, SylDashboardPage, score_chart);
  gtk_widget_class_bind_template_child (widget_class, SylDashboardPage, activity_title);
  gtk_widget_class_bind_template_child (widget_class, SylDashboardPage, activity_caption);
  gtk_widget_class_bind_template_child (widget_class, SylDashboardPage, activity_calendar);
  gtk_widget_class_bind_template_child (widget_class, SylDashboardPage, mastery_caption);
  gtk_widget_class_bind_template_child (widget_class, SylDashboardPage, mastery_chart);
  gtk_widget_class_bind_template_child (widget_class, SylDashboardPage, domains_box);
}

static void
syl_dashboard_page_init (SylDashboardPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The plan's button keeps the label the template gave it (set_label
   * only changes its text): let it wrap, "Empezar el plan de hoy" in
   * large text is wider than a phone. */
  gtk_label_set_wrap (GTK_LABEL (gtk_button_get_child (self->plan_button)), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (gtk_button_get_child (self->plan_button)), PANGO_WRAP_WORD_CHAR);
  /* So does Forecast Record ("Historial de previsiones"). */
  if (GTK_IS_LABEL (gtk_button_get_child (self->record_button)))
    {
      gtk_label_set_wrap (GTK_LABEL (gtk_button_get_child (self->record_button)), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (gtk_button_get_child (self->record_button)), PANGO_WRAP_WORD_CHAR);
    }

  gtk_widget_set_tooltip_text (self->score_box,
                               _("An estimate of the real exam, whose questions are new to you, from your answers: "
                                 "first sights count most, repeats as far as memory does not explain them. "
                                 "The interval covers the luck of the draw and how sure the estimate is; "
                                 "the real exam’s scaling is not public."));
  gtk_widget_set_tooltip_text (self->pass_box,
                               _("The estimated chance of reaching the pass mark if you sat the exam today, "
                                 "on questions new to you."));
}

/**
 * syl_dashboard_page_refresh:
 *
 * Reads the progress store again. The window calls it after a session;
 * the page also refreshes itself whenever it is shown.
 */
void
syl_dashboard_page_refresh (SylDashboardPage *self)
{
  g_return_if_fail (SYL_IS_DASHBOARD_PAGE (self));

  syl_dashboard_page_reload (self);
}

