/* test-import-dialog.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Import Pack for files of other tools, and Export As… in Preferences. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "syl-application.h"
#include "syl-export.h"
#include "syl-import-dialog.h"
#include "syl-import.h"
#include "syl-pack-loader.h"
#include "syl-preferences-window.h"
#include "syl-test-ui-util.h"
#include "syl-test-util.h"
#include "syl-window.h"

/* Valid for the loader with or without the relaxed format of issue 14:
 * four options each and an explanation; one question it leaves out. */
static const char gift[] =
  "$CATEGORY: Networking/Routing\n"
  "\n"
  "::bgp:: Which protocol routes between autonomous systems? {\n"
  "  =BGP #The exterior gateway protocol.\n"
  "  ~OSPF\n  ~RIP\n  ~STP\n"
  "  ####Autonomous systems exchange routes with BGP.\n"
  "}\n"
  "\n"
  "::port:: Which port does SSH use?{=22 =twenty-two}\n"
  "\n"
  "$CATEGORY: Security\n"
  "\n"
  "::aes:: Which cipher is symmetric? {~RSA ~ECDSA =AES ~DH ####One shared key.}\n";

static SylImportResult *
convert_gift (void)
{
  g_autoptr(GError) error = NULL;
  SylImportResult *result;

  result = syl_import_data (SYL_IMPORT_FORMAT_GIFT, gift, strlen (gift), "network.gift", NULL, &error);
  g_assert_no_error (error);
  return result;
}

static void
test_dialog_defaults (void)
{
  g_autoptr(SylImportResult) result = convert_gift ();
  SylImportDialog *dialog = syl_import_dialog_new ("network.gift", result);
  GPtrArray *spins;
  GtkLabel *warnings;
  GtkLabel *summary;

  g_object_ref_sink (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  syl_test_iterate_until (syl_test_widget_is_mapped, dialog);

  g_assert_cmpuint (syl_import_dialog_get_n_questions (dialog), ==, 2);
  g_assert_cmpuint (syl_import_dialog_get_exam_questions (dialog), ==, 2);
  g_assert_cmpuint (syl_import_dialog_get_minutes (dialog), ==, 4);
  g_assert_cmpuint (syl_import_dialog_get_pass_percent (dialog), ==, 72);
  g_assert_cmpstr (syl_import_dialog_get_pack_title (dialog), ==, "network");

  summary = syl_test_find_label (dialog, "“network.gift” (GIFT) gives 2 questions. One question is left"
                                         " out: Syllabus cannot show its kind (see the warnings).");
  g_assert_nonnull (summary);

  /* The warning names the line of the question left out. */
  spins = syl_test_find_all (dialog, GTK_TYPE_SPIN_BUTTON);
  g_assert_cmpuint (spins->len, ==, 3);
  warnings = NULL;
  {
    g_autoptr(GPtrArray) labels = syl_test_find_all (dialog, GTK_TYPE_LABEL);

    for (guint i = 0; i < labels->len; i++)
      if (g_str_has_prefix (gtk_label_get_text (g_ptr_array_index (labels, i)), "network.gift:11: "))
        warnings = g_ptr_array_index (labels, i);
  }
  g_assert_nonnull (warnings);
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (warnings)));

  /* An exam cannot ask more than there are; minutes follow the number of
   * questions until they are set by hand. */
  gtk_spin_button_set_value (g_ptr_array_index (spins, 0), 5);
  g_assert_cmpuint (syl_import_dialog_get_exam_questions (dialog), ==, 2);
  gtk_spin_button_set_value (g_ptr_array_index (spins, 0), 1);
  g_assert_cmpuint (syl_import_dialog_get_minutes (dialog), ==, 2);
  gtk_spin_button_set_value (g_ptr_array_index (spins, 1), 45);
  gtk_spin_button_set_value (g_ptr_array_index (spins, 0), 2);
  g_assert_cmpuint (syl_import_dialog_get_minutes (dialog), ==, 45);

  g_ptr_array_unref (spins);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (dialog);
}

