/* test-a11y.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Syllabus as a screen-reader user and a keyboard user meet it: a tour of
 * every place (first run and with progress), a drill question before and
 * after Check, the results with an answer opened, an exam question with
 * its clock, and Preferences.
 *
 * /syl/a11y/keyboard/…: at every stop of the tour, Tab and Shift+Tab go
 * round the window and come back where they started, never stuck, never
 * on something hidden; each focus stop is visible (the window looks
 * different with the focus on it than without).
 *
 * /syl/a11y/speech/…: what AT-SPI exports for everything a user can reach
 * (every Tab stop, every row reachable with the arrows) has a name that is
 * not empty, not a type name ("GtkButton") and holds no mnemonic
 * underscore; the question, the verdict and the score are spoken where
 * the learner arrives. GTK 4.8's AT-SPI tree misses children added after
 * it was first read, but its focus events are exact: tests/a11y/
 * focus-probe.py, started here, reports the object that has the focus, as
 * Orca hears it. These tests need an accessibility bus: tests/meson.build
 * runs them under dbus-run-session with GTK_A11Y=atspi. */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>

#include "syl-answer-review-row.h"
#include "syl-application.h"
#include "syl-category.h"
#include "syl-dashboard-page.h"
#include "syl-explanation-box.h"
#include "syl-forecast-record-dialog.h"
#include "syl-import-dialog.h"
#include "syl-import.h"
#include "syl-option-row.h"
#include "syl-practice-page.h"
#include "syl-preferences-window.h"
#include "syl-question.h"
#include "syl-quiz-page.h"
#include "syl-results-page.h"
#include "syl-service-row.h"
#include "syl-service.h"
#include "syl-session.h"
#include "syl-task-row.h"
#include "syl-window.h"
#include "syl-test-app.h"
#include "syl-test-ui-util.h"
#include "syl-test-util.h"

typedef struct _Fixture Fixture;

/* What is checked at each stop of the tour. */
typedef void (*VisitFunc) (Fixture    *fixture,
                           const char *where,
                           GtkWindow  *window);

struct _Fixture
{
  SylApplication   *app;
  SylWindow        *window;
  GSettings        *settings;
  char             *data_dir;

  /* speech */
  GSubprocess      *probe;
  GDataInputStream *probe_out;
  GOutputStream    *probe_in;

  GString          *problems;
  VisitFunc         visit;
  guint             n_visits;
  guint             n_checked;
};

/* The probe. */

typedef struct
{
  char *role;
  char *name;
  char *description;
  char *states;
  char *text;
  gboolean stale;
} Spoken;

static void
spoken_clear (Spoken *spoken)
{
  g_free (spoken->role);
  g_free (spoken->name);
  g_free (spoken->description);
  g_free (spoken->states);
  g_free (spoken->text);
  memset (spoken, 0, sizeof *spoken);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Spoken, spoken_clear)

typedef struct
{
  char     *line;
  gboolean  done;
} LineWait;

static void
on_line_read_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  LineWait *wait = user_data;
  g_autoptr(GError) error = NULL;

  wait->line = g_data_input_stream_read_line_finish_utf8 (G_DATA_INPUT_STREAM (source), result, NULL, &error);
  g_assert_no_error (error);
  wait->done = TRUE;
}

static gboolean
line_wait_done (gpointer data)
{
  return ((LineWait *) data)->done;
}

/* The next line from the probe, while the main loop runs: the probe asks
 * this process over D-Bus for names and states. */
static char *
probe_read_line (Fixture *fixture)
{
  LineWait wait = { NULL, FALSE };

  g_data_input_stream_read_line_async (fixture->probe_out, G_PRIORITY_DEFAULT, NULL, on_line_read_cb, &wait);
  syl_test_iterate_until (line_wait_done, &wait);
  g_assert_true (wait.done);
  g_assert_nonnull (wait.line);

  return wait.line;
}

static void
probe_start (Fixture *fixture)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE |
                                                                        G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autofree char *probe = g_test_build_filename (G_TEST_DIST, "a11y", "focus-probe.py", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *ready = NULL;

  /* Its own warnings are not this test's. */
  g_subprocess_launcher_unsetenv (launcher, "G_DEBUG");
  fixture->probe = g_subprocess_launcher_spawn (launcher, &error, probe, NULL);
  g_assert_no_error (error);
  fixture->probe_in = g_subprocess_get_stdin_pipe (fixture->probe);
  fixture->probe_out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (fixture->probe));

  ready = probe_read_line (fixture);
  g_assert_cmpstr (ready, ==, "ready");
}

static void
probe_stop (Fixture *fixture)
{
  if (fixture->probe == NULL)
    return;

  g_output_stream_close (fixture->probe_in, NULL, NULL);
  g_subprocess_wait (fixture->probe, NULL, NULL);
  g_clear_object (&fixture->probe_out);
  g_clear_object (&fixture->probe);
}

/* What a screen reader gets for the object with the focus now. */
static void
probe_ask (Fixture *fixture,
           Spoken  *spoken)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *line = NULL;
  g_auto(GStrv) fields = NULL;

  syl_test_iterate_for (G_USEC_PER_SEC / 50, TRUE);
  g_output_stream_write_all (fixture->probe_in, "?\n", 2, NULL, NULL, &error);
  g_assert_no_error (error);
  line = probe_read_line (fixture);
  fields = g_strsplit (line, "\t", -1);
  g_assert_cmpuint (g_strv_length (fields), ==, 6);

  spoken->role = g_strcompress (fields[0]);
  spoken->name = g_strcompress (fields[1]);
  spoken->description = g_strcompress (fields[2]);
  spoken->states = g_strcompress (fields[3]);
  spoken->text = g_strcompress (fields[4]);
  spoken->stale = fields[5][0] != '\0';
}

/* Everything a screen reader says of it. */
static char *
spoken_to_string (const Spoken *spoken)
{
  return g_strdup_printf ("[%s] “%s” “%s”%s%s%s", spoken->role, spoken->name, spoken->description,
                          spoken->text[0] != '\0' && g_strcmp0 (spoken->text, spoken->name) != 0 ? " text “" : "",
                          spoken->text[0] != '\0' && g_strcmp0 (spoken->text, spoken->name) != 0 ? spoken->text : "",
                          spoken->text[0] != '\0' && g_strcmp0 (spoken->text, spoken->name) != 0 ? "”" : "");
}

/* A name a screen reader should never read out: nothing, a type name
 * (GTK falls back to it, "GtkButton", or prefixes it, "GtkImage Leave"),
 * or a mnemonic's underscore ("_Next Next", "I was _unsure"). */
