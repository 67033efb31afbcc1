/* syl-window.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-window"

#include "config.h"

#include <glib/gi18n.h>

#include "syl-a11y.h"
#include "syl-clock.h"
#include "syl-dashboard-model.h"
#include "syl-dashboard-page.h"
#include "syl-error-dialog.h"
#include "syl-pack-changes-dialog.h"
#include "syl-pack-update.h"
#include "syl-quiz-builder.h"
#include "syl-session.h"
#include "syl-practice-page.h"
#include "syl-question-search.h"
#include "syl-quiz-page.h"
#include "syl-reports-dialog.h"
#include "syl-results-page.h"
#include "syl-services-page.h"
#include "syl-syllabus-page.h"
#include "syl-window.h"

struct _SylWindow
{
  AdwApplicationWindow parent_instance;

  /* template children */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AdwViewStack         *view_stack;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar   *switcher_bar;
  GtkRevealer          *pack_banner;
  GtkLabel             *pack_banner_label;
  GtkWidget            *banner_resume_button;
  GtkWidget            *banner_dismiss_button;
  GtkMenuButton        *primary_menu_button;
  SylDashboardPage     *dashboard_page;
  SylPracticePage      *practice_page;
  SylSyllabusPage      *syllabus_page;
  SylServicesPage      *services_page;
  SylQuizPage          *quiz_page;      /* (nullable): added to main_stack by ensure_quiz_page() */
  SylResultsPage       *results_page;   /* (nullable): added by ensure_results_page() */

  /* owned */
  GSettings            *settings;
  SylPack              *pack;
  SylStore             *store;
  SylClock             *clock;
  SylSession           *session;        /* the running or last finished one */
  SylQuizPlan          *pending_plan;   /* waits for the learner's choice about an unfinished session */
  GtkWindow            *shortcuts_window; /* built when first asked for */

  gboolean              progress_checked; /* the store passed its quick check */
};

G_DEFINE_FINAL_TYPE (SylWindow, syl_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  PROP_PACK,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void focus_place (SylWindow *self);

/* A banner that comes with the first load (a broken pack, an unfinished
 * exam) appears with the places rather than sliding in: the slide would
 * draw the whole window a dozen more times just as the dashboard first
 * appears, which costs the renderer several megabytes. While loading, the
 * places are hidden (syl_window_set_loading()). */
static void
reveal_banner (SylWindow *self,
               gboolean   reveal)
{
  gboolean loading = !gtk_widget_get_visible (GTK_WIDGET (self->view_stack));

  gboolean offer = gtk_widget_get_visible (self->banner_resume_button);
  const char *text = gtk_label_get_text (self->pack_banner_label);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  gboolean focus_inside = focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->pack_banner));

  gtk_revealer_set_transition_type (self->pack_banner,
                                    loading ? GTK_REVEALER_TRANSITION_TYPE_NONE
                                            : GTK_REVEALER_TRANSITION_TYPE_SLIDE_DOWN);
  gtk_revealer_set_reveal_child (self->pack_banner, reveal);

  /* A hidden banner keeps its buttons, which Tab would still reach. */
  gtk_widget_set_can_focus (gtk_revealer_get_child (self->pack_banner), reveal);

  /* A problem can be selected and copied, as a stop for Tab with a ring;
   * an offer to resume is no stop of its own. Either way its buttons say
   * it to a screen reader, which would not read the label otherwise. */
  if (offer)
    {
      gtk_label_set_selectable (self->pack_banner_label, FALSE);
      gtk_widget_remove_css_class (GTK_WIDGET (self->pack_banner_label), "readable");
    }
  else
    {
      syl_a11y_make_readable (self->pack_banner_label);
    }
  syl_a11y_set_description (self->banner_resume_button, reveal ? text : NULL);
  syl_a11y_set_description (self->banner_dismiss_button, reveal ? text : NULL);

  if (!reveal && focus_inside)
    focus_place (self);
}

/* A selectable label keeps its text selected once the focus has gone:
 * the banner's stayed highlighted on every place. */
static void
on_banner_label_focus_leave_cb (SylWindow *self)
{
  gtk_label_select_region (self->pack_banner_label, 0, 0);
}

/* Puts the keyboard focus on the first thing of the place shown that
 * takes it, where the learner goes on: after a quiz is left, after its
 * results and after Alt+1…4. Left where it was, the focus stayed on a
 * view switcher's tab, or on the banner's Resume button that the banner
 * hides, where nothing could be seen or heard. */
static void
focus_place (SylWindow *self)
{
  GtkWidget *page = adw_view_stack_get_visible_child (self->view_stack);

  if (page == NULL)
    return;

  gtk_window_set_focus (GTK_WINDOW (self), NULL);
  gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD);
}

/* Living packs (syl-pack-update.c): the pack as loaded now against what
 * the progress last saw of it, whenever either changes, once the store
 * passed its quick check (a damaged file is kept as it was, not written
 * to). Corrections the learner has not been shown come in a dialog, once:
 * they count as seen when it is on screen. */
