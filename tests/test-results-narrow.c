/* test-results-narrow.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The results page at a phone's width, in the language of LANGUAGE
 * (tests/meson.build runs it in German and in Spanish, with the catalogs
 * and the translated pack from the build folder). Its first button drills
 * the weakest domain, "Drill %s": here the domain with the longest name in
 * German, "Konfigurationsmanagement und IaC". The button must keep the
 * page inside 360 px and wrap its label between words, never inside one
 * ("Konfigurationsmanag-ement"), as the translation review found it did.
 * At 1.5× text the longest word alone is wider than the window: then, and
 * only then, the word is cut, and the page still keeps the width. */

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "syl-clock.h"
#include "syl-domain.h"
#include "syl-pack-loader.h"
#include "syl-pack-translation.h"
#include "syl-question.h"
#include "syl-quiz-builder.h"
#include "syl-results-page.h"
#include "syl-session.h"
#include "syl-store.h"
#include "syl-test-ui-util.h"
#include "syl-test-util.h"

#define T0 (G_GINT64_CONSTANT (1767607200) * G_USEC_PER_SEC)   /* 2026-01-05 10:00 UTC */
#define SEED 11
#define WIDTH 360
#define WEAKEST "d2"

static gboolean
window_has_width (gpointer data)
{
  return gtk_widget_get_width (GTK_WIDGET (data)) == WIDTH;
}

/* Until the window has painted a frame after everything pending. */
static void
settle_frame (GtkWidget *window)
{
  syl_test_iterate_for (G_USEC_PER_SEC / 2, TRUE);
  syl_test_wait_for_frame (window);
}

/* For the record: what the page looks like, in the build folder's
 * tests/screenshots/. */
static void
save_screenshot (GtkWidget  *widget,
                 const char *name)
{
  g_autofree char *dir = g_build_filename (g_getenv ("SYLLABUS_BUILD_DIR"), "tests", "screenshots", NULL);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  g_mkdir_with_parents (dir, 0755);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot: %s", path);
}

/* An exam simulation with every question of WEAKEST wrong and every
 * other one right, finished. */