static const char *
bad_name (const char *name)
{
  static GRegex *type_name;
  static GRegex *mnemonic;

  if (type_name == NULL)
    {
      type_name = g_regex_new ("(^|\\s)(Gtk|Adw|Syl)[A-Z][A-Za-z]+(\\s|$)", 0, 0, NULL);
      mnemonic = g_regex_new ("(^|[\\s(“\"])_[^\\s_]", 0, 0, NULL);
    }

  for (const char *p = name; ; p = g_utf8_next_char (p))
    {
      if (*p == '\0')
        return "no name";
      if (!g_unichar_isspace (g_utf8_get_char (p)))
        break;
    }
  if (g_regex_match (type_name, name, 0, NULL))
    return "a type name";
  if (g_regex_match (mnemonic, name, 0, NULL))
    return "a mnemonic underscore";

  return NULL;
}

/* Tours. */

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  user_data)
{
  fixture->visit = (VisitFunc) user_data;
  fixture->problems = g_string_new (NULL);
  fixture->data_dir = g_dir_make_tmp ("syllabus-a11y-XXXXXX", NULL);
  fixture->settings = g_settings_new (APP_ID);
  fixture->app = syl_test_start_app (fixture->data_dir, fixture->settings, 1000, 720, &fixture->window);
}

static void
fixture_setup_speech (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_assert_cmpstr (g_getenv ("GTK_A11Y"), ==, "atspi");
  fixture_setup (fixture, user_data);
  probe_start (fixture);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  user_data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  probe_stop (fixture);

  while (g_list_model_get_n_items (toplevels) > 0)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, 0);
      gtk_window_destroy (window);
    }

  g_clear_object (&fixture->app);
  g_clear_object (&fixture->settings);
  syl_test_remove_tree (fixture->data_dir);
  g_clear_pointer (&fixture->data_dir, g_free);
  g_string_free (fixture->problems, TRUE);
  g_unsetenv ("SYLLABUS_DATA_DIR");
}

static void
settle (Fixture *fixture)
{
  syl_test_iterate_for (G_USEC_PER_SEC / 5, TRUE);
  syl_test_wait_for_frame (GTK_WIDGET (fixture->window));
}

static GtkWidget *
quiz_page (Fixture *fixture)
{
  GtkWidget *page = syl_test_find_descendant (GTK_WIDGET (fixture->window), SYL_TYPE_QUIZ_PAGE);

  g_assert_nonnull (page);
  return page;
}

static GtkWidget *
quiz_child (Fixture    *fixture,
            const char *name)
{
  return GTK_WIDGET (gtk_widget_get_template_child (quiz_page (fixture), SYL_TYPE_QUIZ_PAGE, name));
}

static SylSession *
quiz_session (Fixture *fixture)
{
  return syl_quiz_page_get_session (SYL_QUIZ_PAGE (quiz_page (fixture)));
}

static const char *
current_stem (Fixture *fixture)
{
  SylSession *session = quiz_session (fixture);

  return syl_question_get_stem (syl_session_get_question (session, syl_session_get_current (session)));
}

static void
visit (Fixture    *fixture,
       const char *where,
       GtkWindow  *window)
{
  gsize before = fixture->problems->len;

  g_test_message ("— %s", where);
  fixture->visit (fixture, where, window);
  fixture->n_visits++;
  if (fixture->problems->len > before)
    g_test_message ("%s", fixture->problems->str + before);
}

static void
show_place (Fixture    *fixture,
            const char *place)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-place", "s", place));
  settle (fixture);
}

static void
visit_places (Fixture    *fixture,
              const char *when)
{
  const char *places[] = { "dashboard", "practice", "syllabus", "services" };

  for (guint i = 0; i < G_N_ELEMENTS (places); i++)
    {
      g_autofree char *where = g_strdup_printf ("%s (%s)", places[i], when);

      show_place (fixture, places[i]);
      visit (fixture, where, GTK_WINDOW (fixture->window));
    }
}

static SylAnswerReviewRow *
first_review_row (Fixture *fixture)
{
  g_autoptr(GPtrArray) rows = syl_test_find_all (fixture->window, SYL_TYPE_ANSWER_REVIEW_ROW);

  g_assert_cmpuint (rows->len, >, 0);
  return g_ptr_array_index (rows, 0);
}


/* Submits the exam shown, with the answers given so far. */
static void
submit_exam (Fixture *fixture)
{
  GtkWindow *dialog;

  g_assert_true (gtk_widget_activate_action (quiz_page (fixture), "quiz.submit", NULL));
  settle (fixture);
  dialog = syl_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_object_ref (dialog);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "submit");
  if (gtk_widget_get_visible (GTK_WIDGET (dialog)))
    gtk_window_destroy (dialog);
  g_object_unref (dialog);
  settle (fixture);
  g_assert_cmpstr (syl_window_get_visible_view (fixture->window), ==, "results");
}

static gboolean
window_is_gone (gpointer data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (window == data && gtk_widget_get_visible (GTK_WIDGET (window)))
        return FALSE;
    }

  return TRUE;
}

/* A dialog is visited, then Escape closes it. */
static void
visit_dialog (Fixture    *fixture,
              const char *where,
              GtkWindow  *dialog)
{
  syl_test_iterate_until (syl_test_widget_is_mapped, dialog);
  syl_test_wait_for_frame (GTK_WIDGET (dialog));
  visit (fixture, where, dialog);

  if (gtk_root_get_focus (GTK_ROOT (dialog)) == NULL)
    syl_test_press_tab (dialog, GTK_DIR_TAB_FORWARD);
  if (!syl_test_press_key (dialog, GDK_KEY_Escape, 0))
    g_string_append_printf (fixture->problems, "%s: Escape is not taken\n", where);
  syl_test_iterate_until_timeout (window_is_gone, dialog, 5);
  if (!window_is_gone (dialog))
    {
      g_string_append_printf (fixture->problems, "%s: Escape does not close it\n", where);
      gtk_window_destroy (dialog);
    }
  settle (fixture);
}

static const char import_gift[] =
  "$CATEGORY: Networking/Routing\n"
  "\n"
  "::bgp:: Which protocol routes between autonomous systems? {\n"
  "  =BGP #The exterior gateway protocol.\n"
  "  ~OSPF\n  ~RIP\n  ~STP\n"
  "}\n"
  "\n"
  "::aes:: Which cipher is symmetric? {~RSA ~ECDSA =AES ~DH ####One shared key.}\n";

/* First run, a drill of three questions, its results, the places with
 * progress, an exam question, Preferences. */