static void
on_changes_dialog_map_cb (GtkWidget     *dialog,
                          SylPackUpdate *update)
{
  g_autoptr(GError) error = NULL;

  if (!syl_pack_update_mark_seen (update, &error))
    g_message ("%s", error->message);
}

static void
sync_pack_update (SylWindow *self)
{
  g_autoptr(SylPackUpdate) update = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *unseen;
  GtkWidget *dialog;

  if (self->pack == NULL || self->store == NULL || !self->progress_checked)
    return;

  update = syl_pack_update_sync (self->store, self->pack, syl_clock_get_now_us (self->clock), &error);
  if (update == NULL)
    {
      g_autofree char *message = NULL;

      /* Nothing was changed; the next start tries again. */
      g_message ("%s", error->message);
      /* Translators: %s says why */
      message = g_strdup_printf (_("The pack’s corrections could not be applied to your progress: %s"),
                                 error->message);
      syl_window_add_toast (self, message);
      return;
    }

  /* The places were filled before the comparison: restarted questions
   * change what they show. */
  if (syl_pack_update_get_changed_question_ids (update)[0] != NULL)
    {
      syl_dashboard_page_refresh (self->dashboard_page);
      syl_practice_page_refresh (self->practice_page);
    }

  unseen = syl_pack_update_get_unseen_changes (update);
  if (unseen->len == 0)
    return;

  dialog = syl_pack_changes_dialog_new (GTK_WINDOW (self), self->pack, unseen,
                                        syl_pack_update_get_changed_question_ids (update));
  g_signal_connect_data (dialog, "map", G_CALLBACK (on_changes_dialog_map_cb),
                         g_object_ref (update), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* What Changed…: every correction the pack lists, at any time. */
static void
syl_window_show_changes_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *parameter)
{
  SylWindow *self = SYL_WINDOW (widget);
  g_autoptr(GPtrArray) changes = NULL;
  g_auto(GStrv) changed = NULL;

  if (self->pack == NULL)
    return;

  changes = syl_pack_dup_changes_after (self->pack, 0);
  if (self->store != NULL)
    changed = syl_store_dup_changed_questions (self->store, syl_pack_get_id (self->pack), NULL);
  gtk_window_present (GTK_WINDOW (syl_pack_changes_dialog_new (GTK_WINDOW (self), self->pack, changes,
                                                               (const char * const *) changed)));
}

static void
syl_window_show_place_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  SylWindow *self = SYL_WINDOW (widget);

  syl_window_set_visible_place (self, g_variant_get_string (parameter, NULL));
  focus_place (self);
}


#define DIAGNOSTIC_QUESTIONS 20
#define DEFAULT_DRILL_QUESTIONS 10

static gboolean
check_ready (SylWindow *self)
{
  if (self->pack == NULL)
    {
      syl_window_add_toast (self, _("No exam is loaded: import a content pack first"));
      return FALSE;
    }

  if (self->store == NULL)
    {
      syl_window_add_toast (self, _("Your progress is not open, so answers could not be kept"));
      return FALSE;
    }

  return TRUE;
}

/* Every page shows the same pack and progress; the window owns them. */
static void
attach_page (SylWindow *self,
             GtkWidget *page)
{
  g_object_set (page, "settings", self->settings, NULL);
  g_object_bind_property (self, "store", page, "store", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "pack", page, "pack", G_BINDING_SYNC_CREATE);
}

static void on_quiz_page_finished_cb (SylWindow  *self,
                                      SylSession *session);
static void on_quiz_page_left_cb     (SylWindow  *self);

/* The quiz and results pages are built when the first session starts,
 * not with the window: many start-ups never reach them, and building
 * them before the first frame cost about 1 MB and a few milliseconds. */