static SylSession *
finished_exam (SylPack  *pack,
               SylStore *store,
               SylClock *clock)
{
  g_autoptr(SylQuizBuilder) builder = syl_quiz_builder_new (pack, store, SEED);
  g_autoptr(SylQuizPlan) plan = NULL;
  g_autoptr(SylSession) session = NULL;
  g_autoptr(GError) error = NULL;

  plan = syl_quiz_builder_build_exam (builder, &error);
  g_assert_no_error (error);
  session = syl_session_new (pack, store, clock, plan, NULL, SEED, &error);
  g_assert_no_error (error);
  syl_session_start (session);

  for (guint i = 0; i < syl_session_get_n_questions (session); i++)
    {
      SylQuestion *question = syl_session_get_question (session, i);
      gboolean right = g_strcmp0 (syl_domain_get_id (syl_question_get_domain (question)), WEAKEST) != 0;
      g_autoptr(GArray) chosen = g_array_new (FALSE, FALSE, sizeof (guint));

      for (guint o = 0; o < syl_question_get_n_options (question); o++)
        if (syl_question_get_option_correct (question, o) == right)
          {
            g_array_append_val (chosen, o);
            if (!right)
              break;
          }
      syl_clock_advance (clock, 90 * G_USEC_PER_SEC);
      g_assert_true (syl_session_answer (session, i, (guint *) (gpointer) chosen->data, chosen->len,
                                         FALSE, &error));
      g_assert_no_error (error);
    }

  g_assert_nonnull (syl_session_finish (session, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&session);
}

/* The width of @word as @label draws it. */
static int
word_width (GtkLabel   *label,
            const char *word,
            gsize       length)
{
  g_autofree char *copy = g_strndup (word, length);

  return syl_test_text_width (GTK_WIDGET (label), copy);
}

/* Every line of @label after the first starts after a space: no word is
 * cut, unless that word alone is wider than the label. And no line is
 * wider than the label. */
static void
assert_wraps_between_words (GtkLabel *label)
{
  PangoLayout *layout = gtk_label_get_layout (label);
  const char *text = pango_layout_get_text (layout);
  GSList *lines = pango_layout_get_lines_readonly (layout);
  PangoRectangle logical;

  g_test_message ("“%s” in %d line(s), %d px wide", text, pango_layout_get_line_count (layout),
                  gtk_widget_get_width (GTK_WIDGET (label)));
  for (GSList *l = lines != NULL ? lines->next : NULL; l != NULL; l = l->next)
    {
      PangoLayoutLine *line = l->data;

      const char *start;
      const char *end;

      g_assert_cmpint (line->start_index, >, 0);
      if (text[line->start_index - 1] == ' ')
        continue;

      /* The whole word the line cuts: it must not fit the label. */
      start = text + line->start_index;
      while (start > text && start[-1] != ' ')
        start--;
      end = strchr (text + line->start_index, ' ');
      if (end == NULL)
        end = text + strlen (text);
      if (word_width (label, start, end - start) <= gtk_widget_get_width (GTK_WIDGET (label)))
        g_error ("“%s” is cut inside a word that fits, before “%s”", text, text + line->start_index);
      g_test_message ("“%.*s” is wider than the label and is cut", (int) (end - start), start);
    }

  pango_layout_get_pixel_extents (layout, NULL, &logical);
  g_assert_cmpint (logical.width, <=, gtk_widget_get_width (GTK_WIDGET (label)));
}

static void
check_drill_button_narrow (gboolean large_text)
{
  g_autofree char *pack_dir = g_build_filename (g_getenv ("SYLLABUS_SOURCE_DIR"), "data", "packs", "aws-dop-c02", NULL);
  g_autoptr(SylPack) english = NULL;
  g_autoptr(SylPack) pack = NULL;
  g_autoptr(SylStore) store = NULL;
  g_autoptr(SylClock) clock = syl_clock_new_manual (T0);
  g_autoptr(SylSession) session = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  const char *language = g_get_language_names ()[0];
  SylResultsPage *page;
  GtkWidget *window;
  GtkWidget *button;
  GtkLabel *label;
  graphene_rect_t bounds;

  english = syl_pack_load (pack_dir, &error);
  g_assert_no_error (error);
  pack = syl_pack_load_localized (pack_dir, NULL, &error);
  g_assert_no_error (error);
  /* The translated pack, or the test would check English. */
  g_assert_cmpstr (syl_domain_get_title (syl_pack_lookup_domain (pack, WEAKEST)), !=,
                   syl_domain_get_title (syl_pack_lookup_domain (english, WEAKEST)));

  dir = g_dir_make_tmp ("syllabus-results-narrow-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "progress.db", NULL);
  store = syl_store_open (path, &error);
  g_assert_no_error (error);
  session = finished_exam (pack, store, clock);

  page = g_object_new (SYL_TYPE_RESULTS_PAGE, "pack", pack, "store", store, NULL);
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), WIDTH, 720);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  syl_results_page_set_session (page, session);
  gtk_window_present (GTK_WINDOW (window));
  syl_test_iterate_until (syl_test_widget_is_mapped, page);
  syl_test_iterate_until (window_has_width, window);
  settle_frame (window);

  button = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (page), SYL_TYPE_RESULTS_PAGE, "drill_button"));
  label = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (page), SYL_TYPE_RESULTS_PAGE, "drill_label"));
  name = g_strdup_printf ("results-narrow-%s%s.png", language, large_text ? "-large" : "");
  save_screenshot (window, name);

  g_assert_true (gtk_widget_get_mapped (button));
  g_assert_nonnull (strstr (gtk_label_get_text (label),
                            syl_domain_get_title (syl_pack_lookup_domain (pack, WEAKEST))));

  /* The page keeps the phone's width and the button lies inside it. */
  g_assert_cmpint (gtk_widget_get_width (window), ==, WIDTH);
  g_assert_true (gtk_widget_compute_bounds (button, window, &bounds));
  g_assert_cmpfloat (bounds.origin.x, >=, 0);
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, WIDTH);

  assert_wraps_between_words (label);

  gtk_window_destroy (GTK_WINDOW (window));
  syl_test_iterate ();
  g_clear_object (&session);
  syl_store_close (store);
  syl_test_remove_dir_files (dir);
}

static void
test_drill_button_narrow (void)
{
  check_drill_button_narrow (FALSE);
}

/* Large text (Accessibility ▸ Large Text is 1.5×). */
static void
test_drill_button_narrow_large_text (void)
{
  g_object_set (gtk_settings_get_default (), "gtk-xft-dpi", 96 * 1024 * 3 / 2, NULL);
  check_drill_button_narrow (TRUE);
  gtk_settings_reset_property (gtk_settings_get_default (), "gtk-xft-dpi");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  /* gtk_test_init() sets the locale to en_US.UTF-8 where that exists:
   * take the environment's again (LANGUAGE, LC_ALL=C.UTF-8). */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("SYLLABUS_LOCALE_DIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  adw_init ();

  g_test_add_func ("/syl/results-narrow/drill-button", test_drill_button_narrow);
  g_test_add_func ("/syl/results-narrow/drill-button-large-text", test_drill_button_narrow_large_text);

  return g_test_run ();
}