static void
tour (Fixture *fixture)
{
  GtkWindow *preferences;
  SylAnswerReviewRow *review_row;

  visit_places (fixture, "first run");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.start-drill",
                                             "(ssu)", "task", "1.1", 3));
  settle (fixture);
  g_assert_cmpstr (syl_window_get_visible_view (fixture->window), ==, "quiz");
  visit (fixture, "drill question", GTK_WINDOW (fixture->window));

  for (guint i = 0; i < 3; i++)
    {
      g_assert_true (gtk_widget_activate_action (quiz_page (fixture), "quiz.choose", "u", 0));
      if (i == 0)
        {
          /* Row 7: a number key moves the focus to the option it changed,
           * so that its new state is heard. */
          GtkListBox *options = GTK_LIST_BOX (quiz_child (fixture, "options_list"));
          GtkWidget *first = GTK_WIDGET (gtk_list_box_get_row_at_index (options, 0));

          if (gtk_root_get_focus (GTK_ROOT (fixture->window)) != first)
            g_string_append (fixture->problems, "drill question: choosing option 1 leaves the focus elsewhere\n");
        }
      g_assert_true (gtk_widget_activate_action (quiz_page (fixture), "quiz.check", NULL));
      settle (fixture);
      if (i == 0)
        visit (fixture, "drill question after Check", GTK_WINDOW (fixture->window));
      g_assert_true (gtk_widget_activate_action (quiz_page (fixture), "quiz.primary", NULL));
      settle (fixture);
    }

  g_assert_cmpstr (syl_window_get_visible_view (fixture->window), ==, "results");
  visit (fixture, "results", GTK_WINDOW (fixture->window));

  review_row = first_review_row (fixture);
  gtk_widget_grab_focus (GTK_WIDGET (review_row));
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (review_row), TRUE);
  settle (fixture);
  visit (fixture, "results with an answer opened", GTK_WINDOW (fixture->window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.close-results", NULL));
  settle (fixture);
  visit_places (fixture, "with progress");

  /* A task statement opened: its header keeps a ring (row 26), its lines
   * are read. */
  show_place (fixture, "syllabus");
  {
    SylTaskRow *task_row = SYL_TASK_ROW (syl_test_find_descendant (GTK_WIDGET (fixture->window), SYL_TYPE_TASK_ROW));

    syl_task_row_set_expanded (task_row, TRUE);
    settle (fixture);
    syl_test_make_active (GTK_WINDOW (fixture->window));
    gtk_widget_child_focus (GTK_WIDGET (task_row), GTK_DIR_TAB_FORWARD);
    visit (fixture, "syllabus with a task statement opened", GTK_WINDOW (fixture->window));
  }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.start-exam", NULL));
  settle (fixture);
  g_assert_cmpstr (syl_window_get_visible_view (fixture->window), ==, "quiz");
  visit (fixture, "exam question", GTK_WINDOW (fixture->window));

  /* An exam simulation's results: first sight against repeats, Pacing
   * and Confidence (issue 13). */
  for (guint i = 0; i < 5; i++)
    {
      g_assert_true (gtk_widget_activate_action (quiz_page (fixture), "quiz.choose", "u", 0));
      g_assert_true (gtk_widget_activate_action (quiz_page (fixture), "quiz.primary", NULL));
      settle (fixture);
    }
  submit_exam (fixture);
  visit (fixture, "exam results", GTK_WINDOW (fixture->window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.close-results", NULL));
  settle (fixture);

  /* A second one, for a forecast record with two rows. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.start-exam", NULL));
  settle (fixture);
  submit_exam (fixture);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.close-results", NULL));
  settle (fixture);

  /* The forecast record, from the dashboard's forecast card. */
  show_place (fixture, "dashboard");
  visit (fixture, "dashboard (after two exam simulations)", GTK_WINDOW (fixture->window));
  {
    GtkWidget *page = syl_test_find_descendant (GTK_WIDGET (fixture->window), SYL_TYPE_DASHBOARD_PAGE);
    GtkWidget *record = GTK_WIDGET (gtk_widget_get_template_child (page, SYL_TYPE_DASHBOARD_PAGE, "record_button"));
    GtkWindow *dialog;

    g_assert_nonnull (record);
    g_signal_emit_by_name (record, "clicked");
    settle (fixture);
    dialog = syl_test_find_toplevel (SYL_TYPE_FORECAST_RECORD_DIALOG);
    g_assert_nonnull (dialog);
    g_assert_false (syl_forecast_record_dialog_is_empty (SYL_FORECAST_RECORD_DIALOG (dialog)));
    visit_dialog (fixture, "forecast record", dialog);
  }

  /* Import Questions, for a GIFT file. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(SylImportResult) result = syl_import_data (SYL_IMPORT_FORMAT_GIFT, import_gift, strlen (import_gift),
                                                         "network.gift", NULL, &error);
    SylImportDialog *dialog;

    g_assert_no_error (error);
    dialog = syl_import_dialog_new ("network.gift", result);
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (fixture->window));
    gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
    gtk_window_present (GTK_WINDOW (dialog));
    visit_dialog (fixture, "import dialog", GTK_WINDOW (dialog));
  }

  g_action_group_activate_action (G_ACTION_GROUP (fixture->app), "preferences", NULL);
  settle (fixture);
  preferences = syl_test_find_toplevel (SYL_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (preferences);
  syl_test_iterate_until (syl_test_widget_is_mapped, preferences);
  syl_test_wait_for_frame (GTK_WIDGET (preferences));
  visit (fixture, "preferences", preferences);
  gtk_window_destroy (preferences);
  settle (fixture);

  /* Row 36: the shortcuts window and its search button are named. */
  {
    GtkWindow *shortcuts = syl_window_get_shortcuts_window (fixture->window);

    g_assert_cmpstr (gtk_window_get_title (shortcuts), ==, "Keyboard Shortcuts");
    gtk_window_present (shortcuts);
    syl_test_iterate_until (syl_test_widget_is_mapped, shortcuts);
    syl_test_wait_for_frame (GTK_WIDGET (shortcuts));
    visit (fixture, "shortcuts", shortcuts);
    gtk_window_close (shortcuts);
  }

  g_test_message ("%u places visited, %u focus stops checked", fixture->n_visits, fixture->n_checked);
  g_assert_cmpuint (fixture->n_checked, >, 100);
  g_assert_cmpstr (fixture->problems->str, ==, "");
}

/* Keyboard. */

static GdkTexture *
render (GtkWindow *window)
{
  GtkWidget *widget = GTK_WIDGET (window);
  g_autoptr(GskRenderNode) node = NULL;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  /* The paintable is empty while a relayout is pending: wait for one. */
  for (guint attempt = 0; node == NULL && attempt < 50; attempt++)
    {
      g_autoptr(GdkPaintable) paintable = NULL;
      g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();

      syl_test_wait_for_frame (widget);
      paintable = gtk_widget_paintable_new (widget);
      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
    }
  g_assert_nonnull (node);

  return gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)),
                                      node, &GRAPHENE_RECT_INIT (0, 0, width, height));
}