static void
on_import_cb (SylImportDialog *dialog,
              gboolean        *imported)
{
  *imported = TRUE;
}

static void
test_dialog_import_button (void)
{
  g_autoptr(SylImportResult) result = convert_gift ();
  SylImportDialog *dialog = syl_import_dialog_new ("network.gift", result);
  GtkWidget *button;
  gboolean imported = FALSE;

  g_object_ref_sink (dialog);
  g_signal_connect (dialog, "import", G_CALLBACK (on_import_cb), &imported);
  gtk_window_present (GTK_WINDOW (dialog));
  syl_test_iterate_until (syl_test_widget_is_mapped, dialog);

  button = GTK_WIDGET (gtk_window_get_default_widget (GTK_WINDOW (dialog)));
  g_assert_true (GTK_IS_BUTTON (button));
  g_signal_emit_by_name (button, "clicked");
  g_assert_true (imported);

  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (dialog);
}

static void
test_summary (void)
{
  g_autofree char *one = syl_import_dialog_dup_summary (1, 0, "a.csv", SYL_IMPORT_FORMAT_CSV);

  g_assert_cmpstr (one, ==, "“a.csv” (CSV) gives 1 question.");
}

typedef struct
{
  SylApplication *app;
  GSettings      *settings;
  char           *data_dir;
  char           *user_dir;
} Fixture;

static gboolean
app_is_ready (gpointer data)
{
  return syl_application_is_ready (SYL_APPLICATION (data));
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  user_data)
{
  GtkWindow *window;

  fixture->data_dir = g_dir_make_tmp ("syllabus-import-ui-XXXXXX", NULL);
  fixture->user_dir = g_build_filename (g_get_user_data_dir (), "syllabus", "packs", NULL);
  g_setenv ("SYLLABUS_DATA_DIR", fixture->data_dir, TRUE);
  fixture->settings = g_settings_new (APP_ID);

  fixture->app = syl_application_new ();
  g_application_set_flags (G_APPLICATION (fixture->app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (fixture->app), NULL, NULL));
  g_application_activate (G_APPLICATION (fixture->app));
  window = gtk_application_get_active_window (GTK_APPLICATION (fixture->app));
  syl_test_iterate_until (syl_test_widget_is_mapped, window);
  syl_test_iterate_until (app_is_ready, fixture->app);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  user_data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  while (g_list_model_get_n_items (toplevels) > 0)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, 0);
      gtk_window_destroy (window);
    }

  g_settings_reset (fixture->settings, "active-pack");
  g_clear_object (&fixture->app);
  g_clear_object (&fixture->settings);
  syl_test_remove_tree (fixture->data_dir);
  g_clear_pointer (&fixture->data_dir, g_free);
  g_clear_pointer (&fixture->user_dir, g_free);
  g_unsetenv ("SYLLABUS_DATA_DIR");
}

/* How many converted packs wait in the temporary folder. */
static guint
count_converted_folders (void)
{
  g_autoptr(GDir) dir = g_dir_open (g_get_tmp_dir (), 0, NULL);
  const char *name;
  guint n = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "syllabus-import-") && !g_str_has_prefix (name, "syllabus-import-ui-"))
      n++;

  return n;
}

/* A GIFT file is converted and installed like a pack; the converted copy
 * does not stay behind. */
