/* syl-pack-scan.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* The checks a pack file passes before libxml2 sees it. Only the loader
 * (and its tests) use this header. docs/security.md lists the limits. */

#include <glib.h>

G_BEGIN_DECLS

/* Elements open inside each other (the format needs 5). */
#define SYL_PACK_MAX_DEPTH 32
/* Attributes of one element, namespace declarations included (the
 * format's most is 8). libxml2 2.9 checks for duplicates in quadratic
 * time: 50,000 attributes took 52 s. */
#define SYL_PACK_MAX_ATTRIBUTES 64
/* Bytes of an element or attribute name, with its prefix. */
#define SYL_PACK_MAX_NAME 256
/* Bytes of one attribute value (an href has at most 2,048). */
#define SYL_PACK_MAX_ATTRIBUTE_VALUE (16 * 1024)
/* Bytes of one run of text between two tags (a stem or an explanation
 * has a few thousand). */
#define SYL_PACK_MAX_TEXT (1024 * 1024)
/* Elements in one file: the shipped pack has one per 146 bytes, so a
 * real 64 MiB file has about 460,000. Each costs time and, in the model,
 * memory. */
#define SYL_PACK_MAX_ELEMENTS 1000000
/* Elements inside one element that the loader reads as a whole: a
 * <domain>, the <appendix> or a <question>. Expanded, each costs a node
 * of about 150 bytes. */
#define SYL_PACK_MAX_ELEMENTS_PER_PART 100000
/* Comments and processing instructions in one file, and their bytes: an
 * empty comment of 7 bytes cost libxml2's reader about 165 bytes. */
#define SYL_PACK_MAX_COMMENTS 100000
#define SYL_PACK_MAX_COMMENT_BYTES (8 * 1024 * 1024)

char     *syl_pack_scan_dup_normalized  (const char  *data,
                                         gsize        length,
                                         gsize       *normalized_length);
gboolean  syl_pack_scan                 (const char  *data,
                                         gsize        length,
                                         guint       *line,
                                         GError     **error);
guint     syl_pack_scan_line_of_offset  (const char  *data,
                                         gsize        offset);

G_END_DECLS