/* @widget as drawn in @window: the window rendered, cut to @widget. */
static GdkTexture *
render_widget (GtkWindow *window,
               GtkWidget *widget)
{
  g_autoptr(GdkTexture) whole = render (window);
  graphene_rect_t bounds;
  int stride = gdk_texture_get_width (whole) * 4;
  g_autofree guchar *pixels = g_malloc (stride * gdk_texture_get_height (whole));
  g_autoptr(GBytes) bytes = NULL;
  int x, y, w, h;

  g_assert_true (gtk_widget_compute_bounds (widget, GTK_WIDGET (window), &bounds));
  x = MAX (0, (int) bounds.origin.x);
  y = MAX (0, (int) bounds.origin.y);
  w = MIN (gdk_texture_get_width (whole) - x, (int) bounds.size.width);
  h = MIN (gdk_texture_get_height (whole) - y, (int) bounds.size.height);
  g_assert_cmpint (w, >, 0);
  g_assert_cmpint (h, >, 0);
  gdk_texture_download (whole, pixels, stride);
  bytes = g_bytes_new (pixels + y * stride + x * 4, (gsize) stride * (h - 1) + w * 4);

  return gdk_memory_texture_new (w, h, GDK_MEMORY_DEFAULT, bytes, stride);
}

/* How many pixels differ between @a and @b around @widget. */
static guint
count_changed_pixels (GtkWindow  *window,
                      GtkWidget  *widget,
                      GdkTexture *a,
                      GdkTexture *b)
{
  int width = gdk_texture_get_width (a);
  int height = gdk_texture_get_height (a);
  gsize stride = width * 4;
  g_autofree guchar *pa = g_malloc (stride * height);
  g_autofree guchar *pb = g_malloc (stride * height);
  graphene_rect_t bounds;
  int x0, y0, x1, y1;
  guint changed = 0;

  g_assert_cmpint (gdk_texture_get_width (b), ==, width);
  g_assert_cmpint (gdk_texture_get_height (b), ==, height);
  gdk_texture_download (a, pa, stride);
  gdk_texture_download (b, pb, stride);

  if (!gtk_widget_compute_bounds (widget, GTK_WIDGET (window), &bounds))
    return 0;

  /* A focus ring may lie a few pixels outside. */
  x0 = MAX (0, (int) bounds.origin.x - 6);
  y0 = MAX (0, (int) bounds.origin.y - 6);
  x1 = MIN (width, (int) (bounds.origin.x + bounds.size.width) + 6);
  y1 = MIN (height, (int) (bounds.origin.y + bounds.size.height) + 6);

  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      {
        const guchar *p = pa + y * stride + x * 4;
        const guchar *q = pb + y * stride + x * 4;

        if (ABS (p[0] - q[0]) > 8 || ABS (p[1] - q[1]) > 8 || ABS (p[2] - q[2]) > 8)
          changed++;
      }

  return changed;
}

/* Waits until @widget stays where it is from one frame to the next: a
 * scrolled window scrolls the focus into view, and may take a few frames
 * to get there. */
static void
wait_for_still (GtkWindow *window,
                GtkWidget *widget)
{
  graphene_rect_t before = GRAPHENE_RECT_INIT (-1, -1, -1, -1);

  for (guint frame = 0; frame < 60; frame++)
    {
      graphene_rect_t now;

      syl_test_wait_for_frame (GTK_WIDGET (window));
      if (!gtk_widget_compute_bounds (widget, GTK_WIDGET (window), &now))
        return;
      if (graphene_rect_equal (&now, &before))
        return;
      before = now;
    }
}

/* The window with the focus shown on @focus differs, near it, from the
 * window without: the ring (or a caret, or a highlight) can be seen. */
static gboolean
focus_is_visible (GtkWindow *window,
                  GtkWidget *focus)
{
  g_autoptr(GdkTexture) with = NULL;
  g_autoptr(GdkTexture) without = NULL;
  guint changed;

  gtk_window_set_focus_visible (window, TRUE);
  with = render (window);
  gtk_window_set_focus_visible (window, FALSE);
  without = render (window);
  changed = count_changed_pixels (window, focus, with, without);

  if (changed < 8)
    {
      /* Entries show their focus whether or not it is "visible". */
      g_clear_object (&without);
      gtk_window_set_focus (window, NULL);
      without = render (window);
      changed = count_changed_pixels (window, focus, with, without);
      gtk_widget_grab_focus (focus);
    }

  gtk_window_set_focus_visible (window, TRUE);
  return changed >= 8;
}

static void
check_keyboard (Fixture    *fixture,
                const char *where,
                GtkWindow  *window)
{
  g_autoptr(GPtrArray) forward = NULL;
  g_autoptr(GPtrArray) backward = NULL;
  GString *problems = g_string_new (NULL);

  gtk_window_set_focus_visible (window, TRUE);
  forward = syl_test_tab_cycle (window, GTK_DIR_TAB_FORWARD, 400, problems);
  backward = syl_test_tab_cycle (window, GTK_DIR_TAB_BACKWARD, 400, problems);

  if (problems->len == 0)
    {
      /* Both ways reach the same stops. */
      for (guint i = 0; i < forward->len; i++)
        if (!g_ptr_array_find (backward, g_ptr_array_index (forward, i), NULL))
          g_string_append_printf (problems, "Tab reaches %s, Shift+Tab does not\n",
                                  syl_test_describe_widget (g_ptr_array_index (forward, i)));
      for (guint i = 0; i < backward->len; i++)
        if (!g_ptr_array_find (forward, g_ptr_array_index (backward, i), NULL))
          g_string_append_printf (problems, "Shift+Tab reaches %s, Tab does not\n",
                                  syl_test_describe_widget (g_ptr_array_index (backward, i)));
    }

  for (guint i = 0; i < forward->len; i++)
    {
      GtkWidget *stop = g_ptr_array_index (forward, i);

      /* Focus on a service in the list shows its details: those of
       * the service first shown are gone by then. */
      if (gtk_widget_get_root (stop) != GTK_ROOT (window))
        continue;
      /* The ring is drawn in the active window. */
      syl_test_make_active (window);
      gtk_widget_grab_focus (stop);
      wait_for_still (window, stop);
      fixture->n_checked++;
      /* A ring still fading in on a busy machine: look again once the
       * window is still. */
      if (gtk_root_get_focus (GTK_ROOT (window)) == stop && !focus_is_visible (window, stop) &&
          (syl_test_iterate_for (G_USEC_PER_SEC / 2, TRUE), !focus_is_visible (window, stop)))
        g_string_append_printf (problems, "the focus on %s cannot be seen\n", syl_test_describe_widget (stop));
    }

  g_test_message ("%u stops", forward->len);
  if (problems->len > 0)
    g_string_append_printf (fixture->problems, "%s:\n%s", where, problems->str);
  g_string_free (problems, TRUE);
}

