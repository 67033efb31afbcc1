/* syl-error-dialog.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-error-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "syl-display-text.h"
#include "syl-error-dialog.h"

/**
 * syl_error_dialog_show:
 * @parent: a widget of the window the dialog belongs to
 * @heading: what failed, in header case ("Your Answer Could Not Be Saved")
 * @message: why, as the core said it (it names the file and what to do)
 *
 * Shows a failure in a dialog rather than a toast: a toast shows one line
 * and cuts off the reason, which is what the learner needs to act on. The
 * message is shortened for the screen (syl_display_text_shorten()); the
 * whole of it goes to the log.
 *
 * Returns: (transfer none): the dialog, presented
 */
AdwMessageDialog *
syl_error_dialog_show (GtkWidget  *parent,
                       const char *heading,
                       const char *message)
{
  GtkRoot *root = parent != NULL ? gtk_widget_get_root (parent) : NULL;
  g_autofree char *shown = syl_display_text_shorten (message, 8, SYL_DISPLAY_TEXT_MAX_LINE_CHARS, NULL);
  AdwMessageDialog *dialog;

  g_return_val_if_fail (heading != NULL, NULL);
  g_return_val_if_fail (message != NULL, NULL);

  g_message ("%s: %s", heading, message);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                       heading, shown));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_close_response (dialog, "close");
  adw_message_dialog_set_default_response (dialog, "close");
  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}
