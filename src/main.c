/* main.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syllabus"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <signal.h>

#include "syl-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SylApplication) app = NULL;
  const char *locale_dir;

  /* Past a file size limit (ulimit -f), a write fails with EFBIG and is
   * reported like a full disk, rather than the signal ending the program
   * in the middle of an import or an answer. */
  signal (SIGXFSZ, SIG_IGN);
  setlocale (LC_ALL, "");
  /* Uninstalled (build-aux/run, meson devenv), the catalogs are in the
   * build folder's po/, laid out as LANG/LC_MESSAGES/syllabus.mo. */
  locale_dir = g_getenv ("SYLLABUS_LOCALE_DIR");
  if (locale_dir == NULL || *locale_dir == '\0')
    locale_dir = LOCALEDIR;
  g_debug ("Interface catalogs from %s", locale_dir);
  bindtextdomain (GETTEXT_PACKAGE, locale_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = syl_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