static void
test_keyboard (Fixture       *fixture,
               gconstpointer  user_data)
{
  tour (fixture);
}

/* Speech. */

typedef struct
{
  Fixture    *fixture;
  const char *where;
  GString    *problems;
  GString    *heard;      /* everything spoken, one stop a line */
  GHashTable *checked;    /* widgets already asked about */
} SpeechCheck;

static void
hear (SpeechCheck *check,
      GtkWidget   *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  g_auto(Spoken) spoken = { NULL, };
  g_autofree char *said = NULL;
  const char *problem;

  if (!g_hash_table_add (check->checked, widget))
    return;
  /* Replaced since the walk (the details of another service). */
  if (gtk_widget_get_root (widget) == NULL)
    return;

  /* A screen reader hears the focus of the active window only. */
  if (GTK_IS_WINDOW (root))
    syl_test_make_active (GTK_WINDOW (root));
  if (gtk_root_get_focus (root) != widget)
    gtk_widget_grab_focus (widget);
  probe_ask (check->fixture, &spoken);
  /* On a busy machine the event can take longer than the probe's first
   * wait: ask again, waiting longer each time, before calling it
   * missing. */
  for (guint wait = 1; wait <= 16 && (spoken.role == NULL || spoken.role[0] == '\0' || spoken.stale); wait *= 2)
    {
      spoken_clear (&spoken);
      /* A stop that kept the focus sends no new event: take the focus
       * away and give it back. */
      if (gtk_root_get_focus (root) == widget)
        {
          gtk_root_set_focus (root, NULL);
          syl_test_iterate ();
        }
      if (GTK_IS_WINDOW (root))
        syl_test_make_active (GTK_WINDOW (root));
      gtk_widget_grab_focus (widget);
      syl_test_iterate_for (wait * G_USEC_PER_SEC / 4, TRUE);
      probe_ask (check->fixture, &spoken);
    }
  check->fixture->n_checked++;

  said = spoken_to_string (&spoken);
  g_string_append_printf (check->heard, "%s\n", said);

  if (spoken.role == NULL || spoken.role[0] == '\0' || spoken.stale)
    {
      g_string_append_printf (check->problems, "%s: no focus event for %s\n", check->where,
                              syl_test_describe_widget (widget));
      return;
    }

  problem = bad_name (spoken.name);
  if (problem != NULL)
    g_string_append_printf (check->problems, "%s: %s is heard as %s: %s\n", check->where,
                            syl_test_describe_widget (widget), said, problem);

  /* A tooltip is a widget's description too: the same text as its name
   * is heard twice (audit row 27). */
  if (spoken.description[0] != '\0' && g_str_equal (spoken.description, spoken.name))
    g_string_append_printf (check->problems, "%s: %s is heard twice: %s\n", check->where,
                            syl_test_describe_widget (widget), said);
}

/* Rows of lists are reached with the arrows, not Tab. */
static void
collect_rows (GtkWidget *widget,
              GPtrArray *rows)
{
  if ((GTK_IS_LIST_BOX_ROW (widget) || GTK_IS_FLOW_BOX_CHILD (widget)) &&
      gtk_widget_get_focusable (widget) && gtk_widget_is_sensitive (widget) &&
      syl_test_widget_is_shown (widget))
    g_ptr_array_add (rows, widget);

  if (!gtk_widget_get_can_focus (widget))
    return;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_rows (child, rows);
}

/* What is spoken when the focus is where the page put it. */
static char *
hear_focus_now (Fixture *fixture)
{
  g_auto(Spoken) spoken = { NULL, };

  probe_ask (fixture, &spoken);
  return spoken_to_string (&spoken);
}

static void
expect_heard (SpeechCheck *check,
              const char  *what,
              const char  *text)
{
  if (text != NULL && strstr (check->heard->str, text) == NULL)
    g_string_append_printf (check->problems, "%s: %s (“%s”) is never heard\n", check->where, what, text);
}

