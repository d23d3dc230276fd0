/* ido-atomic-file.h
 *
 * Copyright 2026 The IDO Regie authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <stdio.h>

#include <glib.h>

G_BEGIN_DECLS

/* A file written next to its destination under a temporary name and renamed
 * over it only when complete, so a crash or an error never leaves a half
 * file behind (and never damages an existing one). */
typedef struct _IdoAtomicFile IdoAtomicFile;

IdoAtomicFile *ido_atomic_file_new            (const char     *path,
                                               GError        **error);
FILE          *ido_atomic_file_get_stream     (IdoAtomicFile  *self);
const char    *ido_atomic_file_get_temp_path  (IdoAtomicFile  *self);
gboolean       ido_atomic_file_commit         (IdoAtomicFile  *self,
                                               GError        **error);
void           ido_atomic_file_free           (IdoAtomicFile  *self);

gboolean       ido_atomic_file_set_contents   (const char     *path,
                                               const char     *contents,
                                               gsize           length,
                                               GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (IdoAtomicFile, ido_atomic_file_free)

G_END_DECLS