static SylQuizPage *
ensure_quiz_page (SylWindow *self)
{
  if (self->quiz_page == NULL)
    {
      self->quiz_page = g_object_new (SYL_TYPE_QUIZ_PAGE, NULL);
      attach_page (self, GTK_WIDGET (self->quiz_page));
      g_signal_connect_object (self->quiz_page, "finished", G_CALLBACK (on_quiz_page_finished_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->quiz_page, "left", G_CALLBACK (on_quiz_page_left_cb), self, G_CONNECT_SWAPPED);
      gtk_stack_add_named (self->main_stack, GTK_WIDGET (self->quiz_page), "quiz");
    }

  return self->quiz_page;
}

static SylResultsPage *
ensure_results_page (SylWindow *self)
{
  if (self->results_page == NULL)
    {
      self->results_page = g_object_new (SYL_TYPE_RESULTS_PAGE, NULL);
      attach_page (self, GTK_WIDGET (self->results_page));
      gtk_stack_add_named (self->main_stack, GTK_WIDGET (self->results_page), "results");
    }

  return self->results_page;
}

static void
show_session (SylWindow  *self,
              SylSession *session)
{
  /* An offer to resume is answered once a session runs. */
  if (gtk_widget_get_visible (self->banner_resume_button))
    syl_window_show_banner (self, NULL);

  g_set_object (&self->session, session);
  syl_quiz_page_set_session (ensure_quiz_page (self), session);
  gtk_stack_set_visible_child_name (self->main_stack, "quiz");
}

static void
start_plan (SylWindow   *self,
            SylQuizPlan *plan)
{
  SylSessionSettings settings = { 0, };
  g_autoptr(SylSession) session = NULL;
  g_autoptr(GError) error = NULL;

  settings.timed = plan->mode == SYL_QUIZ_MODE_EXAM;
  settings.extra_time = settings.timed && g_settings_get_boolean (self->settings, "extra-time");
  /* A drill remembers what it drills, for Retake. */
  syl_session_settings_set_drill (&settings, plan->drill_kind, plan->drill_id);

  session = syl_session_new (self->pack, self->store, self->clock, plan, &settings, g_random_int (), &error);
  if (session == NULL)
    {
      syl_error_dialog_show (GTK_WIDGET (self), _("The Session Could Not Start"), error->message);
      return;
    }

  show_session (self, session);
}

static void
resume_stored (SylWindow       *self,
               SylStoreSession *stored)
{
  g_autoptr(SylSession) session = NULL;
  g_autoptr(GError) error = NULL;

  session = syl_session_resume (self->pack, self->store, self->clock, stored, &error);
  if (session == NULL)
    {
      syl_error_dialog_show (GTK_WIDGET (self), _("The Session Could Not Be Resumed"), error->message);
      return;
    }

  show_session (self, session);
}

/* Closes the unfinished session without a score; its answers stay in the
 * history and keep feeding the scheduler. */
static gboolean
abandon_stored (SylWindow       *self,
                SylStoreSession *stored)
{
  g_autoptr(SylSession) session = NULL;
  g_autoptr(GError) error = NULL;

  session = syl_session_resume (self->pack, self->store, self->clock, stored, &error);
  if (session == NULL || !syl_session_abandon (session, &error))
    {
      syl_error_dialog_show (GTK_WIDGET (self), _("The Session Could Not Be Closed"), error->message);
      return FALSE;
    }

  return TRUE;
}

/* The progress and clock texts are the Practice page's resume card's
 * (syl-dashboard-model), so both say the same about the same session. */
static char *
describe_stored_session (SylStoreSession *stored,
                         gboolean         offer)
{
  g_autofree char *progress = syl_dashboard_format_progress (stored);
  SylQuizMode mode = SYL_QUIZ_MODE_DRILL;

  syl_quiz_mode_from_string (stored->mode, &mode);

  if (stored->time_limit_ms > 0)
    {
      g_autofree char *left = syl_dashboard_format_time_left (stored->time_limit_ms - stored->time_used_ms);

      if (offer)
        /* Translators: offered at start-up, "23 of 75 answered, 2 h 12 min left" */
        return g_strdup_printf (_("An unfinished exam simulation: %s, %s."), progress, left);

      /* Translators: an unfinished exam: "23 of 75 answered, 2 h 12 min left" */
      return g_strdup_printf (_("An exam simulation: %s, %s."), progress, left);
    }

  if (mode == SYL_QUIZ_MODE_EXAM)
    return g_strdup_printf (offer ? _("An unfinished exam simulation: %s.") : _("An exam simulation: %s."),
                            progress);

  return g_strdup_printf (offer ? _("An unfinished practice session: %s.") : _("A practice session: %s."),
                          progress);
}

static void
on_unfinished_response_cb (AdwMessageDialog *dialog,
                           const char       *response,
                           SylWindow        *self)
{
  g_autoptr(SylQuizPlan) plan = g_steal_pointer (&self->pending_plan);
  g_autoptr(SylStoreSession) stored = NULL;

  if (g_strcmp0 (response, "cancel") == 0 || !check_ready (self))
    return;

  stored = syl_store_dup_unfinished_session (self->store, syl_pack_get_id (self->pack), NULL);
  if (stored == NULL)
    {
      if (plan != NULL)
        start_plan (self, plan);
      return;
    }

  if (g_strcmp0 (response, "resume") == 0)
    resume_stored (self, stored);
  else if (g_strcmp0 (response, "start-new") == 0 && plan != NULL && abandon_stored (self, stored))
    start_plan (self, plan);
}

/* Starting a new session while one is unfinished asks first: the learner
 * may have forgotten the half-done exam, and only one can be resumed. */
static void
start_or_ask (SylWindow   *self,
              SylQuizPlan *plan)
{
  g_autoptr(SylStoreSession) stored = NULL;
  g_autofree char *description = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  stored = syl_store_dup_unfinished_session (self->store, syl_pack_get_id (self->pack), NULL);
  if (stored == NULL)
    {
      start_plan (self, plan);
      syl_quiz_plan_free (plan);
      return;
    }

  g_clear_pointer (&self->pending_plan, syl_quiz_plan_free);
  self->pending_plan = plan;

  description = describe_stored_session (stored, FALSE);
  body = g_strdup_printf ("%s\n\n%s", description,
                          _("Starting a new session closes it; its answers stay in your history."));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("You Have an Unfinished Session"),
                                                       body));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "start-new", _("_Start New"),
                                    "resume", _("_Resume"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "resume", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "resume");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_unfinished_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