static void
check_speech (Fixture    *fixture,
              const char *where,
              GtkWindow  *window)
{
  SpeechCheck check = {
    fixture, where, fixture->problems, g_string_new (NULL),
    g_hash_table_new (NULL, NULL),
  };
  g_autoptr(GPtrArray) stops = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GString) ignored = g_string_new (NULL);
  g_autofree char *arrival = NULL;

  /* Where the learner arrives comes first: it is what is heard without a
   * key pressed. */
  if (gtk_root_get_focus (GTK_ROOT (window)) != NULL)
    {
      arrival = hear_focus_now (fixture);
      g_string_append_printf (check.heard, "%s\n", arrival);
      g_test_message ("arriving: %s", arrival);
    }

  if (g_str_equal (where, "drill question") || g_str_equal (where, "exam question"))
    {
      const char *stem = current_stem (fixture);
      g_autofree char *start = g_utf8_substring (stem, 0, 40);

      if (arrival == NULL || strstr (arrival, start) == NULL)
        g_string_append_printf (check.problems, "%s: arriving, the question is not heard (%s)\n",
                                where, arrival != NULL ? arrival : "no focus");
    }
  if (g_str_equal (where, "drill question after Check"))
    {
      GtkLabel *verdict = GTK_LABEL (quiz_child (fixture, "verdict_label"));

      if (arrival == NULL || strstr (arrival, gtk_label_get_text (verdict)) == NULL)
        g_string_append_printf (check.problems, "%s: after Check, the verdict is not heard (%s)\n",
                                where, arrival != NULL ? arrival : "no focus");
    }
  if (g_str_equal (where, "results"))
    {
      GtkWidget *page = syl_test_find_descendant (GTK_WIDGET (window), SYL_TYPE_RESULTS_PAGE);
      GtkLabel *score = GTK_LABEL (gtk_widget_get_template_child (page, SYL_TYPE_RESULTS_PAGE, "score_label"));

      if (arrival == NULL || strstr (arrival, gtk_label_get_text (score)) == NULL)
        g_string_append_printf (check.problems, "%s: arriving, the score is not heard (%s)\n",
                                where, arrival != NULL ? arrival : "no focus");
    }

  /* The keyboard walk judges the Tab order; here it only lists the stops
   * to hear. */
  stops = syl_test_tab_cycle (window, GTK_DIR_TAB_FORWARD, 400, ignored);
  if (ignored->len > 0)
    g_test_message ("%s: Tab (judged by the keyboard walk): %s", where, ignored->str);
  for (guint i = 0; i < stops->len; i++)
    hear (&check, g_ptr_array_index (stops, i));

  collect_rows (GTK_WIDGET (window), rows);
  for (guint i = 0; i < rows->len; i++)
    hear (&check, g_ptr_array_index (rows, i));

  if (g_str_has_prefix (where, "drill question") || g_str_equal (where, "exam question"))
    {
      const char *stem = current_stem (fixture);
      g_autofree char *start = g_utf8_substring (stem, 0, 40);

      expect_heard (&check, "the question", start);
      /* Rows 10 and 20: options are radio buttons or check boxes named
       * with the number that chooses them; the flag is a check box. */
      if (!g_regex_match_simple ("\\[(radio button|check box)\\] “1\\. ", check.heard->str, 0, 0))
        g_string_append_printf (check.problems, "%s: option 1 is not heard as a numbered radio button or check box\n", where);
      if (!g_regex_match_simple ("\\[check box\\] “Flag for review”", check.heard->str, 0, 0))
        g_string_append_printf (check.problems, "%s: the flag is not heard as a check box\n", where);
    }
  if (g_str_equal (where, "drill question after Check"))
    {
      GtkWidget *explanation = quiz_child (fixture, "explanation_box");
      g_autoptr(GPtrArray) options = syl_test_find_all (quiz_page (fixture), SYL_TYPE_OPTION_ROW);

      expect_heard (&check, "the explanation",
                    syl_explanation_box_get_text (SYL_EXPLANATION_BOX (explanation)));
      for (guint i = 0; i < options->len; i++)
        expect_heard (&check, "an option's reason", syl_option_row_get_why (g_ptr_array_index (options, i)));
    }
  if (g_str_equal (where, "results with an answer opened"))
    {
      SylAnswerReviewRow *row = first_review_row (fixture);
      GtkWidget *details = syl_answer_review_row_get_details (row);
      SylExplanationBox *explanation = SYL_EXPLANATION_BOX (syl_test_find_descendant (details, SYL_TYPE_EXPLANATION_BOX));
      g_autofree char *start = g_utf8_substring (syl_question_get_stem (syl_explanation_box_get_question (explanation)), 0, 40);

      expect_heard (&check, "the reviewed question", start);
      expect_heard (&check, "the reviewed explanation", syl_explanation_box_get_text (explanation));
    }
  if (g_str_has_prefix (where, "practice"))
    {
      /* Row 16: the combo row's choice, the spin button once. */
      expect_heard (&check, "the kind of drill chosen", "[combo box] “Drill by” “Domain”");
      expect_heard (&check, "the number of questions", "[spin button] “Questions”");
    }
  if (g_str_equal (where, "services (first run)"))
    {
      /* Row 32: a service's category and mastery, not only its name. */
      GtkWidget *row = syl_test_find_descendant (GTK_WIDGET (window), SYL_TYPE_SERVICE_ROW);
      SylService *service = syl_service_row_get_service (SYL_SERVICE_ROW (row));
      g_autofree char *said = g_strdup_printf ("“%s” “%s. Not practised yet.", syl_service_get_name (service),
                                               syl_category_get_title (syl_service_get_category (service)));

      expect_heard (&check, "a service's category and mastery", said);
    }
  if (g_str_equal (where, "exam results"))
    {
      /* Issue 13's sections are heard in words, not only seen: the
       * first-sight figures, each domain's time a question, each slow
       * question with its time and text, the confidence counts once. */
      const struct { const char *what; const char *pattern; } wanted[] = {
        { "the first-sight figure", "First sight: [0-9]+ %, [0-9]+ of [0-9]+ right" },
        { "a domain's time a question", "\\[list item\\] “[^”]+” “[^”]+ a question · [0-9]+ questions?; the exam allows" },
        { "a slow question's time and text", "“Question [0-9]+” “[0-9][^”]*\\. [^”]+\\. Show this answer in the review”" },
        { "a confidence count, named once", "“Sure and right: [0-9]+” “Mastered”" },
      };

      for (guint i = 0; i < G_N_ELEMENTS (wanted); i++)
        if (!g_regex_match_simple (wanted[i].pattern, check.heard->str, 0, 0))
          g_string_append_printf (check.problems, "%s: %s is never heard\n", where, wanted[i].what);
    }
  if (g_str_equal (where, "forecast record"))
    {
      if (arrival == NULL || strstr (arrival, "[label]") == NULL)
        g_string_append_printf (check.problems, "%s: arriving, the summary is not heard (%s)\n",
                                where, arrival != NULL ? arrival : "no focus");
      if (!g_regex_match_simple ("\\[list item\\] “[^”]+” “[^”]+”", check.heard->str, 0, 0))
        g_string_append_printf (check.problems, "%s: a simulation's forecast and score are never heard\n", where);
    }
  if (g_str_equal (where, "import dialog"))
    {
      if (arrival == NULL || strstr (arrival, "gives 2 questions") == NULL)
        g_string_append_printf (check.problems, "%s: arriving, what is imported is not heard (%s)\n",
                                where, arrival != NULL ? arrival : "no focus");
      if (!g_regex_match_simple ("\\[(?!list item)[^\\]]+\\] “Title”", check.heard->str, 0, 0))
        g_string_append_printf (check.problems, "%s: the title field is never heard\n", where);
    }
  if (g_str_equal (where, "preferences"))
    /* Row 39: the date button says what date it sets. */
    expect_heard (&check, "what the exam date button sets", "“Not Set” “Exam Date”");
  if (g_str_equal (where, "exam question"))
    {
      GtkLabel *timer = GTK_LABEL (quiz_child (fixture, "timer_label"));

      /* The clock, as shown, is heard; it ticks meanwhile (03:00:00 may
       * be 02:59:59 by now), so any time it showed will do. */
      if (!g_regex_match_simple ("“[0-9]{2}:[0-9]{2}(:[0-9]{2})? left", check.heard->str, 0, 0))
        g_string_append_printf (check.problems, "%s: the time left (%s) is never heard\n", where,
                                gtk_label_get_text (timer));
    }

  g_test_message ("heard:\n%s", check.heard->str);
  g_string_free (check.heard, TRUE);
  g_hash_table_unref (check.checked);
}

static void
test_speech (Fixture       *fixture,
             gconstpointer  user_data)
{
  tour (fixture);
}

/* Where the focus goes after a page change: into the place shown, on
 * something that can be seen, never on a tab left behind or on the
 * banner's hidden Resume button (audit rows 15, 29 and 31). */

static GtkWidget *
visible_place (Fixture *fixture)
{
  AdwViewStack *stack = ADW_VIEW_STACK (syl_test_find_descendant (GTK_WIDGET (fixture->window), ADW_TYPE_VIEW_STACK));

  return adw_view_stack_get_visible_child (stack);
}