static void
test_import_gift (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autofree char *source = g_build_filename (fixture->data_dir, "Network Basics.gift", NULL);
  g_autofree char *installed = g_build_filename (fixture->user_dir, "network-basics.xml", NULL);
  g_autoptr(GError) error = NULL;
  SylWindow *window = SYL_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (fixture->app)));
  SylPack *pack;
  guint before = count_converted_folders ();

  g_assert_true (g_file_set_contents (source, gift, -1, NULL));
  g_assert_true (syl_application_import_pack (fixture->app, source, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (installed, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (count_converted_folders (), ==, before);

  pack = syl_window_get_pack (window);
  g_assert_cmpstr (syl_pack_get_id (pack), ==, "network-basics");
  g_assert_cmpstr (syl_pack_get_title (pack), ==, "Network Basics");
  g_assert_cmpuint (g_list_model_get_n_items (syl_pack_get_questions (pack)), ==, 2);

  g_remove (installed);
}

/* A broken file installs nothing and says where it is broken. */
static void
test_import_broken_gift (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autofree char *source = g_build_filename (fixture->data_dir, "broken.gift", NULL);
  g_autofree char *installed = g_build_filename (fixture->user_dir, "broken.xml", NULL);
  g_autoptr(GError) error = NULL;
  guint before = count_converted_folders ();

  g_assert_true (g_file_set_contents (source, "::a:: A? {=x ~x ~y ~z}\n", -1, NULL));
  g_assert_false (syl_application_import_pack (fixture->app, source, &error));
  g_assert_error (error, SYL_IMPORT_ERROR, SYL_IMPORT_ERROR_SYNTAX);
  g_assert_true (g_str_has_prefix (error->message, "broken.gift:1: "));
  g_assert_false (g_file_test (installed, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_converted_folders (), ==, before);
}

/* Each pack has a row in Preferences with Export As…, and exporting
 * writes the file. */
static void
test_export_rows (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autofree char *out = g_build_filename (fixture->data_dir, "out.gift", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) buttons = NULL;
  g_autofree char *name = NULL;
  g_autofree char *qti_name = NULL;
  SylPreferencesWindow *preferences;
  SylPack *pack;
  guint n_export = 0;

  g_action_group_activate_action (G_ACTION_GROUP (fixture->app), "preferences", NULL);
  preferences = SYL_PREFERENCES_WINDOW (syl_test_find_toplevel (SYL_TYPE_PREFERENCES_WINDOW));
  g_assert_nonnull (preferences);

  buttons = syl_test_find_all (preferences, GTK_TYPE_MENU_BUTTON);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_menu_button_get_label (g_ptr_array_index (buttons, i)), "Export As…") == 0)
      {
        GMenuModel *menu = gtk_menu_button_get_menu_model (g_ptr_array_index (buttons, i));

        g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 4);
        n_export++;
      }
  pack = syl_pack_library_lookup (syl_application_get_pack_library (fixture->app), "aws-dop-c02");
  g_assert_nonnull (pack);
  g_assert_cmpuint (n_export, ==,
                    g_list_model_get_n_items (syl_pack_library_get_packs (syl_application_get_pack_library (fixture->app))));

  name = syl_preferences_window_dup_export_name (pack, SYL_EXPORT_FORMAT_GIFT);
  qti_name = syl_preferences_window_dup_export_name (pack, SYL_EXPORT_FORMAT_QTI);
  g_assert_cmpstr (name, ==, "aws-dop-c02.gift");
  g_assert_cmpstr (qti_name, ==, "aws-dop-c02-qti.zip");

  g_assert_true (syl_preferences_window_export_pack (preferences, pack, SYL_EXPORT_FORMAT_GIFT, out, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (out, G_FILE_TEST_IS_REGULAR));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/syl/import-dialog/defaults", test_dialog_defaults);
  g_test_add_func ("/syl/import-dialog/import-button", test_dialog_import_button);
  g_test_add_func ("/syl/import-dialog/summary", test_summary);
  g_test_add ("/syl/import-dialog/import-gift", Fixture, NULL, fixture_setup, test_import_gift, fixture_teardown);
  g_test_add ("/syl/import-dialog/import-broken-gift", Fixture, NULL, fixture_setup, test_import_broken_gift, fixture_teardown);
  g_test_add ("/syl/import-dialog/export-rows", Fixture, NULL, fixture_setup, test_export_rows, fixture_teardown);

  return g_test_run ();
}
