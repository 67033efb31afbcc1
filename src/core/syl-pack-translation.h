/* syl-pack-translation.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "syl-pack.h"

G_BEGIN_DECLS

#define SYL_PACK_TRANSLATION_ERROR (syl_pack_translation_error_quark ())

/**
 * SylPackTranslationError:
 * @SYL_PACK_TRANSLATION_ERROR_CATALOG: pack.mo is missing or not a valid
 *   gettext catalog
 * @SYL_PACK_TRANSLATION_ERROR_MISMATCH: the translated pack is not a
 *   translation of the English pack (another pack id)
 *
 * Errors of syl_pack_load_translation(). A translated pack that does not
 * load at all gives its #SYL_PACK_ERROR instead.
 */
typedef enum
{
  SYL_PACK_TRANSLATION_ERROR_CATALOG,
  SYL_PACK_TRANSLATION_ERROR_MISMATCH,
} SylPackTranslationError;

/**
 * SylPackTranslationStats:
 * @n_questions: questions in the English pack
 * @n_questions_translated: questions shown translated (all strings translated)
 * @n_strings: strings of the English pack that can be translated
 * @n_strings_translated: of those, strings the catalog translates
 * @n_mismatched: strings the catalog translates but that the translated pack
 *   holds with another text (a translation itstool could not merge, such as
 *   one with a bare `&` or without its `<_:why-1/>` placeholder)
 *
 * What syl_pack_translation_merge() found.
 */
typedef struct
{
  guint n_questions;
  guint n_questions_translated;
  guint n_strings;
  guint n_strings_translated;
  guint n_mismatched;
} SylPackTranslationStats;

/* Where the build puts translations for uninstalled runs: a search path of
 * folders that hold PACK_ID/translations/LANG/. */
#define SYL_PACK_TRANSLATIONS_DIR_ENV "SYLLABUS_PACK_TRANSLATIONS_DIR"

/* The placeholder itstool writes into an option's msgid for its <why>. */
#define SYL_PACK_WHY_PLACEHOLDER "<_:why-1/>"

GQuark      syl_pack_translation_error_quark (void);
GHashTable *syl_pack_catalog_load            (const char                *path,
                                              GError                   **error);
GHashTable *syl_pack_catalog_load_from_data  (const char                *data,
                                              gsize                      length,
                                              GError                   **error);
char       *syl_pack_catalog_dup_msgid       (const char                *text,
                                              gboolean                   has_why);
char       *syl_pack_catalog_dup_text        (const char                *msgstr);
SylPack    *syl_pack_translation_merge       (SylPack                   *english,
                                              SylPack                   *translated,
                                              GHashTable                *catalog,
                                              const char                *language,
                                              SylPackTranslationStats   *stats);
SylPack    *syl_pack_load_translation        (SylPack                   *english,
                                              const char                *translation_dir,
                                              const char                *language,
                                              SylPackTranslationStats   *stats,
                                              GError                   **error);
char       *syl_pack_find_translation        (const char                *pack_dir,
                                              const char                *pack_id,
                                              const char                *pack_language,
                                              const char * const        *languages,
                                              char                     **language);
SylPack    *syl_pack_load_localized          (const char                *pack_dir,
                                              const char * const        *languages,
                                              GError                   **error);

G_END_DECLS