static void
assert_focus_in_place (Fixture    *fixture,
                       const char *place)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (fixture->window));

  g_test_message ("focus in %s: %s", place, syl_test_describe_widget (focus));
  g_assert_cmpstr (syl_window_get_visible_view (fixture->window), ==, "places");
  g_assert_cmpstr (syl_window_get_visible_place (fixture->window), ==, place);
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, visible_place (fixture)));
  g_assert_true (syl_test_widget_is_shown (focus));
}

static void
answer_all (Fixture *fixture)
{
  while (g_strcmp0 (syl_window_get_visible_view (fixture->window), "quiz") == 0)
    {
      g_assert_true (gtk_widget_activate_action (quiz_page (fixture), "quiz.choose", "u", 0));
      gtk_widget_activate_action (quiz_page (fixture), "quiz.check", NULL);
      g_assert_true (gtk_widget_activate_action (quiz_page (fixture), "quiz.primary", NULL));
      settle (fixture);
    }
}

/* Row 15: after Done on the results, the focus is in the place the
 * window returns to; it was on the banner's Resume button, hidden once
 * the session it offered was resumed. */
static void
test_focus_after_results (Fixture       *fixture,
                          gconstpointer  user_data)
{
  GtkWidget *resume;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.start-drill",
                                             "(ssu)", "task", "1.1", 2));
  settle (fixture);
  g_signal_emit_by_name (quiz_page (fixture), "left");
  settle (fixture);

  /* As at start-up with an unfinished session: resumed from the banner. */
  g_assert_true (syl_window_offer_resume (fixture->window));
  settle (fixture);
  /* Row 24: the offer is no Tab stop of its own (its buttons say it). */
  g_assert_false (gtk_label_get_selectable (syl_test_find_label (fixture->window,
                                                                 syl_window_get_banner_text (fixture->window))));
  resume = syl_test_find_actionable (GTK_WIDGET (fixture->window), GTK_TYPE_BUTTON, "win.resume-session");
  g_assert_nonnull (resume);
  gtk_widget_grab_focus (resume);
  g_signal_emit_by_name (resume, "clicked");
  settle (fixture);
  g_assert_cmpstr (syl_window_get_visible_view (fixture->window), ==, "quiz");

  answer_all (fixture);
  g_assert_cmpstr (syl_window_get_visible_view (fixture->window), ==, "results");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.close-results", NULL));
  settle (fixture);
  assert_focus_in_place (fixture, syl_window_get_visible_place (fixture->window));
}

/* Row 29: leaving an exam, the focus is on the session to resume. */
static void
test_focus_after_leaving (Fixture       *fixture,
                          gconstpointer  user_data)
{
  GtkWidget *practice;
  GtkWidget *resume_row;
  GtkWidget *focus;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.start-exam", NULL));
  settle (fixture);
  g_signal_emit_by_name (quiz_page (fixture), "left");
  settle (fixture);

  assert_focus_in_place (fixture, "practice");
  practice = visible_place (fixture);
  resume_row = GTK_WIDGET (gtk_widget_get_template_child (practice, SYL_TYPE_PRACTICE_PAGE, "resume_row"));
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_true (focus == resume_row || gtk_widget_is_ancestor (focus, resume_row));
}

typedef struct
{
  GtkWidget *window;
  int        width;
} WidthWait;

static gboolean
window_has_width (gpointer data)
{
  WidthWait *wait = data;

  return gtk_widget_get_width (wait->window) <= wait->width;
}

/* Row 31: Alt+1…4 take the focus into the place they show; at 360 px it
 * stayed on the bottom bar's tab of the place left. */
static void
test_focus_after_alt_number (Fixture       *fixture,
                             gconstpointer  user_data)
{
  WidthWait wait = { GTK_WIDGET (fixture->window), 360 };
  GtkWidget *bar = syl_test_find_descendant (GTK_WIDGET (fixture->window), ADW_TYPE_VIEW_SWITCHER_BAR);
  g_autoptr(GPtrArray) tabs = NULL;
  const struct { guint key; const char *place; } keys[] = {
    { GDK_KEY_4, "services" }, { GDK_KEY_3, "syllabus" }, { GDK_KEY_2, "practice" }, { GDK_KEY_1, "dashboard" },
  };

  /* libadwaita 1.2's view switcher title warns of an allocation of
   * height -1 when it narrows with animations off. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", TRUE, NULL);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 360, 720);
  syl_test_iterate_until (window_has_width, &wait);
  settle (fixture);
  g_assert_true (syl_test_widget_is_shown (bar));

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      /* The tab of the place shown has the focus. */
      tabs = syl_test_find_all (bar, GTK_TYPE_TOGGLE_BUTTON);
      for (guint t = 0; t < tabs->len; t++)
        if (gtk_toggle_button_get_active (g_ptr_array_index (tabs, t)))
          g_assert_true (gtk_widget_grab_focus (g_ptr_array_index (tabs, t)));
      g_clear_pointer (&tabs, g_ptr_array_unref);
      g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (fixture->window)), bar));

      g_assert_true (syl_test_press_key (GTK_WINDOW (fixture->window), keys[i].key, GDK_ALT_MASK));
      settle (fixture);
      assert_focus_in_place (fixture, keys[i].place);
    }

  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
}

/* Row 19: Preferences' Import Pack… row works; the window was made
 * without the application, so its app.import-pack action never resolved
 * and the row stayed greyed out. */
static void
test_preferences_import (Fixture       *fixture,
                         gconstpointer  user_data)
{
  GtkWindow *preferences;
  g_autoptr(GPtrArray) rows = NULL;
  guint n = 0;

  g_action_group_activate_action (G_ACTION_GROUP (fixture->app), "preferences", NULL);
  settle (fixture);
  preferences = syl_test_find_toplevel (SYL_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (preferences);
  syl_test_iterate_until (syl_test_widget_is_mapped, preferences);

  rows = syl_test_find_all (preferences, GTK_TYPE_WIDGET);
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (rows, i);

      if (GTK_IS_ACTIONABLE (widget) &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "app.import-pack") == 0)
        {
          g_test_message ("%s: %s", syl_test_describe_widget (widget),
                          gtk_widget_is_sensitive (widget) ? "sensitive" : "greyed out");
          g_assert_true (gtk_widget_is_sensitive (widget));
          n++;
        }
    }
  g_assert_cmpuint (n, >, 0);
  gtk_window_destroy (preferences);
}

/* The darkest pixel of @texture against its most common colour, as a
 * WCAG ratio: text on its background. */