typedef SylQuizPlan *(*BuildFunc) (SylWindow *self, SylQuizBuilder *builder, GVariant *parameter, GError **error);

static void
build_and_start (SylWindow *self,
                 BuildFunc  build,
                 GVariant  *parameter)
{
  g_autoptr(SylQuizBuilder) builder = NULL;
  g_autoptr(GError) error = NULL;
  SylQuizPlan *plan;

  if (!check_ready (self))
    return;

  builder = syl_quiz_builder_new_random (self->pack, self->store);
  if (self->settings != NULL)
    {
      g_autofree char *exam_date = g_settings_get_string (self->settings, "exam-date");

      syl_quiz_builder_set_exam_date (builder, exam_date);
    }
  plan = build (self, builder, parameter, &error);
  if (plan == NULL)
    {
      syl_error_dialog_show (GTK_WIDGET (self), _("This Session Could Not Start"), error->message);
      return;
    }

  start_or_ask (self, plan);
}

static SylQuizPlan *
build_exam (SylWindow *self, SylQuizBuilder *builder, GVariant *parameter, GError **error)
{
  return syl_quiz_builder_build_exam (builder, error);
}

static SylQuizPlan *
build_drill (SylWindow *self, SylQuizBuilder *builder, GVariant *parameter, GError **error)
{
  const char *kind;
  const char *id;
  guint count;

  g_variant_get (parameter, "(&s&su)", &kind, &id, &count);
  if (count == 0)
    count = DEFAULT_DRILL_QUESTIONS;

  return syl_quiz_builder_build_drill (builder, kind, id, count, error);
}

static SylQuizPlan *
build_review (SylWindow *self, SylQuizBuilder *builder, GVariant *parameter, GError **error)
{
  return syl_quiz_builder_build_due (builder, syl_clock_get_now_us (self->clock),
                                     g_settings_get_uint (self->settings, "daily-goal"), error);
}

static SylQuizPlan *
build_weak_spots (SylWindow *self, SylQuizBuilder *builder, GVariant *parameter, GError **error)
{
  return syl_quiz_builder_build_weak_spots (builder, syl_clock_get_now_us (self->clock),
                                            DEFAULT_DRILL_QUESTIONS, error);
}

static SylQuizPlan *
build_missed (SylWindow *self, SylQuizBuilder *builder, GVariant *parameter, GError **error)
{
  return syl_quiz_builder_build_missed (builder, g_settings_get_uint (self->settings, "daily-goal"), error);
}

/* --drill and the desktop action: what is due, or else the weakest task
 * statements, so there is always something worth ten minutes. */
static SylQuizPlan *
build_quick_drill (SylWindow *self, SylQuizBuilder *builder, GVariant *parameter, GError **error)
{
  g_autoptr(GError) local_error = NULL;
  SylQuizPlan *plan;

  plan = syl_quiz_builder_build_due (builder, syl_clock_get_now_us (self->clock),
                                     DEFAULT_DRILL_QUESTIONS, &local_error);
  if (plan != NULL)
    return plan;

  if (!g_error_matches (local_error, SYL_QUIZ_BUILDER_ERROR, SYL_QUIZ_BUILDER_ERROR_EMPTY))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return syl_quiz_builder_build_weak_spots (builder, syl_clock_get_now_us (self->clock),
                                            DEFAULT_DRILL_QUESTIONS, error);
}

static SylQuizPlan *
build_questions (SylWindow *self, SylQuizBuilder *builder, GVariant *parameter, GError **error)
{
  g_autofree const char **ids = g_variant_get_strv (parameter, NULL);

  return syl_quiz_builder_build_questions (builder, ids, error);
}

static SylQuizPlan *
build_diagnostic (SylWindow *self, SylQuizBuilder *builder, GVariant *parameter, GError **error)
{
  return syl_quiz_builder_build_diagnostic (builder, DIAGNOSTIC_QUESTIONS, error);
}

/* Every way into a new quiz: the action, its parameter and the plan it
 * builds. The class installs them and update_actions() enables them from
 * this one list. */
static const struct {
  const char *name;
  const char *parameter_type;
  BuildFunc   build;
} start_actions[] = {
  { "win.start-exam", NULL, build_exam },
  { "win.start-drill", "(ssu)", build_drill },
  { "win.start-review", NULL, build_review },
  { "win.start-weak-spots", NULL, build_weak_spots },
  { "win.start-missed", NULL, build_missed },
  { "win.start-diagnostic", NULL, build_diagnostic },
  { "win.start-quick-drill", NULL, build_quick_drill },
  { "win.start-questions", "as", build_questions },
};

