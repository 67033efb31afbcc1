/* syl-pack-installer.h
 *
 * Copyright 2026 The Syllabus developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "syl-pack.h"

G_BEGIN_DECLS

#define SYL_PACK_INSTALL_ERROR (syl_pack_install_error_quark ())

/**
 * SylPackInstallError:
 * @SYL_PACK_INSTALL_ERROR_SHIPPED: a pack with this id comes with the app
 *   (or was given with `--pack`); an import cannot replace it
 * @SYL_PACK_INSTALL_ERROR_CONFLICT: the learner's pack folder holds a pack
 *   with this id that the installer did not put there (another file name,
 *   or a link to an author's working copy); it is left alone
 * @SYL_PACK_INSTALL_ERROR_NOT_INSTALLED: uninstalling an id that is not in
 *   the learner's pack folder
 * @SYL_PACK_INSTALL_ERROR_IO: the folder could not be read or written
 * @SYL_PACK_INSTALL_ERROR_FULL: the disk (or the learner's quota, or the
 *   file size limit) is full; nothing was installed
 *
 * Errors of the installer. Problems of the pack itself are
 * %SYL_PACK_ERROR, as from syl_pack_load().
 */
typedef enum
{
  SYL_PACK_INSTALL_ERROR_SHIPPED,
  SYL_PACK_INSTALL_ERROR_CONFLICT,
  SYL_PACK_INSTALL_ERROR_NOT_INSTALLED,
  SYL_PACK_INSTALL_ERROR_IO,
  SYL_PACK_INSTALL_ERROR_FULL,
} SylPackInstallError;

/**
 * SylPackInstallAction:
 * @SYL_PACK_INSTALL_NEW: no pack with this id is installed; it is added
 * @SYL_PACK_INSTALL_REPLACE: the installed pack with this id is replaced
 *
 * What syl_pack_install() will do with a pack, as syl_pack_install_plan()
 * tells it before anything is written.
 */
typedef enum
{
  SYL_PACK_INSTALL_NEW,
  SYL_PACK_INSTALL_REPLACE,
} SylPackInstallAction;

typedef struct
{
  SylPackInstallAction  action;
  SylPack              *pack;             /* the pack to install, validated */
  char                 *source;           /* the file or folder to copy */
  char                 *target;           /* where it will be: DEST/ID.xml or DEST/ID */
  char                 *replaced_path;    /* REPLACE: the installed copy */
  guint                 replaced_version; /* REPLACE: its version, 0 if unreadable */
} SylPackInstallPlan;

GQuark              syl_pack_install_error_quark (void);

SylPackInstallPlan *syl_pack_install_plan        (const char          *source,
                                                  const char          *dest_dir,
                                                  const char * const  *reserved_ids,
                                                  GError             **error);
char               *syl_pack_install_run         (const SylPackInstallPlan *plan,
                                                  const char          *dest_dir,
                                                  SylPack            **installed,
                                                  GError             **error);
char               *syl_pack_install             (const char          *source,
                                                  const char          *dest_dir,
                                                  SylPack            **installed,
                                                  GError             **error);
gboolean            syl_pack_uninstall           (const char          *id,
                                                  const char          *dest_dir,
                                                  GError             **error);
void                syl_pack_install_clean_up    (const char          *dest_dir);
gboolean            syl_pack_install_is_leftover (const char          *name);
void                syl_pack_install_plan_free   (SylPackInstallPlan  *plan);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SylPackInstallPlan, syl_pack_install_plan_free)

G_END_DECLS
