/* syl-status-page.c
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "syl-status-page"

#include "config.h"

#include "syl-status-page.h"

/**
 * syl_stack_show_status_page:
 * @stack: the stack that holds @page
 * @page: a status page, a child of @stack
 * @icon_name: the page's icon
 *
 * Shows @page in @stack, giving it its icon first.
 *
 * The places' status pages (“No Exam Pack”, “Choose a Service”…) have no
 * icon until they are shown. GTK looks an image's icon up as soon as the
 * image is styled, and it styles the children a stack hides and the places
 * that are not showing. These icons are drawn at 128 pixels, from SVG
 * files, and the SVG renderer is about 6 MB of memory that a start-up
 * showing none of them should not pay.
 */
void
syl_stack_show_status_page (GtkStack      *stack,
                            AdwStatusPage *page,
                            const char    *icon_name)
{
  g_return_if_fail (GTK_IS_STACK (stack));
  g_return_if_fail (ADW_IS_STATUS_PAGE (page));
  g_return_if_fail (gtk_widget_get_parent (GTK_WIDGET (page)) == GTK_WIDGET (stack));

  adw_status_page_set_icon_name (page, icon_name);
  gtk_stack_set_visible_child (stack, GTK_WIDGET (page));
}