static void
syl_window_start_action (GtkWidget  *widget,
                         const char *name,
                         GVariant   *parameter)
{
  for (guint i = 0; i < G_N_ELEMENTS (start_actions); i++)
    if (g_str_equal (name, start_actions[i].name))
      {
        build_and_start (SYL_WINDOW (widget), start_actions[i].build, parameter);
        return;
      }

  g_assert_not_reached ();
}

static void
syl_window_resume_session_action (GtkWidget  *widget,
                                  const char *name,
                                  GVariant   *parameter)
{
  SylWindow *self = SYL_WINDOW (widget);
  g_autoptr(SylStoreSession) stored = NULL;
  g_autoptr(GError) error = NULL;

  if (!check_ready (self))
    return;

  stored = syl_store_dup_unfinished_session (self->store, syl_pack_get_id (self->pack), &error);
  if (stored == NULL)
    {
      if (error != NULL)
        syl_error_dialog_show (GTK_WIDGET (self), _("The Session Could Not Be Resumed"), error->message);
      else
        syl_window_add_toast (self, _("There is no unfinished session to resume"));
      return;
    }

  resume_stored (self, stored);
}

static void
syl_window_show_task_action (GtkWidget  *widget,
                             const char *name,
                             GVariant   *parameter)
{
  SylWindow *self = SYL_WINDOW (widget);

  gtk_stack_set_visible_child_name (self->main_stack, "places");
  syl_window_set_visible_place (self, "syllabus");
  syl_syllabus_page_show_task (self->syllabus_page, g_variant_get_string (parameter, NULL));
}

static void
syl_window_show_service_action (GtkWidget  *widget,
                                const char *name,
                                GVariant   *parameter)
{
  SylWindow *self = SYL_WINDOW (widget);

  gtk_stack_set_visible_child_name (self->main_stack, "places");
  syl_window_set_visible_place (self, "services");
  syl_services_page_show_service (self->services_page, g_variant_get_string (parameter, NULL));
}

static void
syl_window_search_questions_action (GtkWidget  *widget,
                                    const char *name,
                                    GVariant   *parameter)
{
  SylWindow *self = SYL_WINDOW (widget);

  if (self->pack != NULL && self->store != NULL)
    gtk_window_present (GTK_WINDOW (syl_question_search_new (GTK_WINDOW (self), self->store, self->pack)));
}

static void
syl_window_show_reports_action (GtkWidget  *widget,
                                const char *name,
                                GVariant   *parameter)
{
  SylWindow *self = SYL_WINDOW (widget);

  if (self->store != NULL)
    syl_reports_dialog_show (GTK_WINDOW (self), self->store);
}

static void
return_to_places (SylWindow *self)
{
  gtk_stack_set_visible_child_name (self->main_stack, "places");
  syl_dashboard_page_refresh (self->dashboard_page);
  syl_practice_page_refresh (self->practice_page);
  syl_window_update_actions (self);
  focus_place (self);
}

static void
syl_window_close_results_action (GtkWidget  *widget,
                                 const char *name,
                                 GVariant   *parameter)
{
  return_to_places (SYL_WINDOW (widget));
}

static void
on_quiz_page_finished_cb (SylWindow  *self,
                          SylSession *session)
{
  syl_results_page_set_session (ensure_results_page (self), session);
  gtk_stack_set_visible_child_name (self->main_stack, "results");
  syl_window_update_actions (self);
}

static void
on_quiz_page_left_cb (SylWindow *self)
{
  /* Practice, where the session left waits first in line to be resumed. */
  syl_window_set_visible_place (self, "practice");
  return_to_places (self);
}

/**
 * syl_window_update_actions:
 *
 * Enables the actions that make sense now: starting a session needs a pack
 * and the progress store, and none can start while one runs.
 */
void
syl_window_update_actions (SylWindow *self)
{
  gboolean ready = self->pack != NULL && self->store != NULL;
  gboolean in_quiz = g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "quiz") == 0;

  for (guint i = 0; i < G_N_ELEMENTS (start_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), start_actions[i].name, ready && !in_quiz);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.resume-session", ready && !in_quiz);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-task", self->pack != NULL && !in_quiz);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-service", self->pack != NULL && !in_quiz);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-place", !in_quiz);
  /* Searching the questions during a quiz would be looking up answers. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search-questions", ready && !in_quiz);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-reports", self->store != NULL && !in_quiz);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-changes", self->pack != NULL && !in_quiz);
}

/**
 * syl_window_offer_resume:
 *
 * At start-up: if an unfinished session waits, offers to resume it in the
 * banner under the header bar (Resume or Dismiss). A banner rather than a
 * dialog: a second window at start-up costs its own renderer.
 *
 * Returns: %TRUE if the learner was offered to resume
 */