static double
text_contrast (GdkTexture *texture)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  g_autofree guint32 *pixels = g_new (guint32, width * height);
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
  guint32 background = 0, darkest = 0;
  guint best = 0;
  double background_l, darkest_l = 2;

  gdk_texture_download (texture, (guchar *) pixels, width * sizeof (guint32));
  for (int i = 0; i < width * height; i++)
    {
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, GUINT_TO_POINTER (pixels[i]))) + 1;

      g_hash_table_insert (counts, GUINT_TO_POINTER (pixels[i]), GUINT_TO_POINTER (n));
      if (n > best)
        {
          best = n;
          background = pixels[i];
        }
    }

#define CHANNEL(p, shift) ({ double c = (((p) >> (shift)) & 0xff) / 255.0; c <= 0.03928 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4); })
#define LUMINANCE(p) (0.2126 * CHANNEL (p, 16) + 0.7152 * CHANNEL (p, 8) + 0.0722 * CHANNEL (p, 0))
  background_l = LUMINANCE (background);
  for (int i = 0; i < width * height; i++)
    {
      double l = LUMINANCE (pixels[i]);

      /* The text furthest from the background, dark on light or light on
       * dark. */
      if (darkest_l > 1 || fabs (l - background_l) > fabs (darkest_l - background_l))
        {
          darkest_l = l;
          darkest = pixels[i];
        }
    }
#undef LUMINANCE
#undef CHANNEL
  (void) darkest;

  return (MAX (background_l, darkest_l) + 0.05) / (MIN (background_l, darkest_l) + 0.05);
}

/* Row 18: secondary text the learner reads (captions, hints, subtitles,
 * summaries) reaches WCAG AA, 4.5:1, in the light and dark styles; it was
 * libadwaita 1.2's dim 3.2:1. */
static void
test_dim_text (Fixture       *fixture,
               gconstpointer  user_data)
{
  const AdwColorScheme schemes[] = { ADW_COLOR_SCHEME_FORCE_LIGHT, ADW_COLOR_SCHEME_FORCE_DARK };

  for (guint i = 0; i < G_N_ELEMENTS (schemes); i++)
    {
      GtkWidget *list = gtk_list_box_new ();
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *label = gtk_label_new ("Questions answered each day");
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      GtkWindow *window = GTK_WINDOW (gtk_window_new ());
      GtkWidget *subtitle;
      g_autoptr(GdkTexture) texture = NULL;
      double dim, sub;

      adw_style_manager_set_color_scheme (adw_style_manager_get_default (), schemes[i]);
      gtk_widget_add_css_class (label, "dim-label");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), "Due Review");
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), "Nothing due — next review tomorrow");
      gtk_list_box_append (GTK_LIST_BOX (list), row);
      gtk_widget_add_css_class (list, "boxed-list");
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), list);
      gtk_window_set_child (window, box);
      gtk_window_present (window);
      syl_test_iterate_until (syl_test_widget_is_mapped, label);
      syl_test_wait_for_frame (GTK_WIDGET (window));

      texture = render_widget (window, label);
      dim = text_contrast (texture);
      g_clear_object (&texture);
      subtitle = NULL;
      {
        g_autoptr(GPtrArray) labels = syl_test_find_all (row, GTK_TYPE_LABEL);

        for (guint l = 0; l < labels->len; l++)
          if (gtk_widget_has_css_class (g_ptr_array_index (labels, l), "subtitle"))
            subtitle = g_ptr_array_index (labels, l);
      }
      g_assert_nonnull (subtitle);
      texture = render_widget (window, subtitle);
      sub = text_contrast (texture);

      g_test_message ("%s: dim label %.2f:1, row subtitle %.2f:1", i == 0 ? "light" : "dark", dim, sub);
      g_assert_cmpfloat (dim, >=, 4.5);
      g_assert_cmpfloat (sub, >=, 4.5);
      gtk_window_destroy (window);
    }

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

static gboolean
window_is_inactive (gpointer window)
{
  return !gtk_window_is_active (window);
}

/* The walk itself: when another window (another test's, on the shared
 * display) has taken the input focus, Tab still goes through every stop
 * of a list and past it, as it does for someone at the keyboard. */
static void
test_tab_walk_after_focus_taken (void)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWindow *other = GTK_WINDOW (gtk_window_new ());
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *start = gtk_button_new_with_label ("Start");
  g_autoptr(GString) problems = g_string_new (NULL);
  g_autoptr(GPtrArray) stops = NULL;
  const char *titles[] = { "Exam Date", "Daily Goal", "Language" };

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), titles[i]);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  gtk_box_append (GTK_BOX (box), start);
  gtk_box_append (GTK_BOX (box), list);
  gtk_box_append (GTK_BOX (box), gtk_button_new_with_label ("Done"));
  gtk_window_set_child (window, box);
  gtk_window_present (window);
  syl_test_iterate_until (syl_test_widget_is_mapped, window);
  syl_test_wait_for_frame (GTK_WIDGET (window));
  if (!gtk_window_is_active (window))
    syl_test_make_active (window);
  if (!gtk_window_is_active (window))
    {
      g_test_skip ("the display gives no window the input focus");
      gtk_window_destroy (window);
      gtk_window_destroy (other);
      return;
    }

  gtk_widget_grab_focus (start);
  gtk_window_present (other);
  syl_test_iterate_until_timeout (window_is_inactive, window, 5);
  g_assert_false (gtk_window_is_active (window));

  stops = syl_test_tab_cycle (window, GTK_DIR_TAB_FORWARD, 20, problems);
  g_assert_cmpstr (problems->str, ==, "");
  g_assert_cmpuint (stops->len, ==, G_N_ELEMENTS (titles) + 2);

  gtk_window_destroy (other);
  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, "");
  adw_init ();

  /* Focus rings fade in: without animations, a frame shows them whole. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add ("/syl/a11y/keyboard/tour", Fixture, check_keyboard, fixture_setup, test_keyboard, fixture_teardown);
  g_test_add ("/syl/a11y/checks/focus-after-results", Fixture, NULL, fixture_setup, test_focus_after_results, fixture_teardown);
  g_test_add ("/syl/a11y/checks/focus-after-leaving", Fixture, NULL, fixture_setup, test_focus_after_leaving, fixture_teardown);
  g_test_add ("/syl/a11y/checks/focus-after-alt-number", Fixture, NULL, fixture_setup, test_focus_after_alt_number, fixture_teardown);
  g_test_add ("/syl/a11y/checks/preferences-import", Fixture, NULL, fixture_setup, test_preferences_import, fixture_teardown);
  g_test_add_func ("/syl/a11y/checks/tab-walk-after-focus-taken", test_tab_walk_after_focus_taken);
  g_test_add ("/syl/a11y/checks/dim-text", Fixture, NULL, fixture_setup, test_dim_text, fixture_teardown);
  g_test_add ("/syl/a11y/speech/tour", Fixture, check_speech, fixture_setup_speech, test_speech, fixture_teardown);

  return g_test_run ();
}
