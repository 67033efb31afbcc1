/* syl-test-app.c: the application as the ui tests start it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "syl-test-app.h"
#include "syl-test-ui-util.h"

/* The application has loaded its pack and progress, which it does after
 * the window's first frame. */
static gboolean
app_is_ready (gpointer data)
{
  return syl_application_is_ready (SYL_APPLICATION (data));
}

SylApplication *
syl_test_start_app (const char  *data_dir,
                    GSettings   *settings,
                    int          width,
                    int          height,
                    SylWindow  **window)
{
  SylApplication *app;
  GtkWindow *active;

  g_setenv ("SYLLABUS_DATA_DIR", data_dir, TRUE);
  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");

  app = syl_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  g_application_activate (G_APPLICATION (app));

  active = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_true (SYL_IS_WINDOW (active));
  if (width > 0 && height > 0)
    gtk_window_set_default_size (active, width, height);
  syl_test_iterate_until (syl_test_widget_is_mapped, active);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (active)));
  syl_test_iterate_until (app_is_ready, app);

  if (window != NULL)
    *window = SYL_WINDOW (active);
  return app;
}