gboolean
syl_window_offer_resume (SylWindow *self)
{
  g_autoptr(SylStoreSession) stored = NULL;
  g_autofree char *body = NULL;

  g_return_val_if_fail (SYL_IS_WINDOW (self), FALSE);

  if (self->pack == NULL || self->store == NULL)
    return FALSE;

  stored = syl_store_dup_unfinished_session (self->store, syl_pack_get_id (self->pack), NULL);
  if (stored == NULL)
    return FALSE;

  body = describe_stored_session (stored, TRUE);
  gtk_label_set_text (self->pack_banner_label, body);
  gtk_widget_set_visible (self->banner_resume_button, TRUE);
  reveal_banner (self, TRUE);

  return TRUE;
}

/**
 * syl_window_get_session:
 *
 * Returns: (nullable): the session running or last shown
 */
SylSession *
syl_window_get_session (SylWindow *self)
{
  g_return_val_if_fail (SYL_IS_WINDOW (self), NULL);

  return self->session;
}

/**
 * syl_window_set_clock:
 * @clock: the clock sessions use; tests pass a manual one
 */
void
syl_window_set_clock (SylWindow *self,
                      SylClock  *clock)
{
  g_return_if_fail (SYL_IS_WINDOW (self));
  g_return_if_fail (SYL_IS_CLOCK (clock));

  g_set_object (&self->clock, clock);
}

/**
 * syl_window_get_visible_view:
 *
 * Returns: "places", "quiz" or "results"
 */
const char *
syl_window_get_visible_view (SylWindow *self)
{
  g_return_val_if_fail (SYL_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->main_stack);
}

static void
syl_window_dismiss_banner_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  SylWindow *self = SYL_WINDOW (widget);

  reveal_banner (self, FALSE);
}

static void
syl_window_constructed (GObject *object)
{
  SylWindow *self = SYL_WINDOW (object);
  GtkWidget *pages[] = {
    GTK_WIDGET (self->dashboard_page),
    GTK_WIDGET (self->practice_page),
    GTK_WIDGET (self->syllabus_page),
    GTK_WIDGET (self->services_page),
  };

  G_OBJECT_CLASS (syl_window_parent_class)->constructed (object);

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    attach_page (self, pages[i]);

  /* Window geometry is restored here and saved as it changes, so a crash
   * keeps the last size too. */
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
}

/* The shortcuts window's search button is an icon alone, which GTK 4.8
 * names after its image ("GtkImage"). */
static void
name_shortcuts_search (GtkWindow *shortcuts)
{
  GtkWidget *header = gtk_window_get_titlebar (shortcuts);

  for (GtkWidget *w = header; w != NULL; )
    {
      if (GTK_IS_TOGGLE_BUTTON (w))
        {
          syl_a11y_set_name (w, _("Search Shortcuts"));
          return;
        }

      /* Depth first through the header bar. */
      if (gtk_widget_get_first_child (w) != NULL)
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w != NULL && w != header && gtk_widget_get_next_sibling (w) == NULL)
            w = gtk_widget_get_parent (w);
          w = (w == NULL || w == header) ? NULL : gtk_widget_get_next_sibling (w);
        }
    }
}

/**
 * syl_window_get_shortcuts_window:
 *
 * The keyboard shortcuts window, built from ui/help-overlay.ui the first
 * time it is asked for. GtkApplicationWindow would build it with every
 * window, before the first frame, for a window few learners open (about
 * 5 ms and 1.3 MB at start-up), so the resource is not at the path it
 * loads automatically and win.show-help-overlay is the window's own.
 * It is then handed to GtkApplicationWindow, which shows the
 * accelerators of the actions it lists.
 *
 * Returns: (transfer none): the shortcuts window
 */
GtkWindow *
syl_window_get_shortcuts_window (SylWindow *self)
{
  g_return_val_if_fail (SYL_IS_WINDOW (self), NULL);

  if (self->shortcuts_window == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource ("/io/github/syllabus/Syllabus/help-overlay.ui");

      self->shortcuts_window = GTK_WINDOW (g_object_ref (gtk_builder_get_object (builder, "help_overlay")));
      name_shortcuts_search (self->shortcuts_window);
      gtk_application_window_set_help_overlay (GTK_APPLICATION_WINDOW (self),
                                               GTK_SHORTCUTS_WINDOW (self->shortcuts_window));
    }

  return self->shortcuts_window;
}

static void
show_help_overlay_activated (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  gtk_window_present (syl_window_get_shortcuts_window (SYL_WINDOW (user_data)));
}

static void
syl_window_dispose (GObject *object)
{
  SylWindow *self = SYL_WINDOW (object);

  g_clear_object (&self->shortcuts_window);
  gtk_widget_dispose_template (GTK_WIDGET (self), SYL_TYPE_WINDOW);

  G_OBJECT_CLASS (syl_window_parent_class)->dispose (object);
}

static void
syl_window_finalize (GObject *object)
{
  SylWindow *self = SYL_WINDOW (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->pack);
  g_clear_object (&self->store);
  g_clear_object (&self->clock);
  g_clear_object (&self->session);
  g_clear_pointer (&self->pending_plan, syl_quiz_plan_free);

  G_OBJECT_CLASS (syl_window_parent_class)->finalize (object);
}

static void
syl_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  SylWindow *self = SYL_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    case PROP_PACK:
      g_value_set_object (value, self->pack);
      break;

    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
syl_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  SylWindow *self = SYL_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    case PROP_PACK:
      syl_window_set_pack (self, g_value_get_object (value));
      break;

    case PROP_STORE:
      syl_window_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
syl_window_class_init (SylWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = syl_window_constructed;
  object_class->dispose = syl_window_dispose;
  object_class->finalize = syl_window_finalize;
  object_class->get_property = syl_window_get_property;
  object_class->set_property = syl_window_set_property;

  /**
   * SylWindow:settings:
   *
   * The application settings that keep the window's size and state.
   */
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * SylWindow:pack:
   *
   * The content pack the learner studies, or %NULL when none loaded.
   */
  properties[PROP_PACK] =
    g_param_spec_object ("pack", NULL, NULL,
                         SYL_TYPE_PACK,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * SylWindow:store:
   *
   * The learner's progress, or %NULL when it could not be opened.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         SYL_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SYL_TYPE_DASHBOARD_PAGE);
  g_type_ensure (SYL_TYPE_PRACTICE_PAGE);
  g_type_ensure (SYL_TYPE_SYLLABUS_PAGE);
  g_type_ensure (SYL_TYPE_SERVICES_PAGE);
  g_type_ensure (SYL_TYPE_QUIZ_PAGE);
  g_type_ensure (SYL_TYPE_RESULTS_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/syllabus/Syllabus/syl-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SylWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, pack_banner);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, pack_banner_label);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, banner_resume_button);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, banner_dismiss_button);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, dashboard_page);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, practice_page);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, syllabus_page);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, services_page);

  gtk_widget_class_install_action (widget_class, "win.dismiss-banner", NULL, syl_window_dismiss_banner_action);
  for (guint i = 0; i < G_N_ELEMENTS (start_actions); i++)
    gtk_widget_class_install_action (widget_class, start_actions[i].name,
                                     start_actions[i].parameter_type, syl_window_start_action);
  gtk_widget_class_install_action (widget_class, "win.resume-session", NULL, syl_window_resume_session_action);
  gtk_widget_class_install_action (widget_class, "win.show-task", "s", syl_window_show_task_action);
  gtk_widget_class_install_action (widget_class, "win.show-service", "s", syl_window_show_service_action);
  gtk_widget_class_install_action (widget_class, "win.close-results", NULL, syl_window_close_results_action);
  gtk_widget_class_install_action (widget_class, "win.search-questions", NULL, syl_window_search_questions_action);
  gtk_widget_class_install_action (widget_class, "win.show-reports", NULL, syl_window_show_reports_action);
  gtk_widget_class_install_action (widget_class, "win.show-changes", NULL, syl_window_show_changes_action);

  gtk_widget_class_install_action (widget_class, "win.show-place", "s", syl_window_show_place_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK, "win.show-place", "s", "dashboard");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK, "win.show-place", "s", "practice");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK, "win.show-place", "s", "syllabus");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_4, GDK_ALT_MASK, "win.show-place", "s", "services");
}

static void
syl_window_init (SylWindow *self)
{
  static const GActionEntry actions[] = {
    /* see syl_window_get_shortcuts_window() */
    { "show-help-overlay", show_help_overlay_activated, NULL, NULL, NULL, { 0 } },
  };
  GtkEventController *focus_controller;

  gtk_widget_init_template (GTK_WIDGET (self));
  g_action_map_add_action_entries (G_ACTION_MAP (self), actions, G_N_ELEMENTS (actions), self);

  focus_controller = gtk_event_controller_focus_new ();
  g_signal_connect_object (focus_controller, "leave", G_CALLBACK (on_banner_label_focus_leave_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->pack_banner_label), focus_controller);
  gtk_widget_set_can_focus (gtk_revealer_get_child (self->pack_banner), FALSE);

  /* Its tooltip, the same as its name, would be heard again as its
   * description. */
  syl_a11y_set_description (gtk_widget_get_first_child (GTK_WIDGET (self->primary_menu_button)), NULL);

  self->clock = syl_clock_new_system ();
  syl_window_update_actions (self);
}

/**
 * syl_window_new:
 * @application: the application
 * @settings: the application settings
 *
 * Returns: (transfer full): a new main window
 */
SylWindow *
syl_window_new (SylApplication *application,
                GSettings      *settings)
{
  g_return_val_if_fail (SYL_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  return g_object_new (SYL_TYPE_WINDOW,
                       "application", application,
                       "settings", settings,
                       NULL);
}

/**
 * syl_window_get_visible_place:
 *
 * Returns: the name of the place shown: "dashboard", "practice",
 *   "syllabus" or "services"
 */
const char *
syl_window_get_visible_place (SylWindow *self)
{
  g_return_val_if_fail (SYL_IS_WINDOW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->view_stack);
}

/**
 * syl_window_set_visible_place:
 * @place: "dashboard", "practice", "syllabus" or "services"
 */
void
syl_window_set_visible_place (SylWindow  *self,
                              const char *place)
{
  g_return_if_fail (SYL_IS_WINDOW (self));
  g_return_if_fail (place != NULL);

  if (adw_view_stack_get_child_by_name (self->view_stack, place) == NULL)
    {
      g_warning ("No place called “%s”", place);
      return;
    }

  adw_view_stack_set_visible_child_name (self->view_stack, place);
}

/**
 * syl_window_add_toast:
 * @message: what to tell the learner
 *
 * Shows @message as a toast at the bottom of the window.
 */
void
syl_window_add_toast (SylWindow  *self,
                      const char *message)
{
  g_return_if_fail (SYL_IS_WINDOW (self));
  g_return_if_fail (message != NULL);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

/**
 * syl_window_get_pack:
 *
 * Returns: (nullable): the pack shown
 */
SylPack *
syl_window_get_pack (SylWindow *self)
{
  g_return_val_if_fail (SYL_IS_WINDOW (self), NULL);

  return self->pack;
}

/**
 * syl_window_set_pack:
 * @pack: (nullable): the pack to study
 */
void
syl_window_set_pack (SylWindow *self,
                     SylPack   *pack)
{
  g_return_if_fail (SYL_IS_WINDOW (self));
  g_return_if_fail (pack == NULL || SYL_IS_PACK (pack));

  if (g_set_object (&self->pack, pack))
    {
      sync_pack_update (self);
      syl_window_update_actions (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PACK]);
    }
}

/**
 * syl_window_set_loading:
 * @loading: whether the pack and the progress are still being loaded
 *
 * While loading, the places show nothing rather than their empty state
 * (“No Exam Pack”), which would be wrong for that moment.
 */
void
syl_window_set_loading (SylWindow *self,
                        gboolean   loading)
{
  g_return_if_fail (SYL_IS_WINDOW (self));

  gtk_widget_set_visible (GTK_WIDGET (self->view_stack), !loading);
}

/**
 * syl_window_get_store:
 *
 * Returns: (nullable): the progress store
 */
SylStore *
syl_window_get_store (SylWindow *self)
{
  g_return_val_if_fail (SYL_IS_WINDOW (self), NULL);

  return self->store;
}

/**
 * syl_window_set_store:
 * @store: (nullable): the learner's progress
 */
void
syl_window_set_store (SylWindow *self,
                      SylStore  *store)
{
  g_return_if_fail (SYL_IS_WINDOW (self));
  g_return_if_fail (store == NULL || SYL_IS_STORE (store));

  if (g_set_object (&self->store, store))
    {
      self->progress_checked = FALSE;
      syl_window_update_actions (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
    }
}

/**
 * syl_window_set_progress_checked:
 *
 * Says that the progress store passed its quick check (the application
 * runs it once the store is open): the pack's digests are then compared
 * with the store's, and corrections the learner has not seen are shown.
 */
void
syl_window_set_progress_checked (SylWindow *self)
{
  g_return_if_fail (SYL_IS_WINDOW (self));

  if (self->progress_checked || self->store == NULL)
    return;

  self->progress_checked = TRUE;
  sync_pack_update (self);
}

/** syl_window_get_progress_checked: Returns: whether the store passed its quick check */
gboolean
syl_window_get_progress_checked (SylWindow *self)
{
  g_return_val_if_fail (SYL_IS_WINDOW (self), FALSE);

  return self->progress_checked;
}

/**
 * syl_window_show_banner:
 * @message: (nullable): what went wrong, or %NULL to hide the banner
 *
 * Shows @message in a banner under the header bar, for problems the
 * learner should see until dismissed, such as a pack that failed to load.
 */
void
syl_window_show_banner (SylWindow  *self,
                        const char *message)
{
  g_return_if_fail (SYL_IS_WINDOW (self));

  /* A problem to read, not an offer to resume. */
  gtk_widget_set_visible (self->banner_resume_button, FALSE);
  if (message != NULL)
    gtk_label_set_text (self->pack_banner_label, message);
  reveal_banner (self, message != NULL);
}

/**
 * syl_window_get_banner_text:
 *
 * Returns: (nullable): the banner's message while it is shown
 */
const char *
syl_window_get_banner_text (SylWindow *self)
{
  g_return_val_if_fail (SYL_IS_WINDOW (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->pack_banner))
    return NULL;

  return gtk_label_get_text (self->pack_banner_label);
}
